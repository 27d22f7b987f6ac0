namespace Tongban.Tests.Cli;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_list_names_the_kernel_benchmarks()
    {
        var run = await CliRunner.RunAsync("bench", "--list");

        Assert.Equal(0, run.ExitCode);
        var names = run.Lines.Select(l => l.Split('\t')[0]).ToList();
        Assert.Contains("audit-append", names);
        Assert.Contains("org-descendants", names);
        Assert.Contains("api-read", names);
    }

    [Fact]
    public async Task Bench_of_an_unknown_name_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("bench", "warp-speed");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("there is no benchmark 'warp-speed'", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_runs_both_paths_prints_the_ratio_and_appends_a_result_row()
    {
        var results = Path.Combine(Path.GetTempPath(), $"results-{Guid.NewGuid():N}.md");

        var run = await CliRunner.RunAsync("bench", "audit-append", "--repeat", "1", "--size", "5", "--results", results);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Lines, l => l.StartsWith("ratio ", StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.StartsWith("ours       median ", StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.StartsWith("baseline   median ", StringComparison.Ordinal));
        var rows = (await File.ReadAllLinesAsync(results)).Where(l => l.StartsWith("| 20", StringComparison.Ordinal)).ToList();
        var row = Assert.Single(rows);
        Assert.Contains("| audit-append | sqlite | 5 appends | 1 |", row, StringComparison.Ordinal);
    }
}
