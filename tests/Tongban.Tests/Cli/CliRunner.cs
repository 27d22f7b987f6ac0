using Tongban.Cli;
using Tongban.Testing;

namespace Tongban.Tests.Cli;

/// <summary>Runs the CLI in-process with its output captured, as a script would see it.</summary>
internal static class CliRunner
{
    /// <summary>The day the CLI tests build the demo around (<c>--today</c>), so none depends on the day it runs.</summary>
    public const string Today = "2026-11-30";

    public static async Task<CliOutcome> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await TongbanCli.RunAsync(args, output, error, CancellationToken.None);
        return new CliOutcome(code, output.ToString(), error.ToString());
    }

    /// <summary>A fresh, empty database for the provider, as a --db value.</summary>
    public static string NewDatabase(string provider) => provider == "sqlite"
        ? Path.Combine(Path.GetTempPath(), $"tongban-cli-{Guid.NewGuid():N}.db")
        : PostgresServer.Shared.CreateDatabase();
}

internal sealed record CliOutcome(int ExitCode, string Out, string Err)
{
    public string[] Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
