using System.CommandLine;
using System.Globalization;
using Tongban.Kernel.Calendar;

namespace Tongban.Cli;

/// <summary><c>tongban calendar day|add-workdays</c>: the working-day calendar; no database needed.</summary>
internal static class CalendarCommands
{
    public static Command Create()
    {
        var overrideFile = new Option<string?>("--calendar-file") { Description = "Local override file (holiday-cn JSON) on top of the embedded notices", Recursive = true };

        var day = new Argument<DateOnly>("date") { Description = "ISO date, e.g. 2025-10-11", CustomParser = IsoDate };
        var dayCommand = new Command("day", "Print the kind of a day: workday, weekend, holiday or adjusted-workday") { day };
        dayCommand.SetAction(async (parse, ct) =>
        {
            var calendar = WorkingDayCalendar.LoadDefault(parse.GetValue(overrideFile));
            await parse.InvocationConfiguration.Output.WriteLineAsync(calendar.KindOf(parse.GetValue(day)).ToCliName());
            return TongbanCli.Ok;
        });

        var start = new Argument<DateOnly>("date") { Description = "Start date (not counted), ISO", CustomParser = IsoDate };
        var count = new Argument<int>("days") { Description = "Number of working days to add" };
        var addCommand = new Command("add-workdays", "Print the date N working days after a date (the start not counted)") { start, count };
        addCommand.SetAction(async (parse, ct) =>
        {
            var calendar = WorkingDayCalendar.LoadDefault(parse.GetValue(overrideFile));
            var result = calendar.AddWorkingDays(parse.GetValue(start), parse.GetValue(count));
            await parse.InvocationConfiguration.Output.WriteLineAsync(result.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return TongbanCli.Ok;
        });

        return new Command("calendar", "China's working-day calendar (State Council holiday notices)") { overrideFile, dayCommand, addCommand };
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
