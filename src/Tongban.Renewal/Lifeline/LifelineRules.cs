using Tongban.Kernel.Errors;

namespace Tongban.Renewal.Lifeline;

/// <summary>The rules of the alarm life cycle and of rules and readings as data.</summary>
public static class LifelineRules
{
    /// <summary>A rule: a metric, a known type and operator, a duration of zero or more seconds, a severity (reference §3c), minutes to acknowledge.</summary>
    public static void Rule(NewRule r)
    {
        RuleViolation.ThrowIf(!Enum.IsDefined(r.Kind), "kind", "renewal.kind-unknown", "Unknown sensor kind.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(r.Metric) || r.Metric.Trim().Length > 40 || r.Metric.Trim().Any(char.IsWhiteSpace), "metric", "renewal.metric", "A metric is 1-40 characters without spaces.");
        RuleViolation.ThrowIf(!Enum.IsDefined(r.Type), "type", "renewal.rule-type-unknown", "Threshold, rate of change or no data.");
        RuleViolation.ThrowIf(!Enum.IsDefined(r.Op), "op", "renewal.op-unknown", "Not >, >=, < or <=.", ("file", ""), ("value", r.Op));
        RuleViolation.ThrowIf(!double.IsFinite(r.Threshold), "threshold", "renewal.file-number", "Not a number.", ("file", ""), ("value", r.Threshold));
        RuleViolation.ThrowIf(r.ForSeconds < 0 || (r.Type == RuleType.NoData && r.ForSeconds == 0), "forSeconds", "renewal.for-seconds", "Zero seconds or more (a no-data rule needs a duration).", ("value", r.ForSeconds));
        RuleViolation.ThrowIf(!Enum.IsDefined(r.Severity), "severity", "renewal.severity-unknown", "Not red, orange, yellow or blue.", ("file", ""), ("value", r.Severity));
        RuleViolation.ThrowIf(r.AckMinutes is < 1 or > 10080, "ackMinutes", "renewal.ack-minutes", "1 to 10080 minutes (a week).", ("value", r.AckMinutes));
    }

    public static void Reading(ReadingInput r, int row)
    {
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(r.Metric) || r.Metric.Trim().Length > 40 || r.Metric.Trim().Any(char.IsWhiteSpace), $"row {row}, column metric", "renewal.metric", "A metric is 1-40 characters without spaces.");
        RuleViolation.ThrowIf(Math.Abs(r.Value) > 1_000_000_000_000m, $"row {row}, column value", "renewal.value-range", "The value is out of range.", ("value", r.Value));
    }

    /// <summary>Acknowledging: an active alarm becomes acknowledged; one the data cleared unacknowledged becomes cleared.</summary>
    public static void Acknowledge(Alarm a, DateTime nowUtc, string who)
    {
        RuleViolation.ThrowIf(a.Status is AlarmStatus.Acknowledged or AlarmStatus.Cleared, "alarmId", "renewal.already-acknowledged", "The alarm is already acknowledged.");
        a.Status = a.Status == AlarmStatus.Active ? AlarmStatus.Acknowledged : AlarmStatus.Cleared;
        a.AcknowledgedAtUtc = nowUtc;
        a.AcknowledgedBy = who;
    }

    /// <summary>Clearing by hand: an acknowledged alarm becomes cleared, an active one cleared-unacknowledged.</summary>
    public static void Clear(Alarm a, DateTime nowUtc, string who)
    {
        RuleViolation.ThrowIf(a.Status is AlarmStatus.Cleared or AlarmStatus.ClearedUnacknowledged, "alarmId", "renewal.already-cleared", "The alarm is already cleared.");
        a.Status = a.Status == AlarmStatus.Acknowledged ? AlarmStatus.Cleared : AlarmStatus.ClearedUnacknowledged;
        a.ClearedAtUtc = nowUtc;
        a.ClearedBy = who;
    }

    /// <summary>Cleared by the data (the first reading that breaks the condition).</summary>
    public static void ClearByData(Alarm a, DateTime atUtc)
    {
        if (a.Status is AlarmStatus.Active or AlarmStatus.Acknowledged)
        {
            a.Status = a.Status == AlarmStatus.Acknowledged ? AlarmStatus.Cleared : AlarmStatus.ClearedUnacknowledged;
            a.ClearedAtUtc = atUtc;
        }
    }

    /// <summary>An active (unacknowledged) alarm escalates one org level for every full period of the rule's minutes since it was raised.</summary>
    public static bool DueForEscalation(Alarm a, int ackMinutes, DateTime nowUtc) =>
        a.Status == AlarmStatus.Active && ackMinutes > 0 && (nowUtc - a.RaisedAtUtc).TotalMinutes >= ackMinutes * (a.Escalations + 1);
}
