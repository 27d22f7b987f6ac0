using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Errors;
using Tongban.Kernel.People;
using Tongban.Kernel.Tests.Data;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Audit;

public sealed class AuditLogTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_county_auditor_sees_the_entries_of_their_subtree_only(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var mine = await ScopeTests.AddMatterAsync(db, t.TownshipA);
        var theirs = await ScopeTests.AddMatterAsync(db, t.CountyB);
        await using (var s = db.Open(CallerScope.System()))
        {
            await s.ServiceProvider.GetRequiredService<PeopleDirectory>().CreateUserAsync(new NewUser("li.na", "李娜", "Correct-horse-9", t.CountyA, null));
        }

        await using (var s = db.Open(ScopeTests.CountyUser(db, t.CountyA, coversDescendants: true)))
        {
            var page = await s.ServiceProvider.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery());
            Assert.Equal(3, page.Total); // the county, its township, the township's matter
            Assert.Contains(page.Items, e => e.SubjectId == mine.ToString());
            Assert.DoesNotContain(page.Items, e => e.SubjectId == theirs.ToString());
            Assert.DoesNotContain(page.Items, e => e.OrgId == null);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Entries_of_no_org_are_shown_to_administrators_at_the_root_only_issue21_5(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using (var s = db.Open(CallerScope.System()))
        {
            await s.ServiceProvider.GetRequiredService<PeopleDirectory>().CreateUserAsync(new NewUser("li.na", "李娜", "Correct-horse-9", t.CountyA, null));
        }

        var query = new AuditQuery(SubjectType: nameof(TongbanUser));
        var roles = db.Services.GetRequiredService<RoleCatalog>();
        var rootAdmin = CallerScope.ForUser(
            Guid.NewGuid(), "root admin", [new Grant { Role = KernelPermissions.AdministratorRole, OrgId = t.Central, CoversDescendants = true }], roles, administersAtRoot: true);
        await using (var s = db.Open(rootAdmin))
        {
            Assert.Equal(1, (await s.ServiceProvider.GetRequiredService<AuditLog>().QueryAsync(query)).Total);
        }

        // Issue 21 (5): an administrator of one province does not read the accounts and grants of the whole tree.
        await using (var s = db.Open(ScopeTests.CountyUser(db, t.Province, true, KernelPermissions.AdministratorRole)))
        {
            Assert.Equal(0, (await s.ServiceProvider.GetRequiredService<AuditLog>().QueryAsync(query)).Total);
        }

        await using (var s = db.Open(ScopeTests.CountyUser(db, t.Province, true, KernelPermissions.AuditorRole)))
        {
            Assert.Equal(0, (await s.ServiceProvider.GetRequiredService<AuditLog>().QueryAsync(query)).Total);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_log_filters_by_action_subject_actor_and_period_and_pages_newest_first(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        db.Clock.Advance(TimeSpan.FromDays(1));
        var matters = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            matters.Add(await ScopeTests.AddMatterAsync(db, t.CountyA));
        }

        await using var s = db.Open(CallerScope.System());
        var log = s.ServiceProvider.GetRequiredService<AuditLog>();
        var dayTwo = new DateTime(2025, 9, 27, 0, 0, 0, DateTimeKind.Utc);

        var created = await log.QueryAsync(new AuditQuery(Action: "create", SubjectType: "Matter", PageSize: 2, Page: 2));
        Assert.Equal(5, created.Total);
        Assert.Equal([matters[2], matters[1]], created.Items.Select(e => Guid.Parse(e.SubjectId)));
        Assert.Equal(5, (await log.QueryAsync(new AuditQuery(FromUtc: dayTwo))).Total);
        Assert.Equal(7, (await log.QueryAsync(new AuditQuery(ToUtc: dayTwo))).Total);
        Assert.Equal(1, (await log.QueryAsync(new AuditQuery(SubjectId: matters[0].ToString()))).Total);
        Assert.Equal(0, (await log.QueryAsync(new AuditQuery(ActorId: Guid.NewGuid()))).Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_log_refuses_callers_without_the_audit_permission_and_bad_paging(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using (var s = db.Open(ScopeTests.CountyUser(db, t.CountyA, true, "clerk")))
        {
            var error = await Assert.ThrowsAsync<RuleViolation>(() => s.ServiceProvider.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery()));
            Assert.Equal(("permission", "audit.not-permitted"), (error.Field, error.Rule));
        }

        await using (var s = db.Open(CallerScope.System()))
        {
            var log = s.ServiceProvider.GetRequiredService<AuditLog>();
            Assert.Equal("pageSize", (await Assert.ThrowsAsync<RuleViolation>(() => log.QueryAsync(new AuditQuery(PageSize: 501)))).Field);
            Assert.Equal("page", (await Assert.ThrowsAsync<RuleViolation>(() => log.QueryAsync(new AuditQuery(Page: 0)))).Field);
            var reversed = await Assert.ThrowsAsync<RuleViolation>(() => log.QueryAsync(new AuditQuery(FromUtc: DateTime.UtcNow, ToUtc: DateTime.UtcNow.AddDays(-1))));
            Assert.Equal(("toUtc", "audit.date-range-reversed"), (reversed.Field, reversed.Rule));
        }
    }
}
