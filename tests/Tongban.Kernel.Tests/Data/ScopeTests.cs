using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Data;

public sealed class ScopeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_county_user_cannot_read_count_load_or_export_a_matter_of_another_county(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var (mine, township, theirs) = (await AddMatterAsync(db, t.CountyA), await AddMatterAsync(db, t.TownshipA), await AddMatterAsync(db, t.CountyB));

        await using var s = db.Open(CountyUser(db, t.CountyA, coversDescendants: true));
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        Assert.Equal(new[] { mine, township }.Order(), (await k.Matters.Select(m => m.Id).ToListAsync()).Order());
        Assert.Equal(2, await k.Matters.CountAsync());
        Assert.Equal(2L, await k.Matters.LongCountAsync(m => m.State == "open"));
        Assert.Null(await k.Matters.FindAsync(theirs));
        Assert.Null(await k.Matters.SingleOrDefaultAsync(m => m.Id == theirs));
        Assert.False(await k.Matters.AnyAsync(m => m.OrgId == t.CountyB));
        var exported = new List<Guid>();
        await foreach (var m in k.Matters.AsNoTracking().OrderBy(m => m.Reference).AsAsyncEnumerable())
        {
            exported.Add(m.Id);
        }

        Assert.DoesNotContain(theirs, exported);
        Assert.Equal(2, exported.Count);
        var perOrg = await k.Matters.GroupBy(m => m.OrgId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.DoesNotContain(perOrg, g => g.Key == t.CountyB);
        Assert.Empty(await k.MatterEvents.Where(e => e.MatterId == theirs).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_grant_without_descendants_covers_the_org_alone(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var mine = await AddMatterAsync(db, t.CountyA);
        await AddMatterAsync(db, t.TownshipA);

        await using var s = db.Open(CountyUser(db, t.CountyA, coversDescendants: false));
        Assert.Equal([mine], await s.ServiceProvider.GetRequiredService<KernelDb>().Matters.Select(m => m.Id).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_caller_without_grants_sees_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await AddMatterAsync(db, t.CountyA);

        await using var s = db.Open(CallerScope.Nobody);
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        Assert.Equal(0, await k.Matters.CountAsync());
        Assert.Equal(0, await k.AuditEntries.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_outside_the_callers_grants_is_refused_and_writes_nothing_not_even_audit(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var before = await CountsAsync(db);

        await using (var s = db.Open(CountyUser(db, t.CountyA, coversDescendants: true)))
        {
            var k = s.ServiceProvider.GetRequiredService<KernelDb>();
            k.Matters.Add(NewMatter(t.CountyA));
            k.Matters.Add(NewMatter(t.CountyB));
            var error = await Assert.ThrowsAsync<RuleViolation>(() => k.SaveChangesAsync());
            Assert.Equal(("orgId", "scope.outside-grants"), (error.Field, error.Rule));
        }

        Assert.Equal(before, await CountsAsync(db));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_row_of_another_county_cannot_be_pulled_into_the_callers_own_by_attaching_it(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var theirs = await AddMatterAsync(db, t.CountyB);
        var before = await CountsAsync(db);

        await using (var s = db.Open(CountyUser(db, t.CountyA, coversDescendants: true)))
        {
            var k = s.ServiceProvider.GetRequiredService<KernelDb>();
            var forged = NewMatter(t.CountyB);
            forged.Id = theirs;
            k.Matters.Attach(forged);
            forged.OrgId = t.CountyA;
            var error = await Assert.ThrowsAsync<RuleViolation>(() => k.SaveChangesAsync());
            Assert.Equal("scope.outside-grants", error.Rule);
        }

        Assert.Equal(before, await CountsAsync(db));
        await using (var s = db.Open(CallerScope.System()))
        {
            Assert.Equal(t.CountyB, (await s.ServiceProvider.GetRequiredService<KernelDb>().Matters.SingleAsync(m => m.Id == theirs)).OrgId);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_module_context_is_scoped_like_the_kernel(string provider)
    {
        await using var db = await CaseFileDb.CreateDatabaseAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var mine = new CaseFile { Id = Guid.NewGuid(), OrgId = t.TownshipA, Title = "mine" };
        var theirs = new CaseFile { Id = Guid.NewGuid(), OrgId = t.CountyB, Title = "theirs" };
        await using (var s = db.Open(CallerScope.System()))
        {
            var files = s.ServiceProvider.GetRequiredService<CaseFileDb>();
            files.CaseFiles.AddRange(mine, theirs);
            await files.SaveChangesAsync();
            Assert.Equal(2, await files.AuditEntries.CountAsync(a => a.SubjectType == nameof(CaseFile) && a.Action == "create"));
        }

        await using (var s = db.Open(CountyUser(db, t.CountyA, coversDescendants: true)))
        {
            var files = s.ServiceProvider.GetRequiredService<CaseFileDb>();
            Assert.Equal(1, await files.CaseFiles.CountAsync());
            Assert.Equal(["mine"], await files.CaseFiles.Select(f => f.Title).ToListAsync());
            Assert.Null(await files.CaseFiles.FindAsync(theirs.OrgId, theirs.Id));
            Assert.Null(await files.CaseFiles.SingleOrDefaultAsync(f => f.Id == theirs.Id));

            files.CaseFiles.Add(new CaseFile { Id = Guid.NewGuid(), OrgId = t.CountyB, Title = "smuggled" });
            var error = await Assert.ThrowsAsync<RuleViolation>(() => files.SaveChangesAsync());
            Assert.Equal("scope.outside-grants", error.Rule);
        }

        await using (var s = db.Open(CallerScope.System()))
        {
            Assert.Equal(2, await s.ServiceProvider.GetRequiredService<CaseFileDb>().CaseFiles.CountAsync());
        }
    }

    internal static CallerScope CountyUser(TestDatabase db, Guid orgId, bool coversDescendants, string role = TestDatabase.TestClerkRole) =>
        CallerScope.ForUser(
            Guid.NewGuid(),
            "county-user",
            [new Grant { Id = Guid.NewGuid(), Role = role, OrgId = orgId, CoversDescendants = coversDescendants }],
            db.Services.GetRequiredService<RoleCatalog>());

    internal static Matter NewMatter(Guid orgId) => new()
    {
        Id = Guid.CreateVersion7(),
        OrgId = orgId,
        Workflow = "test",
        Reference = "R-" + Guid.NewGuid().ToString("N")[..12],
        Title = "test matter",
        State = "open",
    };

    internal static async Task<Guid> AddMatterAsync(TestDatabase db, Guid orgId)
    {
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var matter = NewMatter(orgId);
        k.Matters.Add(matter);
        await k.SaveChangesAsync();
        return matter.Id;
    }

    private static async Task<(int Matters, int Audit)> CountsAsync(TestDatabase db)
    {
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        return (await k.Matters.CountAsync(), await k.AuditEntries.CountAsync());
    }
}
