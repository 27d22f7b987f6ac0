using Tongban.Kernel.Calendar;

namespace Tongban.Kernel.Matters;

/// <summary>When a state entered at a given instant falls due.</summary>
public static class Deadlines
{
    /// <summary>
    /// Working days: the n-th working day after the China-time date of entering (that day not
    /// counted), overdue from the start of the next day; hours: n hours after entering.
    /// </summary>
    public static (DateOnly? DueOn, DateTime? DueUtc) Due(Deadline deadline, DateTime enteredUtc, WorkingDayCalendar calendar) =>
        deadline.Kind switch
        {
            DeadlineKind.WorkingDays => DueByWorkingDays(calendar.AddWorkingDays(ChinaTime.DateOf(enteredUtc), deadline.Amount)),
            DeadlineKind.Hours => (null, enteredUtc.AddHours(deadline.Amount)),
            _ => (null, null),
        };

    /// <summary>Working days from <paramref name="today"/> to <paramref name="dueOn"/>; negative once it has passed.</summary>
    public static int WorkingDaysLeft(DateOnly today, DateOnly dueOn, WorkingDayCalendar calendar) =>
        dueOn >= today ? calendar.WorkingDaysBetween(today, dueOn) : -calendar.WorkingDaysBetween(dueOn, today);

    private static (DateOnly?, DateTime?) DueByWorkingDays(DateOnly due) => (due, ChinaTime.EndOfDayUtc(due));
}
