using System.CommandLine;
using Tongban.Patents.Cli;

namespace Tongban.Patents.Tests.Cli;

public sealed class AnnualFeeCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand { AnnualFeeCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(["annual-fee", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Prints_due_fee_surcharge_and_total_with_two_decimals_IR_art_115()
    {
        var (exit, output, _) = Run("--type", "invention", "--filed", "1997-06-03", "--granted", "1999-05-01", "--year", "6", "--paid-on", "2002-08-10", "--reduction", "85");
        Assert.Equal(0, exit);
        Assert.Equal("due 2002-06-03\nfee 180.00\nsurcharge 120.00\ntotal 300.00\n", output);
    }

    [Theory]
    [InlineData("21", "2020-01-01", "patents.year-past-term")]
    [InlineData("1", "1997-06-03", "patents.year-before-grant")]
    [InlineData("6", "2002-12-04", "patents.fee-after-grace")]
    public void Exits_1_naming_the_rule(string year, string paidOn, string rule)
    {
        var (exit, _, error) = Run("--type", "invention", "--filed", "1997-06-03", "--granted", "1999-05-01", "--year", year, "--paid-on", paidOn);
        Assert.Equal(1, exit);
        Assert.Contains($"[{rule}]", error);
    }

    [Fact]
    public void A_due_date_in_the_National_Day_holiday_prints_the_next_working_day_IR_art_5()
    {
        // Filed 2019-10-01: year 7 falls due 2025-10-01, inside the 1-8 October holiday; paid 2025-10-09, on time.
        var (exit, output, _) = Run("--type", "invention", "--filed", "2019-10-01", "--granted", "2022-03-01", "--year", "7", "--paid-on", "2025-10-09");
        Assert.Equal(0, exit);
        Assert.Equal("due 2025-10-09\nfee 2000.00\nsurcharge 0.00\ntotal 2000.00\n", output);
    }
}
