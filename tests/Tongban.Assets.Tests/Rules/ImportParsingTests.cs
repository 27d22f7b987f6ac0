using Tongban.Assets.Imports;
using Tongban.Kernel.Imports;

namespace Tongban.Assets.Tests.Rules;

/// <summary>The card import reads dates and plain amounts by hand; it must accept and refuse exactly what the kernel's parsers do.</summary>
public sealed class ImportParsingTests
{
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
    public void Card_dates_parse_as_the_kernel_date_parser_does(string text)
    {
        var kernel = ImportParsers.Date()(text);
        var ours = CardImport.ParseDate(text);
        Assert.Equal(kernel.IsValid, ours.IsValid);
        Assert.Equal(kernel.Value, ours.Value);
        Assert.Equal(kernel.Rule, ours.Rule);
    }

    [Theory]
    [InlineData("6000")]
    [InlineData("6000.5")]
    [InlineData("6000.50")]
    [InlineData("0.01")]
    [InlineData("0")]
    [InlineData("6,000.00")]
    [InlineData("-6000")]
    [InlineData("¥6000")]
    [InlineData("6000.")]
    [InlineData(".5")]
    [InlineData("6000.505")]
    [InlineData("6000.500")]
    [InlineData("999999999999999")]
    [InlineData("99999999999999999999")]
    [InlineData("6 000")]
    [InlineData("abc")]
    public void Card_amounts_parse_as_the_kernel_money_parser_does(string text)
    {
        var kernel = ImportParsers.MoneyFen();
        var expected = kernel(text);
        var actual = CardImport.PlainMoney(kernel)(text);
        Assert.Equal(expected, actual);
    }
}
