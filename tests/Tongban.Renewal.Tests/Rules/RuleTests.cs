using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;
using Tongban.Renewal.Communities;
using Tongban.Renewal.Concerns;
using Tongban.Renewal.Lifeline;

namespace Tongban.Renewal.Tests.Rules;

public sealed class RuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    /// <summary>Seed 06: Zhejiang's annual task completion rate "has exceeded 99.3%": 993 of 1,000 planned communities started.</summary>
    [Fact]
    public void Completion_rate_is_started_over_planned_to_one_decimal_half_up_seed06()
    {
        Assert.Equal(99.3m, ProjectRules.CompletionRate(993, 1000));
        Assert.Equal(66.7m, ProjectRules.CompletionRate(2, 3));
        Assert.Null(ProjectRules.CompletionRate(5, 0));
    }

    /// <summary>Reference §2: 2020 plan 3.9万, started 4.03万 (103.3 %).</summary>
    [Fact]
    public void The_national_2020_figures_give_their_rate_reference_s2()
    {
        Assert.Equal(103.3m, ProjectRules.CompletionRate(40_300, 39_000));
    }

    /// <summary>Reference §1, Scope: priority is communities built before the end of 2000.</summary>
    [Fact]
    public void Built_by_2000_is_priority_reference_s1()
    {
        Assert.True(ProjectRules.IsPriority(2000));
        Assert.False(ProjectRules.IsPriority(2001));
    }

    /// <summary>Issue 16 item 1: a community counts as renovated when its projects pass acceptance.</summary>
    [Fact]
    public void A_community_is_renovated_on_its_last_acceptance_once_every_project_passed()
    {
        Assert.Equal(new DateOnly(2024, 9, 1), ProjectRules.RenovatedOn([new DateOnly(2024, 5, 1), new DateOnly(2024, 9, 1)]));
        Assert.Null(ProjectRules.RenovatedOn([new DateOnly(2024, 5, 1), null]));
        Assert.Null(ProjectRules.RenovatedOn([]));
    }

    /// <summary>Issue 16 item 5: a completion before the start is refused.</summary>
    [Fact]
    public void Completion_before_start_is_refused()
    {
        var e = Assert.Throws<RuleViolation>(() => ProjectRules.Completion(new DateOnly(2025, 3, 1), new DateOnly(2025, 2, 28), Today));
        Assert.Equal("renewal.completion-before-start", e.Rule);
        Assert.Equal("completedOn", e.Field);
        Assert.Equal("renewal.not-started", Assert.Throws<RuleViolation>(() => ProjectRules.Completion(null, Today, Today)).Rule);
        Assert.Equal("renewal.acceptance-before-completion", Assert.Throws<RuleViolation>(() => ProjectRules.Acceptance(new DateOnly(2025, 3, 1), new DateOnly(2025, 2, 1), Today)).Rule);
    }

    /// <summary>Issue 16 item 5: funding below zero is refused (23号文 channels).</summary>
    [Fact]
    public void Funding_below_zero_is_refused()
    {
        var e = Assert.Throws<RuleViolation>(() => ProjectRules.Funding(FundingChannel.CentralSubsidy, -1));
        Assert.Equal("renewal.funding-negative", e.Rule);
        ProjectRules.Funding(FundingChannel.Residents, 0);
    }

    /// <summary>国办发〔2020〕23号, three categories: a lift (完善类) is not a basic item.</summary>
    [Fact]
    public void Items_belong_to_the_projects_category_reference_s1()
    {
        var catalog = ContentCatalog.Shipped.ToDictionary(i => i.Code, i => (RenovationCategory?)i.Category);
        var p = new NewProject(Guid.NewGuid(), "P1", RenovationCategory.Basic, 2024, ["water-supply", "lifts"], 10, 0);
        var e = Assert.Throws<RuleViolation>(() => ProjectRules.Project(p, 100, 2026, c => catalog.GetValueOrDefault(c)));
        Assert.Equal("renewal.item-category", e.Rule);
        Assert.Equal(RenovationCategory.Improvement, catalog["lifts"]);
        Assert.Equal(RenovationCategory.Enhancement, catalog["elderly-care"]);
        Assert.All(Enum.GetValues<RenovationCategory>(), c => Assert.Contains(ContentCatalog.Shipped, i => i.Category == c));
    }

    [Fact]
    public void Answers_are_due_in_working_days_skipping_weekends()
    {
        var calendar = WorkingDayCalendar.LoadDefault();

        // Friday 2026-11-27 + 5 working days = Friday 2026-12-04.
        Assert.Equal(new DateOnly(2026, 12, 4), ConcernRules.DueOn(new DateOnly(2026, 11, 27), 5, calendar));
        Assert.True(ConcernRules.Overdue(new DateOnly(2026, 11, 20), null, Today));
        Assert.False(ConcernRules.Overdue(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), Today));
    }

    [Fact]
    public void Rate_of_change_compares_the_change_per_minute()
    {
        var c = new Condition(RuleType.RateOfChange, ComparisonOp.Less, -0.05, 0);
        var s = new RunState();
        var t0 = new DateTime(2026, 11, 30, 6, 0, 0);
        Assert.Equal(Transition.None, AlarmEvaluation.Step(c, s, t0, 0.30));
        Assert.Equal(Transition.None, AlarmEvaluation.Step(c, s, t0.AddMinutes(1), 0.29)); // -0.01 per minute
        Assert.Equal(Transition.Raised, AlarmEvaluation.Step(c, s, t0.AddMinutes(2), 0.20)); // -0.09 per minute: a burst
        Assert.Equal(Transition.Cleared, AlarmEvaluation.Step(c, s, t0.AddMinutes(3), 0.20));
    }

    /// <summary>The alarm life cycle (issue 16 item 4: active, acknowledged, cleared, cleared-unacknowledged).</summary>
    [Fact]
    public void The_alarm_life_cycle()
    {
        var now = new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);
        var a = new Alarm { Status = AlarmStatus.Active, RaisedAtUtc = now };
        LifelineRules.ClearByData(a, now);
        Assert.Equal(AlarmStatus.ClearedUnacknowledged, a.Status);
        LifelineRules.Acknowledge(a, now, "d");
        Assert.Equal(AlarmStatus.Cleared, a.Status);

        var b = new Alarm { Status = AlarmStatus.Active, RaisedAtUtc = now };
        LifelineRules.Acknowledge(b, now, "d");
        Assert.Equal(AlarmStatus.Acknowledged, b.Status);
        Assert.Equal("renewal.already-acknowledged", Assert.Throws<RuleViolation>(() => LifelineRules.Acknowledge(b, now, "d")).Rule);
        LifelineRules.Clear(b, now, "d");
        Assert.Equal(AlarmStatus.Cleared, b.Status);
        Assert.Equal("renewal.already-cleared", Assert.Throws<RuleViolation>(() => LifelineRules.Clear(b, now, "d")).Rule);
    }

    [Fact]
    public void Escalation_comes_one_level_per_period_unacknowledged()
    {
        var raised = new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);
        var a = new Alarm { Status = AlarmStatus.Active, RaisedAtUtc = raised };
        Assert.False(LifelineRules.DueForEscalation(a, 15, raised.AddMinutes(14)));
        Assert.True(LifelineRules.DueForEscalation(a, 15, raised.AddMinutes(15)));
        a.Escalations = 1;
        Assert.False(LifelineRules.DueForEscalation(a, 15, raised.AddMinutes(29)));
        Assert.True(LifelineRules.DueForEscalation(a, 15, raised.AddMinutes(30)));
        a.Status = AlarmStatus.Acknowledged;
        Assert.False(LifelineRules.DueForEscalation(a, 15, raised.AddMinutes(300)));
    }
}
