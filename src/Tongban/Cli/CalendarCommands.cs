using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tongban.Hosting;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Matters;

namespace Tongban.Cli;

/// <summary><c>tongban calendar day|add-workdays|years</c>: the working-day calendar, no database needed; <c>recompute</c> on the database.</summary>
internal static class CalendarCommands
{
    public static Command Create()
    {
        var overrideFile = new Option<string?>("--calendar-file") { Description = "Local override file (holiday-cn JSON) on top of the embedded notices; default $TONGBAN_CALENDAR", Recursive = true };

        var day = new Argument<DateOnly>("date") { Description = "ISO date, e.g. 2025-10-11", CustomParser = IsoDate };
        var dayCommand = new Command("day", "Print the kind of a day: workday, weekend, holiday or adjusted-workday") { day };
        dayCommand.SetAction(async (parse, ct) =>
        {
            var calendar = Load(parse, overrideFile);
            var date = parse.GetValue(day);
            await parse.InvocationConfiguration.Output.WriteLineAsync(calendar.KindOf(date).ToCliName());
            await WarnIfProvisionalAsync(parse, calendar, date, date);
            return TongbanCli.Ok;
        });

        var start = new Argument<DateOnly>("date") { Description = "Start date (not counted), ISO", CustomParser = IsoDate };
        var count = new Argument<int>("days") { Description = "Number of working days to add" };
        var addCommand = new Command("add-workdays", "Print the date N working days after a date (the start not counted)") { start, count };
        addCommand.SetAction(async (parse, ct) =>
        {
            var calendar = Load(parse, overrideFile);
            var result = calendar.AddWorkingDays(parse.GetValue(start), parse.GetValue(count));
            await parse.InvocationConfiguration.Output.WriteLineAsync(result.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await WarnIfProvisionalAsync(parse, calendar, parse.GetValue(start), result);
            return TongbanCli.Ok;
        });

        var yearsCommand = new Command("years", "List the years with a State Council notice, and say that the others are provisional");
        yearsCommand.SetAction(async (parse, ct) =>
        {
            var calendar = Load(parse, overrideFile);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync("notice: " + string.Join(", ", calendar.Years));
            await output.WriteLineAsync(
                $"provisional: every other year from {WorkingDayCalendar.ProvisionalFirstYear} to {WorkingDayCalendar.ProvisionalLastYear} (days off derived from the holiday regulation, no adjusted working weekends)");
            return TongbanCli.Ok;
        });

        var recomputeCommand = new Command("recompute", "Recount open due dates that were provisional for a year whose notice is now loaded; list those that moved");
        recomputeCommand.SetAction(async (parse, ct) =>
        {
            var calendar = Load(parse, overrideFile);
            await using var sp = CliOptions.Open(CliOptions.Target(parse), more: s => s.Replace(ServiceDescriptor.Singleton(calendar)));
            await TongbanServices.MigrateAsync(sp, ct);
            var moved = await TongbanServices.RecomputeDeadlinesAsync(sp, ct);
            foreach (var line in Describe(moved))
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(line);
            }

            return TongbanCli.Ok;
        });

        return new Command("calendar", "China's working-day calendar (State Council holiday notices)") { overrideFile, dayCommand, addCommand, yearsCommand, recomputeCommand };
    }

    /// <summary>One rule with the rest of the program: <c>--calendar-file</c>, else <c>TONGBAN_CALENDAR</c>, on top of the embedded notices.</summary>
    private static WorkingDayCalendar Load(ParseResult parse, Option<string?> overrideFile) =>
        WorkingDayCalendar.LoadDefault(parse.GetValue(overrideFile) ?? Environment.GetEnvironmentVariable(TongbanServices.CalendarVariable));

    /// <summary>One line per recounted due date (moved, or only confirmed by the notice), then a count.</summary>
    public static IEnumerable<string> Describe(IReadOnlyList<MovedDeadline> changes)
    {
        foreach (var c in changes)
        {
            var verb = c.WasDueOn == c.DueOn ? "confirmed" : "moved";
            yield return $"{verb}\t{c.Kind}\t{c.Reference}\t{Iso(c.WasDueOn)} -> {Iso(c.DueOn)}{(c.ProvisionalYear is { } y ? $" (still provisional: {y})" : "")}\t{c.Title}";
        }

        yield return $"due dates recounted against the loaded notices: {changes.Count(c => c.WasDueOn != c.DueOn)} moved, {changes.Count(c => c.WasDueOn == c.DueOn)} confirmed";
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    /// <summary>The answer stays on stdout as it was; a line on stderr says it rests on a year without a notice.</summary>
    private static async Task WarnIfProvisionalAsync(ParseResult parse, WorkingDayCalendar calendar, DateOnly from, DateOnly to)
    {
        if (Deadlines.ProvisionalYear(calendar, from, to) is { } year)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync(
                $"provisional: {year} has no State Council holiday notice loaded; its days off are derived from the holiday regulation (全国年节及纪念日放假办法 art. 2, 6), without adjusted working weekends");
        }
    }

    /// <summary>Only ISO dates: "10/11/2025" means different days in different places.</summary>
    internal static DateOnly IsoDate(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{text}' is not an ISO date (yyyy-MM-dd).");
        return default;
    }
}
