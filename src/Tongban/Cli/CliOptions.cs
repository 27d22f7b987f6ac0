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
    public static ServiceProvider Open(DatabaseTarget target, TimeProvider? clock = null, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection().AddTongban(target, clock);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// <c>--today YYYY-MM-DD</c> of <c>demo</c> and <c>serve --demo</c>: the day the demo world is built around
    /// (its clock starts at 09:00 Beijing time that day); default the real date.
    /// </summary>
    public static Option<DateOnly?> Today() => new("--today")
    {
        Description = "Build the demo world around this day (yyyy-MM-dd); the server's clock starts there. Default: today",
        CustomParser = r => CalendarCommands.IsoDate(r),
    };

    /// <summary>The clock for a <c>--today</c> value, or null for the system clock.</summary>
    public static TimeProvider? ClockFor(DateOnly? today) => today is { } day ? Kernel.Calendar.ShiftedClock.StartingOn(day) : null;
}
