namespace Tongban.Kernel.Orgs;

public enum OrgLevel
{
    Central = 1,
    Province = 2,
    Prefecture = 3,
    County = 4,
    Township = 5,
}

public enum OrgKind
{
    FinanceDepartment,
    CompetentDepartment,
    AdministrativeUnit,
    PublicInstitution,
    Hospital,
    School,
    PublicSecurityOrgan,
    SocialInsuranceAgency,
    MilitaryLogisticsFinanceDepartment,
    EducationDepartment,
    SpecialEducationSteeringCommittee,
    ResidentsCommittee,
    VillagersCommittee,
    DistrictHealthAuthority,
    DiseaseControlCentre,
    SocialWorkAgency,
    SpecialSchool,
    Court,
    Procuratorate,
    Enterprise,
    Other,
}

/// <summary>An organisation in the tree. Reports roll up along it and grants are given on it.</summary>
public sealed class OrgNode
{
    public Guid Id { get; set; }

    public Guid? ParentId { get; set; }

    public OrgLevel Level { get; set; }

    public OrgKind Kind { get; set; }

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>GB/T 2260 administrative division code, six digits; 910000 for the military period.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>Distance from the root (root = 0).</summary>
    public int Depth { get; set; }

    public bool Archived { get; set; }

    /// <summary>The org's key in the files it was imported from (unique when set), so later files can name it as a parent.</summary>
    public string? ExternalCode { get; set; }

    public string Name(bool chinese) => chinese || NameEn.Length == 0 ? NameZh : NameEn;
}

/// <summary>
/// Closure table: one row per (ancestor, descendant) pair including the node itself at depth 0,
/// so "every node under X" is one indexed lookup whatever the tree's size.
/// </summary>
public sealed class OrgClosure
{
    public Guid AncestorId { get; set; }

    public Guid DescendantId { get; set; }

    public int Distance { get; set; }
}
