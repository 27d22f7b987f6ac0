using Tongban.Assets.Cards;
using Tongban.Kernel.Errors;

namespace Tongban.Assets.Use;

public enum IncomeKind
{
    Rent = 1,
    LendingFee = 2,
    DisposalProceeds = 3,
    InvestmentReturn = 4,
}

/// <summary>What happens to an income line.</summary>
public enum IncomeHandling
{
    /// <summary>"Two lines of revenue and expenditure": turned over to the treasury as non-tax income.</summary>
    TurnedOverToTreasury = 1,

    /// <summary>A public institution's use income: into the unit budget, accounted for together.</summary>
    IntoUnitBudget = 2,
}

/// <summary>
/// Seed 09 (4): the income from leasing and lending, and from disposal, is managed by "two lines of
/// revenue and expenditure" under the rules on non-tax income; a public institution's use income
/// is included in the unit budget under unified accounting.
/// </summary>
public static class TwoLines
{
    public static IncomeHandling Required(UnitKind unit, IncomeKind income) =>
        unit == UnitKind.PublicInstitution && income != IncomeKind.DisposalProceeds
            ? IncomeHandling.IntoUnitBudget
            : IncomeHandling.TurnedOverToTreasury;

    // Seed 09 (4): administrative units' use income and all disposal income go the "two lines" way.
    public static RuleResult Check(UnitKind unit, IncomeKind income, IncomeHandling? handling)
    {
        if (handling is null)
        {
            return RuleResult.Refused("assets.income.unassigned", "Say how the income is handled: turned over to the treasury (two lines) or into the unit budget.");
        }

        var required = Required(unit, income);
        return handling == required
            ? RuleResult.Allowed
            : RuleResult.Refused(
                "assets.income.two-lines",
                required == IncomeHandling.TurnedOverToTreasury
                    ? "This income is managed by \"two lines of revenue and expenditure\": it is turned over to the treasury (seed 09, use and disposal of assets)."
                    : "A public institution's use income is included in the unit budget (seed 09, use of assets).");
    }
}
