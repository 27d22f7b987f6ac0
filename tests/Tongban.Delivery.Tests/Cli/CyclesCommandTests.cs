using System.CommandLine;
using Tongban.Delivery.Cli;
using Tongban;

namespace Tongban.Delivery.Tests.Cli;

/// <summary><c>tongban delivery cycles --orders FILE.csv --as-of DATE</c> (issue 17, item 2's contract).</summary>
public sealed class CyclesCommandTests
{
    private const string Header = "order,area,signed,planned_acceptance,actual_acceptance,amount\n";

    private static async Task<(int Exit, string Out, string Err)> RunAsync(string csv, string asOf = "2025-09-26", string lang = "en")
    {
        var file = Path.Combine(Path.GetTempPath(), $"cycles-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, csv);
        try
        {
            _ = ModuleCatalog.Texts;
            var root = new RootCommand { DeliveryCommands.Cycles() };
            root.Options.Add(Kernel.Modules.CliRefusal.Lang);
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await root.Parse(["cycles", "--orders", file, "--as-of", asOf, "--lang", lang]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
            return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Prints_one_line_per_area_sorted_by_code_with_orders_median_and_late()
    {
        var csv = Header
            + "A1,logistics,2024-01-01,2024-10-01,2024-09-28,1000000\n" // 271 days, on time
            + "A2,logistics,2024-01-01,2024-10-01,2024-11-15,2000000\n" // 319 days, late
            + "A3,logistics,2024-06-01,2025-03-01,,500000\n"             // open, past plan: late
            + "W1,warehousing,2024-01-01,2025-01-01,2024-12-31,800000\n" // 365 days
            + "F1,factory,2025-01-01,2025-12-01,,700000\n";              // open, not yet due

        var (exit, output, error) = await RunAsync(csv);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        // Median of 271 and 319 is 295; factory has no accepted order.
        Assert.Equal("factory 1 - 0\nlogistics 3 295 2\nwarehousing 1 365 0\n", output);
    }

    [Fact]
    public async Task Median_of_an_even_count_rounds_half_up()
    {
        var csv = Header + "A1,new-energy,2024-01-01,2025-01-01,2024-09-28,1\nA2,new-energy,2024-01-01,2025-01-01,2024-09-29,1\n";

        var (_, output, _) = await RunAsync(csv);

        Assert.Equal("new-energy 2 272 0\n", output); // 271 and 272: 271.5 -> 272
    }

    [Theory]
    [InlineData("A1,logistics,2024-01-01,2023-12-31,,1\n", "row 1, column planned_acceptance", "delivery.date-before-signing")]
    [InlineData("A1,logistics,2024-01-01,2024-10-01,,1\nA2,logistics,2024-05-01,2025-01-01,2024-04-30,1\n", "row 2, column actual_acceptance", "delivery.date-before-signing")]
    [InlineData("A1,shipyards,2024-01-01,2024-10-01,,1\n", "row 1, column area", "delivery.area-unknown")]
    [InlineData("A1,logistics,2024-01-01,2024-10-01,,-5\n", "row 1, column amount", "delivery.amount-negative")]
    public async Task A_bad_row_exits_1_naming_the_row_and_column(string rows, string where, string rule)
    {
        var (exit, output, error) = await RunAsync(Header + rows);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains($"error: {where}: ", error, StringComparison.Ordinal);
        Assert.Contains($"[{rule}]", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_refusal_reads_in_chinese_with_lang_zh()
    {
        var (exit, _, error) = await RunAsync(Header + "A1,logistics,2024-01-01,2023-12-31,,1\n", lang: "zh-CN");

        Assert.Equal(1, exit);
        Assert.Contains("早于签约日期 2024-01-01", error, StringComparison.Ordinal);
    }
}
