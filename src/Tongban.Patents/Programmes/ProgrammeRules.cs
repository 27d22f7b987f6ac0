using Tongban.Kernel.Errors;
using Tongban.Patents.Portfolio;

namespace Tongban.Patents.Programmes;

/// <summary>The rules of the IP office's programmes (seed 03, reference §0 of the spec: subsidies after grant, the award every three years).</summary>
internal static class ProgrammeRules
{
    /// <summary>Seed 03: "each project can be awarded a maximum of 100,000 yuan".</summary>
    public const long AwardCapFen = 100_000_00;

    /// <summary>Seed 03: the municipal patent award "is evaluated once every three years".</summary>
    public const int AwardCycleYears = 3;

    /// <summary>Seed 03: the award's cap per project is at most 100,000 yuan.</summary>
    public static RuleResult Cap(ProgrammeKind kind, long capFen, long budgetFen)
    {
        if (capFen <= 0 || budgetFen < capFen)
        {
            return RuleResult.Refused("patents.programme-amounts", "The cap must be above zero and the budget at least one cap.");
        }

        return kind == ProgrammeKind.Award && capFen > AwardCapFen
            ? RuleResult.Refused("patents.award-cap", "The municipal patent award gives at most 100,000 yuan a project.", ("cap", AwardCapFen / 100))
            : RuleResult.Allowed;
    }

    /// <summary>Seed 03: one award round every three years; a round less than three years after another is refused.</summary>
    public static RuleResult AwardCycle(IEnumerable<int> roundYears, int year)
    {
        var near = roundYears.Where(y => Math.Abs(y - year) < AwardCycleYears).Order().FirstOrDefault();
        return near != 0
            ? RuleResult.Refused("patents.award-cycle", $"The award is evaluated once every three years; the {near} round is too close to {year}.", ("near", near), ("year", year))
            : RuleResult.Allowed;
    }

    /// <summary>
    /// Seed 03: the 2012 revision of the Shanghai patent subsidy measures changed "funding upon application" to "funding after
    /// authorization": a subsidy (and an award) needs a patent granted by the day of the application and still in force.
    /// </summary>
    public static RuleResult AfterGrant(LegalStatus status, DateOnly? grantedOn, DateOnly appliedOn) =>
        grantedOn is null || grantedOn > appliedOn || status != LegalStatus.Granted
            ? RuleResult.Refused("patents.subsidy-before-grant", "Subsidies and awards are paid after grant, not on application: the patent must be granted and in force.")
            : RuleResult.Allowed;

    /// <summary>Seed 03: award-winning projects "have been transformed and implemented": at least one line in the ledger.</summary>
    public static RuleResult AwardTransformed(ProgrammeKind kind, int ledgerLines) =>
        kind == ProgrammeKind.Award && ledgerLines == 0
            ? RuleResult.Refused("patents.award-not-transformed", "The patent award goes to patents that have been transformed and implemented; record the implementation, licence or transfer first.")
            : RuleResult.Allowed;

    /// <summary>What is awarded stays within the cap, the request (a subsidy funds part of what was asked) and the budget left.</summary>
    public static RuleResult Amount(ProgrammeKind kind, long awardedFen, long capFen, long requestedFen, long budgetLeftFen)
    {
        if (awardedFen <= 0 || awardedFen > capFen)
        {
            return RuleResult.Refused("patents.amount-over-cap", $"The amount must be above zero and at most the programme's cap of {capFen / 100m:0.00} yuan.", ("cap", capFen / 100m));
        }

        if (kind == ProgrammeKind.Subsidy && awardedFen > requestedFen)
        {
            return RuleResult.Refused("patents.amount-over-request", "A subsidy funds at most what was asked for.", ("requested", requestedFen / 100m));
        }

        return awardedFen > budgetLeftFen
            ? RuleResult.Refused("patents.programme-budget", $"Only {budgetLeftFen / 100m:0.00} yuan of the budget is left.", ("left", budgetLeftFen / 100m))
            : RuleResult.Allowed;
    }
}
