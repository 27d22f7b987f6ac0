using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.People;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Records;
using Tongban.Pensions.Tests.Amounts;
using Tongban.Pensions.Transfers;
using Tongban.Testing;

namespace Tongban.Pensions.Tests.Data;

/// <summary>Issue 21 (1, 2, 6): a pensions grant opens its own department only, and national rates are set at the root.</summary>
public sealed class SplitGrantTests
{
    private static readonly RoleCatalog Roles = new(PensionsPermissions.Roles.Concat(KernelPermissions.Roles));

    private static CallerScope User(params Grant[] grants) => CallerScope.ForUser(Guid.NewGuid(), "split", grants, Roles);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_auditor_with_a_clerk_role_books_no_month_on_another_departments_person_scope_not_permitted(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        Guid theirs;
        await using (var system = world.AsSystem())
        {
            theirs = await system.ServiceProvider.GetRequiredService<RecordsService>().RegisterAsync(world.Person(3, new YearMonth(2019, 7)) with { MilitaryFinanceOrgId = world.OtherMilitary });
        }

        // An auditor over the whole tree, a clerk at one department, a read role (agency clerk) at the other.
        var split = User(
            new Grant { Role = KernelPermissions.AuditorRole, OrgId = world.Root, CoversDescendants = true },
            new Grant { Role = PensionsPermissions.MilitaryFinanceClerk, OrgId = world.Military },
            new Grant { Role = PensionsPermissions.AgencyClerk, OrgId = world.OtherMilitary });
        await using (var scope = world.Db.Open(split))
        {
            var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
            var mine = await records.RegisterAsync(world.Person(4, new YearMonth(2019, 7)));
            Assert.Equal(new[] { mine, theirs }.Order(), (await records.ListAsync()).Select(p => p.Id).Order());
            var refused = await Assert.ThrowsAsync<RuleViolation>(() => records.RecordContributionsAsync(theirs, TransferAmountTests.Months(2020, 1, 2, 3000m, 240m, 240m).ToList()));
            Assert.Equal("scope.not-permitted", refused.Rule);
            var elsewhere = await Assert.ThrowsAsync<RuleViolation>(() => records.RegisterAsync(world.Person(5, new YearMonth(2019, 7)) with { MilitaryFinanceOrgId = world.OtherMilitary }));
            Assert.Equal("pensions.org-out-of-scope", elsewhere.Rule);
        }

        // The auditor grant alone opens no pension record.
        await using (var scope = world.Db.Open(User(new Grant { Role = KernelPermissions.AuditorRole, OrgId = world.Root, CoversDescendants = true })))
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<RecordsService>().ListAsync());
        }

        await using (var system = world.AsSystem())
        {
            Assert.False(await system.ServiceProvider.GetRequiredService<PensionsDb>().Contributions.AnyAsync(c => c.PersonId == theirs));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_national_rate_of_a_year_is_set_only_with_the_permission_at_the_root_scope_not_permitted_at_root(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        await using (var scope = world.Db.Open(User(new Grant { Role = PensionsPermissions.RatesKeeper, OrgId = world.Military, CoversDescendants = true })))
        {
            var refused = await Assert.ThrowsAsync<RuleViolation>(() => scope.ServiceProvider.GetRequiredService<RatesService>().SetAsync(2026, 1.5m, "district notice"));
            Assert.Equal("scope.not-permitted-at-root", refused.Rule);
        }

        await using (var scope = world.Db.Open(User(new Grant { Role = PensionsPermissions.RatesKeeper, OrgId = world.Root, CoversDescendants = true })))
        {
            await scope.ServiceProvider.GetRequiredService<RatesService>().SetAsync(2026, 1.5m, "人社部 2026 年记账利率公告");
            Assert.Contains((await scope.ServiceProvider.GetRequiredService<RatesService>().LoadAsync()).All, r => r.Year == 2026);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_anonymous_progress_lookup_is_audited_found_or_not_and_limited_per_id_number_issue19_3(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        await using var scope = world.AsSystem();
        var transfers = scope.ServiceProvider.GetRequiredService<TransferService>();
        var id = PensionsWorld.IdNumber(8);
        for (var i = 0; i < AnonymousLookup.Limit; i++)
        {
            Assert.Null(await transfers.ProgressAsync(id, "ABCDEFGHJK"));
        }

        Assert.Equal("lookup.rate-limited", (await Assert.ThrowsAsync<RuleViolation>(() => transfers.ProgressAsync(id, "ABCDEFGHJK"))).Rule);
        var entries = await scope.ServiceProvider.GetRequiredService<PensionsDb>().AuditEntries.Where(a => a.Action == AnonymousLookup.Action).ToListAsync();
        Assert.Equal(AnonymousLookup.Limit, entries.Count);
        Assert.All(entries, e => Assert.DoesNotContain(id, e.SubjectId + e.Diff, StringComparison.Ordinal));
    }
}
