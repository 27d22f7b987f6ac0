using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Demo;
using Tongban.Epidemic.Management;
using Tongban.Epidemic.People;
using Tongban.Epidemic.Policy;
using Tongban.Kernel.Errors;
using Tongban.Kernel.People;
using Tongban.Testing;
using static Tongban.Epidemic.Tests.Rules.Times;

namespace Tongban.Epidemic.Tests.Data;

/// <summary>Issue 21 (1, 2, 6): a bulletin grant in one district and a CDC grant in another; the city's policy book at the root.</summary>
public sealed class SplitGrantTests
{
    private static readonly RoleCatalog Roles = new(EpidemicPermissions.Roles.Concat(KernelPermissions.Roles));

    private static CallerScope User(params Grant[] grants) => CallerScope.ForUser(Guid.NewGuid(), "split", grants, Roles);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bulletin_grant_here_and_a_cdc_grant_elsewhere_read_no_health_data_and_write_nothing_here_scope_not_permitted(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        Guid person;
        Guid someCase;
        await using (var s = t.System())
        {
            await Seed04Demo.SeedAsync(s.ServiceProvider.GetRequiredService<CaseRegistry>(), default);
            person = (await s.ServiceProvider.GetRequiredService<FollowUp>().RegisterAsync(new PersonInput(ManagementKind.Arrival, "张三", Bj("2022-10-30T08:00"), "110105"), default)).Id;
            someCase = await s.ServiceProvider.GetRequiredService<EpidemicDb>().Cases.Where(c => c.DistrictCode == "110105").Select(c => c.Id).FirstAsync();
        }

        var split = User(
            new Grant { Role = "epidemic.bulletin-desk", OrgId = t.Orgs["110105"], CoversDescendants = true },
            new Grant { Role = "epidemic.cdc", OrgId = t.Orgs["110118"], CoversDescendants = true });
        await using var u = t.Db.Open(split);
        var registry = u.ServiceProvider.GetRequiredService<CaseRegistry>();
        var followUp = u.ServiceProvider.GetRequiredService<FollowUp>();

        // The bulletin desk's view lists the district's cases, but opens no health data and records nothing there.
        Assert.Null(await registry.ReadAsync(someCase, "核对通报口径", default));
        Assert.Null(await followUp.ReadAsync(person, "核对通报口径", default));
        var write = await Assert.ThrowsAsync<RuleViolation>(() => registry.RegisterAsync(
            new CaseInput(CaseClass.Confirmed, CaseOrigin.Local, FoundBy.SocialScreening, "110105", Seed04Cases.Date), default));
        Assert.Equal("scope.not-permitted", write.Rule);
        var test = await Assert.ThrowsAsync<RuleViolation>(() => followUp.RecordTestAsync(person, Bj("2022-10-30T10:00"), TestOutcome.Negative, null, default));
        Assert.Equal("scope.not-permitted", test.Rule);
        var register = await Assert.ThrowsAsync<RuleViolation>(() => followUp.RegisterAsync(new PersonInput(ManagementKind.Arrival, "李四", Bj("2022-10-30T08:00"), "110105"), default));
        Assert.Equal("scope.not-permitted", register.Rule);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_policy_book_is_written_and_retired_only_at_the_root_and_not_dated_years_ahead_scope_not_permitted_at_root(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        var policy = EpidemicPolicy.Seed04 with { EffectiveFrom = new DateOnly(2022, 12, 7), Source = "新十条" };
        await using (var s = t.Db.Open(User(new Grant { Role = "epidemic.policy", OrgId = t.Orgs["110105"], CoversDescendants = true })))
        {
            var refused = await Assert.ThrowsAsync<RuleViolation>(() => s.ServiceProvider.GetRequiredService<PolicyStore>().AddAsync(policy, default));
            Assert.Equal("scope.not-permitted-at-root", refused.Rule);
        }

        await using (var s = t.Db.Open(User(new Grant { Role = "epidemic.policy", OrgId = t.Orgs["110000"], CoversDescendants = true })))
        {
            var store = s.ServiceProvider.GetRequiredService<PolicyStore>();
            var far = await Assert.ThrowsAsync<RuleViolation>(() => store.AddAsync(policy with { EffectiveFrom = new DateOnly(2099, 1, 1) }, default));
            Assert.Equal("epidemic.policy.too-far-ahead", far.Rule);
            await store.AddAsync(policy, default);
            var id = await s.ServiceProvider.GetRequiredService<EpidemicDb>().Policies.Select(p => p.Id).SingleAsync();
            await store.RetireAsync(id, default);
            Assert.Empty(await s.ServiceProvider.GetRequiredService<EpidemicDb>().Policies.ToListAsync());
            await using var audit = t.System();
            Assert.True(await audit.ServiceProvider.GetRequiredService<EpidemicDb>().AuditEntries.AnyAsync(a => a.Action == "delete" && a.SubjectId == id.ToString()));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_line_list_export_writes_one_entry_with_its_filter_and_row_count_issue21_6(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using (var s = t.System())
        {
            await Seed04Demo.SeedAsync(s.ServiceProvider.GetRequiredService<CaseRegistry>(), default);
        }

        var userId = Guid.NewGuid();
        await using var u = t.Db.Open(CallerScope.ForUser(userId, "cdc", [new Grant { Role = "epidemic.cdc", OrgId = t.Orgs["110117"], CoversDescendants = true }], Roles));
        var rows = 0;
        await foreach (var row in u.ServiceProvider.GetRequiredService<LineList>().StreamAsync(new CaseQuery(), default))
        {
            rows++;
        }

        await using var audit = t.System();
        var entry = await audit.ServiceProvider.GetRequiredService<EpidemicDb>().AuditEntries.SingleAsync(a => a.ActorId == userId && a.SubjectType == "epidemic.case.export");
        Assert.Equal(5, rows);
        Assert.Contains("\"rows\":5", entry.Diff, StringComparison.Ordinal);
    }
}
