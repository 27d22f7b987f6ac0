using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;

namespace Tongban.Renewal.Concerns;

/// <summary>The rules of residents' concerns.</summary>
public static class ConcernRules
{
    /// <summary>
    /// The limits shipped (none in the source text; seed 06 only asks to "solve practical problems that residents are
    /// concerned about"): five working days, ten for matters that need works. Kept as data and editable.
    /// </summary>
    public static readonly IReadOnlyDictionary<ConcernTopic, int> DefaultLimits = new Dictionary<ConcernTopic, int>
    {
        [ConcernTopic.Lifts] = 10,
        [ConcernTopic.Parking] = 10,
        [ConcernTopic.Pipes] = 5,
        [ConcernTopic.Environment] = 5,
        [ConcernTopic.Construction] = 5,
        [ConcernTopic.Services] = 10,
        [ConcernTopic.Other] = 5,
    };

    /// <summary>The answer is due the given number of working days after the day received (the kernel calendar's holidays and adjusted workdays).</summary>
    public static DateOnly DueOn(DateOnly receivedOn, int workingDays, WorkingDayCalendar calendar) => calendar.AddWorkingDays(receivedOn, workingDays);

    public static void Limit(int workingDays) =>
        RuleViolation.ThrowIf(workingDays is < 1 or > 60, "workingDays", "renewal.limit-range", "A limit is 1 to 60 working days.", ("value", workingDays));

    public static void Received(string? summary, DateOnly receivedOn, DateOnly today)
    {
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(summary) || summary.Trim().Length > 500, "summary", "renewal.summary-required", "Say what the concern is, in at most 500 characters.");
        RuleViolation.ThrowIf(receivedOn > today, "receivedOn", "renewal.date-future", "The date is after today.", ("date", receivedOn));
    }

    /// <summary>An answer: text, a day not before the concern came in nor after today, once only.</summary>
    public static void Answer(Concern c, string? text, DateOnly on, DateOnly today)
    {
        RuleViolation.ThrowIf(c.AnsweredOn is not null, "concernId", "renewal.already-answered", "The concern is already answered.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(text) || text.Trim().Length > 2000, "answer", "renewal.answer-required", "Write the answer, in at most 2000 characters.");
        RuleViolation.ThrowIf(on < c.ReceivedOn, "answeredOn", "renewal.answer-before-received", "The answer is before the concern came in.", ("date", on));
        RuleViolation.ThrowIf(on > today, "answeredOn", "renewal.date-future", "The date is after today.", ("date", on));
    }

    /// <summary>The resident's satisfaction follows an answer.</summary>
    public static void Rate(Concern c, Satisfaction satisfaction)
    {
        RuleViolation.ThrowIf(c.AnsweredOn is null, "satisfaction", "renewal.not-answered", "The concern has no answer yet.");
        RuleViolation.ThrowIf(!Enum.IsDefined(satisfaction), "satisfaction", "renewal.satisfaction-unknown", "Satisfied, basically satisfied or dissatisfied.");
    }

    /// <summary>Overdue: unanswered after the due day, or answered after it.</summary>
    public static bool Overdue(DateOnly dueOn, DateOnly? answeredOn, DateOnly today) => (answeredOn ?? today) > dueOn;
}
