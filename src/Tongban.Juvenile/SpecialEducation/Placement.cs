using Tongban.Juvenile.Rules;
using Tongban.Kernel.Data;

namespace Tongban.Juvenile.SpecialEducation;

/// <summary>One special-education matter of a case (arts. 43-49); its steps run on the kernel's matter engine.</summary>
[PersonalRecord]
public sealed class Placement : IChildRecord
{
    Type IChildRecord.ParentType => typeof(Cases.JuvenileCase);

    Guid IChildRecord.ParentRecordId => CaseId;

    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The kernel matter (workflow juvenile.special-education) carrying the steps and deadlines.</summary>
    public Guid MatterId { get; set; }

    public SpecialEducationRoute Route { get; set; }

    public Art44Circumstance Circumstance { get; set; }

    /// <summary>Art. 43: the applicants cannot manage the minor, or their discipline has failed.</summary>
    public Art43Ground Ground { get; set; }

    public ActorKind Applicant { get; set; }

    public Guid ApplicantOrgId { get; set; }

    public Guid EducationOrgId { get; set; }

    public Guid CommitteeOrgId { get; set; }

    public Guid? PublicSecurityOrgId { get; set; }

    /// <summary>Art. 47: student status stays here.</summary>
    public Guid? OriginalSchoolOrgId { get; set; }

    public Guid? SpecialSchoolOrgId { get; set; }

    public DateTime AppliedUtc { get; set; }

    public DateTime? CommitteeConsentUtc { get; set; }

    public bool? CommitteeConsented { get; set; }

    public string? CommitteeEvaluation { get; set; }

    public DateTime? DecidedUtc { get; set; }

    public DateOnly? PlacedOn { get; set; }

    public DateOnly? LastEvaluationOn { get; set; }

    public DateOnly? NextEvaluationDue { get; set; }

    public DateTime? ReturnRecommendedUtc { get; set; }

    public DateTime? ReturnDecidedUtc { get; set; }

    public DateOnly? ReturnedOn { get; set; }

    public string State { get; set; } = "";
}

public enum PlacementEventKind
{
    /// <summary>Art. 46: the committee's evaluation each semester.</summary>
    SemesterEvaluation,

    /// <summary>Art. 48: feedback to guardians.</summary>
    GuardianFeedback,

    /// <summary>Art. 48: a visit by guardians or relatives.</summary>
    GuardianVisit,

    /// <summary>Art. 49: administrative reconsideration against a decision.</summary>
    Reconsideration,

    /// <summary>Art. 49: administrative lawsuit against a decision.</summary>
    Lawsuit,
}

/// <summary>Evaluations, guardian contacts and challenges recorded on a placement.</summary>
[PersonalRecord]
public sealed class PlacementEvent : IChildRecord
{
    Type IChildRecord.ParentType => typeof(Cases.JuvenileCase);

    Guid IChildRecord.ParentRecordId => CaseId;

    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    public Guid CaseId { get; set; }

    public PlacementEventKind Kind { get; set; }

    public DateOnly On { get; set; }

    public string Note { get; set; } = "";

    public string? Outcome { get; set; }

    public string By { get; set; } = "";
}
