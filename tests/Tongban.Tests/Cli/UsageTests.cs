namespace Tongban.Tests.Cli;

public sealed class UsageTests
{
    [Fact]
    public async Task Unknown_verb_is_a_usage_error_with_exit_code_2()
    {
        var run = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: Unrecognized command or argument 'frobnicate'", run.Err, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task No_verb_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync();

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task A_malformed_option_value_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("demo", "--seed", "many");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("many", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_db_value_that_is_neither_file_nor_connection_string_is_refused()
    {
        var run = await CliRunner.RunAsync("init", "--db", "a;b", "--admin-password", "Start-Pass-2025");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: db: ", run.Err, StringComparison.Ordinal);
        Assert.Contains("[db.unrecognised]", run.Err, StringComparison.Ordinal);
    }
}
