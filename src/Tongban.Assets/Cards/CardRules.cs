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
}
