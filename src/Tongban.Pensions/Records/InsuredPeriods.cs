using Tongban.Kernel.Errors;
using Tongban.Pensions.Amounts;

namespace Tongban.Pensions.Records;

/// <summary>Where an insured period lies relative to the time with the army.</summary>
public enum PeriodKind
{
    /// <summary>Insured at a local agency before joining the army (Notice art. 2; sealed ones art. 6).</summary>
    BeforeArmy = 1,

    /// <summary>The military period: the account kept by the military finance department (Notice art. 1).</summary>
    Military = 2,

    /// <summary>Insured locally after the transfer (Notice arts. 3-5, 9).</summary>
    AfterArmy = 3,
}

/// <summary>One insured period: its months (inclusive) and the administrative division code it is recorded under.</summary>
public sealed record InsuredPeriod(PeriodKind Kind, YearMonth Start, YearMonth End, string DivisionCode)
{
    public int Months => End.Index - Start.Index + 1;
}

internal static class InsuredPeriodRules
{
    /// <summary>Notice art. 8(II): the military period's division code is always 910000, also on later transfers.</summary>
    public const string MilitaryDivisionCode = "910000";

    /// <summary>GB/T 2260 province-level prefixes (the first two digits of a division code), plus 91 for the military period.</summary>
    private static readonly HashSet<string> ProvincePrefixes =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82",
    ];

    /// <summary>Notice art. 8(II): the code a period is recorded under; the military period is 910000 whatever was entered.</summary>
    public static string RecordedDivisionCode(PeriodKind kind, string localCode) =>
        kind == PeriodKind.Military ? MilitaryDivisionCode : localCode;

    /// <summary>A division code is six digits under a known province (GB/T 2260), or the military 910000 (art. 8(II)).</summary>
    public static RuleResult KnownDivisionCode(string? code)
    {
        if (code == MilitaryDivisionCode)
        {
            return RuleResult.Allowed;
        }

        return code is { Length: 6 } && code.All(char.IsAsciiDigit) && ProvincePrefixes.Contains(code[..2]) && code[2..] != "9999"
            ? RuleResult.Allowed
            : RuleResult.Refused("pensions.division-code-unknown", $"\"{code}\" is not a known administrative division code (six digits under a GB/T 2260 province, or 910000 for the military period).", ("code", code));
    }

    /// <summary>Notice art. 8(II): a military period must carry 910000, a local period a local code.</summary>
    public static RuleResult DivisionCodeFitsKind(PeriodKind kind, string code) =>
        (kind == PeriodKind.Military) == (code == MilitaryDivisionCode)
            ? RuleResult.Allowed
            : RuleResult.Refused(
                "pensions.division-code-military",
                kind == PeriodKind.Military ? "The military period is recorded under 910000 (Notice art. 8(II))." : "910000 is reserved for the military period (Notice art. 8(II)).");

    /// <summary>
    /// Periods may not overlap: one month is insured in one place only. The one exception is the month of a move,
    /// where a period ends in the month the next begins; art. 9 merges the time, so that month counts once.
    /// </summary>
    public static RuleResult NoOverlap(IEnumerable<InsuredPeriod> periods)
    {
        var ordered = periods.OrderBy(p => p.Start).ThenBy(p => p.End).ToList();
        foreach (var period in ordered)
        {
            if (period.End < period.Start)
            {
                return RuleResult.Refused("pensions.period-reversed", $"The period {period.Start} to {period.End} ends before it starts.", ("start", period.Start), ("end", period.End));
            }
        }

        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            var current = ordered[i];
            if (current.Start < previous.End || (current.Start == previous.End && (current.Start == current.End || previous.Start == previous.End)))
            {
                return RuleResult.Refused("pensions.periods-overlap", $"The period {current.Start} to {current.End} overlaps {previous.Start} to {previous.End}.", ("start", current.Start), ("end", current.End), ("start2", previous.Start), ("end2", previous.End));
            }
        }

        return RuleResult.Allowed;
    }

    /// <summary>Notice art. 9: insured time before, during and after the army is merged; a month counts once however many periods hold it.</summary>
    public static int MergedMonths(IEnumerable<InsuredPeriod> periods)
    {
        var total = 0;
        var coveredUntil = int.MinValue;
        foreach (var period in periods.OrderBy(p => p.Start))
        {
            var start = Math.Max(period.Start.Index, coveredUntil + 1);
            if (period.End.Index >= start)
            {
                total += period.End.Index - start + 1;
                coveredUntil = period.End.Index;
            }
        }

        return total;
    }
}
