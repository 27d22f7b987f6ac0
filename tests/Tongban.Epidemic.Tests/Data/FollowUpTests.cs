using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Management;
using Tongban.Epidemic.People;
using Tongban.Epidemic.Symptoms;
using Tongban.Kernel.Errors;
using Tongban.Testing;
using static Tongban.Epidemic.Tests.Rules.Times;

namespace Tongban.Epidemic.Tests.Data;

public sealed class FollowUpTests
{
    private static async Task<EpidemicTestDb> AtAsync(string provider, string local)
    {
        var t = await EpidemicTestDb.CreateAsync(provider);
        t.Clock.SetUtcNow(new DateTimeOffset(Bj(local), TimeSpan.Zero));
        return t;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_arrival_is_due_for_the_first_test_then_overdue_after_24_hours_seed04_arrivals(string provider)
    {
        await using var t = await AtAsync(provider, "2022-10-30T09:00:01");
        await using (var s = t.System())
        {
            await s.ServiceProvider.GetRequiredService<FollowUp>().RegisterAsync(
                new PersonInput(ManagementKind.Arrival, "张三", Bj("2022-10-30T08:00"), "110105"), default);
        }

        await using (var s = t.DistrictUser("110105"))
        {
            var due = await s.ServiceProvider.GetRequiredService<FollowUp>().DueAsync(DueFilter.Today, "community follow-up", 100, default);
            var row = Assert.Single(due);
            Assert.Equal(DueKind.FirstTest, row.Due);
            Assert.Equal(Bj("2022-10-31T08:00"), row.ByUtc);
        }

        t.Clock.SetUtcNow(new DateTimeOffset(Bj("2022-10-31T08:01"), TimeSpan.Zero));
        await using (var s = t.DistrictUser("110105"))
        {
            var follow = s.ServiceProvider.GetRequiredService<FollowUp>();
            Assert.Single(await follow.DueAsync(DueFilter.Overdue, "community follow-up", 100, default));
            Assert.Empty(await follow.DueAsync(DueFilter.Today, "community follow-up", 100, default));
        }

        await using (var s = t.DistrictUser("110102"))
        {
            Assert.Empty(await s.ServiceProvider.GetRequiredService<FollowUp>().DueAsync(DueFilter.Overdue, "community follow-up", 100, default));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Recording_the_first_test_moves_the_arrival_to_the_second_test_window_seed04_arrivals(string provider)
    {
        await using var t = await AtAsync(provider, "2022-10-30T21:00");
        await using var s = t.System();
        var follow = s.ServiceProvider.GetRequiredService<FollowUp>();
        var p = await follow.RegisterAsync(new PersonInput(ManagementKind.Arrival, "李四", Bj("2022-10-30T08:00"), "110105"), default);
        var test = await follow.RecordTestAsync(p.Id, Bj("2022-10-30T20:00"), TestOutcome.Pending, null, default);
        var stored = await s.ServiceProvider.GetRequiredService<EpidemicDb>().People.AsNoTracking().SingleAsync(x => x.Id == p.Id);
        Assert.Equal(DueKind.SecondTest, stored.NextDueKind);
        Assert.Equal(Bj("2022-10-31T20:00"), stored.NextDueFromUtc);
        Assert.Equal(Bj("2022-11-02T08:00"), stored.NextDueByUtc);
        Assert.True(stored.AwaitingNegative);
        Assert.Equal(Bj("2022-11-06T08:00"), stored.RestrictionsUntilUtc);

        await follow.RecordResultAsync(test.Id, TestOutcome.Negative, Bj("2022-10-31T06:00"), default);
        stored = await s.ServiceProvider.GetRequiredService<EpidemicDb>().People.AsNoTracking().SingleAsync(x => x.Id == p.Id);
        Assert.False(stored.AwaitingNegative);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_result_before_its_sample_is_refused_and_nothing_is_written(string provider)
    {
        await using var t = await AtAsync(provider, "2022-10-30T21:00");
        await using var s = t.System();
        var follow = s.ServiceProvider.GetRequiredService<FollowUp>();
        var p = await follow.RegisterAsync(new PersonInput(ManagementKind.Arrival, "李四", Bj("2022-10-30T08:00"), "110105"), default);
        var v = await Assert.ThrowsAsync<RuleViolation>(() => follow.RecordTestAsync(p.Id, Bj("2022-10-30T20:00"), TestOutcome.Negative, Bj("2022-10-30T19:00"), default));
        Assert.Equal("epidemic.test.result-before-sample", v.Rule);
        Assert.Equal(0, await s.ServiceProvider.GetRequiredService<EpidemicDb>().Tests.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_room_mate_shares_the_home_isolation_period_and_tests_seed04_home_isolation(string provider)
    {
        await using var t = await AtAsync(provider, "2022-10-30T16:00");
        await using var s = t.System();
        var follow = s.ServiceProvider.GetRequiredService<FollowUp>();
        var primary = await follow.RegisterAsync(new PersonInput(ManagementKind.HomeIsolation, "王五", Bj("2022-10-30T15:00"), "110112"), default);
        var mate = await follow.RegisterAsync(
            new PersonInput(ManagementKind.HomeIsolation, "王六", Bj("2022-10-31T10:00"), RoommateOfId: primary.Id), default);
        Assert.Equal(primary.StartUtc, mate.StartUtc);
        Assert.Equal(primary.OrgId, mate.OrgId);
        Assert.Equal(Bj("2022-11-06T15:00"), mate.StayHomeUntilUtc);
        Assert.Equal(Bj("2022-10-31T00:00"), mate.NextDueByUtc);

        var v = await Assert.ThrowsAsync<RuleViolation>(() => follow.RegisterAsync(
            new PersonInput(ManagementKind.HomeMonitoring, "赵七", Bj("2022-10-31T10:00"), RoommateOfId: primary.Id), default));
        Assert.Equal("epidemic.person.roommate-kind", v.Rule);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Release_after_a_positive_case_at_the_same_point_restricts_for_7_days_seed04_isolation(string provider)
    {
        await using var t = await AtAsync(provider, "2022-10-30T16:00");
        await using var s = t.System();
        var follow = s.ServiceProvider.GetRequiredService<FollowUp>();
        await s.ServiceProvider.GetRequiredService<CaseRegistry>().RegisterAsync(
            new CaseInput(CaseClass.Asymptomatic, CaseOrigin.Local, FoundBy.IsolatedObserver, "110105", new DateOnly(2022, 10, 27), IsolationPoint: "朝阳区某隔离酒店"), default);
        var exposed = await follow.RegisterAsync(new PersonInput(ManagementKind.CentralisedIsolation, "甲", Bj("2022-10-23T10:00"), "110105", IsolationPoint: "朝阳区某隔离酒店"), default);
        var elsewhere = await follow.RegisterAsync(new PersonInput(ManagementKind.CentralisedIsolation, "乙", Bj("2022-10-23T10:00"), "110105", IsolationPoint: "海淀区某隔离酒店"), default);
        Assert.Equal(Bj("2022-11-06T10:00"), (await follow.ReleaseAsync(exposed.Id, Bj("2022-10-30T10:00"), default)).RestrictionsUntilUtc);
        Assert.Null((await follow.ReleaseAsync(elsewhere.Id, Bj("2022-10-30T10:00"), default)).RestrictionsUntilUtc);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reported_symptoms_raise_an_open_alert_for_the_community_at_once_seed04_symptoms(string provider)
    {
        await using var t = await AtAsync(provider, "2022-10-31T09:30");
        await using var s = t.System();
        var follow = s.ServiceProvider.GetRequiredService<FollowUp>();
        var p = await follow.RegisterAsync(new PersonInput(ManagementKind.HomeMonitoring, "丙", Bj("2022-10-30T15:00"), "110112"), default);
        Assert.Null(await follow.ReportSymptomsAsync(p.Id, Symptom.None, 36.6m, default));
        var alert = await follow.ReportSymptomsAsync(p.Id, Symptom.DryCough, 37.5m, default);
        Assert.Equal(Symptom.DryCough | Symptom.Fever, alert!.Symptoms);
        var open = Assert.Single(await follow.OpenAlertsAsync(default));
        Assert.Equal(Bj("2022-10-31T09:30"), open.RaisedAtUtc);
        await follow.AcknowledgeAlertAsync(open.Id, default);
        Assert.Empty(await follow.OpenAlertsAsync(default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_certificate_code_is_valid_with_a_negative_test_in_the_last_72_hours_seed04_public_places(string provider)
    {
        await using var t = await AtAsync(provider, "2022-10-30T21:00");
        string code;
        await using (var s = t.System())
        {
            var follow = s.ServiceProvider.GetRequiredService<FollowUp>();
            var p = await follow.RegisterAsync(new PersonInput(ManagementKind.HomeMonitoring, "丁", Bj("2022-10-28T08:00"), "110112", CertificateCode: "bj-0001"), default);
            await follow.RecordTestAsync(p.Id, Bj("2022-10-28T09:00"), TestOutcome.Negative, Bj("2022-10-28T20:00"), default);
            code = p.CertificateCode;
        }

        Assert.Equal("BJ-0001", code);
        await using (var outsider = t.DistrictUser("110105"))
        {
            await Assert.ThrowsAsync<RuleViolation>(() => outsider.ServiceProvider.GetRequiredService<FollowUp>().CheckCertificateAsync("BJ-0001", Bj("2022-10-31T09:00"), default));
        }

        await using var checkpoint = t.DistrictUser("110000");
        var check = checkpoint.ServiceProvider.GetRequiredService<FollowUp>();
        Assert.True((await check.CheckCertificateAsync("bj-0001", Bj("2022-10-31T09:00"), default)).Valid);
        var late = await check.CheckCertificateAsync("BJ-0001", Bj("2022-10-31T09:01"), default);
        Assert.False(late.Valid);
        Assert.Equal("epidemic.certificate.expired", late.Rule);
        await Assert.ThrowsAsync<RuleViolation>(() => check.CheckCertificateAsync("NOPE", Bj("2022-10-31T09:00"), default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_contact_is_linked_to_a_known_case_only(string provider)
    {
        await using var t = await AtAsync(provider, "2022-10-30T21:00");
        await using var s = t.System();
        var follow = s.ServiceProvider.GetRequiredService<FollowUp>();
        var v = await Assert.ThrowsAsync<RuleViolation>(() => follow.RegisterAsync(
            new PersonInput(ManagementKind.CentralisedIsolation, "戊", Bj("2022-10-30T10:00"), "110105", IsolationPoint: "P1", ContactOfCaseId: Guid.NewGuid()), default));
        Assert.Equal("contactOf", v.Field);
    }
}
