using Tongban.Kernel.Errors;
using Tongban.Patents.Fees;

namespace Tongban.Patents.Portfolio;

/// <summary>PCT national-phase entry deadlines (reference §7).</summary>
internal static class PctRules
{
    // PCT art. 22(1)/39(1): 30 months from the priority date; offices such as EP, KR, AU, IN allow 31 (WIPO time-limits table).
    public static int MonthsFor(RuleBook book, string office, DateOnly priority) =>
        book.Find($"pct.months.{office.ToUpperInvariant()}", priority) is { } v ? (int)v.Value : book.Months("pct.months.default", priority);

    public static DateOnly EntryDeadline(RuleBook book, string office, DateOnly priority) => priority.AddMonths(MonthsFor(book, office, priority));

    // Offices are two-letter WIPO ST.3 codes (EP, EA, AP for the regional ones).
    public static RuleResult Office(string? office) =>
        office is { Length: 2 } o && o.All(char.IsAsciiLetterUpper)
            ? RuleResult.Allowed
            : RuleResult.Refused("patents.office-code", $"'{office}' is not a two-letter office code (WIPO ST.3, e.g. US, EP, JP).", ("office", office));
}
