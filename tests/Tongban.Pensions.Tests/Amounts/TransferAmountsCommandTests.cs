using System.CommandLine;
using System.Text;
using Tongban.Pensions.Amounts;

namespace Tongban.Pensions.Tests.Amounts;

public sealed class TransferAmountsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tongban-pensions-cli-").FullName;

    [Fact]
    public void Worked_example_prints_exactly_four_lines_notice_art7()
    {
        var contributions = Write("c.csv", WorkedExample());
        var rates = Write("r.csv", "year,rate\n2020,6.04\n");

        var (code, output, error) = Run("--contributions", contributions, "--rates", rates, "--as-of", "2020-12");

        Assert.Equal(0, code);
        Assert.Equal("months 12\npersonal_account 2974.22\nmilitary_subsidy 4320.00\ntotal 7294.22\n", output);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Shipped_rates_and_default_as_of_give_the_same_worked_example()
    {
        var (code, output, _) = Run("--contributions", Write("c.csv", WorkedExample()));

        Assert.Equal(0, code);
        Assert.Equal("months 12\npersonal_account 2974.22\nmilitary_subsidy 4320.00\ntotal 7294.22\n", output);
    }

    [Fact]
    public void Json_prints_the_same_amounts_as_one_object()
    {
        var (code, output, _) = Run("--contributions", Write("c.csv", WorkedExample()), "--json");

        Assert.Equal(0, code);
        Assert.Equal("{\"months\":12,\"personal_account\":2974.22,\"military_subsidy\":4320.00,\"total\":7294.22}\n", output);
    }

    [Fact]
    public void A_bad_row_refuses_the_whole_file_naming_row_and_column()
    {
        var csv = WorkedExample().Replace("2020-03,3000,240,240", "2020-03,3000,24O,240", StringComparison.Ordinal);

        var (code, output, error) = Run("--contributions", Write("c.csv", csv));

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("row 4, column individual", error, StringComparison.Ordinal);
        Assert.Contains("money.not-a-number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_rate_exits_1_naming_the_year()
    {
        var (code, output, error) = Run("--contributions", Write("c.csv", "month,base,individual,credited\n2012-05,2000,160,160\n"));

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("2012", error, StringComparison.Ordinal);
        Assert.Contains("pensions.rate-missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_rates_row_is_refused_naming_row_and_column()
    {
        var (code, _, error) = Run("--contributions", Write("c.csv", WorkedExample()), "--rates", Write("r.csv", "year,rate\n2020,6.04\n2021,six\n"));

        Assert.Equal(1, code);
        Assert.Contains("row 3, column rate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_as_of_month_is_refused()
    {
        var (code, _, error) = Run("--contributions", Write("c.csv", WorkedExample()), "--as-of", "2020-13");

        Assert.Equal(1, code);
        Assert.Contains("--as-of", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string WorkedExample()
    {
        var csv = new StringBuilder("month,base,individual,credited\n");
        for (var m = 1; m <= 12; m++)
        {
            csv.Append($"2020-{m:D2},3000,240,240\n");
        }

        return csv.ToString();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { TransferAmountsCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse(["transfer-amounts", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
