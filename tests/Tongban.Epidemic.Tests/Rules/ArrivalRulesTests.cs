using Tongban.Epidemic.Management;
using Tongban.Epidemic.Policy;
using Tongban.Kernel.Errors;
using static Tongban.Epidemic.Tests.Rules.Times;

namespace Tongban.Epidemic.Tests.Rules;

public sealed class ArrivalRulesTests
{
    private static readonly EpidemicPolicy Policy = EpidemicPolicy.Seed04;

    [Fact]
    public void First_test_is_due_within_24_hours_of_arrival_seed04_arrivals()
    {
        var s = ArrivalRules.Schedule(Bj("2022-10-30T08:00"), null, Policy);
        Assert.Equal(Bj("2022-10-31T08:00"), s.FirstTestByUtc);
        Assert.Null(s.SecondTestFromUtc);
    }

    [Fact]
    public void Second_test_is_at_least_24_hours_after_the_first_and_within_72_hours_of_arrival_seed04_arrivals()
    {
        var s = ArrivalRules.Schedule(Bj("2022-10-30T08:00"), Bj("2022-10-30T20:00"), Policy);
        Assert.Equal(Bj("2022-10-31T20:00"), s.SecondTestFromUtc);
        Assert.Equal(Bj("2022-11-02T08:00"), s.SecondTestByUtc);
        Assert.False(s.SecondWindowEmpty);
    }

    [Fact]
    public void Restrictions_last_7_days_after_arrival_seed04_arrivals()
    {
        var s = ArrivalRules.Schedule(Bj("2022-10-30T08:00"), null, Policy);
        Assert.Equal(Bj("2022-11-06T08:00"), s.RestrictionsUntilUtc);
    }

    [Fact]
    public void A_first_test_before_arrival_is_refused()
    {
        var v = Assert.Throws<RuleViolation>(() => ArrivalRules.Schedule(Bj("2022-10-30T08:00"), Bj("2022-10-30T07:59"), Policy));
        Assert.Equal("firstTest", v.Field);
        Assert.Equal("epidemic.arrival.first-test-before-arrival", v.Rule);
    }

    [Fact]
    public void A_first_test_after_48_hours_leaves_no_window_for_the_second_seed04_arrivals()
    {
        var s = ArrivalRules.Schedule(Bj("2022-10-30T08:00"), Bj("2022-11-01T09:00"), Policy);
        Assert.True(s.FirstTestLate);
        Assert.True(s.SecondWindowEmpty);
    }

    [Fact]
    public void An_arrival_stays_home_until_a_negative_result_is_out_seed04_arrivals()
    {
        var arrived = Bj("2022-10-30T08:00");
        TestSample[] pending = [new(Bj("2022-10-30T20:00"), TestOutcome.Pending, null)];
        TestSample[] negative = [new(Bj("2022-10-30T20:00"), TestOutcome.Negative, Bj("2022-10-31T06:00"))];

        Assert.True(ArrivalRules.Status(arrived, pending, Bj("2022-10-31T07:00"), Policy).MustStayHome);
        Assert.True(ArrivalRules.Status(arrived, negative, Bj("2022-10-31T05:59"), Policy).MustStayHome);
        Assert.False(ArrivalRules.Status(arrived, negative, Bj("2022-10-31T06:00"), Policy).MustStayHome);
    }

    [Fact]
    public void After_the_first_test_the_second_is_due_in_its_window_and_overdue_after_72_hours_seed04_arrivals()
    {
        var arrived = Bj("2022-10-30T08:00");
        TestSample[] tests = [new(Bj("2022-10-30T20:00"), TestOutcome.Negative, Bj("2022-10-31T06:00"))];

        var due = ArrivalRules.Status(arrived, tests, Bj("2022-11-01T10:00"), Policy).NextDue!;
        Assert.Equal(DueKind.SecondTest, due.Kind);
        Assert.Equal(Bj("2022-10-31T20:00"), due.FromUtc);
        Assert.False(due.OverdueAt(Bj("2022-11-02T08:00")));
        Assert.True(due.OverdueAt(Bj("2022-11-02T08:01")));
    }

    [Fact]
    public void A_test_sooner_than_24_hours_after_the_first_does_not_count_as_the_second_seed04_arrivals()
    {
        var arrived = Bj("2022-10-30T08:00");
        TestSample[] tests =
        [
            new(Bj("2022-10-30T20:00"), TestOutcome.Negative, Bj("2022-10-31T06:00")),
            new(Bj("2022-10-31T19:59"), TestOutcome.Negative, Bj("2022-11-01T06:00")),
        ];
        Assert.Equal(DueKind.SecondTest, ArrivalRules.Status(arrived, tests, Bj("2022-11-01T07:00"), Policy).NextDue!.Kind);

        TestSample[] done = [tests[0], new(Bj("2022-10-31T20:00"), TestOutcome.Negative, Bj("2022-11-01T06:00"))];
        Assert.Null(ArrivalRules.Status(arrived, done, Bj("2022-11-01T07:00"), Policy).NextDue);
    }

    [Fact]
    public void Restrictions_end_exactly_7_days_after_arrival_seed04_arrivals()
    {
        var arrived = Bj("2022-10-30T08:00");
        Assert.True(ArrivalRules.Status(arrived, [], Bj("2022-11-06T07:59"), Policy).Restricted);
        Assert.False(ArrivalRules.Status(arrived, [], Bj("2022-11-06T08:00"), Policy).Restricted);
    }

    [Fact]
    public void A_city_policy_with_other_hours_changes_the_schedule_from_its_effective_date()
    {
        var book = new PolicyBook([Policy, Policy with { EffectiveFrom = new DateOnly(2022, 11, 1), ArrivalFirstTestWithinHours = 12, ArrivalRestrictionDays = 5 }]);
        var before = ArrivalRules.Schedule(Bj("2022-10-31T23:00"), null, book.At(Bj("2022-10-31T23:00")));
        var after = ArrivalRules.Schedule(Bj("2022-11-01T00:00"), null, book.At(Bj("2022-11-01T00:00")));
        Assert.Equal(Bj("2022-11-01T23:00"), before.FirstTestByUtc);
        Assert.Equal(Bj("2022-11-01T12:00"), after.FirstTestByUtc);
        Assert.Equal(Bj("2022-11-06T00:00"), after.RestrictionsUntilUtc);
    }
}
