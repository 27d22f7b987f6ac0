using Tongban.Juvenile.Rules;
using Tongban.Kernel.Data;

namespace Tongban.Juvenile.Cases;

/// <summary>Where a case stands in graded prevention (art. 2).</summary>
public enum CaseStage
{
    /// <summary>Opened, nothing decided yet.</summary>
    Open = 0,

    /// <summary>Chapter III: intervention on bad behaviour (arts. 29-37).</summary>
    Intervention = 1,

    /// <summary>Chapter IV: correction of serious bad behaviour (arts. 40-42).</summary>
    Correction = 2,

    /// <summary>Arts. 43-49: special education or special corrective education.</summary>
    SpecialEducation = 3,

    /// <summary>Chapter V: prevention of recidivism (arts. 50-58).</summary>
    Recidivism = 4,

    Closed = 5,
}

/// <summary>A case per minor, owned by the organisation that opened it (or took it over).</summary>
[PersonalRecord]
public sealed class JuvenileCase : ISharedRecord
{
    public Guid Id { get; set; }

    /// <summary>The owning organisation (school, police station, committee, ...).</summary>
    public Guid OrgId { get; set; }

    public string Reference { get; set; } = "";

    public string FullName { get; set; } = "";

    public string Gender { get; set; } = "";

    public DateOnly BirthDate { get; set; }

    /// <summary>Resident identity card number; never written into the audit diff.</summary>
    [AuditRedacted]
    public string? IdNumber { get; set; }

    /// <summary>Guardians' names and relation, e.g. "父 张建国；母 李梅".</summary>
    public string Guardians { get; set; } = "";

    [AuditRedacted]
    public string? GuardianPhone { get; set; }

    public Guid? SchoolOrgId { get; set; }

    public string Residence { get; set; } = "";

    /// <summary>The residents' or villagers' committee of the minor's community.</summary>
    public Guid? CommunityOrgId { get; set; }

    /// <summary>GB/T 2260 code of the district, for de-identified statistics.</summary>
    public string DistrictCode { get; set; } = "";

    public Guid? CaseworkerId { get; set; }

    public string CaseworkerName { get; set; } = "";

    public RiskLevel Risk { get; set; }

    public CaseStage Stage { get; set; }

    public DateOnly OpenedOn { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Art. 59: a sealed case is absent from every list, search, export, count and statistic.</summary>
    public bool Sealed { get; set; }

    public SealBasis? SealBasis { get; set; }

    public DateTime? SealedAtUtc { get; set; }
}

/// <summary>A behaviour classified against art. 28, art. 38 or art. 45.</summary>
[PersonalRecord]
public sealed class BehaviourRecord : IChildRecord
{
    Type IChildRecord.ParentType => typeof(JuvenileCase);

    Guid IChildRecord.ParentRecordId => CaseId;

    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public string ItemCode { get; set; } = "";

    public BehaviourCategory Category { get; set; }

    public DateOnly OccurredOn { get; set; }

    /// <summary>Age on <see cref="OccurredOn"/>, computed from the birth date.</summary>
    public int Age { get; set; }

    public OffenceTier? OffenceTier { get; set; }

    public string Description { get; set; } = "";

    public Guid? RecordedByOrgId { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }

    /// <summary>Arts. 10, 39: someone instigated, coerced or induced the behaviour.</summary>
    public bool Instigated { get; set; }

    public string? InstigationNote { get; set; }

    /// <summary>Art. 39: the report to police is due at once (the recording instant).</summary>
    public DateTime? PoliceReportDueUtc { get; set; }

    public DateTime? PoliceReportedUtc { get; set; }
}

/// <summary>A measure taken on a case, with its legal basis, who decided, when, notice and outcome.</summary>
[PersonalRecord]
public sealed class MeasureRecord : IChildRecord
{
    Type IChildRecord.ParentType => typeof(JuvenileCase);

    Guid IChildRecord.ParentRecordId => CaseId;

    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public string Code { get; set; } = "";

    public int Article { get; set; }

    public int Item { get; set; }

    public ActorKind Actor { get; set; }

    /// <summary>The deciding organisation; null for guardians (art. 29, 35), recorded on their behalf.</summary>
    public Guid? DecidedByOrgId { get; set; }

    public string DecidedBy { get; set; } = "";

    public DateTime DecidedUtc { get; set; }

    /// <summary>Who carries the measure out (plan owner).</summary>
    public string Owner { get; set; } = "";

    public DateOnly? ReviewOn { get; set; }

    /// <summary>Art. 32: when the guardians were told of a school measure.</summary>
    public DateTime? GuardiansNotifiedUtc { get; set; }

    public string? Outcome { get; set; }

    public string Notes { get; set; } = "";

    /// <summary>Art. 31 (not corrected / serious) or art. 35 (boarding school): the condition the article sets, as stated.</summary>
    public MeasureGround Ground { get; set; }
}

/// <summary>Chapter V records: social investigation, psychological evaluation, guarantor, community correction, resettlement.</summary>
[PersonalRecord]
public sealed class RecidivismRecord : IChildRecord
{
    Type IChildRecord.ParentType => typeof(JuvenileCase);

    Guid IChildRecord.ParentRecordId => CaseId;

    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public RecidivismRecordKind Kind { get; set; }

    public ActorKind Actor { get; set; }

    public Guid? ByOrgId { get; set; }

    public string By { get; set; } = "";

    public DateOnly On { get; set; }

    /// <summary>Art. 51: consent of the minor to a psychological evaluation.</summary>
    public bool MinorConsented { get; set; }

    /// <summary>Art. 51: consent of the legal representative.</summary>
    public bool RepresentativeConsented { get; set; }

    public string? GuarantorName { get; set; }

    public string Summary { get; set; } = "";
}
