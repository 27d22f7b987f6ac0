using Tongban.Epidemic.Policy;
using Tongban.Kernel.Errors;

namespace Tongban.Epidemic.Management;

/// <summary>The "two tests in three days" schedule of an arrival, and the restriction period.</summary>
public sealed record ArrivalSchedule(
    DateTime ArrivedUtc,
    DateTime FirstTestByUtc,
    DateTime? FirstTestUtc,
    DateTime? SecondTestFromUtc,
    DateTime SecondTestByUtc,
    DateTime RestrictionsUntilUtc)
{
    /// <summary>The first test was taken after the time allowed for it.</summary>
    public bool FirstTestLate => FirstTestUtc is { } t && t > FirstTestByUtc;

    /// <summary>The first test came so late that no second test can respect both the gap and the limit.</summary>
    public bool SecondWindowEmpty => SecondTestFromUtc is { } from && from > SecondTestByUtc;
}

public enum DueKind
{
    FirstTest,
    SecondTest,
    Test,
    HealthCheck,
}

/// <summary>The next thing a person owes, and until when.</summary>
public sealed record DueItem(DueKind Kind, DateTime FromUtc, DateTime ByUtc)
{
    public bool OverdueAt(DateTime nowUtc) => nowUtc > ByUtc;
}

/// <summary>Where an arrival stands at a moment.</summary>
public sealed record ArrivalStatus(bool MustStayHome, bool Restricted, DueItem? NextDue, ArrivalSchedule Schedule);

public static class ArrivalRules
{
    /// <summary>Computes the schedule from the arrival and, when taken, the first test.</summary>
    public static ArrivalSchedule Schedule(DateTime arrivedUtc, DateTime? firstTestUtc, EpidemicPolicy policy)
    {
        if (firstTestUtc is { } f && f < arrivedUtc)
        {
            throw new RuleViolation(
                "firstTest",
                "epidemic.arrival.first-test-before-arrival",
                $"The first test ({Iso.Local(f)}) cannot be before the arrival ({Iso.Local(arrivedUtc)}).", ("f", Iso.Local(f)), ("arrived", Iso.Local(arrivedUtc)));
        }

        return new ArrivalSchedule(
            arrivedUtc,
            // Seed 04: "complete a nucleic acid test within 24 hours after arriving in Beijing".
            arrivedUtc.AddHours(policy.ArrivalFirstTestWithinHours),
            firstTestUtc,
            // Seed 04: the second test "after an interval of 24 hours" from the first.
            firstTestUtc?.AddHours(policy.ArrivalSecondTestGapHours),
            // Seed 04: "complete the second nucleic acid test within 72 hours" of arrival.
            arrivedUtc.AddHours(policy.ArrivalSecondTestWithinHours),
            // Seed 04: no dining out, gathering or crowded places "for seven days".
            arrivedUtc.AddDays(policy.ArrivalRestrictionDays));
    }

    /// <summary>
    /// Where an arrival stands at <paramref name="nowUtc"/> given the tests recorded so far: the
    /// first test is the earliest sampled at or after arrival, the second the earliest sampled at
    /// least the gap after the first.
    /// </summary>
    public static ArrivalStatus Status(DateTime arrivedUtc, IReadOnlyCollection<TestSample> tests, DateTime nowUtc, EpidemicPolicy policy)
    {
        foreach (var t in tests)
        {
            t.Validate();
        }

        var after = tests.Where(t => t.SampledUtc >= arrivedUtc).OrderBy(t => t.SampledUtc).ToList();
        var first = after.FirstOrDefault();
        var schedule = Schedule(arrivedUtc, first?.SampledUtc, policy);
        var second = first is null ? null : after.FirstOrDefault(t => t.SampledUtc >= schedule.SecondTestFromUtc);

        // Seed 04: "Before the negative result comes out, they will not go out".
        var negativeKnown = after.Any(t => t.Outcome == TestOutcome.Negative && t.KnownAt(nowUtc));
        DueItem? due = first is null
            ? new DueItem(DueKind.FirstTest, arrivedUtc, schedule.FirstTestByUtc)
            : second is null
                ? new DueItem(DueKind.SecondTest, schedule.SecondTestFromUtc!.Value, schedule.SecondTestByUtc)
                : null;
        return new ArrivalStatus(!negativeKnown, nowUtc < schedule.RestrictionsUntilUtc, due, schedule);
    }
}
