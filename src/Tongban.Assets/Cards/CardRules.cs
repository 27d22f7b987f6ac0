using Tongban.Kernel.Errors;

namespace Tongban.Assets.Cards;

/// <summary>Checks on a new card (assets spec, "Bad input and integrity").</summary>
public static class CardRules
{
    public static void CheckNew(string? code, string? name, string? classCode, Composition composition, long costFen, DateOnly acquired, DateOnly today)
    {
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(code) || code.Length > 40, "code", "assets.card.code", "A card needs a code of at most 40 characters.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(name) || name.Length > 200, "name", "assets.card.name", "A card needs a name of at most 200 characters.");
        var cls = AssetClasses.Find(classCode);
        RuleViolation.ThrowIf(cls is null || cls.IsTop, "classCode", "assets.class.unknown", $"'{classCode}' is not a second-level class of GB/T 14885.", ("classCode", classCode));
        RuleViolation.ThrowIf(!Enum.IsDefined(composition), "composition", "assets.composition.unknown", $"'{composition}' is not one of the five composition classes.", ("composition", composition));
        RuleViolation.ThrowIf(costFen <= 0, "originalValue", "assets.cost.positive", "The original value must be above zero.");
        RuleViolation.ThrowIf(acquired > today, "acquiredOn", "assets.date.future", $"The acquisition date {acquired:yyyy-MM-dd} is in the future.", ("acquired", acquired));
    }

    /// <summary>财会〔2017〕4号 表1 sets a building's life by its structure: a building (102) names one, other classes none.</summary>
    public static void CheckStructure(string? classCode, Depreciation.BuildingStructure structure)
    {
        var building = classCode?.Trim() == "102";
        RuleViolation.ThrowIf(!Enum.IsDefined(structure), "structure", "assets.structure.unknown", $"'{structure}' is not a building structure.", ("structure", structure));
        RuleViolation.ThrowIf(
            building && structure == Depreciation.BuildingStructure.None,
            "structure",
            "assets.structure.required",
            "A building's useful life depends on its structure (财会〔2017〕4号 表1: steel or reinforced concrete at least 50 years, brick-concrete or brick-wood at least 30, simple buildings and attachments 8); name it.");
        RuleViolation.ThrowIf(
            !building && structure != Depreciation.BuildingStructure.None,
            "structure",
            "assets.structure.not-building",
            "Only a building (class 102) has a structure.");
    }

    /// <summary>
    /// 《政府会计准则第3号——固定资产》: an asset whose cost cannot be measured reliably is booked at a nominal amount of
    /// one yuan (名义金额) and is not depreciated.
    /// </summary>
    public static void CheckNominal(bool atNominalAmount, long costFen) =>
        RuleViolation.ThrowIf(
            atNominalAmount && costFen != NominalAmountFen,
            "originalValue",
            "assets.nominal.one-yuan",
            "An asset booked at a nominal amount is booked at 1.00 yuan (Government Accounting Standard No. 3).");

    /// <summary>The nominal amount: RMB 1.</summary>
    public const long NominalAmountFen = 100;
}
