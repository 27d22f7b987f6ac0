namespace Tongban.Juvenile.Rules;

/// <summary>Graded prevention (art. 2): the level follows from what has been recorded.</summary>
public enum RiskLevel
{
    None = 0,
    Low = 1,
    Elevated = 2,
    High = 3,
    Critical = 4,
}

/// <summary>One recorded behaviour, as the risk rule sees it.</summary>
public sealed record RecordedBehaviour(BehaviourCategory Category, DateOnly On);

public static class RiskRules
{
    /// <summary>Bad-behaviour records within this many days that make the risk elevated.</summary>
    public const int ElevatedWindowDays = 180;

    public const int ElevatedCount = 3;

    /// <summary>
    /// Art. 2 grading: any art. 45 act, or serious bad behaviour twice, is critical; serious bad behaviour
    /// (art. 38) once is high; three or more bad-behaviour records (art. 28) within 180 days elevated; any low.
    /// </summary>
    public static RiskLevel Level(IReadOnlyCollection<RecordedBehaviour> records, DateOnly asOf)
    {
        if (records.Any(r => r.Category == BehaviourCategory.CriminalAct)
            || records.Count(r => r.Category == BehaviourCategory.Serious) >= 2)
        {
            return RiskLevel.Critical;
        }

        if (records.Any(r => r.Category == BehaviourCategory.Serious))
        {
            return RiskLevel.High;
        }

        var recent = records.Count(r => r.Category == BehaviourCategory.Bad && r.On > asOf.AddDays(-ElevatedWindowDays) && r.On <= asOf);
        return recent >= ElevatedCount ? RiskLevel.Elevated : records.Count > 0 ? RiskLevel.Low : RiskLevel.None;
    }

    /// <summary>
    /// Art. 39: instigation, coercion or inducement of serious bad behaviour is reported to the police at
    /// once; for bad behaviour art. 10 forbids it and art. 37 asks a report when a gang is suspected of crime,
    /// so it is recorded, and a report is due for serious behaviour and criminal acts.
    /// </summary>
    public static bool PoliceReportDue(BehaviourCategory category, bool instigated) =>
        instigated && category is BehaviourCategory.Serious or BehaviourCategory.CriminalAct;
}
