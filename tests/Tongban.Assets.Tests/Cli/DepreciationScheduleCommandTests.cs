using System.CommandLine;
using Tongban.Assets.Cli;

namespace Tongban.Assets.Tests.Cli;

public sealed class DepreciationScheduleCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand { DepreciationScheduleCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(["depreciation-schedule", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }

    [Fact]
    public void Prints_72_lines_of_83_33_the_last_taking_the_remainder_summing_to_6000()
    {
        var (exit, output, _) = Run("--cost", "6000", "--life-years", "6", "--start", "2025-03");
        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(72, lines.Length);
        Assert.Equal("2025-03 83.33", lines[0]);
        Assert.All(lines.Take(71), l => Assert.EndsWith(" 83.33", l, StringComparison.Ordinal));
        Assert.Equal("2031-02 83.57", lines[^1]);
        Assert.Equal(6000.00m, lines.Sum(l => decimal.Parse(l.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Matches(@"^\d{4}-\d{2} \d+\.\d{2}$", lines[10]);
    }

    [Fact]
    public void Refuses_a_bad_month_with_exit_1_and_the_rule()
    {
        var (exit, output, error) = Run("--cost", "6000", "--life-years", "6", "--start", "March");
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.StartsWith("error: start: ", error, StringComparison.Ordinal);
        Assert.EndsWith("[assets.period.unreadable]", error.TrimEnd(), StringComparison.Ordinal);
    }
}
