using System.Globalization;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Orgs;

namespace Tongban.Kernel.Tests.Imports;

public sealed class ImportParserTests
{
    [Theory]
    [InlineData("1234.56", 123456L)]
    [InlineData("1,234.56", 123456L)]
    [InlineData("-0.05", -5L)]
    [InlineData("12", 1200L)]
    public void Money_cells_read_as_whole_fen(string text, long fen)
    {
        var parsed = ImportParsers.MoneyFen()(text);
        Assert.True(parsed.IsValid);
        Assert.Equal(fen, parsed.Value);
    }

    [Theory]
    [InlineData("1.005", "money.too-many-decimals")]
    [InlineData("十二元", "money.not-a-number")]
    public void Money_cells_that_are_not_whole_fen_are_refused_with_the_money_rule(string text, string rule)
    {
        var parsed = ImportParsers.MoneyFen()(text);
        Assert.False(parsed.IsValid);
        Assert.Equal(rule, parsed.Rule);
    }

    [Theory]
    [InlineData("county", true)]
    [InlineData("County", true)]
    [InlineData("4", false)]
    [InlineData("Village", false)]
    public void Enum_cells_match_member_names_only(string text, bool valid)
    {
        Assert.Equal(valid, ImportParsers.Enum<OrgLevel>("orgs.level-unknown")(text).IsValid);
    }

    [Theory]
    [InlineData("2025-10-08", true)]
    [InlineData("2025/10/8", true)]
    [InlineData("2025-02-30", false)]
    [InlineData("08.10.2025", false)]
    public void Date_cells_are_iso_dates(string text, bool valid)
    {
        Assert.Equal(valid, ImportParsers.Date()(text).IsValid);
    }

    [Theory]
    [InlineData("2025-03-01")]
    [InlineData("2025-3-1")]
    [InlineData("2025/3/1")]
    [InlineData("2025/03/01")]
    [InlineData("2024-02-29")]
    [InlineData("2025-02-29")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-04-31")]
    [InlineData("2025-3/1")]
    [InlineData("25-03-01")]
    [InlineData("2025-003-01")]
    [InlineData("2025.03.01")]
    [InlineData("2025-03-01x")]
    [InlineData("+025-03-01")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void Date_cells_parse_exactly_as_the_three_date_formats_do(string text)
    {
        var formats = DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);
        var parsed = ImportParsers.Date()(text);
        Assert.Equal(formats, parsed.IsValid);
        Assert.Equal(formats ? expected : default, parsed.Value);
        Assert.Equal(formats ? "" : "import.date", parsed.Rule);
    }

    [Fact]
    public void Text_cells_longer_than_the_column_allows_are_refused()
    {
        Assert.Equal("import.too-long", ImportParsers.Text(3)("四个字符").Rule);
    }
}
