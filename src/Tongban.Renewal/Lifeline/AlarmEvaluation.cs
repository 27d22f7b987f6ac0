namespace Tongban.Renewal.Lifeline;

/// <summary>A rule's condition as the evaluator needs it.</summary>
public sealed record Condition(RuleType Type, ComparisonOp Op, double Threshold, int ForSeconds);

/// <summary>Where one sensor's metric stands against one rule: the start of the current run of readings meeting the condition, the last reading, and whether an alarm is up.</summary>
public sealed class RunState
{
    public DateTime? RunStart { get; set; }

    public DateTime? LastAt { get; set; }

    public double? LastValue { get; set; }

    public bool Raised { get; set; }
}

public enum Transition
{
    None,
    Raised,
    Cleared,
}

/// <summary>
/// Duration rules over readings in time order, one reading at a time: the state per sensor, metric and rule is all it
/// keeps, so evaluation streams in constant memory however many readings pass (issue 16 item 4; reference §3c: the
/// Hefei practice grades by concentration and duration, not one fixed number).
/// </summary>
public static class AlarmEvaluation
{
    public static bool Compare(ComparisonOp op, double value, double threshold) => op switch
    {
        ComparisonOp.Greater => value > threshold,
        ComparisonOp.GreaterOrEqual => value >= threshold,
        ComparisonOp.Less => value < threshold,
        ComparisonOp.LessOrEqual => value <= threshold,
        _ => false,
    };

    /// <summary>
    /// The condition at one reading: for a threshold rule the value against the threshold; for a rate-of-change rule the
    /// change per minute since the previous reading (none before the first reading, so the condition does not hold).
    /// </summary>
    public static bool Holds(Condition c, RunState s, DateTime at, double value) => c.Type switch
    {
        RuleType.Threshold => Compare(c.Op, value, c.Threshold),
        RuleType.RateOfChange => s.LastAt is { } last && at > last && s.LastValue is { } previous
            && Compare(c.Op, (value - previous) / (at - last).TotalMinutes, c.Threshold),
        _ => false,
    };

    /// <summary>
    /// One reading: raised at the first reading where the condition has held on every reading since the first one of
    /// the run for at least the rule's seconds; cleared at the first reading that breaks it.
    /// </summary>
    public static Transition Step(Condition c, RunState s, DateTime at, double value)
    {
        var holds = Holds(c, s, at, value);
        s.LastAt = at;
        s.LastValue = value;
        if (holds)
        {
            s.RunStart ??= at;
            if (!s.Raised && (at - s.RunStart.Value).TotalSeconds >= c.ForSeconds)
            {
                s.Raised = true;
                return Transition.Raised;
            }

            return Transition.None;
        }

        s.RunStart = null;
        if (s.Raised)
        {
            s.Raised = false;
            return Transition.Cleared;
        }

        return Transition.None;
    }

    /// <summary>A no-data rule: raised when the last reading is older than the rule's seconds at <paramref name="now"/>.</summary>
    public static bool Silent(DateTime? lastReading, DateTime now, int forSeconds) =>
        lastReading is null || (now - lastReading.Value).TotalSeconds >= forSeconds;
}
