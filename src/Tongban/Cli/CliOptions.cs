using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Hosting;
using Tongban.Kernel.Data;

namespace Tongban.Cli;

/// <summary>Options shared by every verb, and opening the services on the chosen database.</summary>
internal static class CliOptions
{
    public const string DbVariable = "TONGBAN_DB";

    public static readonly Option<string?> Db = new("--db")
    {
        Description = "SQLite file or PostgreSQL connection string (Host=...;Database=...); default $TONGBAN_DB or ./data/tongban.db",
        Recursive = true,
    };

    public static DatabaseTarget Target(ParseResult parse) =>
        DatabaseTarget.Parse(parse.GetValue(Db) ?? Environment.GetEnvironmentVariable(DbVariable));

    /// <summary>The suite's services on the chosen database (not yet migrated).</summary>
    public static ServiceProvider Open(DatabaseTarget target) =>
        new ServiceCollection().AddTongban(target).BuildServiceProvider();
}
