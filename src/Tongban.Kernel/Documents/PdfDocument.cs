using System.Text;
using SkiaSharp;

namespace Tongban.Kernel.Documents;

/// <summary>
/// Printable documents (forms, label sheets) drawn page by page with SkiaSharp's PDF back end, in the
/// CJK typeface the machine has. The same content gives the same bytes (Skia writes no random document
/// ID and the dates come from the caller), so a reprint of a record can be compared with the first print.
/// </summary>
public static class PdfDocument
{
    /// <summary>A4 in PDF points (1/72 inch).</summary>
    public const float A4Width = 595.28f;

    public const float A4Height = 841.89f;

    /// <summary>Millimetres to points, for layouts measured on paper.</summary>
    public static float Mm(float mm) => mm * 72f / 25.4f;

    /// <summary>Draws one page per callback and returns the PDF.</summary>
    /// <param name="title">Document title in the PDF's metadata.</param>
    /// <param name="stampUtc">The creation date written into the metadata: take it from the record, not the clock.</param>
    public static byte[] Render(string title, DateTime stampUtc, IEnumerable<Action<PdfPage>> pages, float width = A4Width, float height = A4Height)
    {
        using var stream = new MemoryStream();
        var stamp = new DateTime(stampUtc.Ticks - (stampUtc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Creator = "Tongban",
            Producer = "Tongban",
            Creation = stamp,
            Modified = stamp,
            RasterDpi = 300,
        };
        var drawn = new DrawnText();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            foreach (var draw in pages)
            {
                var canvas = document.BeginPage(width, height);
                draw(new PdfPage(canvas, width, height, drawn));
                document.EndPage();
            }

            document.Close();
        }

        return PdfTextLayer.Restore(stream.ToArray(), drawn);
    }
}

/// <summary>
/// One page being drawn; coordinates in points from the top left. Text goes through <see cref="Text(float, float, string, SKFont, SKPaint, SKTextAlign)"/>
/// or the other text methods, not <see cref="Canvas"/>, so the PDF's text layer can name the characters drawn.
/// </summary>
public sealed class PdfPage(SKCanvas canvas, float width, float height, DrawnText drawn)
{
    /// <summary>For shapes and images; text drawn here directly is left out of the text-layer correction.</summary>
    public SKCanvas Canvas { get; } = canvas;

    public float Width { get; } = width;

    public float Height { get; } = height;

    /// <summary>Writes one line of text with its baseline at <paramref name="y"/>.</summary>
    public void Text(float x, float y, string text, float size = 11, bool bold = false, SKTextAlign align = SKTextAlign.Left)
    {
        using var font = Font(size, bold);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        Text(x, y, text, font, paint, align);
    }

    /// <summary>Writes one line of text in the caller's font and paint.</summary>
    public void Text(float x, float y, string text, SKFont font, SKPaint paint, SKTextAlign align = SKTextAlign.Left)
    {
        drawn.Add(text, font.Typeface);
        Canvas.DrawText(text, x, y, align, font, paint);
    }

    public float Measure(string text, float size = 11, bool bold = false)
    {
        using var font = Font(size, bold);
        return font.MeasureText(text);
    }

    /// <summary>Writes text wrapped to <paramref name="width"/> (by character, as Chinese text wraps); returns the next baseline.</summary>
    public float Wrap(float x, float y, float width, string text, float size = 11, float leading = 1.5f)
    {
        using var font = Font(size, bold: false);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var ch in paragraph)
            {
                if (line.Length > 0 && font.MeasureText(line.ToString() + ch) > width)
                {
                    Text(x, y, line.ToString(), font, paint);
                    y += size * leading;
                    line.Clear();
                }

                line.Append(ch);
            }

            Text(x, y, line.ToString(), font, paint);
            y += size * leading;
        }

        return y;
    }

    public void Line(float x1, float y1, float x2, float y2, float stroke = 0.75f)
    {
        using var paint = new SKPaint { Color = SKColors.Black, StrokeWidth = stroke, IsStroke = true, IsAntialias = true };
        Canvas.DrawLine(x1, y1, x2, y2, paint);
    }

    public void Box(float x, float y, float w, float h, float stroke = 0.75f)
    {
        using var paint = new SKPaint { Color = SKColors.Black, StrokeWidth = stroke, IsStroke = true, IsAntialias = true };
        Canvas.DrawRect(x, y, w, h, paint);
    }

    /// <summary>Draws a PNG (e.g. a QR code) scaled into the given box, without smoothing so codes stay sharp.</summary>
    public void Image(byte[] png, float x, float y, float w, float h)
    {
        using var image = SKImage.FromEncodedData(png);
        Canvas.DrawImage(image, new SKRect(x, y, x + w, y + h), new SKSamplingOptions(SKFilterMode.Nearest));
    }

    private static SKFont Font(float size, bool bold) => new(bold ? CjkFonts.Bold : CjkFonts.Regular, size);
}
