using Tongban.Kernel.Data;

namespace Tongban.Clinic.Patients;

public enum Sex
{
    Male = 1,
    Female = 2,
}

/// <summary>The department's follow-up programmes (issue 14 item 1; reference section 1a-1e).</summary>
public enum Programme
{
    ChbAntiviral = 1,
    ChbUntreated = 2,
    CirrhosisSurveillance = 3,
    Mafld = 4,
    AutoimmuneHepatitis = 5,
    AfterTace = 6,
}

/// <summary>A patient of the department, owned by the team (an org under the department) that follows them.</summary>
[PersonalRecord]
public sealed class Patient : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    [AuditRedacted]
    public string Name { get; set; } = "";

    [AuditPlain]
    public Sex Sex { get; set; }

    public DateOnly BirthDate { get; set; }

    /// <summary>The resident ID number (18 characters); lists show it masked.</summary>
    [AuditRedacted]
    public string IdNumber { get; set; } = "";

    [AuditRedacted]
    public string Phone { get; set; } = "";

    /// <summary>The address's six-digit administrative division code.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The responsible doctor's user name.</summary>
    [AuditPlain]
    public string Doctor { get; set; } = "";

    public DateOnly RegisteredOn { get; set; }

    /// <summary>The last visit, call or message with the patient; the overdue list shows it.</summary>
    public DateOnly? LastContactOn { get; set; }
}

/// <summary>A patient's enrolment with a team in a programme: "diagnosis - treatment - long-term follow-up" (seed 01).</summary>
[PersonalRecord]
public sealed class Enrolment : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid PatientId { get; set; }

    [AuditPlain]
    public Programme Programme { get; set; }

    [AuditPlain]
    public string Doctor { get; set; } = "";

    public DateOnly EnrolledOn { get; set; }

    public DateOnly? EndedOn { get; set; }
}

/// <summary>A sub-specialty team of the department (seed 01: liver cancer, fatty liver, autoimmune liver disease): an org whose grants decide who sees its patients.</summary>
public sealed class Team : IOrgOwned
{
    public Guid OrgId { get; set; }
}
