using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Pensions.Amounts;

/// <summary>Checks on one contribution record before it is booked.</summary>
internal static class ContributionRules
{
    /// <summary>
    /// Notice art. 7(2) computes the subsidy from the "actual payment base", so a base of zero or below is not a
    /// contribution (<c>pensions.base-not-positive</c>); contributions and credits cannot be negative.
    /// </summary>
    public static void CheckAmounts(Cny contributionBase, Cny individual, Cny credited, string field)
    {
        if (!AmountsValid(contributionBase.Fen, individual.Fen, credited.Fen))
        {
            Refuse(contributionBase, individual, credited, field);
        }
    }

    /// <summary>
    /// Notice art. 7(2): whether a month's amounts may be booked (base above zero, nothing negative); the check
    /// <see cref="CheckAmounts"/> runs, without building any message, for the batch that books millions of months.
    /// </summary>
    public static bool AmountsValid(long baseFen, long individualFen, long creditedFen) =>
        baseFen > 0 && individualFen >= 0 && creditedFen >= 0;

    /// <summary>Throws the refusal for amounts that <see cref="AmountsValid"/> refused, naming the field and the rule.</summary>
    public static void Refuse(Cny contributionBase, Cny individual, Cny credited, string field)
    {
        RuleViolation.ThrowIf(contributionBase.Fen <= 0, $"{field}, base", "pensions.base-not-positive", $"The contribution base must be above zero (got {contributionBase}).", ("contributionBase", contributionBase));
        RuleViolation.ThrowIf(individual.Fen < 0, $"{field}, individual", "pensions.amount-negative", $"The individual contribution cannot be negative (got {individual}).", ("individual", individual));
        RuleViolation.ThrowIf(credited.Fen < 0, $"{field}, credited", "pensions.amount-negative", $"The amount credited cannot be negative (got {credited}).", ("credited", credited));
    }

    /// <summary>Notice art. 1: the military finance department records contributions only for the time with the army.</summary>
    public static RuleResult WithinMilitaryPeriod(YearMonth month, YearMonth periodStart, YearMonth? periodEnd) =>
        month < periodStart || (periodEnd is { } end && month > end)
            ? RuleResult.Refused("pensions.month-outside-military-period", $"{month} is outside the military period {periodStart} to {(periodEnd?.ToString() ?? "now")}.", ("month", month), ("periodStart", periodStart), ("end", (periodEnd?.ToString() ?? "now")))
            : RuleResult.Allowed;
}
