using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Clinic.Formulary;

/// <summary>The text's money rules for orders (seed 01: "if you can solve the problem with cheap medicine, you don't need expensive medicine").</summary>
public static class OrderRules
{
    /// <summary>Issue 14 item 10: an order is for one day or more.</summary>
    public static void Days(int days) =>
        RuleViolation.ThrowIf(days is < 1 or > 3650, "orderDays", "clinic.order-days", $"An order is for 1 to 3650 days, not {days}.", ("days", days));

    public static decimal DailyCost(decimal unitPrice, decimal unitsPerDay) => unitPrice * unitsPerDay;

    /// <summary>(daily cost asked - daily cost given) × days, to the fen, half up.</summary>
    public static Cny Saving(decimal askedDaily, decimal givenDaily, int days) => Cny.FromYuan((askedDaily - givenDaily) * days);

    /// <summary>Reference 2b: the patient pays the catalogue's self-pay share of the cost (丙类 and drugs outside the catalogue: all of it).</summary>
    public static Cny OutOfPocket(decimal daily, int days, decimal? selfPayPercent) => Cny.FromYuan(daily * days * (selfPayPercent ?? 100m) / 100m);

    /// <summary>
    /// Issue 14 item 4: the cheapest member of the asked drug's group that the patient's conditions do not block; on a
    /// tie the drug asked for.
    /// </summary>
    public static Drug Cheapest(Drug asked, IEnumerable<Drug> group, Contraindication conditions) =>
        group.Where(d => d.Group == asked.Group && (d.BlockedBy & conditions) == 0)
            .Aggregate(asked, (best, d) => DailyCost(d.UnitPrice, d.UnitsPerDay) < DailyCost(best.UnitPrice, best.UnitsPerDay) ? d : best);

    /// <summary>Keeping the dearer drug, or ordering an optional examination, needs a reason from the list.</summary>
    public static void ReasonGiven(bool needed, KeepReason? reason, string field) =>
        RuleViolation.ThrowIf(needed && (reason is null || !Enum.IsDefined(reason.Value)), field, "clinic.reason-required", "Keeping the dearer drug or an optional examination needs a reason: contraindication, resistance, intolerance or the patient's choice.");
}
