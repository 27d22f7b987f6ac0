namespace Tongban.Kernel.Calendar;

/// <summary>What kind of day a date is in the State Council's working-day calendar.</summary>
public enum DayKind
{
    /// <summary>An ordinary Monday to Friday.</summary>
    Workday,

    /// <summary>An ordinary Saturday or Sunday outside any holiday block.</summary>
    Weekend,

    /// <summary>A day off in a statutory holiday block (放假), weekend days inside the block included.</summary>
    Holiday,

    /// <summary>A Saturday or Sunday made a working day by the notice (调休上班).</summary>
    AdjustedWorkday,
}

public static class DayKindNames
{
    /// <summary>The name the CLI prints and accepts: workday, weekend, holiday, adjusted-workday.</summary>
    public static string ToCliName(this DayKind kind) => kind switch
    {
        DayKind.Workday => "workday",
        DayKind.Weekend => "weekend",
        DayKind.Holiday => "holiday",
        DayKind.AdjustedWorkday => "adjusted-workday",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown day kind."),
    };
}
