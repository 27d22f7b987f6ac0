using Tongban.Kernel.Calendar;

namespace Tongban.Kernel.Matters;

/// <summary>When a state entered at a given instant falls due.</summary>
public static class Deadlines
{
    /// <summary>
    /// Working days: the n-th working day after the China-time date of entering (that day not
    /// counted), overdue from the start of the next day; hours: n hours after entering.
    /// <see cref="DueDate.ProvisionalYear"/> names the year without a State Council notice that a
    /// working-day count ran through (its days off derived from the holiday regulation), if any.
    /// </summary>
    public static DueDate Due(Deadline deadline, DateTime enteredUtc, WorkingDayCalendar calendar)
    {
        switch (deadline.Kind)
        {
            case DeadlineKind.WorkingDays:
                var entered = ChinaTime.DateOf(enteredUtc);
                var due = calendar.AddWorkingDays(entered, deadline.Amount);
                return new DueDate(due, ChinaTime.EndOfDayUtc(due), ProvisionalYear(calendar, entered, due));
            case DeadlineKind.Hours:
                return new DueDate(null, enteredUtc.AddHours(deadline.Amount), null);
            default:
                return new DueDate(null, null, null);
        }
    }

    /// <summary>The first year of [<paramref name="from"/>, <paramref name="to"/>] whose working days are provisional, or null.</summary>
    public static int? ProvisionalYear(WorkingDayCalendar calendar, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var (first, last) = from <= to ? (from.Year, to.Year) : (to.Year, from.Year);
        for (var year = first; year <= last; year++)
        {
            if (calendar.IsProvisional(year))
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>Working days from <paramref name="today"/> to <paramref name="dueOn"/>; negative once it has passed.</summary>
    public static int WorkingDaysLeft(DateOnly today, DateOnly dueOn, WorkingDayCalendar calendar) =>
        dueOn >= today ? calendar.WorkingDaysBetween(today, dueOn) : -calendar.WorkingDaysBetween(dueOn, today);
}

/// <summary>
/// When a state falls due: the last day on time (working-day rules), the instant after which it is overdue, and
/// the year without a holiday notice the count ran through (null when every year on the way has its notice).
/// </summary>
public readonly record struct DueDate(DateOnly? On, DateTime? Utc, int? ProvisionalYear);
