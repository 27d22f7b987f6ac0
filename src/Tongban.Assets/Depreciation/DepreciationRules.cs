using Tongban.Assets.Cards;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Assets.Depreciation;

/// <summary>
/// Depreciation under government accounting (《政府会计准则第3号——固定资产》, 财会〔2016〕12号, the
/// depreciation section): straight line, no residual value, by month; an asset added in a month is
/// depreciated from that month, one that leaves in a month is not depreciated in that month; once
/// fully depreciated it is not depreciated further and stays at zero net value; land, cultural
/// relics and exhibits, books and archives, and special animals and plants are not depreciated.
/// </summary>
public static class DepreciationRules
{
    /// <summary>Classes never depreciated, whatever the editable life table says (GB/T 14885 codes: 101, 4xx, 5xx, 603, 604).</summary>
    public static bool IsExcluded(string classCode) =>
        classCode == "101" || classCode.StartsWith('4') || classCode.StartsWith('5') || classCode is "603" or "604" || classCode == "1";

    /// <summary>The monthly amounts of an asset's whole life: equal parts rounded down to the fen, the last month takes the remainder.</summary>
    public static IReadOnlyList<(Period Month, Cny Amount)> Schedule(Cny cost, int lifeYears, Period start)
    {
        RuleViolation.ThrowIf(cost.Fen <= 0, "cost", "assets.cost.positive", "The original value must be above zero.");
        RuleViolation.ThrowIf(lifeYears is < 1 or > 100, "life-years", "assets.life.range", "The useful life is between 1 and 100 years.");
        var parts = cost.Split(lifeYears * 12);
        return [.. parts.Select((amount, i) => (start.Plus(i), amount))];
    }

    /// <summary>
    /// The charge for <paramref name="month"/>: zero before the start month, from the month it leaves
    /// (<paramref name="left"/>) and after the life is used up; the last month of the life takes the remainder.
    /// </summary>
    public static long ChargeFen(long costFen, int lifeMonths, Period start, Period? left, Period month)
    {
        var k = month.MonthsSince(start);
        if (lifeMonths <= 0 || costFen <= 0 || k < 0 || k >= lifeMonths || (left is { } l && month >= l))
        {
            return 0;
        }

        var part = costFen / lifeMonths;
        return k == lifeMonths - 1 ? costFen - (part * (lifeMonths - 1)) : part;
    }

    /// <summary>Accumulated depreciation at the end of <paramref name="month"/>; never more than the cost (a fully depreciated asset stays at zero net value).</summary>
    public static long AccumulatedFen(long costFen, int lifeMonths, Period start, Period? left, Period month)
    {
        if (lifeMonths <= 0 || costFen <= 0)
        {
            return 0;
        }

        var last = left is { } l && l <= month ? l.Plus(-1) : month;
        var n = Math.Clamp(last.MonthsSince(start) + 1, 0, lifeMonths);
        return n == lifeMonths ? costFen : n * (costFen / lifeMonths);
    }

    /// <summary>Whether a card of this class and composition is depreciated at all (fixed assets outside the excluded classes).</summary>
    public static bool Depreciates(Composition composition, string classCode, int? lifeYears) =>
        composition == Composition.Fixed && !IsExcluded(classCode) && lifeYears is > 0;
}
