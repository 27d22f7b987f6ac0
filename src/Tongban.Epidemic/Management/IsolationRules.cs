using Tongban.Epidemic.Policy;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;

namespace Tongban.Epidemic.Management;

public enum ManagementKind
{
    CentralisedIsolation = 1,
    HomeIsolation = 2,
    HomeMonitoring = 3,
    Arrival = 4,
}

/// <summary>The stay-home period of a home-isolated or home-monitored person, with its tests and health checks.</summary>
public sealed record HomeSchedule(DateTime StartUtc, DateTime StayHomeUntilUtc, IReadOnlyList<DueItem> Tests, IReadOnlyList<DueItem> HealthChecks)
{
    /// <summary>Everything owed, in time order.</summary>
    public IEnumerable<DueItem> Items => Tests.Concat(HealthChecks).OrderBy(i => i.ByUtc).ThenBy(i => i.Kind);
}

public static class IsolationRules
{
    /// <summary>
    /// Seed 04, isolation: "If there are positive cases in the isolation point ... during the isolation
    /// period, they will not have dinner, get together or go to crowded places within 7 days after the
    /// isolation is lifted." Returns the end of those restrictions, or null when no positive case was
    /// found at the point during the stay (positives compared by Beijing diagnosis date).
    /// </summary>
    public static DateTime? RestrictionsAfterRelease(
        DateTime startUtc, DateTime releasedUtc, IEnumerable<DateOnly> positivesAtPoint, EpidemicPolicy policy)
    {
        RuleViolation.ThrowIf(
            releasedUtc < startUtc,
            "releasedAt",
            "epidemic.isolation.release-before-start",
            $"The release ({Iso.Local(releasedUtc)}) cannot be before the start of isolation ({Iso.Local(startUtc)}).", ("released", Iso.Local(releasedUtc)), ("start", Iso.Local(startUtc)));
        var first = ChinaTime.DateOf(startUtc);
        var last = ChinaTime.DateOf(releasedUtc);
        return positivesAtPoint.Any(d => d >= first && d <= last)
            ? releasedUtc.AddDays(policy.PostIsolationRestrictionDays)
            : null;
    }

    /// <summary>
    /// Seed 04, home isolation and home monitoring: the person and their room-mates "strictly stay at
    /// home ... and cooperate with nucleic acid detection and health monitoring". The period, test
    /// days and checks per day come from the policy; day 1 is the Beijing date of the start, and a
    /// test on day n is owed between that day's start and its end.
    /// </summary>
    public static HomeSchedule Home(ManagementKind kind, DateTime startUtc, EpidemicPolicy policy)
    {
        var (days, testDays) = kind switch
        {
            ManagementKind.HomeIsolation => (policy.HomeIsolationDays, policy.HomeIsolationTestDays),
            ManagementKind.HomeMonitoring => (policy.HomeMonitoringDays, policy.HomeMonitoringTestDays),
            _ => throw new RuleViolation("kind", "epidemic.home.kind", $"{kind} has no home schedule.", ("kind", kind)),
        };
        var day1 = ChinaTime.DateOf(startUtc);
        var tests = testDays.Order()
            .Select(d => DayWindow(DueKind.Test, day1.AddDays(d - 1), startUtc))
            .ToList();
        var checks = new List<DueItem>();
        var slot = TimeSpan.FromHours(24.0 / policy.HealthChecksPerDay);
        for (var d = 0; d < days; d++)
        {
            var dayStart = ChinaTime.StartOfDayUtc(day1.AddDays(d));
            for (var i = 0; i < policy.HealthChecksPerDay; i++)
            {
                var from = dayStart + slot * i;
                var by = from + slot;
                if (by > startUtc)
                {
                    checks.Add(new DueItem(DueKind.HealthCheck, from < startUtc ? startUtc : from, by));
                }
            }
        }

        return new HomeSchedule(startUtc, startUtc.AddDays(days), tests, checks);
    }

    private static DueItem DayWindow(DueKind kind, DateOnly day, DateTime notBefore)
    {
        var from = ChinaTime.StartOfDayUtc(day);
        return new DueItem(kind, from < notBefore ? notBefore : from, ChinaTime.EndOfDayUtc(day));
    }

    /// <summary>
    /// The next scheduled test not yet covered by a sample taken inside its window, or null when
    /// every test of the schedule is done.
    /// </summary>
    public static DueItem? NextTest(HomeSchedule schedule, IEnumerable<DateTime> sampledUtc)
    {
        var samples = sampledUtc.ToList();
        return schedule.Tests.FirstOrDefault(t => !samples.Any(s => s >= t.FromUtc && s < t.ByUtc));
    }
}
