using System.Text;
using Tongban.Assets.Cards;
using Tongban.Assets.Labels;

namespace Tongban.Assets.Tests.Rules;

public sealed class LabelTests
{
    private static AssetCard Card(int i) => new() { Code = $"ZC202503{i:D8}", Name = "台式计算机", ClassCode = "201", AcquiredOn = new DateOnly(2025, 3, 10) };

    [Fact]
    public void The_qr_symbol_encodes_the_card_code_as_a_square_matrix_with_finder_patterns()
    {
        var m = QrLabels.Modules("ZC20250300000001");
        var n = m.GetLength(0);
        Assert.Equal(n, m.GetLength(1));
        Assert.InRange(n, 21, 60);
        var dark = 0;
        foreach (var b in m)
        {
            dark += b ? 1 : 0;
        }

        Assert.InRange(dark, n * n / 4, n * n * 3 / 4);
        Assert.NotEqual(QrLabels.Modules("ZC20250300000001").Cast<bool>(), QrLabels.Modules("ZC20250300000002").Cast<bool>());
    }

    [Fact]
    public void A_png_sheet_lays_labels_three_to_a_row()
    {
        var png = QrLabels.SheetPng([Card(1), Card(2), Card(3), Card(4)]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal((3 * QrLabels.LabelWidth, 2 * QrLabels.LabelHeight), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void A_pdf_sheet_has_one_page_per_24_labels()
    {
        var pdf = QrLabels.SheetPdf([.. Enumerable.Range(1, 25).Select(Card)], new DateTime(2025, 9, 26, 1, 0, 0, DateTimeKind.Utc));
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF", text, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Page\b").Count);
    }
}
