using Tongban.Kernel.Errors;

namespace Tongban.Delivery.Orders;

/// <summary>An order as entered: amounts in minor units of the contract currency, the rate as CNY per unit.</summary>
internal sealed record NewOrder(
    string Code,
    string Title,
    Guid OrgId,
    Guid CustomerId,
    BusinessArea Area,
    string? SectorCode,
    bool Overseas,
    string ProjectManager,
    string Currency,
    decimal ExchangeRate,
    long ContractWithTaxMinor,
    long ContractExTaxMinor,
    long CostFen,
    int PaymentTermsDays,
    DateOnly Signed,
    IReadOnlyDictionary<MilestoneKind, DateOnly> Planned);

internal sealed record NewCustomer(Guid OrgId, string Name, string SectorCode, bool Overseas, Relationship Relationship, string? RelatedParty, decimal ShareholdingPercent);

/// <summary>Turns an entered order into its rows, checking every rule; pure, shared by the form, the API and the import.</summary>
internal static class OrderBuilder
{
    public const int CodeMaxLength = 40;

    public static long RateMicros(decimal rate)
    {
        var micros = rate * OrderRules.Micros;
        RuleViolation.ThrowIf(micros != decimal.Truncate(micros), "exchangeRate", "delivery.exchange-rate-decimals", "An exchange rate has at most six decimals.");
        RuleViolation.ThrowIf(micros > long.MaxValue / 1_000_000 || micros < -long.MaxValue / 1_000_000, "exchangeRate", "delivery.exchange-rate", "The exchange rate must be above zero.", ("rate", rate));
        return (long)micros;
    }

    /// <summary>
    /// Builds the order and its six planned milestones. <paramref name="customerSector"/> is the customer's sector,
    /// used when the order names none; <paramref name="sectorKnown"/> says whether a code is in the sector table.
    /// </summary>
    public static (Order Order, IReadOnlyList<Milestone> Milestones) Build(
        NewOrder input, Guid id, ServingEntity? entity, string? customerSector, Func<string, bool> sectorKnown)
    {
        var code = input.Code?.Trim() ?? "";
        RuleViolation.ThrowIf(code.Length == 0, "code", "delivery.order-code-required", "The order code is required.");
        RuleViolation.ThrowIf(code.Length > CodeMaxLength, "code", "delivery.order-code-too-long", $"An order code has at most {CodeMaxLength} characters.", ("max", CodeMaxLength));
        RuleViolation.ThrowIf(!Enum.IsDefined(input.Area), "area", "delivery.area-unknown", $"'{input.Area}' is not a business area.", ("area", input.Area));
        RuleViolation.ThrowIf(customerSector is null, "customerId", "delivery.customer-unknown", "No such customer in your scope.");
        var sector = string.IsNullOrWhiteSpace(input.SectorCode) ? customerSector! : input.SectorCode.Trim();
        RuleViolation.ThrowIf(!sectorKnown(sector), "sectorCode", "delivery.sector-unknown", $"'{sector}' is not a known sector.", ("sector", sector));
        RuleViolation.ThrowIf(entity is null, "orgId", "delivery.entity-unknown", "The organisation is not registered as a serving entity.");
        OrderRules.ServedByMatchingEntity(input.Overseas, entity!.Overseas);
        var currency = OrderRules.Currency(input.Currency);
        var rate = RateMicros(input.ExchangeRate);
        OrderRules.ExchangeRate(currency, rate);
        OrderRules.NotNegative(input.ContractWithTaxMinor, "contractWithTax");
        OrderRules.NotNegative(input.ContractExTaxMinor, "contractExTax");
        OrderRules.NotNegative(input.CostFen, "cost");
        OrderRules.ExTaxNotAboveWithTax(input.ContractWithTaxMinor, input.ContractExTaxMinor);
        RuleViolation.ThrowIf(input.PaymentTermsDays is < 0 or > 3650, "paymentTermsDays", "delivery.payment-terms", "Payment terms are 0 to 3650 days.");
        OrderRules.PlannedDates(input.Signed, input.Planned);

        var order = new Order
        {
            Id = id,
            OrgId = entity.OrgId,
            Code = code,
            Title = input.Title?.Trim() ?? "",
            CustomerId = input.CustomerId,
            Area = input.Area,
            SectorCode = sector,
            Overseas = input.Overseas,
            ProjectManager = input.ProjectManager?.Trim() ?? "",
            Currency = currency,
            ExchangeRateMicros = rate,
            ContractWithTaxMinor = input.ContractWithTaxMinor,
            ContractExTaxMinor = input.ContractExTaxMinor,
            ContractWithTaxFen = OrderRules.ToFen(input.ContractWithTaxMinor, rate),
            ContractExTaxFen = OrderRules.ToFen(input.ContractExTaxMinor, rate),
            CostFen = input.CostFen,
            PaymentTermsDays = input.PaymentTermsDays,
            Signed = input.Signed,
            PlannedAcceptance = input.Planned[MilestoneKind.FinalAcceptance],
        };
        var milestones = Enum.GetValues<MilestoneKind>()
            .Select(k => new Milestone { OrgId = order.OrgId, OrderId = id, Kind = k, Planned = input.Planned[k] })
            .ToList();
        return (order, milestones);
    }

    /// <summary>Planned dates spread over a cycle in the usual proportions (design 10 %, manufacture 35 %, delivery 50 %, installation 70 %, commissioning 90 %).</summary>
    public static IReadOnlyDictionary<MilestoneKind, DateOnly> TypicalPlan(DateOnly signed, DateOnly acceptance)
    {
        var days = acceptance.DayNumber - signed.DayNumber;
        int[] percent = [10, 35, 50, 70, 90, 100];
        return Enum.GetValues<MilestoneKind>().ToDictionary(k => k, k => signed.AddDays(days * percent[(int)k - 1] / 100));
    }
}
