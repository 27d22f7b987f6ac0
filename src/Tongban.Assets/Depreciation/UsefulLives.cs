using Tongban.Assets.Cards;
using Tongban.Kernel.Errors;

namespace Tongban.Assets.Depreciation;

/// <summary>
/// Useful lives by table row (<see cref="LifeTables"/>): the row's figure of the edition in force on the card's
/// acquisition date, overridden by a jurisdiction's edits. The table states a minimum ("不低于 N 年") for most rows
/// and a range ("10～15 年") for special equipment, so an edit stays at or above the minimum and, where the table
/// gives one, at or below the top of the range. Buildings (102) take the row of their structure.
/// </summary>
public static class UsefulLives
{
    /// <summary>The table's figure for a row key (a class code, or "102.N" for a building structure) in the edition in force on <paramref name="on"/>.</summary>
    public static int? DefaultYears(string key, DateOnly on) => LifeTables.On(on).Find(key)?.MinYears;

    /// <summary>The table's figure in the current edition.</summary>
    public static int? DefaultYears(string key) => DefaultYears(key, DateOnly.MaxValue);

    /// <summary>The life that applies: the override when one exists, else the table's figure; null for classes not depreciated.</summary>
    public static int? YearsFor(string classCode, IReadOnlyDictionary<string, int> overrides) =>
        YearsFor(classCode, BuildingStructure.None, DateOnly.MaxValue, overrides);

    /// <summary>
    /// The life of a card of <paramref name="classCode"/> (and, for a building, <paramref name="structure"/>) acquired on
    /// <paramref name="acquiredOn"/>: the jurisdiction's edit, else the figure of the table edition in force that day.
    /// </summary>
    public static int? YearsFor(string classCode, BuildingStructure structure, DateOnly acquiredOn, IReadOnlyDictionary<string, int> overrides)
    {
        if (DepreciationRules.IsExcluded(classCode))
        {
            return null;
        }

        var key = LifeTables.KeyFor(classCode, structure);
        return overrides.TryGetValue(key, out var years) ? years : DefaultYears(key, acquiredOn);
    }

    // 财会〔2017〕4号 表1: lives are "不低于" the table's figure, or within its range for special equipment.
    public static RuleResult CheckEdit(string key, int years)
    {
        var row = LifeTables.On(DateOnly.MaxValue).Find(key);
        if (row is null)
        {
            var cls = AssetClasses.Find(key);
            if (cls is null || cls.IsTop || key == "102")
            {
                return RuleResult.Refused("assets.class.unknown", $"'{key}' is not a row of the useful-life table (a second-level class of GB/T 14885, or 102.1-102.6 for buildings by structure).", ("classCode", key));
            }

            return RuleResult.Refused("assets.life.not-depreciated", $"{cls.NameEn} ({key}) is not depreciated; it has no useful life.", ("cls", cls.NameEn), ("classCode", key));
        }

        if (years < row.MinYears)
        {
            return RuleResult.Refused("assets.life.below-table", $"The table (财会〔2017〕4号 表1) sets at least {row.MinYears} years for {row.NameEn}.", ("lifeYears", row.MinYears), ("cls", row.NameEn));
        }

        if (row.MaxYears is { } max && years > max)
        {
            return RuleResult.Refused("assets.life.above-table", $"The table (财会〔2017〕4号 表1) sets {row.MinYears} to {max} years for {row.NameEn}.", ("lifeYears", row.MinYears), ("max", max), ("cls", row.NameEn));
        }

        return years > 100 ? RuleResult.Refused("assets.life.range", "A useful life above 100 years is not plausible.") : RuleResult.Allowed;
    }
}
