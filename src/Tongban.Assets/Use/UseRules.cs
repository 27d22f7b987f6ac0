using Tongban.Assets.Cards;
using Tongban.Kernel.Errors;

namespace Tongban.Assets.Use;

public enum UseKind
{
    SelfUse = 1,
    Lending = 2,
    Leasing = 3,
    OutwardInvestment = 4,
    Guarantee = 5,
}

/// <summary>Seed 09 (4) "Use of assets": self-use, outward investment, leasing and lending, and what administrative units may not do.</summary>
public static class UseRules
{
    // Seed 09 (4) "Use of assets": administrative units shall not use state-owned assets as an external guarantee.
    public static RuleResult MayGuarantee(UnitKind kind) =>
        kind == UnitKind.AdministrativeUnit
            ? RuleResult.Refused("assets.use.guarantee", "An administrative unit may not use state-owned assets as an external guarantee (seed 09, use of assets).")
            : RuleResult.Allowed;

    // Seed 09 (4) "Use of assets": administrative units shall not use state-owned assets in any form to hold economic entities.
    public static RuleResult MayInvestOutward(UnitKind kind) =>
        kind == UnitKind.AdministrativeUnit
            ? RuleResult.Refused("assets.use.outward-investment", "An administrative unit may not hold economic entities with state-owned assets in any form, so it may not invest outward (seed 09, use of assets).")
            : RuleResult.Allowed;

    public static RuleResult MayUse(UnitKind kind, UseKind use, AssetStatus status)
    {
        if (status is AssetStatus.Disposed or AssetStatus.PendingDisposal)
        {
            return RuleResult.Refused("assets.use.disposed", "A disposed asset, or one being disposed, cannot be put to use.");
        }

        if (use != UseKind.SelfUse && status is not (AssetStatus.InUse or AssetStatus.Idle))
        {
            return RuleResult.Refused("assets.use.busy", $"The asset is {status}; bring it back before lending, leasing or investing it.", ("status", status));
        }

        return use switch
        {
            UseKind.Guarantee => MayGuarantee(kind),
            UseKind.OutwardInvestment => MayInvestOutward(kind),
            _ => RuleResult.Allowed,
        };
    }

    /// <summary>A lending's due date: after the check-out, and at most a year out (a longer use is a lease).</summary>
    public static RuleResult CheckLendingDue(DateOnly checkOut, DateOnly due) =>
        due <= checkOut
            ? RuleResult.Refused("assets.lending.due", "The due date must be after the check-out date.")
            : due > checkOut.AddYears(1)
                ? RuleResult.Refused("assets.lending.too-long", "Lending for more than a year is a lease; record a lease contract instead.")
                : RuleResult.Allowed;
}
