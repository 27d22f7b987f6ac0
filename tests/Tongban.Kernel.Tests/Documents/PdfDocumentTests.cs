using System.Text;
using Tongban.Kernel.Documents;

namespace Tongban.Kernel.Tests.Documents;

public sealed class PdfDocumentTests
{
    private static readonly DateTime Printed = new(2025, 9, 26, 1, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void The_same_content_prints_the_same_bytes()
    {
        var first = Form("张三", "叁仟元整");
        var second = Form("张三", "叁仟元整");
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(first, 0, 5));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_content_prints_different_bytes() =>
        Assert.NotEqual(Form("张三", "叁仟元整"), Form("李四", "叁仟元整"));

    [Fact]
    public void Each_callback_is_a_page_and_the_metadata_carries_the_given_date()
    {
        var pdf = Encoding.Latin1.GetString(PdfDocument.Render("两页", Printed, [p => p.Text(40, 40, "一"), p => p.Text(40, 40, "二")]));
        Assert.Contains("/Count 2", pdf);
        Assert.Contains("D:20250926013000", pdf);
    }

    [Fact]
    public void The_typeface_has_chinese_glyphs()
    {
        Assert.True(CjkFonts.Regular.ContainsGlyph('中'));
        Assert.True(CjkFonts.Bold.ContainsGlyph('转'));
    }

    [Fact]
    public void Wrapped_text_moves_down_a_line_per_wrap()
    {
        float next = 0;
        PdfDocument.Render("wrap", Printed, [p => next = p.Wrap(40, 100, 60, new string('中', 20), size: 10, leading: 1.5f)]);
        // 20 characters of about 10 points in 60 points of width: at least four lines of 15 points.
        Assert.True(next >= 100 + (4 * 15), $"next baseline {next}");
    }

    [Theory]
    // The typeface draws these with a glyph it shares with a Kangxi radical (老/⽼, 一/⼀), a radical
    // supplement form (门/⻔) or a variant (户/戶); the text layer must give back what was drawn.
    [InlineData("养老保险关系转移接续 门户 一二三")]
    [InlineData("户籍所在地 老年 门诊")]
    public void The_text_layer_gives_back_the_characters_that_were_drawn(string text)
    {
        var bytes = PdfDocument.Render("text", Printed, [p => p.Text(40, 60, text), p => p.Wrap(40, 60, 100, text)]);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))).ToList();
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), pages[0].Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), pages[1].Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void After_the_text_layer_is_corrected_every_cross_reference_points_at_its_object()
    {
        var pdf = Encoding.Latin1.GetString(PdfDocument.Render("xref", Printed, [p => p.Text(40, 60, "养老保险 门户"), p => p.Text(40, 60, "老户")]));

        var xref = int.Parse(System.Text.RegularExpressions.Regex.Match(pdf, @"startxref\n(\d+)\n%%EOF").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 ", pdf[xref..], StringComparison.Ordinal);
        var entries = System.Text.RegularExpressions.Regex.Matches(pdf[xref..], @"(\d{10}) 00000 n ");
        Assert.NotEmpty(entries);
        for (var i = 0; i < entries.Count; i++)
        {
            var offset = int.Parse(entries[i].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith($"{i + 1} 0 obj", pdf[offset..], StringComparison.Ordinal);
        }
    }

    private static byte[] Form(string name, string amount) =>
        PdfDocument.Render("表", Printed, [p =>
        {
            p.Text(p.Width / 2, 60, "军人配偶养老保险关系转移接续信息表", 16, bold: true, SkiaSharp.SKTextAlign.Center);
            p.Box(40, 80, p.Width - 80, 40);
            p.Text(50, 105, $"姓名 {name}  金额 {amount}");
        }]);
}
