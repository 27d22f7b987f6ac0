using Tongban.Kernel.Data;

namespace Tongban.Juvenile.Cases;

public enum ReferralKind
{
    /// <summary>The case stays with its owner; the receiving organisation works on it too.</summary>
    Referral,

    /// <summary>Ownership moves to the receiving organisation when it accepts.</summary>
    Transfer,
}

public enum ReferralStatus
{
    Pending,
    Accepted,
    Declined,
    Withdrawn,
}

/// <summary>A referral or transfer of a case from one organisation to another, accepted or declined there.</summary>
[PersonalRecord]
public sealed class Referral : IChildRecord
{
    Type IChildRecord.ParentType => typeof(JuvenileCase);

    Guid IChildRecord.ParentRecordId => CaseId;

    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public string CaseReference { get; set; } = "";

    public ReferralKind Kind { get; set; }

    public Guid FromOrgId { get; set; }

    public Guid ToOrgId { get; set; }

    public string Reason { get; set; } = "";

    public ReferralStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime? DecidedUtc { get; set; }

    public string? DecidedBy { get; set; }

    public string? DeclineReason { get; set; }
}

/// <summary>Art. 59: one opening of a sealed record, for oversight (art. 60: procuratorial supervision).</summary>
public sealed class SealedAccess : Tongban.Kernel.Data.IOrgOwned
{
    public Guid Id { get; set; }

    /// <summary>The owning organisation of the sealed case, so oversight over it sees the access.</summary>
    public Guid OrgId { get; set; }

    public Guid CaseId { get; set; }

    public string CaseReference { get; set; } = "";

    public Guid? InquirerUserId { get; set; }

    public string Inquirer { get; set; } = "";

    public Guid InquirerOrgId { get; set; }

    public Rules.InquiryBasis Basis { get; set; }

    public string LegalReference { get; set; } = "";

    public string Purpose { get; set; } = "";

    public DateTime AtUtc { get; set; }
}
