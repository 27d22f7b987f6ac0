using Tongban.Kernel.Data;

namespace Tongban.Renewal.Communities;

/// <summary>The three categories of renovation content (国办发〔2020〕23号: 基础类、完善类、提升类; reference §1).</summary>
public enum RenovationCategory
{
    /// <summary>基础类: safety and basic living needs (water, drainage, power, gas, roads, roofs and walls...).</summary>
    Basic = 1,

    /// <summary>完善类: convenience and improved living (lifts, parking, chargers, barrier-free and ageing-friendly...).</summary>
    Improvement = 2,

    /// <summary>提升类: richer community services (elderly care, childcare, meal help, convenience markets...).</summary>
    Enhancement = 3,
}

/// <summary>Where renovation money comes from (reference §1, other mechanisms of the 23号文).</summary>
public enum FundingChannel
{
    CentralSubsidy = 1,
    LocalBudget = 2,
    SpecialBonds = 3,
    Utilities = 4,
    SocialCapital = 5,
    Residents = 6,
}

/// <summary>One item of renovation content, as data (the reference's item lists); shared by all orgs.</summary>
public sealed class ContentItem
{
    public string Code { get; set; } = "";

    public RenovationCategory Category { get; set; }

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>Whether the item adds a community service facility (counted in "facilities added").</summary>
    public bool Facility { get; set; }
}

/// <summary>
/// An old urban residential community (城镇老旧小区), owned by the org that runs it (a street office or residents'
/// committee). Its start, completion, facilities and funding are kept here from its projects so roll-ups group in
/// the database.
/// </summary>
public sealed class Community : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>GB/T 2260 division code of the county or district (6 digits) or the street (9 or 12 digits).</summary>
    public string DivisionCode { get; set; } = "";

    public int YearBuilt { get; set; }

    public int Buildings { get; set; }

    public int Households { get; set; }

    public decimal FloorAreaM2 { get; set; }

    /// <summary>The first year a project of the community was planned.</summary>
    public int? PlanYear { get; set; }

    public DateOnly? StartedOn { get; set; }

    public int? StartedYear { get; set; }

    /// <summary>The last acceptance, once every project has passed acceptance: the community counts as renovated.</summary>
    public DateOnly? CompletedOn { get; set; }

    public int? CompletedYear { get; set; }

    public int FacilitiesAdded { get; set; }

    public long FundingFen { get; set; }
}

/// <summary>A renovation project of one community in one category.</summary>
public sealed class Project : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid CommunityId { get; set; }

    public string Code { get; set; } = "";

    public RenovationCategory Category { get; set; }

    /// <summary>The year of the annual plan the project is in.</summary>
    public int PlanYear { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    public int HouseholdsBenefited { get; set; }

    public int FacilitiesAdded { get; set; }

    public long FundingFen { get; set; }
}

/// <summary>A content item a project carries out.</summary>
public sealed class ProjectItem : IOrgOwned
{
    public Guid OrgId { get; set; }

    public Guid ProjectId { get; set; }

    public string ItemCode { get; set; } = "";
}

/// <summary>Money put into a project from one channel.</summary>
public sealed class Funding : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid ProjectId { get; set; }

    public FundingChannel Channel { get; set; }

    public long AmountFen { get; set; }

    public DateOnly On { get; set; }

    public int Year { get; set; }
}

/// <summary>An org's annual task: how many communities (and households) it plans to start renovating in a year.</summary>
public sealed class AnnualPlan : IOrgOwned
{
    public Guid OrgId { get; set; }

    public int Year { get; set; }

    public int Communities { get; set; }

    public int Households { get; set; }
}
