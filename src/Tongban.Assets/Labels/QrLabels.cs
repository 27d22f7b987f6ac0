using QRCoder;
using SkiaSharp;
using Tongban.Assets.Cards;
using Tongban.Kernel.Documents;

namespace Tongban.Assets.Labels;

/// <summary>Printable QR labels: the card's code as a QR symbol (what the scan page reads), with code and name beside it.</summary>
public static class QrLabels
{
    public const int LabelWidth = 600;
    public const int LabelHeight = 240;
    private const int SheetColumns = 3;

    /// <summary>An A4 sheet holds 3 x 8 labels of 70 x 37 mm (the common 24-up label paper).</summary>
    public const int PdfColumns = 3;
    public const int PdfRows = 8;

    private static SKTypeface Typeface => CjkFonts.Regular;

    /// <summary>The QR symbol's modules (true = dark), quiet zone included.</summary>
    public static bool[,] Modules(string code)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(code, QRCodeGenerator.ECCLevel.M);
        var n = data.ModuleMatrix.Count;
        var m = new bool[n, n];
        for (var y = 0; y < n; y++)
        {
            for (var x = 0; x < n; x++)
            {
                m[y, x] = data.ModuleMatrix[y][x];
            }
        }

        return m;
    }

    public static byte[] Png(AssetCard card) => SheetPng([card], columns: 1);

    /// <summary>A sheet of labels, three to a row, as one PNG.</summary>
    public static byte[] SheetPng(IReadOnlyList<AssetCard> cards, int columns = SheetColumns)
    {
        var cols = Math.Max(1, Math.Min(columns, Math.Max(1, cards.Count)));
        var rows = Math.Max(1, (cards.Count + cols - 1) / cols);
        using var bitmap = new SKBitmap(cols * LabelWidth, rows * LabelHeight);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            for (var i = 0; i < cards.Count; i++)
            {
                Draw(canvas, cards[i], (i % cols) * LabelWidth, (i / cols) * LabelHeight);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>A4 label sheets as PDF (kernel PdfDocument): QR modules drawn as vector squares, 24 labels a page.</summary>
    public static byte[] SheetPdf(IReadOnlyList<AssetCard> cards, DateTime stampUtc)
    {
        var perPage = PdfColumns * PdfRows;
        var pages = cards.Chunk(perPage).Select(chunk => (Action<PdfPage>)(page =>
        {
            var w = page.Width / PdfColumns;
            var h = page.Height / PdfRows;
            for (var i = 0; i < chunk.Length; i++)
            {
                var x = (i % PdfColumns) * w;
                var y = (i / PdfColumns) * h;
                var card = chunk[i];
                var modules = Modules(card.Code);
                var n = modules.GetLength(0);
                var size = (h - 12) / n;
                using var dark = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill };
                for (var r = 0; r < n; r++)
                {
                    for (var c = 0; c < n; c++)
                    {
                        if (modules[r, c])
                        {
                            page.Canvas.DrawRect(x + 6 + (c * size), y + 6 + (r * size), size, size, dark);
                        }
                    }
                }

                var tx = x + h;
                page.Text(tx, y + 22, "国有资产", 7);
                page.Text(tx, y + 40, card.Code, 8, bold: true);
                page.Text(tx, y + 58, Fit(card.Name, 10), 8);
                page.Text(tx, y + 76, $"{card.AcquiredOn:yyyy-MM-dd} {card.ClassCode}", 7);
            }
        })).ToList();
        if (pages.Count == 0)
        {
            pages.Add(_ => { });
        }

        return PdfDocument.Render("资产标签 Asset labels", stampUtc, pages);
    }

    private static void Draw(SKCanvas canvas, AssetCard card, float left, float top)
    {
        using var border = new SKPaint { Color = SKColors.Gray, Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
        canvas.DrawRect(left + 4, top + 4, LabelWidth - 8, LabelHeight - 8, border);
        var modules = Modules(card.Code);
        var n = modules.GetLength(0);
        var size = (LabelHeight - 40) / (float)n;
        using var dark = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill };
        for (var y = 0; y < n; y++)
        {
            for (var x = 0; x < n; x++)
            {
                if (modules[y, x])
                {
                    canvas.DrawRect(left + 20 + (x * size), top + 20 + (y * size), size, size, dark);
                }
            }
        }

        using var font = new SKFont(Typeface, 26);
        using var small = new SKFont(Typeface, 20);
        var textLeft = left + LabelHeight;
        canvas.DrawText("国有资产", textLeft, top + 50, SKTextAlign.Left, small, dark);
        canvas.DrawText(card.Code, textLeft, top + 95, SKTextAlign.Left, font, dark);
        canvas.DrawText(Fit(card.Name, 14), textLeft, top + 140, SKTextAlign.Left, font, dark);
        canvas.DrawText($"{card.AcquiredOn:yyyy-MM-dd}  {card.ClassCode}", textLeft, top + 185, SKTextAlign.Left, small, dark);
    }

    private static string Fit(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
