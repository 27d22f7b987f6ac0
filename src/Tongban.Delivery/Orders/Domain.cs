using Tongban.Kernel.Data;

namespace Tongban.Delivery.Orders;

/// <summary>The integrator's business areas (seed 02: intelligent logistics, warehousing and factory; the new energy department of 2022).</summary>
public enum BusinessArea
{
    Logistics = 1,
    Warehousing = 2,
    Factory = 3,
    NewEnergy = 4,
}

/// <summary>The milestones of an integration project, in the order they fall.</summary>
public enum MilestoneKind
{
    Design = 1,
    Manufacture = 2,
    DeliveryToSite = 3,
    Installation = 4,
    Commissioning = 5,
    FinalAcceptance = 6,
}

/// <summary>How a customer is related to the company (none, or the kind of related party).</summary>
public enum Relationship
{
    None = 0,

    /// <summary>Holds shares of the company (seed 02: Shenzhen Shunfeng Investment, 11.14 %).</summary>
    Shareholder = 1,

    /// <summary>Controlled by, or under common control with, a related shareholder (e.g. the shareholder's operating group).</summary>
    ShareholderAffiliate = 2,

    /// <summary>Where a director, supervisor or senior manager of the company serves.</summary>
    ManagementAffiliate = 3,
}

/// <summary>A customer sector as data (express logistics, tyres, photovoltaics, ...); not org-owned, shared by all.</summary>
public sealed class Sector
{
    public string Code { get; set; } = "";

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";
}

/// <summary>
/// An org of the tree that serves customers: the domestic company or an overseas subsidiary or branch
/// (seed 02: "overseas local customers are served by overseas branches"; Korea, Hong Kong, later Singapore).
/// </summary>
public sealed class ServingEntity : IOrgOwned
{
    public Guid OrgId { get; set; }

    public bool Overseas { get; set; }

    /// <summary>ISO 3166 alpha-2 of where it sits (CN, KR, HK, SG).</summary>
    public string Country { get; set; } = "";
}

/// <summary>A customer, owned by the org that keeps the customer register; related parties are flagged here.</summary>
public sealed class Customer : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public string Name { get; set; } = "";

    public string SectorCode { get; set; } = "";

    public bool Overseas { get; set; }

    public Relationship Relationship { get; set; }

    /// <summary>The related party behind the customer (e.g. the shareholder), when related.</summary>
    public string? RelatedParty { get; set; }

    /// <summary>The related party's shareholding in basis points (1114 = 11.14 %), when it is a shareholder.</summary>
    public int ShareholdingBasisPoints { get; set; }
}

/// <summary>
/// An order in hand: one integration project for one customer, owned by the serving entity. Amounts in CNY fen are
/// fixed at signing from the contract currency and rate; the planned and actual acceptance and the cycle are kept on
/// the order (from its final-acceptance milestone) so the reports group in the database.
/// </summary>
public sealed class Order : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public Guid CustomerId { get; set; }

    public BusinessArea Area { get; set; }

    public string SectorCode { get; set; } = "";

    public bool Overseas { get; set; }

    /// <summary>The project manager's user name; a project manager without the portfolio permission sees only these.</summary>
    public string ProjectManager { get; set; } = "";

    /// <summary>ISO 4217 code of the contract currency.</summary>
    public string Currency { get; set; } = "CNY";

    /// <summary>CNY per unit of the contract currency, in millionths (7.1 = 7,100,000).</summary>
    public long ExchangeRateMicros { get; set; }

    /// <summary>Contract amount with tax in minor units (cents) of the contract currency.</summary>
    public long ContractWithTaxMinor { get; set; }

    public long ContractExTaxMinor { get; set; }

    /// <summary>Contract amount with tax in CNY fen at the signing rate.</summary>
    public long ContractWithTaxFen { get; set; }

    /// <summary>Contract amount without tax in CNY fen: the revenue recognised at final acceptance.</summary>
    public long ContractExTaxFen { get; set; }

    /// <summary>Cost of the project in CNY fen (budget until acceptance, actual after).</summary>
    public long CostFen { get; set; }

    /// <summary>Days after final acceptance within which the customer pays the balance (the contract's credit terms).</summary>
    public int PaymentTermsDays { get; set; }

    public DateOnly Signed { get; set; }

    public DateOnly PlannedAcceptance { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    /// <summary>The year revenue is recognised (of <see cref="AcceptedOn"/>).</summary>
    public int? AcceptedYear { get; set; }

    /// <summary>Final acceptance minus signing, in days.</summary>
    public int? CycleDays { get; set; }

    /// <summary>Collections received in CNY fen (the sum of <see cref="Collection"/> rows).</summary>
    public long CollectedFen { get; set; }
}

public sealed class Milestone : IOrgOwned
{
    public Guid OrgId { get; set; }

    public Guid OrderId { get; set; }

    public MilestoneKind Kind { get; set; }

    public DateOnly Planned { get; set; }

    public DateOnly? Actual { get; set; }
}

/// <summary>A payment received from the customer for an order, in CNY fen.</summary>
public sealed class Collection : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid OrderId { get; set; }

    public DateOnly On { get; set; }

    public long AmountFen { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>Area codes as files and the API write them.</summary>
public static class Areas
{
    public static readonly IReadOnlyList<BusinessArea> All = [BusinessArea.Logistics, BusinessArea.Warehousing, BusinessArea.Factory, BusinessArea.NewEnergy];

    public static string Code(BusinessArea area) => area switch
    {
        BusinessArea.Logistics => "logistics",
        BusinessArea.Warehousing => "warehousing",
        BusinessArea.Factory => "factory",
        BusinessArea.NewEnergy => "new-energy",
        _ => area.ToString(),
    };

    public static bool TryParse(string? text, out BusinessArea area)
    {
        var t = text?.Trim().ToLowerInvariant();
        foreach (var a in All)
        {
            if (t == Code(a) || t == a.ToString().ToLowerInvariant())
            {
                area = a;
                return true;
            }
        }

        area = default;
        return false;
    }
}
