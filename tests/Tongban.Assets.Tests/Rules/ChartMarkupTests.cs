using System.Xml.Linq;
using Tongban.Assets.Reports;
using Tongban.Kernel.Reports;

namespace Tongban.Assets.Tests.Rules;

public sealed class ChartMarkupTests
{
    [Fact]
    public void A_fitted_chart_has_no_fixed_pixel_size_and_scales_by_its_viewbox_to_the_card()
    {
        var table = new ReportTable(
            [new ReportColumn("year", "年度", "Year", ColumnType.Text), new ReportColumn("total", "资产总额", "Total", ColumnType.Money)],
            [["2009", 100_00L], ["2010", 120_00L], ["2011", 133_50L]],
            "资产总额", "Total assets");
        var svg = ChartRenderer.ToSvg(table, new ChartSpec(ChartKind.Line, "year", ["total"]), true);
        var fitted = XElement.Parse(ChartMarkup.Fit(svg));
        Assert.Null(fitted.Attribute("width"));
        Assert.Null(fitted.Attribute("height"));
        Assert.Equal("0 0 640 360", fitted.Attribute("viewBox")!.Value);
        Assert.Contains("width:100%", fitted.Attribute("style")!.Value, StringComparison.Ordinal);
        Assert.Equal(XElement.Parse(svg).Descendants().Count(), fitted.Descendants().Count());
    }
}
