using System.Text.RegularExpressions;
using Tongban.Kernel.Errors;

namespace Tongban.Delivery.Orders;

/// <summary>What an order must satisfy before it is written, by hand, through the API or from a file.</summary>
internal static partial class OrderRules
{
    /// <summary>CNY per unit in millionths; 6 decimals is what a bank's rate sheet gives.</summary>
    public const long Micros = 1_000_000;

    public static void NotNegative(long amount, string field) =>
        RuleViolation.ThrowIf(amount < 0, field, "delivery.amount-negative", $"{field} cannot be negative ({amount}).", ("value", amount / 100m));

    // An amount without tax is the amount with tax less VAT, so never above it.
    public static void ExTaxNotAboveWithTax(long withTax, long exTax) =>
        RuleViolation.ThrowIf(exTax > withTax, "contractExTax", "delivery.ex-tax-above-with-tax", "The amount without tax is above the amount with tax.");

    public static void ExchangeRate(string currency, long rateMicros)
    {
        RuleViolation.ThrowIf(rateMicros <= 0, "exchangeRate", "delivery.exchange-rate", $"The exchange rate must be above zero, not {rateMicros / (decimal)Micros}.", ("rate", rateMicros / (decimal)Micros));
        RuleViolation.ThrowIf(currency == "CNY" && rateMicros != Micros, "exchangeRate", "delivery.exchange-rate-cny", "A contract in CNY has the rate 1.");
    }

    public static string Currency(string? text)
    {
        var c = text?.Trim().ToUpperInvariant() ?? "";
        RuleViolation.ThrowIf(!CurrencyCode().IsMatch(c), "currency", "delivery.currency", $"'{text}' is not a three-letter ISO 4217 currency code.", ("currency", text));
        return c;
    }

    /// <summary>Minor units of the contract currency times the rate, to CNY fen, half away from zero.</summary>
    public static long ToFen(long minor, long rateMicros) =>
        (long)decimal.Round(minor * (decimal)rateMicros / Micros, 0, MidpointRounding.AwayFromZero);

    // Seed 02: "overseas local customers are served by overseas branches"; a domestic order stays with the domestic company.
    public static void ServedByMatchingEntity(bool orderOverseas, bool entityOverseas) =>
        RuleViolation.ThrowIf(
            orderOverseas != entityOverseas,
            "orgId",
            orderOverseas ? "delivery.overseas-needs-overseas-entity" : "delivery.domestic-needs-domestic-entity",
            orderOverseas ? "An overseas order is served by an overseas subsidiary or branch." : "A domestic order is served by a domestic entity.");

    /// <summary>
    /// The planned milestones: all six, none before signing, each on or after the one before, the last being final
    /// acceptance (so none after it).
    /// </summary>
    public static void PlannedDates(DateOnly signed, IReadOnlyDictionary<MilestoneKind, DateOnly> planned)
    {
        var previous = signed;
        foreach (var kind in Enum.GetValues<MilestoneKind>())
        {
            var field = $"planned.{kind}";
            RuleViolation.ThrowIf(!planned.TryGetValue(kind, out var date), field, "delivery.milestone-missing", $"The planned date of {kind} is missing.", ("milestone", DeliveryTexts.MilestoneName(kind)));
            NotBeforeSigning(signed, date, field);
            if (kind == MilestoneKind.FinalAcceptance && planned.Where(p => p.Value > date).Select(p => (MilestoneKind?)p.Key).FirstOrDefault() is { } after)
            {
                throw new RuleViolation($"planned.{after}", "delivery.milestone-after-acceptance", $"{after} is planned after final acceptance.", ("milestone", DeliveryTexts.MilestoneName(after)));
            }

            RuleViolation.ThrowIf(date < previous, field, "delivery.milestone-order", $"{kind} is planned before the milestone before it.", ("milestone", DeliveryTexts.MilestoneName(kind)), ("date", date), ("previous", previous));
            previous = date;
        }
    }

    public static void NotBeforeSigning(DateOnly signed, DateOnly date, string field) =>
        RuleViolation.ThrowIf(date < signed, field, "delivery.date-before-signing", $"{date:yyyy-MM-dd} is before the signing date {signed:yyyy-MM-dd}.", ("date", date), ("signed", signed));

    public static void NotInFuture(DateOnly date, DateOnly today, string field) =>
        RuleViolation.ThrowIf(date > today, field, "delivery.date-future", $"{date:yyyy-MM-dd} is after today.", ("date", date));

    /// <summary>
    /// An actual date for a milestone: not before signing nor in the future; no milestone after final acceptance;
    /// final acceptance only once every earlier milestone is done, and not before any of them.
    /// </summary>
    public static void Actual(DateOnly signed, DateOnly today, MilestoneKind kind, DateOnly date, IReadOnlyDictionary<MilestoneKind, DateOnly?> actuals)
    {
        var field = $"actual.{kind}";
        NotBeforeSigning(signed, date, field);
        NotInFuture(date, today, field);
        if (kind != MilestoneKind.FinalAcceptance && actuals.GetValueOrDefault(MilestoneKind.FinalAcceptance) is { } accepted)
        {
            RuleViolation.ThrowIf(date > accepted, field, "delivery.milestone-after-acceptance", "A milestone cannot fall after final acceptance.", ("milestone", DeliveryTexts.MilestoneName(kind)));
        }

        if (kind == MilestoneKind.FinalAcceptance)
        {
            foreach (var earlier in Enum.GetValues<MilestoneKind>().Where(k => k < kind))
            {
                var done = actuals.GetValueOrDefault(earlier);
                RuleViolation.ThrowIf(done is null, field, "delivery.acceptance-before-milestones", $"{earlier} has no actual date yet.", ("milestone", DeliveryTexts.MilestoneName(earlier)));
                RuleViolation.ThrowIf(done > date, field, "delivery.milestone-after-acceptance", "A milestone cannot fall after final acceptance.", ("milestone", DeliveryTexts.MilestoneName(earlier)));
            }
        }
    }

    /// <summary>Collections cannot exceed the contract amount with tax.</summary>
    public static void CollectionWithinContract(long collectedFen, long amountFen, long contractWithTaxFen)
    {
        RuleViolation.ThrowIf(amountFen <= 0, "amount", "delivery.collection-positive", "A collection is above zero.");
        RuleViolation.ThrowIf(
            collectedFen + amountFen > contractWithTaxFen,
            "amount",
            "delivery.collection-exceeds-contract",
            "Collections would exceed the contract amount with tax.",
            ("contract", contractWithTaxFen / 100m));
    }

    /// <summary>
    /// Receivable: revenue is recognised at final acceptance, so the whole amount with tax is due then and the
    /// receivable is that less collections; before acceptance collections are advances (contract liabilities).
    /// </summary>
    public static (long Receivable, long Advances) Receivable(bool accepted, long contractWithTaxFen, long collectedFen) =>
        accepted ? (contractWithTaxFen - collectedFen, 0) : (0, collectedFen);

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
