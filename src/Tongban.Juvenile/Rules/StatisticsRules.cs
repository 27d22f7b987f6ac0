namespace Tongban.Juvenile.Rules;

/// <summary>Art. 3: statistics may not identify a minor.</summary>
public static class StatisticsRules
{
    /// <summary>Cells under this count are suppressed.</summary>
    public const int MinimumCell = 5;

    /// <summary>Art. 3 (privacy, personal information): a count under 5 is shown as suppressed (null).</summary>
    public static int? Publish(int count) => count < MinimumCell ? null : count;

    /// <summary>Age bands for de-identified tables.</summary>
    public static string AgeBand(int age) => age switch
    {
        < 12 => "0-11",
        < 14 => "12-13",
        < 16 => "14-15",
        _ => "16-17",
    };
}
