using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Pensions.Amounts;

namespace Tongban.Pensions.Records;

/// <summary>What a clerk types on the contribution-months page, turned into the months the department books.</summary>
internal static class ContributionEntry
{
    /// <summary>The longest run booked in one go: 50 years of months.</summary>
    public const int MaxRun = 600;

    /// <summary>
    /// Notice art. 1: the department records the account month by month; a run of months from <paramref name="from"/>
    /// through <paramref name="to"/> with the same base, individual contribution and credited amount (yuan) is one
    /// month each. A bad month or amount names its field; an empty or reversed run is <c>pensions.month-range</c>.
    /// </summary>
    public static IReadOnlyList<ContributionMonth> Run(string? from, string? to, string? contributionBase, string? individual, string? credited)
    {
        var first = YearMonth.Parse(from, "from");
        var last = YearMonth.Parse(to, "to");
        var b = Cny.Parse(contributionBase, "base");
        var i = Cny.Parse(individual, "individual");
        var c = Cny.Parse(credited, "credited");
        RuleViolation.ThrowIf(last < first, "to", "pensions.month-range", $"The run ends ({last}) before it starts ({first}).", ("last", last), ("first", first));
        var count = last.Index - first.Index + 1;
        RuleViolation.ThrowIf(count > MaxRun, "to", "pensions.month-range", $"A run books at most {MaxRun} months (got {count}).", ("maxRun", MaxRun), ("count", count));
        ContributionRules.CheckAmounts(b, i, c, "amounts");
        return Enumerable.Range(0, count).Select(k => new ContributionMonth(first.AddMonths(k), b, i, c)).ToList();
    }

    /// <summary>Pasted lines in the CLI's file format (header <c>month,base,individual,credited</c>); a bad row refuses all of them.</summary>
    public static IReadOnlyList<ContributionMonth> Pasted(string? text)
    {
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(text), "pasted", "pensions.pasted-empty", "Paste the header line month,base,individual,credited and one line per month.");
        using var reader = new StringReader(text!.Trim());
        return SpreadsheetFiles.ReadContributions(reader);
    }
}
