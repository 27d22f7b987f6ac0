using Tongban.Assets.Cards;
using Tongban.Kernel.Errors;

namespace Tongban.Assets.Depreciation;

/// <summary>
/// Useful lives by class: the shipped defaults of 财会〔2017〕4号 表1, overridden by a jurisdiction's
/// edits. The table states a minimum ("不低于 N 年") for most classes and a range ("10～15 年") for special
/// equipment, so an edit stays at or above the minimum and, where the table gives one, at or below the top of the range.
/// </summary>
public static class UsefulLives
{
    public static int? DefaultYears(string classCode) => AssetClasses.Find(classCode)?.LifeYears;

    /// <summary>The life that applies: the override when one exists, else the table's default; null for classes not depreciated.</summary>
    public static int? YearsFor(string classCode, IReadOnlyDictionary<string, int> overrides) =>
        DepreciationRules.IsExcluded(classCode)
            ? null
            : overrides.TryGetValue(classCode, out var years) ? years : DefaultYears(classCode);

    // 财会〔2017〕4号 表1: lives are "不低于" the table's figure, or within its range for special equipment.
    public static RuleResult CheckEdit(string classCode, int years)
    {
        var cls = AssetClasses.Find(classCode);
        if (cls is null || cls.IsTop)
        {
            return RuleResult.Refused("assets.class.unknown", $"'{classCode}' is not a second-level class of GB/T 14885.", ("classCode", classCode));
        }

        if (DepreciationRules.IsExcluded(classCode) || cls.LifeYears is null)
        {
            return RuleResult.Refused("assets.life.not-depreciated", $"{cls.NameEn} ({classCode}) is not depreciated; it has no useful life.", ("cls", cls.NameEn), ("classCode", classCode));
        }

        if (years < cls.LifeYears)
        {
            return RuleResult.Refused("assets.life.below-table", $"The table (财会〔2017〕4号 表1) sets at least {cls.LifeYears} years for {cls.NameEn}.", ("lifeYears", cls.LifeYears), ("cls", cls.NameEn));
        }

        if (cls.MaxLifeYears is { } max && years > max)
        {
            return RuleResult.Refused("assets.life.above-table", $"The table (财会〔2017〕4号 表1) sets {cls.LifeYears} to {max} years for {cls.NameEn}.", ("lifeYears", cls.LifeYears), ("max", max), ("cls", cls.NameEn));
        }

        return years > 100 ? RuleResult.Refused("assets.life.range", "A useful life above 100 years is not plausible.") : RuleResult.Allowed;
    }
}
