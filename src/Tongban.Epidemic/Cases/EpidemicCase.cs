using Tongban.Kernel.Data;

namespace Tongban.Epidemic.Cases;

/// <summary>
/// A confirmed or asymptomatic case, owned by the district it lives in (or the city when the
/// record gives no district), so access follows district grants.
/// </summary>
[PersonalRecord]
public sealed class EpidemicCase : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    /// <summary>GB/T 2260 code of the residence district; null when the record gives none.</summary>
    public string? DistrictCode { get; set; }

    public CaseClass Class { get; set; }

    public CaseOrigin Origin { get; set; }

    public FoundBy FoundBy { get; set; }

    public DateOnly DiagnosisDate { get; set; }

    /// <summary>When the case was reported; orders the bulletin's lines within a day.</summary>
    public DateTime ReportedAtUtc { get; set; }

    public bool ConvertedFromAsymptomatic { get; set; }

    [AuditRedacted]
    public string? PersonName { get; set; }

    public string? AddressZh { get; set; }

    public string? AddressEn { get; set; }

    /// <summary>The centralised isolation point where the case was found, if any.</summary>
    public string? IsolationPoint { get; set; }

    public string? NationalityZh { get; set; }

    public string? NationalityEn { get; set; }

    public string? OriginZh { get; set; }

    public string? OriginEn { get; set; }

    public string? PortZh { get; set; }

    public string? PortEn { get; set; }

    public DateOnly? ArrivalDate { get; set; }

    public DateOnly? TransferredOn { get; set; }

    public DateOnly? InvestigatedOn { get; set; }

    public DateOnly? ControlMeasuresOn { get; set; }

    /// <summary>Cured and discharged (confirmed) or released from medical observation (asymptomatic).</summary>
    public DateOnly? DischargedOn { get; set; }
}

/// <summary>
/// A positive case found at a centralised isolation point on a date, kept apart from the case so a
/// release anywhere in the city can apply seed 04's rule without reading another district's cases.
/// </summary>
public sealed class PointPositive
{
    public Guid Id { get; set; }

    public string IsolationPoint { get; set; } = "";

    public DateOnly DiagnosisDate { get; set; }

    public Guid CaseId { get; set; }
}
