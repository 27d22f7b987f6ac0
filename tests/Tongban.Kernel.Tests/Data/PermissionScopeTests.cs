using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Data;

/// <summary>Issue 21 (1): a grant counts only for the permissions its role carries.</summary>
public sealed class PermissionScopeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rows_are_scoped_by_the_contexts_view_permission_not_by_every_grant_scope_outside_grants(string provider)
    {
        await using var db = await CaseFileDb.CreateDatabaseAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var a = new CaseFile { Id = Guid.NewGuid(), OrgId = t.CountyA, Title = "a" };
        var b = new CaseFile { Id = Guid.NewGuid(), OrgId = t.CountyB, Title = "b" };
        await using (var s = db.Open(CallerScope.System()))
        {
            var files = s.ServiceProvider.GetRequiredService<CaseFileDb>();
            files.CaseFiles.AddRange(a, b);
            await files.SaveChangesAsync();
        }

        // An auditor at the province (no test.view) and a clerk (test.view) at county B only.
        var roles = db.Services.GetRequiredService<RoleCatalog>();
        var split = CallerScope.ForUser(
            Guid.NewGuid(),
            "split",
            [
                new Grant { Role = KernelPermissions.AuditorRole, OrgId = t.Province, CoversDescendants = true },
                new Grant { Role = TestDatabase.TestClerkRole, OrgId = t.CountyB, CoversDescendants = true },
            ],
            roles);
        await using (var s = db.Open(split))
        {
            var files = s.ServiceProvider.GetRequiredService<CaseFileDb>();
            Assert.Equal(["b"], await files.CaseFiles.Select(f => f.Title).ToListAsync());
            Assert.False(await OrgScope.HasPermissionAtAsync(files.OrgClosures, split, "test.view", t.CountyA, default));
            Assert.True(await OrgScope.HasPermissionAtAsync(files.OrgClosures, split, "test.view", t.CountyB, default));
            var refused = await Assert.ThrowsAsync<RuleViolation>(() => OrgScope.RequirePermissionAtAsync(files.OrgClosures, split, "test.view", t.CountyA, default));
            Assert.Equal("scope.not-permitted", refused.Rule);

            files.CaseFiles.Add(new CaseFile { Id = Guid.NewGuid(), OrgId = t.CountyA, Title = "smuggled" });
            Assert.Equal("scope.outside-grants", (await Assert.ThrowsAsync<RuleViolation>(() => files.SaveChangesAsync())).Rule);
        }

        // The per-permission lists are computed once per scope.
        Assert.Same(split.For("test.view"), split.For("test.view"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_national_setting_needs_the_permission_at_the_root_scope_not_permitted_at_root(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var roles = db.Services.GetRequiredService<RoleCatalog>();
        await using var s = db.Open(CallerScope.System());
        var closures = s.ServiceProvider.GetRequiredService<KernelDb>().OrgClosures;
        var district = CallerScope.ForUser(Guid.NewGuid(), "d", [new Grant { Role = TestDatabase.TestClerkRole, OrgId = t.CountyA, CoversDescendants = true }], roles);
        var root = CallerScope.ForUser(Guid.NewGuid(), "r", [new Grant { Role = TestDatabase.TestClerkRole, OrgId = t.Central, CoversDescendants = true }], roles);
        Assert.Equal("scope.not-permitted-at-root", (await Assert.ThrowsAsync<RuleViolation>(() => OrgScope.RequirePermissionAtRootAsync(closures, district, "test.view", default))).Rule);
        await OrgScope.RequirePermissionAtRootAsync(closures, root, "test.view", default);
    }
}
