using Tongban.Epidemic.Management;
using Tongban.Epidemic.Policy;
using Tongban.Kernel.Errors;
using static Tongban.Epidemic.Tests.Rules.Times;

namespace Tongban.Epidemic.Tests.Rules;

public sealed class IsolationRulesTests
{
    private static readonly EpidemicPolicy Policy = EpidemicPolicy.Seed04;

    [Fact]
    public void A_positive_case_at_the_point_during_the_stay_restricts_for_7_days_after_release_seed04_isolation()
    {
        var until = IsolationRules.RestrictionsAfterRelease(
            Bj("2022-10-23T10:00"), Bj("2022-10-30T10:00"), [new DateOnly(2022, 10, 27)], Policy);
        Assert.Equal(Bj("2022-11-06T10:00"), until);
    }

    [Fact]
    public void No_positive_case_at_the_point_during_the_stay_means_no_restrictions_after_release_seed04_isolation()
    {
        var until = IsolationRules.RestrictionsAfterRelease(
            Bj("2022-10-23T10:00"), Bj("2022-10-30T10:00"), [new DateOnly(2022, 10, 22), new DateOnly(2022, 10, 31)], Policy);
        Assert.Null(until);
    }

    [Fact]
    public void A_release_before_the_start_of_isolation_is_refused()
    {
        var v = Assert.Throws<RuleViolation>(() => IsolationRules.RestrictionsAfterRelease(Bj("2022-10-23T10:00"), Bj("2022-10-22T10:00"), [], Policy));
        Assert.Equal("releasedAt", v.Field);
    }

    [Fact]
    public void Home_isolation_stays_home_for_the_policy_period_with_tests_on_its_test_days_seed04_home_isolation()
    {
        var s = IsolationRules.Home(ManagementKind.HomeIsolation, Bj("2022-10-30T15:00"), Policy);
        Assert.Equal(Bj("2022-11-06T15:00"), s.StayHomeUntilUtc);
        Assert.Equal(3, s.Tests.Count);
        Assert.Equal(Bj("2022-10-30T15:00"), s.Tests[0].FromUtc);
        Assert.Equal(Bj("2022-10-31T00:00"), s.Tests[0].ByUtc);
        Assert.Equal(Bj("2022-11-02T00:00"), s.Tests[1].FromUtc);
        Assert.Equal(Bj("2022-11-05T00:00"), s.Tests[2].FromUtc);
    }

    [Fact]
    public void Home_monitoring_has_health_checks_each_half_day_from_the_start_seed04_home_monitoring()
    {
        var s = IsolationRules.Home(ManagementKind.HomeMonitoring, Bj("2022-10-30T15:00"), Policy);
        Assert.Equal(Bj("2022-10-30T15:00"), s.HealthChecks[0].FromUtc);
        Assert.Equal(Bj("2022-10-31T00:00"), s.HealthChecks[0].ByUtc);
        Assert.Equal(13, s.HealthChecks.Count);
    }

    [Fact]
    public void The_next_test_is_the_first_whose_window_has_no_sample()
    {
        var s = IsolationRules.Home(ManagementKind.HomeIsolation, Bj("2022-10-30T15:00"), Policy);
        Assert.Equal(s.Tests[0], IsolationRules.NextTest(s, []));
        Assert.Equal(s.Tests[1], IsolationRules.NextTest(s, [Bj("2022-10-30T16:00")]));
        Assert.Null(IsolationRules.NextTest(s, [Bj("2022-10-30T16:00"), Bj("2022-11-02T09:00"), Bj("2022-11-05T09:00")]));
    }

    [Fact]
    public void An_arrival_has_no_home_schedule()
    {
        Assert.Throws<RuleViolation>(() => IsolationRules.Home(ManagementKind.Arrival, Bj("2022-10-30T15:00"), Policy));
    }
}
