using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Assets.Vehicles;

/// <summary>Seed 09 (5) "Official vehicle management": general official, law-enforcement and special technical vehicles.</summary>
public enum VehicleCategory
{
    GeneralOfficial = 1,
    LawEnforcement = 2,
    SpecialTechnical = 3,
}

public enum RunningCostKind
{
    Fuel = 1,
    Repairs = 2,
    Insurance = 3,
    Tolls = 4,
    Other = 9,
}

/// <summary>A vehicle equipment standard: price and displacement ceilings per category (data, editable).</summary>
public sealed record VehicleStandard(VehicleCategory Category, long PriceCeilingFen, int DisplacementCeilingMl, string Source);

public static class VehicleRules
{
    /// <summary>
    /// Example defaults after the party-and-government-organ official vehicle standards (财行〔2011〕9号
    /// budget measures and 财行〔2011〕180号 law-enforcement measures, named by seed 09 (5)); editable.
    /// </summary>
    public static IReadOnlyList<VehicleStandard> Defaults { get; } =
    [
        new(VehicleCategory.GeneralOfficial, 180_000_00, 1800, "一般公务用车（示例默认值，可修改）"),
        new(VehicleCategory.LawEnforcement, 180_000_00, 1800, "一般执法执勤用车，财行〔2011〕180号（示例默认值，可修改）"),
        new(VehicleCategory.SpecialTechnical, 450_000_00, 3000, "特种专业技术用车（示例默认值，可修改）"),
    ];

    // Seed 09 (5): vehicles are kept within the unit's establishment (quota).
    public static RuleResult CheckQuota(int quota, int held) =>
        held >= quota
            ? RuleResult.Refused("assets.vehicles.quota", $"The unit holds {held} vehicle(s) of this category against a quota of {quota}; another is refused.", ("held", held), ("quota", quota))
            : RuleResult.Allowed;

    // Seed 09 (5): equipment standards for official vehicles (price and displacement ceilings).
    public static RuleResult CheckStandard(VehicleStandard standard, Cny price, int displacementMl)
    {
        if (price.Fen <= 0 || displacementMl < 0)
        {
            return RuleResult.Refused("assets.vehicles.values", "Price must be above zero and displacement not negative.");
        }

        if (price.Fen > standard.PriceCeilingFen)
        {
            return RuleResult.Refused("assets.vehicles.price-ceiling", $"{price} yuan is above the {standard.Category} ceiling of {new Cny(standard.PriceCeilingFen)} yuan.", ("price", price), ("category", standard.Category), ("limit", new Cny(standard.PriceCeilingFen)));
        }

        return displacementMl > standard.DisplacementCeilingMl
            ? RuleResult.Refused("assets.vehicles.displacement-ceiling", $"{displacementMl} ml is above the {standard.Category} ceiling of {standard.DisplacementCeilingMl} ml.", ("displacementMl", displacementMl), ("category", standard.Category), ("displacementCeilingMl", standard.DisplacementCeilingMl))
            : RuleResult.Allowed;
    }
}
