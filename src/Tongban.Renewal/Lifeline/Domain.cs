using Tongban.Kernel.Data;

namespace Tongban.Renewal.Lifeline;

/// <summary>The urban-lifeline systems monitored (reference §3b; seed 06: "gas, drainage, water supply and bridges", heating pipes).</summary>
public enum LifelineKind
{
    Gas = 1,
    Drainage = 2,
    WaterSupply = 3,
    Heating = 4,
    Bridge = 5,
}

/// <summary>
/// Alarm levels (reference §3c, warning grades: local platforms use 一级/二级/三级 red/orange/yellow; the emergency
/// warning scheme adds blue). Lower is worse.
/// </summary>
public enum AlarmSeverity
{
    Red = 1,
    Orange = 2,
    Yellow = 3,
    Blue = 4,
}

/// <summary>How a rule's condition is judged.</summary>
public enum RuleType
{
    /// <summary>The value compared with the threshold has held for at least the duration.</summary>
    Threshold = 1,

    /// <summary>The change per minute since the previous reading compared with the threshold, held for the duration.</summary>
    RateOfChange = 2,

    /// <summary>No reading of the metric for the duration.</summary>
    NoData = 3,
}

public enum ComparisonOp
{
    Greater = 1,
    GreaterOrEqual = 2,
    Less = 3,
    LessOrEqual = 4,
}

/// <summary>
/// The alarm life cycle (as ThingsBoard's): raised active; acknowledged while still active; cleared (by the data or a
/// person) after acknowledgement; cleared without anyone having acknowledged it.
/// </summary>
public enum AlarmStatus
{
    Active = 1,
    Acknowledged = 2,
    Cleared = 3,
    ClearedUnacknowledged = 4,
}

/// <summary>A sensor on a pipe, well, station or bridge, owned by the org that runs it and tied to a district and an asset or community.</summary>
public sealed class Sensor : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public string Code { get; set; } = "";

    public LifelineKind Kind { get; set; }

    /// <summary>The district (an org of the tree) the sensor sits in.</summary>
    public Guid DistrictOrgId { get; set; }

    public Guid? CommunityId { get; set; }

    /// <summary>The network asset: a pipe section, well, station or bridge span.</summary>
    public string Asset { get; set; } = "";

    public DateTime? LastReadingUtc { get; set; }
}

/// <summary>One reading of one metric of a sensor.</summary>
public sealed class Reading : IOrgOwned
{
    public Guid OrgId { get; set; }

    public Guid SensorId { get; set; }

    public DateTime AtUtc { get; set; }

    public string Metric { get; set; } = "";

    public decimal Value { get; set; }
}

/// <summary>
/// An alarm rule per sensor kind and metric, as data, owned by the org whose sensors it watches (it applies to sensors
/// under that org). The standard it follows is recorded beside it (reference §3c: "make thresholds configurable per
/// asset, with the standard recorded beside each one").
/// </summary>
public sealed class AlarmRule : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public LifelineKind Kind { get; set; }

    public string Metric { get; set; } = "";

    public RuleType Type { get; set; }

    public ComparisonOp Op { get; set; }

    public double Threshold { get; set; }

    public int ForSeconds { get; set; }

    public AlarmSeverity Severity { get; set; }

    /// <summary>Minutes an active alarm may wait for acknowledgement before it escalates to the next org level.</summary>
    public int AckMinutes { get; set; }

    public string Standard { get; set; } = "";
}

/// <summary>Where a sensor stands against a rule between batches, so evaluation streams.</summary>
public sealed class RuleState : IOrgOwned
{
    public Guid OrgId { get; set; }

    public Guid SensorId { get; set; }

    public Guid RuleId { get; set; }

    public DateTime? RunStartUtc { get; set; }

    public DateTime? LastAtUtc { get; set; }

    public double? LastValue { get; set; }

    public Guid? AlarmId { get; set; }
}

public sealed class Alarm : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid SensorId { get; set; }

    public Guid RuleId { get; set; }

    public Guid DistrictOrgId { get; set; }

    public LifelineKind Kind { get; set; }

    public string Metric { get; set; } = "";

    public AlarmSeverity Severity { get; set; }

    public AlarmStatus Status { get; set; }

    public DateTime RaisedAtUtc { get; set; }

    public double RaisedValue { get; set; }

    public DateTime? AcknowledgedAtUtc { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTime? ClearedAtUtc { get; set; }

    /// <summary>Who cleared it; null when the data cleared it.</summary>
    public string? ClearedBy { get; set; }

    /// <summary>The org it has been escalated to (the sensor org's parent, then its parent...).</summary>
    public Guid? EscalatedToOrgId { get; set; }

    public int Escalations { get; set; }

    public DateTime? EscalatedAtUtc { get; set; }
}

public sealed class AlarmNote : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid AlarmId { get; set; }

    public DateTime AtUtc { get; set; }

    public string Author { get; set; } = "";

    public string Text { get; set; } = "";
}
