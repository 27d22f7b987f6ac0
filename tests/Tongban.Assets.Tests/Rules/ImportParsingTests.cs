using Tongban.Assets.Imports;
using Tongban.Kernel.Imports;

namespace Tongban.Assets.Tests.Rules;

/// <summary>The card import reads plain amounts by hand; it must accept and refuse exactly what the kernel's money parser does.</summary>
public sealed class ImportParsingTests
{
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
