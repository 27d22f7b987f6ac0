using Tongban.Clinic.Patients;
using Tongban.Kernel.Data;

namespace Tongban.Clinic.FollowUp;

/// <summary>What a follow-up visit checks (reference section 1).</summary>
public enum FollowUpItem
{
    LiverPanel = 1,
    HbvDna = 2,
    HbvSerology = 3,
    BloodCount = 4,
    AfpUltrasound = 5,
    LiverStiffness = 6,
    RenalFunction = 7,
    ContrastImaging = 8,
    Gastroscopy = 9,
    ImmunoglobulinG = 10,
    MetabolicPanel = 11,
}

/// <summary>
/// One programme item's interval, valid from a date: data the director edits (reference section 1; every interval
/// there is tagged [M], so the source is shown with it and a new dated row replaces it, never a code change).
/// </summary>
public sealed class FollowUpInterval
{
    public Guid Id { get; set; }

    public Programme Programme { get; set; }

    public FollowUpItem Item { get; set; }

    public int IntervalMonths { get; set; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>Where the interval comes from, with its label (e.g. "reference 1a [M], CHB guideline 2022").</summary>
    public string Source { get; set; } = "";
}

/// <summary>
/// The next due date of one item of one enrolment, kept on the row (from the last one done) so the due and overdue
/// lists are one indexed query.
/// </summary>
[PersonalRecord]
public sealed class DueItem : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid EnrolmentId { get; set; }

    public Guid PatientId { get; set; }

    [AuditPlain]
    public Programme Programme { get; set; }

    [AuditPlain]
    public FollowUpItem Item { get; set; }

    [AuditPlain]
    public string Doctor { get; set; } = "";

    public int IntervalMonths { get; set; }

    public DateOnly? LastDoneOn { get; set; }

    public DateOnly NextDueOn { get; set; }
}

public enum ReminderChannel
{
    Call = 1,
    Message = 2,
}

public enum ReminderOutcome
{
    Reached = 1,
    WillCome = 2,
    NoAnswer = 3,
    WrongNumber = 4,
    Declined = 5,
    MessageSent = 6,
}

/// <summary>A reminder attempt from the overdue list (Simple.org: the nurse works through the list by phone).</summary>
[PersonalRecord]
public sealed class Reminder : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid PatientId { get; set; }

    [AuditPlain]
    public ReminderChannel Channel { get; set; }

    [AuditPlain]
    public ReminderOutcome Outcome { get; set; }

    public DateOnly On { get; set; }

    [AuditPlain]
    public string By { get; set; } = "";

    public string Note { get; set; } = "";
}
