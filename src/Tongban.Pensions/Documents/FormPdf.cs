using System.Globalization;
using SkiaSharp;
using Tongban.Kernel.Documents;
using Tongban.Pensions.Transfers;

namespace Tongban.Pensions.Documents;

/// <summary>
/// Lays an annex out on A4 pages: the annex number, the title, the addressee, the ruled fields, the account table, the
/// statement, the issuing office and date, and a footer with the page and the form's fingerprint. Nothing but the form
/// is drawn, so the same form gives the same pages.
/// </summary>
internal sealed class FormPdf
{
    private const float PageWidth = PdfDocument.A4Width;
    private const float PageHeight = PdfDocument.A4Height;
    private const float Margin = 50f;
    private const float Bottom = PageHeight - 60f;
    private const float LabelWidth = 160f;
    private const float Pad = 3f;
    private const float Leading = 14f;

    private readonly SKFont _body;
    private readonly SKFont _bold;
    private readonly SKFont _title;
    private readonly SKFont _small;
    private readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true };
    private readonly SKPaint _rule = new() { Color = SKColors.Black, StrokeWidth = 0.6f, Style = SKPaintStyle.Stroke, IsAntialias = true };
    private readonly SKPaint _shade = new() { Color = new SKColor(0xEE, 0xEE, 0xEE), Style = SKPaintStyle.Fill };

    private readonly List<List<Action<PdfPage>>> _pages = [[]];

    private FormPdf(SKTypeface regular, SKTypeface bold)
    {
        _body = new SKFont(regular, 10.5f);
        _bold = new SKFont(bold, 10.5f);
        _title = new SKFont(bold, 17f);
        _small = new SKFont(regular, 7.5f);
    }

    /// <summary>Lays <paramref name="form"/> out and returns one drawing per page, for <see cref="PdfDocument.Render"/>.</summary>
    public static IReadOnlyList<Action<PdfPage>> Pages(TransferForm form)
    {
        var pdf = new FormPdf(CjkFonts.Regular, CjkFonts.Bold);
        pdf.Lay(form);
        return pdf._pages.Select(ops => (Action<PdfPage>)(page => ops.ForEach(op => op(page)))).ToList();
    }

    private void Lay(TransferForm form)
    {
        var page = 1;
        var canvas = new Recorder(this);
        var y = Margin;

        void NewPage() => _pages.Add([]);

        void Footer()
        {
            var c = CultureInfo.InvariantCulture;
            canvas.DrawText(string.Create(c, $"附件{form.Annex} · 第{page}页 · 记录指纹 {form.Fingerprint[..16]}"), Margin, PageHeight - 30f, SKTextAlign.Left, _small, _ink);
            canvas.DrawText("依据《关于随军未就业家属基本养老保险关系转移接续有关问题的通知》", PageWidth - Margin, PageHeight - 30f, SKTextAlign.Right, _small, _ink);
        }

        void Ensure(float height)
        {
            if (y + height <= Bottom)
            {
                return;
            }

            Footer();
            NewPage();
            page++;
            y = Margin;
        }

        canvas.DrawText($"附件{form.Annex}", Margin, y + 11f, SKTextAlign.Left, _bold, _ink);
        y += 30f;
        canvas.DrawText(form.Title, PageWidth / 2f, y + 17f, SKTextAlign.Center, _title, _ink);
        y += 40f;
        canvas.DrawText(form.Addressee, Margin, y + 11f, SKTextAlign.Left, _body, _ink);
        y += 22f;

        var valueWidth = PageWidth - (2 * Margin) - LabelWidth;
        foreach (var field in form.Fields)
        {
            var labelLines = Wrap(field.Label, _bold, LabelWidth - (2 * Pad));
            var valueLines = Wrap(field.Value, _body, valueWidth - (2 * Pad));
            var height = (Math.Max(labelLines.Count, valueLines.Count) * Leading) + (2 * Pad);
            Ensure(height);
            canvas.DrawRect(Margin, y, LabelWidth, height, _shade);
            canvas.DrawRect(Margin, y, LabelWidth, height, _rule);
            canvas.DrawRect(Margin + LabelWidth, y, valueWidth, height, _rule);
            DrawLines(canvas, labelLines, Margin + Pad, y + Pad, _bold);
            DrawLines(canvas, valueLines, Margin + LabelWidth + Pad, y + Pad, _body);
            y += height;
        }

        if (form.Table is { } table)
        {
            y += 14f;
            Ensure(40f);
            canvas.DrawText(table.Caption, Margin, y + 10f, SKTextAlign.Left, _bold, _ink);
            y += 18f;
            var width = (PageWidth - (2 * Margin)) / table.Headers.Count;
            var cell = new SKFont(_body.Typeface, 8.5f);
            void Row(IReadOnlyList<string> cells, bool header)
            {
                Ensure(16f);
                for (var i = 0; i < cells.Count; i++)
                {
                    var x = Margin + (i * width);
                    if (header)
                    {
                        canvas.DrawRect(x, y, width, 16f, _shade);
                    }

                    canvas.DrawRect(x, y, width, 16f, _rule);
                    // Headers and the year read from the left; amounts line up on the right.
                    var left = i == 0 || header;
                    canvas.DrawText(cells[i], left ? x + Pad : x + width - Pad, y + 11.5f, left ? SKTextAlign.Left : SKTextAlign.Right, cell, _ink);
                }

                y += 16f;
            }

            Row(table.Headers, header: true);
            foreach (var row in table.Rows)
            {
                Row(row, header: false);
            }
        }

        y += 14f;
        var statement = Wrap(form.Statement, _body, PageWidth - (2 * Margin));
        Ensure((statement.Count * Leading) + 60f);
        DrawLines(canvas, statement, Margin, y, _body);
        y += (statement.Count * Leading) + 24f;
        canvas.DrawText(form.Issuer + (form.Annex == 2 ? "（签名）" : "（盖章）"), PageWidth - Margin, y + 11f, SKTextAlign.Right, _body, _ink);
        y += 18f;
        canvas.DrawText(form.IssuedOn.Length > 0 ? form.IssuedOn : "    年  月  日", PageWidth - Margin, y + 11f, SKTextAlign.Right, _body, _ink);
        Footer();
    }

    /// <summary>Records drawing calls on the current page (the kernel's document draws them when it renders).</summary>
    private sealed class Recorder(FormPdf pdf)
    {
        public void DrawText(string text, float x, float y, SKTextAlign align, SKFont font, SKPaint paint) =>
            pdf._pages[^1].Add(p => p.Text(x, y, text, font, paint, align));

        public void DrawRect(float x, float y, float w, float h, SKPaint paint) =>
            pdf._pages[^1].Add(p => p.Canvas.DrawRect(x, y, w, h, paint));
    }

    private void DrawLines(Recorder canvas, IReadOnlyList<string> lines, float x, float top, SKFont font)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            canvas.DrawText(lines[i], x, top + 11f + (i * Leading), SKTextAlign.Left, font, _ink);
        }
    }

    /// <summary>Breaks text into lines that fit <paramref name="width"/>: Chinese may break between any two characters, Latin runs at spaces.</summary>
    internal static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        var lastSpace = -1;
        foreach (var ch in text)
        {
            line.Append(ch);
            if (ch == ' ')
            {
                lastSpace = line.Length - 1;
            }

            if (font.MeasureText(line.ToString()) <= width)
            {
                continue;
            }

            if (lastSpace > 0 && ch < 0x2E80)
            {
                lines.Add(line.ToString(0, lastSpace));
                var rest = line.ToString(lastSpace + 1, line.Length - lastSpace - 1);
                line.Clear().Append(rest);
            }
            else
            {
                line.Length--;
                lines.Add(line.ToString());
                line.Clear().Append(ch);
            }

            lastSpace = -1;
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }
}
