using System.Buffers.Binary;
using System.Xml.Linq;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Reports;

namespace Tongban.Kernel.Tests.Reports;

public sealed class ChartRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static ReportTable Sample() => new(
        [
            new("state", "状态", "State", ColumnType.Text),
            new("count", "件数", "Count", ColumnType.Integer),
            new("overdue", "逾期", "Overdue", ColumnType.Integer),
            new("amount", "金额", "Amount", ColumnType.Money),
        ],
        [
            ["受理", 12L, 2L, 150000L],
            ["审核", 7L, 0L, 99L],
            ["办结", 30L, 1L, 0L],
            ["退回", 1L, 1L, 123456789L],
        ],
        "事项状态统计",
        "Matters by state");

    [Fact]
    public void Svg_bar_chart_parses_as_xml_and_has_one_bar_per_row()
    {
        var doc = XDocument.Parse(ChartRenderer.ToSvg(Sample(), new ChartSpec(ChartKind.Bar, "state", ["count"]), chinese: true));
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        Assert.Equal(4, Elements(doc, "bar").Count);
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "事项状态统计");
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "受理");
    }

    [Fact]
    public void Svg_bar_chart_groups_several_value_columns()
    {
        var doc = XDocument.Parse(ChartRenderer.ToSvg(Sample(), new ChartSpec(ChartKind.Bar, "state", ["count", "overdue"]), chinese: false));
        Assert.Equal(8, Elements(doc, "bar").Count);
        Assert.Equal(2, Elements(doc, "legend").Count);
    }

    [Fact]
    public void Taller_bars_stand_for_larger_values()
    {
        var doc = XDocument.Parse(ChartRenderer.ToSvg(Sample(), new ChartSpec(ChartKind.Bar, "state", ["count"]), chinese: true));
        var heights = Elements(doc, "bar").Select(b => double.Parse(b.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(heights[2] > heights[0] && heights[0] > heights[1] && heights[1] > heights[3]);
    }

    [Fact]
    public void Svg_pie_chart_has_one_slice_per_row()
    {
        var doc = XDocument.Parse(ChartRenderer.ToSvg(Sample(), new ChartSpec(ChartKind.Pie, "state", ["count"]), chinese: true));
        Assert.Equal(4, Elements(doc, "slice").Count);
        Assert.Contains(Elements(doc, "slice"), s => s.Element(Svg + "title")!.Value.StartsWith("办结: 30", StringComparison.Ordinal));
    }

    [Fact]
    public void Svg_line_chart_has_a_line_per_series_and_a_point_per_row()
    {
        var doc = XDocument.Parse(ChartRenderer.ToSvg(Sample(), new ChartSpec(ChartKind.Line, "state", ["count", "overdue"]), chinese: true));
        Assert.Equal(2, Elements(doc, "line").Count);
        Assert.Equal(8, Elements(doc, "point").Count);
    }

    [Fact]
    public void Axis_labels_of_amounts_in_the_billions_stay_inside_the_picture()
    {
        var table = new ReportTable(
            [new("year", "年度", "Year", ColumnType.Text), new("total", "资产总额", "Total", ColumnType.Money)],
            [["2016", 1_2000_0000_00_00L], ["2026", 1_4455_3700_03_00L]],
            "资产总额",
            "Total assets");
        var doc = XDocument.Parse(ChartRenderer.ToSvg(table, new ChartSpec(ChartKind.Line, "year", ["total"]), chinese: true));

        // "15,000,000,000" drawn right-aligned at x must start at or right of 0 (about 0.6 em a digit).
        foreach (var label in Elements(doc, "axis-label"))
        {
            var x = double.Parse(label.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(x - (label.Value.Length * 11 * 0.6) >= 0, $"'{label.Value}' at x={x} is cut off");
        }
    }

    [Fact]
    public void Money_is_drawn_in_yuan()
    {
        var doc = XDocument.Parse(ChartRenderer.ToSvg(Sample(), new ChartSpec(ChartKind.Bar, "state", ["amount"]), chinese: true));
        Assert.Contains(Elements(doc, "bar"), b => b.Element(Svg + "title")!.Value.EndsWith("1,234,567.89", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ChartKind.Pie, 640, 360)]
    [InlineData(ChartKind.Bar, 800, 400)]
    [InlineData(ChartKind.Line, 320, 200)]
    public void Png_has_the_png_signature_and_the_asked_size(ChartKind kind, int width, int height)
    {
        var png = ChartRenderer.ToPng(Sample(), new ChartSpec(kind, "state", ["count"]), chinese: true, width, height);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void A_chart_over_an_unknown_column_is_refused_naming_it()
    {
        var e = Assert.Throws<RuleViolation>(() => ChartRenderer.ToSvg(Sample(), new ChartSpec(ChartKind.Bar, "state", ["missing"]), chinese: true));
        Assert.Equal("reports.chart-column-unknown", e.Rule);
        Assert.Equal("chart.valueColumns", e.Field);
    }

    [Fact]
    public void A_chart_of_a_text_column_is_refused()
    {
        var e = Assert.Throws<RuleViolation>(() => ChartRenderer.ToSvg(Sample(), new ChartSpec(ChartKind.Pie, "count", ["state"]), chinese: true));
        Assert.Equal("reports.chart-column-not-numeric", e.Rule);
    }

    [Theory]
    [InlineData(ChartKind.Pie)]
    [InlineData(ChartKind.Bar)]
    [InlineData(ChartKind.Line)]
    public void An_empty_table_still_draws(ChartKind kind)
    {
        var empty = new ReportTable(Sample().Columns, [], "空", "Empty");
        var doc = XDocument.Parse(ChartRenderer.ToSvg(empty, new ChartSpec(kind, "state", ["count"]), chinese: true));
        Assert.Empty(Elements(doc, "bar").Concat(Elements(doc, "slice")).Concat(Elements(doc, "point")));
        Assert.True(ChartRenderer.ToPng(empty, new ChartSpec(kind, "state", ["count"]), chinese: true).Length > 8);
    }

    [Theory]
    [InlineData(0, 49, 0, 50, 10)]
    [InlineData(0, 7, 0, 8, 2)]
    [InlineData(-3, 12, -5, 15, 5)]
    public void Axis_scale_uses_1_2_5_steps(double min, double max, double lo, double hi, double step)
    {
        Assert.Equal((lo, hi, step), ChartRenderer.NiceScale(min, max));
    }

    private static List<XElement> Elements(XDocument doc, string cls) =>
        doc.Descendants().Where(e => (string?)e.Attribute("class") == cls).ToList();
}
