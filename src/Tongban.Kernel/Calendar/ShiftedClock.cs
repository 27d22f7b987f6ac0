namespace Tongban.Kernel.Calendar;

/// <summary>
/// A clock that reads a chosen instant when it is made and runs on from there at the real pace. The demo
/// (<c>--today</c>) and the test hosts use it so that the world they build, and every "today" the pages and
/// deadlines see afterwards, follows the chosen day rather than the day the program happens to run.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private readonly TimeProvider real;
    private readonly TimeSpan shift;

    public ShiftedClock(DateTimeOffset startAt, TimeProvider? real = null)
    {
        this.real = real ?? System;
        shift = startAt - this.real.GetUtcNow();
    }

    /// <summary>A clock that starts at 09:00 Beijing time (the opening of office hours) on <paramref name="day"/>.</summary>
    public static ShiftedClock StartingOn(DateOnly day, TimeProvider? real = null) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), ChinaTime.Offset), real);

    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + shift;

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;
}
