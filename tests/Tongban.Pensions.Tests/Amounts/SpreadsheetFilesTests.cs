using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Pensions.Amounts;

namespace Tongban.Pensions.Tests.Amounts;

public sealed class SpreadsheetFilesTests
{
    [Theory]
    [InlineData("month,base,individual,credited\n2020-01,3000,240,240\n2020-02,0,240,240\n", "row 3, column base", "pensions.base-not-positive")]
    [InlineData("month,base,individual,credited\n2020-01,3000,240,240\n2020-1,3000,240,240\n", "row 3, column month", "pensions.month-format")]
    [InlineData("month,base,individual,credited\n2020-01,3000,240,240\n2020-01,3000,240,240\n", "row 3, column month", "pensions.month-duplicate")]
    [InlineData("month,base,individual,credited\n2020-01,3000,240\n", "row 2, column credited", "pensions.csv-columns")]
    [InlineData("month,base,individual,credited\n2020-01,3000,240,-1\n", "row 2, column credited", "pensions.amount-negative")]
    [InlineData("month,base,individual,credited\n2020-01,3000,240.001,240\n", "row 2, column individual", "money.too-many-decimals")]
    [InlineData("month,base,credited,individual\n2020-01,3000,240,240\n", "row 1, column 3", "pensions.csv-header")]
    [InlineData("", "row 1", "pensions.csv-header")]
    [InlineData("month,base,individual,credited\n", "row 2", "pensions.csv-empty")]
    public void A_bad_row_refuses_the_whole_file_naming_row_and_column(string csv, string field, string rule)
    {
        var violation = Assert.Throws<RuleViolation>(() => SpreadsheetFiles.ReadContributions(new StringReader(csv)));

        Assert.Equal(field, violation.Field);
        Assert.Equal(rule, violation.Rule);
    }

    [Fact]
    public void Reads_quoted_amounts_with_separators_a_bom_and_crlf_and_sorts_months()
    {
        var csv = "\uFEFFmonth,base,individual,credited\r\n2020-02,\"3,000.00\",240,240\r\n2020-01,3000,240,240\r\n\r\n";

        var months = SpreadsheetFiles.ReadContributions(new StringReader(csv));

        Assert.Equal([new YearMonth(2020, 1), new YearMonth(2020, 2)], months.Select(m => m.Month));
        Assert.Equal(Cny.FromYuan(3000m), months[1].Base);
    }

    [Fact]
    public void Reads_rates_in_percent()
    {
        var rates = SpreadsheetFiles.ReadRates(new StringReader("year,rate\n1997,5.67\n1998,4.77\n"), "test.csv");

        Assert.Equal(5.67m, rates.PercentFor(1997));
        Assert.Equal("test.csv", rates.All.First().Source);
    }

    [Fact]
    public void A_year_rated_twice_is_refused()
    {
        var violation = Assert.Throws<RuleViolation>(() => SpreadsheetFiles.ReadRates(new StringReader("year,rate\n2020,6.04\n2020,6.05\n"), "t"));

        Assert.Equal("row 3, column year", violation.Field);
        Assert.Equal("pensions.rate-duplicate", violation.Rule);
    }
}
