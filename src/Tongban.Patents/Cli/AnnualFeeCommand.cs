using System.CommandLine;
using System.Globalization;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;
using Tongban.Patents.Fees;
using Tongban.Patents.Portfolio;

namespace Tongban.Patents.Cli;

/// <summary>
/// <c>tongban patents annual-fee --type invention|utility-model|design --filed DATE --granted DATE --year N --paid-on DATE
/// [--reduction none|85|70]</c>: one year's fee from the shipped rules; needs no database.
/// </summary>
internal static class AnnualFeeCommand
{
    public static Command Create()
    {
        var type = new Option<string>("--type") { Description = "invention, utility-model or design", Required = true };
        var filed = new Option<string>("--filed") { Description = "Filing date (yyyy-MM-dd)", Required = true };
        var granted = new Option<string>("--granted") { Description = "Grant (notice) date (yyyy-MM-dd)", Required = true };
        var year = new Option<int>("--year") { Description = "Patent year, counted from the filing date", Required = true };
        var paidOn = new Option<string>("--paid-on") { Description = "Payment date (yyyy-MM-dd)", Required = true };
        var reduction = new Option<string>("--reduction") { Description = "none, 85 (one owner) or 70 (several owners)", DefaultValueFactory = _ => "none" };
        var open = new Option<bool>("--open-licence") { Description = "Under an open licence (15 % off; the most favourable reduction applies)" };
        var command = new Command("annual-fee", "One year's annual fee: due date, fee after reduction, late surcharge and total (IR art. 115)")
        {
            type, filed, granted, year, paidOn, reduction, open,
        };
        command.SetAction(parse => CliRefusal.RunAsync(parse, async output =>
        {
            // The host's calendar rule: the embedded notices plus the TONGBAN_CALENDAR override file (IR art. 5 rolls due dates past holidays).
            var calendar = WorkingDayCalendar.LoadDefault(Environment.GetEnvironmentVariable("TONGBAN_CALENDAR"));
            var quote = AnnualFeeRules.Quote(
                RuleBook.Shipped,
                calendar,
                ParseType(parse.GetValue(type)),
                CliDates.Parse(parse.GetValue(filed), "--filed"),
                CliDates.Parse(parse.GetValue(granted), "--granted"),
                parse.GetValue(year),
                CliDates.Parse(parse.GetValue(paidOn), "--paid-on"),
                ParseReduction(parse.GetValue(reduction)),
                parse.GetValue(open));
            await output.WriteAsync(Format(quote));
        }));
        return command;
    }

    public static string Format(FeeQuote q)
    {
        var c = CultureInfo.InvariantCulture;
        return string.Create(c, $"due {q.DueOn:yyyy-MM-dd}\nfee {q.Fee.Yuan:0.00}\nsurcharge {q.Surcharge.Yuan:0.00}\ntotal {q.Total.Yuan:0.00}\n");
    }

    public static PatentType ParseType(string? text) => text switch
    {
        "invention" => PatentType.Invention,
        "utility-model" => PatentType.UtilityModel,
        "design" => PatentType.Design,
        _ => throw new RuleViolation("--type", "patents.type-unknown", $"'{text}' is not invention, utility-model or design.", ("type", text)),
    };

    public static Reduction ParseReduction(string? text) => text switch
    {
        null or "" or "none" => Reduction.None,
        "85" => Reduction.Single85,
        "70" => Reduction.Joint70,
        _ => throw new RuleViolation("--reduction", "patents.reduction-unknown", $"'{text}' is not none, 85 or 70.", ("reduction", text)),
    };
}

/// <summary>Dates on the command line.</summary>
internal static class CliDates
{
    public static DateOnly Parse(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new RuleViolation(field, "patents.date-format", $"'{text}' is not a date (yyyy-MM-dd).", ("text", text));
}
