using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Matters;

public sealed class MatterEngineTests
{
    // 2025 National Day notice: 09-28 (Sun) and 10-11 (Sat) are adjusted workdays, 10-01..10-08 off.
    // Counting from Fri 09-26 (not counted): 09-28, 29, 30 (3), 10-09, 10 (5), 10-11 (6),
    // 10-13..17 (11), 10-20..23 (15) -> Thursday 2025-10-23.
    private static readonly DateOnly FifteenWorkingDaysAfterSep26 = new(2025, 10, 23);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Start_is_due_15_working_days_later_across_National_Day_2025(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);

        var matter = await kit.StartAsync();

        Assert.Equal("drafted", matter.State);
        Assert.Equal(FifteenWorkingDaysAfterSep26, matter.DueOn);
        Assert.Equal(new DateTime(2025, 10, 23, 16, 0, 0, DateTimeKind.Utc), matter.DueUtc);
        Assert.StartsWith("DSP-2025-", matter.Reference);
        var (events, _, stored) = await kit.SnapshotAsync(matter.Id);
        Assert.Equal(1, events);
        Assert.Equal(FifteenWorkingDaysAfterSep26, stored.DueOn);
        Assert.Equal(1, stored.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Wrong_actor_is_refused_and_nothing_changes(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();
        var before = await kit.SnapshotAsync(matter.Id);

        // The department user sees the unit's matter but does not hold the clerk role.
        var ex = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(kit.DepartmentUser, e =>
            e.TakeAsync(matter.Id, "submit", MattersKit.Inputs(("reason", "r"), ("bookValue", "1.00")), null)));

        Assert.Equal("matters.wrong-actor", ex.Rule);
        Assert.Contains(MattersKit.Clerk, ex.Message);
        var after = await kit.SnapshotAsync(matter.Id);
        Assert.Equal(before.Events, after.Events);
        Assert.Equal(before.Audit, after.Audit);
        Assert.Equal("drafted", after.Matter.State);
        Assert.Equal(1, after.Matter.Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Missing_input_is_refused_naming_the_input(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();
        var before = await kit.SnapshotAsync(matter.Id);

        var ex = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(kit.ClerkUser, e =>
            e.TakeAsync(matter.Id, "submit", MattersKit.Inputs(("reason", "超过使用年限")), null)));

        Assert.Equal("matters.input-missing", ex.Rule);
        Assert.Equal("bookValue", ex.Field);
        Assert.Equal(before.Audit, (await kit.SnapshotAsync(matter.Id)).Audit);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Malformed_or_unasked_input_is_refused(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();

        var money = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(kit.ClerkUser, e =>
            e.TakeAsync(matter.Id, "submit", MattersKit.Inputs(("reason", "r"), ("bookValue", "12.345")), null)));
        var extra = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(kit.ClerkUser, e =>
            e.TakeAsync(matter.Id, "submit", MattersKit.Inputs(("reason", "r"), ("bookValue", "12.34"), ("colour", "red")), null)));

        Assert.Equal(("matters.input-invalid", "bookValue"), (money.Rule, money.Field));
        Assert.Equal(("matters.input-invalid", "colour"), (extra.Rule, extra.Field));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Step_out_of_order_is_refused(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();

        var ex = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(kit.DepartmentUser, e =>
            e.TakeAsync(matter.Id, "approve", MattersKit.Inputs(("decisionNo", "财资〔2025〕1号")), null)));

        Assert.Equal("matters.wrong-state", ex.Rule);
        Assert.Contains("drafted", ex.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_step_and_closed_matter_are_refused(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();
        var unknown = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(kit.ClerkUser, e =>
            e.TakeAsync(matter.Id, "teleport", MattersKit.Inputs(), null)));
        await kit.SeedExampleRulesAsync(kit.Root);
        await kit.SubmitAsync(matter.Id);
        await kit.ForwardAsync(matter.Id);
        await kit.As(kit.DepartmentUser, e => e.TakeAsync(matter.Id, "approve", MattersKit.Inputs(("decisionNo", "1")), null));

        var closed = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(kit.DepartmentUser, e =>
            e.TakeAsync(matter.Id, "approve", MattersKit.Inputs(("decisionNo", "2")), null)));

        Assert.Equal("matters.unknown-transition", unknown.Rule);
        Assert.Equal("matters.closed", closed.Rule);
        Assert.True((await kit.SnapshotAsync(matter.Id)).Matter.Closed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Step_at_the_wrong_kind_of_org_is_refused(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        // A matter started at the competent department itself; the clerk role is held there too.
        var matter = await kit.As(CallerScope.System(), e => e.StartAsync(
            new StartMatter(MattersKit.Workflow, kit.Competent, "部机关处置", "DisposalRequest", "1", 100)));
        var clerkAtDepartment = CallerScope.ForUser(
            Guid.NewGuid(), "dept-clerk", [new Grant { Role = MattersKit.Clerk, OrgId = kit.Competent }]);

        var ex = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(clerkAtDepartment, e =>
            e.TakeAsync(matter.Id, "submit", MattersKit.Inputs(("reason", "r"), ("bookValue", "1.00")), null)));

        Assert.Equal("matters.wrong-org-kind", ex.Rule);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_caller_outside_the_matters_org_does_not_find_it(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();

        var ex = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(kit.OtherClerk, e =>
            e.TakeAsync(matter.Id, "submit", MattersKit.Inputs(("reason", "r"), ("bookValue", "1.00")), null)));

        Assert.Equal("matters.not-found", ex.Rule);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Submitting_hands_the_matter_to_the_competent_department_with_an_audit_entry(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();
        var before = await kit.SnapshotAsync(matter.Id);
        kit.Db.Clock.Advance(TimeSpan.FromHours(2));

        var ev = await kit.SubmitAsync(matter.Id);

        var after = await kit.SnapshotAsync(matter.Id);
        Assert.Equal(("drafted", "review", kit.Unit, kit.Competent), (ev.FromState, ev.ToState, ev.OrgId, ev.ToOrgId));
        Assert.Null(ev.RoutingRule);
        Assert.Equal(kit.Competent, after.Matter.OrgId);
        Assert.Equal(kit.Unit, after.Matter.OriginOrgId);
        Assert.Equal(2, after.Matter.Version);
        Assert.Equal(before.Events + 1, after.Events);
        // One entry for the matter's update, one for the new event, both by the clerk.
        Assert.Equal(before.Audit + 2, after.Audit);
        await using var scope = kit.Open(CallerScope.System());
        var audit = await scope.ServiceProvider.GetRequiredService<KernelDb>().AuditEntries
            .OrderByDescending(a => a.Seq).Take(2).ToListAsync();
        Assert.All(audit, a => Assert.Equal("clerk", a.ActorName));
        Assert.Contains(audit, a => a.SubjectType == nameof(Matter) && a.Diff.Contains("review"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Routing_by_amount_records_the_rule_2004_central_threshold(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        await kit.SeedExampleRulesAsync(kit.Root);
        var below = await kit.StartAsync(amountFen: 199_999_99);
        var at = await kit.StartAsync(amountFen: 200_000_00);
        foreach (var m in new[] { below, at })
        {
            await kit.SubmitAsync(m.Id);
        }

        var toDepartment = await kit.ForwardAsync(below.Id);
        var toFinance = await kit.ForwardAsync(at.Id);

        Assert.Equal(RoutingSettings.ExampleUnderCode, toDepartment.RoutingRule);
        Assert.Equal(kit.Competent, toDepartment.ToOrgId);
        Assert.Equal(RoutingSettings.ExampleFromCode, toFinance.RoutingRule);
        Assert.Equal(kit.Finance, toFinance.ToOrgId);
        Assert.Equal(kit.Finance, (await kit.SnapshotAsync(at.Id)).Matter.OrgId);
        var approved = await kit.As(kit.FinanceUser, e => e.TakeAsync(at.Id, "approve", MattersKit.Inputs(("decisionNo", "财资〔2025〕7号")), null));
        Assert.Equal("approved", approved.ToState);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Routed_step_without_a_rule_is_refused(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();
        await kit.SubmitAsync(matter.Id);

        var ex = await Assert.ThrowsAsync<RuleViolation>(() => kit.ForwardAsync(matter.Id));

        Assert.Equal("matters.no-route", ex.Rule);
        Assert.Equal("review", (await kit.SnapshotAsync(matter.Id)).Matter.State);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Returning_hands_the_matter_back_to_the_unit_with_a_fresh_deadline(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();
        await kit.SubmitAsync(matter.Id);
        kit.Db.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 9, 10, 0, 0, TimeSpan.FromHours(8)));

        await kit.As(kit.DepartmentUser, e => e.TakeAsync(matter.Id, "return", MattersKit.Inputs(("reason", "缺评估报告")), null));

        var stored = (await kit.SnapshotAsync(matter.Id)).Matter;
        Assert.Equal(("drafted", kit.Unit), (stored.State, stored.OrgId));
        // 10-09 Thu not counted: 10-10 (1), 10-11 adjusted Sat (2), 10-13..17 (7), 10-20..24 (12), 10-27..29 (15).
        Assert.Equal(new DateOnly(2025, 10, 29), stored.DueOn);
        var available = await kit.As(kit.ClerkUser, e => e.AvailableAsync(matter.Id));
        Assert.Equal(["submit"], available.Select(a => a.Code));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Available_steps_follow_role_and_state(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();

        var clerkAtStart = await kit.As(kit.ClerkUser, e => e.AvailableAsync(matter.Id));
        var departmentAtStart = await kit.As(kit.DepartmentUser, e => e.AvailableAsync(matter.Id));
        await kit.SubmitAsync(matter.Id);
        var departmentInReview = await kit.As(kit.DepartmentUser, e => e.AvailableAsync(matter.Id));

        Assert.Equal(["submit"], clerkAtStart.Select(a => a.Code));
        Assert.Equal(["reason", "bookValue"], clerkAtStart[0].Inputs.Select(i => i.Name));
        Assert.Empty(departmentAtStart);
        Assert.Equal(["forward", "return"], departmentInReview.Select(a => a.Code));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Timeline_lists_every_step_in_order_for_whoever_holds_the_matter(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        await kit.SeedExampleRulesAsync(kit.Root);
        var matter = await kit.StartAsync(amountFen: 300_000_00);
        await kit.SubmitAsync(matter.Id);
        await kit.ForwardAsync(matter.Id);

        var timeline = await kit.As(kit.FinanceUser, e => e.TimelineAsync(matter.Id));

        Assert.Equal(["start", "submit", "forward"], timeline.Select(e => e.Transition));
        Assert.Equal([1, 2, 3], timeline.Select(e => e.Seq));
        Assert.Equal(["clerk", "clerk", "department"], timeline.Select(e => e.ActorName));
        Assert.Equal("同意转报", timeline[2].Comment);
        Assert.Contains("agree", timeline[2].Inputs);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Due_list_turns_overdue_after_the_due_day_ends(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();
        var query = new DueQuery(OrgId: kit.Unit);

        var atStart = Assert.Single(await kit.As(kit.ClerkUser, e => e.DueAsync(query)));
        kit.Db.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 23, 23, 59, 0, TimeSpan.FromHours(8)));
        var lastDay = Assert.Single(await kit.As(kit.ClerkUser, e => e.DueAsync(query)));
        var overdueBeforeEnd = await kit.As(kit.ClerkUser, e => e.DueAsync(query with { OverdueOnly = true }));
        kit.Db.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 24, 9, 0, 0, TimeSpan.FromHours(8)));
        var nextDay = Assert.Single(await kit.As(kit.ClerkUser, e => e.DueAsync(query with { OverdueOnly = true })));

        Assert.Equal((matter.Id, FifteenWorkingDaysAfterSep26, 15, false), (atStart.MatterId, atStart.DueOn, atStart.WorkingDaysLeft, atStart.Overdue));
        Assert.Equal((0, false), (lastDay.WorkingDaysLeft, lastDay.Overdue));
        Assert.Empty(overdueBeforeEnd);
        Assert.Equal((-1, true), (nextDay.WorkingDaysLeft, nextDay.Overdue));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Hours_deadline_is_due_n_hours_after_entering(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        await kit.SeedExampleRulesAsync(kit.Root);
        var matter = await kit.StartAsync();
        await kit.SubmitAsync(matter.Id);
        var entered = kit.Db.Clock.GetUtcNow();

        await kit.ForwardAsync(matter.Id);

        var stored = (await kit.SnapshotAsync(matter.Id)).Matter;
        Assert.Equal(entered.UtcDateTime.AddHours(48), stored.DueUtc);
        Assert.Null(stored.DueOn);
        kit.Db.Clock.Advance(TimeSpan.FromHours(47));
        var before = Assert.Single(await kit.As(kit.DepartmentUser, e => e.DueAsync(new DueQuery())));
        kit.Db.Clock.Advance(TimeSpan.FromHours(2));
        var after = Assert.Single(await kit.As(kit.DepartmentUser, e => e.DueAsync(new DueQuery(OverdueOnly: true))));
        Assert.False(before.Overdue);
        Assert.True(after.Overdue);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Due_list_is_scoped_ordered_by_due_and_paged_in_sql(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        // Started 09-26, 09-29 and 10-03: due 10-23, 10-27 and 10-28 (third started in the holiday).
        var first = await kit.StartAsync(title: "first");
        kit.Db.Clock.Advance(TimeSpan.FromDays(3));
        var second = await kit.StartAsync(title: "second");
        kit.Db.Clock.Advance(TimeSpan.FromDays(4));
        var third = await kit.StartAsync(title: "third");
        await kit.As(CallerScope.System(), e => e.StartAsync(
            new StartMatter(MattersKit.Workflow, kit.OtherUnit, "elsewhere", "DisposalRequest", "x", 1)));

        var clerkAll = await kit.As(kit.ClerkUser, e => e.DueAsync(new DueQuery()));
        var departmentAll = await kit.As(kit.DepartmentUser, e => e.DueAsync(new DueQuery()));
        var page = await kit.As(kit.ClerkUser, e => e.DueAsync(new DueQuery(Skip: 1, Take: 1)));
        var bad = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(kit.ClerkUser, e => e.DueAsync(new DueQuery(Take: 0))));

        Assert.Equal([first.Id, second.Id, third.Id], clerkAll.Select(i => i.MatterId));
        Assert.Equal([new DateOnly(2025, 10, 23), new DateOnly(2025, 10, 27), new DateOnly(2025, 10, 28)], clerkAll.Select(i => i.DueOn));
        Assert.Equal(4, departmentAll.Count);
        Assert.Equal([second.Id], page.Select(i => i.MatterId));
        Assert.Equal("take", bad.Field);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Due_summary_counts_open_and_overdue_per_org(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        await kit.StartAsync();
        kit.Db.Clock.Advance(TimeSpan.FromDays(3));
        await kit.StartAsync();
        await kit.As(CallerScope.System(), e => e.StartAsync(
            new StartMatter(MattersKit.Workflow, kit.OtherUnit, "elsewhere", "DisposalRequest", "x", 1)));
        // 2025-10-24: the first (due 10-23) is overdue, the second (due 10-27) and the other unit's (10-27) are not.
        kit.Db.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 24, 9, 0, 0, TimeSpan.FromHours(8)));

        var department = await kit.As(kit.DepartmentUser, e => e.DueSummaryAsync());
        var clerk = await kit.As(kit.ClerkUser, e => e.DueSummaryAsync());

        Assert.Equal([(kit.Unit, 2, 1), (kit.OtherUnit, 1, 0)], department.Select(s => (s.OrgId, s.Open, s.Overdue)));
        Assert.Equal(new DateTime(2025, 10, 23, 16, 0, 0, DateTimeKind.Utc), department[0].NextDueUtc);
        Assert.Equal([kit.Unit], clerk.Select(s => s.OrgId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stale_second_take_of_the_same_step_is_refused(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();
        await kit.SubmitAsync(matter.Id);
        await using var late = kit.Open(kit.DepartmentUser);
        // The late caller has read the matter (version 2, in review) before the first caller's step lands.
        await late.ServiceProvider.GetRequiredService<KernelDb>().Matters.SingleAsync(m => m.Id == matter.Id);
        var returned = MattersKit.Inputs(("reason", "缺评估报告"));
        await kit.As(kit.DepartmentUser, e => e.TakeAsync(matter.Id, "return", returned, null));

        var ex = await Assert.ThrowsAsync<RuleViolation>(() => late.ServiceProvider.GetRequiredService<MatterEngine>()
            .TakeAsync(matter.Id, "return", returned, null));

        Assert.Equal("matters.concurrent-change", ex.Rule);
        var after = await kit.SnapshotAsync(matter.Id);
        Assert.Equal((3, 3, "drafted"), (after.Events, after.Matter.Version, after.Matter.State));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_double_take_lets_exactly_one_win(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            try
            {
                await kit.SubmitAsync(matter.Id);
                return "won";
            }
            catch (RuleViolation ex)
            {
                return ex.Rule;
            }
        })));

        Assert.Single(attempts, a => a == "won");
        Assert.Single(attempts, a => a is "matters.concurrent-change" or "matters.wrong-state" or "matters.not-found");
        var after = await kit.SnapshotAsync(matter.Id);
        Assert.Equal((2, 2, "review"), (after.Events, after.Matter.Version, after.Matter.State));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Starting_refuses_an_unknown_workflow_or_org_and_writes_nothing(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);

        var workflow = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(CallerScope.System(), e =>
            e.StartAsync(new StartMatter("nope", kit.Unit, "t", "S", "1"))));
        var org = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(CallerScope.System(), e =>
            e.StartAsync(new StartMatter(MattersKit.Workflow, Guid.NewGuid(), "t", "S", "1"))));
        var outside = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(kit.OtherClerk, e =>
            e.StartAsync(new StartMatter(MattersKit.Workflow, kit.Unit, "t", "S", "1"))));

        Assert.Equal("matters.unknown-workflow", workflow.Rule);
        Assert.Equal("matters.unknown-org", org.Rule);
        Assert.Equal("scope.outside-grants", outside.Rule);
        await using var scope = kit.Open(CallerScope.System());
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<KernelDb>().Matters.CountAsync());
    }
}
