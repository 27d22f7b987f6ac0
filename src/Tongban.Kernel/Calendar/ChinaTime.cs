namespace Tongban.Kernel.Calendar;

/// <summary>
/// China Standard Time (UTC+8, no daylight saving). Deadlines and "today" are counted in Beijing
/// dates whatever the server's time zone is.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Today's date in Beijing according to <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
    }

    /// <summary>The Beijing date of a UTC instant. A <see cref="DateTimeKind.Unspecified"/> value is taken as UTC.</summary>
    public static DateOnly DateOf(DateTime utc)
    {
        return DateOnly.FromDateTime(Local(utc));
    }

    /// <summary>The Beijing wall-clock time of a UTC instant, for display. A <see cref="DateTimeKind.Unspecified"/> value is taken as UTC.</summary>
    public static DateTime Local(DateTime utc) =>
        DateTime.SpecifyKind((utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc).Add(Offset), DateTimeKind.Unspecified);

    /// <summary>Midnight at the start of <paramref name="date"/> in Beijing, as a UTC instant.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) =>
        DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);

    /// <summary>The first instant of the day after <paramref name="date"/> in Beijing, as UTC (an exclusive end).</summary>
    public static DateTime EndOfDayUtc(DateOnly date) => StartOfDayUtc(date.AddDays(1));
}
