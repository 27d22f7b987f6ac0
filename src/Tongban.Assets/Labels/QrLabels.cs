using QRCoder;
using SkiaSharp;
using Tongban.Assets.Cards;

namespace Tongban.Assets.Labels;

/// <summary>Printable QR labels: the card's code as a QR symbol (what the scan page reads), with code and name beside it.</summary>
public static class QrLabels
{
    public const int LabelWidth = 600;
    public const int LabelHeight = 240;
    private const int SheetColumns = 3;

    private static readonly Lazy<SKTypeface> Typeface = new(() => SKFontManager.Default.MatchCharacter('中') ?? SKTypeface.Default);

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

        using var font = new SKFont(Typeface.Value, 26);
        using var small = new SKFont(Typeface.Value, 20);
        var textLeft = left + LabelHeight;
        canvas.DrawText("国有资产", textLeft, top + 50, SKTextAlign.Left, small, dark);
        canvas.DrawText(card.Code, textLeft, top + 95, SKTextAlign.Left, font, dark);
        canvas.DrawText(Fit(card.Name, 14), textLeft, top + 140, SKTextAlign.Left, font, dark);
        canvas.DrawText($"{card.AcquiredOn:yyyy-MM-dd}  {card.ClassCode}", textLeft, top + 185, SKTextAlign.Left, small, dark);
    }

    private static string Fit(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
