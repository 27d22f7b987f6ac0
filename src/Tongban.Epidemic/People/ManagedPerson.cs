using Tongban.Epidemic.Management;
using Tongban.Epidemic.Symptoms;
using Tongban.Kernel.Data;

namespace Tongban.Epidemic.People;

/// <summary>
/// A person under management (centralised isolation, home isolation, home monitoring, arrival),
/// owned by the district or community that follows them. The schedule's next due item and end
/// dates are stored so the due lists are one indexed query.
/// </summary>
[PersonalRecord]
public sealed class ManagedPerson : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public ManagementKind Kind { get; set; }

    [AuditRedacted]
    public string Name { get; set; } = "";

    [AuditRedacted]
    public string? Phone { get; set; }

    public string? AddressZh { get; set; }

    /// <summary>The code shown on the person's test certificate.</summary>
    public string CertificateCode { get; set; } = "";

    /// <summary>Arrival time, or start of isolation or monitoring.</summary>
    public DateTime StartUtc { get; set; }

    /// <summary>Release from centralised isolation.</summary>
    public DateTime? ReleasedUtc { get; set; }

    public string? IsolationPoint { get; set; }

    /// <summary>The case this person is a contact of.</summary>
    public Guid? ContactOfCaseId { get; set; }

    /// <summary>The home-isolated or home-monitored person this one lives with.</summary>
    public Guid? RoommateOfId { get; set; }

    /// <summary>The effective date of the policy the schedule was computed with.</summary>
    public DateOnly PolicyFrom { get; set; }

    public DueKind? NextDueKind { get; set; }

    public DateTime? NextDueFromUtc { get; set; }

    public DateTime? NextDueByUtc { get; set; }

    /// <summary>An arrival with no negative result yet: stays home (seed 04).</summary>
    public bool AwaitingNegative { get; set; }

    public DateTime? StayHomeUntilUtc { get; set; }

    /// <summary>End of "no dining out, gathering or crowded places".</summary>
    public DateTime? RestrictionsUntilUtc { get; set; }
}

/// <summary>A nucleic acid test of a person under management.</summary>
public sealed class TestRecord : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid PersonId { get; set; }

    public DateTime SampledAtUtc { get; set; }

    public TestOutcome Outcome { get; set; }

    public DateTime? ResultAtUtc { get; set; }

    public TestSample ToSample() => new(SampledAtUtc, Outcome, ResultAtUtc);
}

/// <summary>A symptom report that raised an alert to the person's community.</summary>
public sealed class SymptomAlertRecord : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid PersonId { get; set; }

    public DateTime RaisedAtUtc { get; set; }

    public Symptom Symptoms { get; set; }

    /// <summary>Temperature in tenths of a degree (373 = 37.3 °C), when measured.</summary>
    public int? TemperatureTenths { get; set; }

    public string MessageZh { get; set; } = "";

    public string MessageEn { get; set; } = "";

    public DateTime? AcknowledgedAtUtc { get; set; }

    public string? AcknowledgedBy { get; set; }
}
