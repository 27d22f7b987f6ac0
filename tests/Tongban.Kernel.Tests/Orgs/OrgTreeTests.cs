using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Orgs;

public sealed class OrgTreeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Creating_nodes_builds_an_exact_closure_and_depths(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using var s = db.Open(CallerScope.System());
        var tree = s.ServiceProvider.GetRequiredService<OrgTree>();

        await AssertTreeConsistentAsync(s.ServiceProvider.GetRequiredService<KernelDb>());
        Assert.Equal(4, await tree.Descendants(t.Prefecture, includeSelf: true).CountAsync());
        Assert.Equal(3, await tree.Descendants(t.Prefecture, includeSelf: false).CountAsync());
        Assert.Equal([t.Central, t.Province, t.Prefecture, t.CountyA], (await tree.AncestorsAsync(t.TownshipA, default)).Select(o => o.Id));
        Assert.Equal([t.Central], (await tree.ChildrenAsync(null, default)).Select(o => o.Id));
        Assert.Equal([t.CountyA, t.CountyB], (await tree.ChildrenAsync(t.Prefecture, default)).Select(o => o.Id));
        Assert.Equal(4, (await tree.FindAsync(t.TownshipA, default))!.Depth);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Moving_a_subtree_rewires_its_closure_and_depths(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using (var s = db.Open(CallerScope.System()))
        {
            await s.ServiceProvider.GetRequiredService<OrgTree>().MoveAsync(t.CountyA, t.OtherPrefecture, default);
        }

        await using (var s = db.Open(CallerScope.System()))
        {
            var tree = s.ServiceProvider.GetRequiredService<OrgTree>();
            await AssertTreeConsistentAsync(s.ServiceProvider.GetRequiredService<KernelDb>());
            Assert.Equal([t.CountyB], await tree.Descendants(t.Prefecture, false).Select(o => o.Id).ToListAsync());
            Assert.Equal(
                new[] { t.CountyA, t.TownshipA }.Order(),
                (await tree.Descendants(t.OtherPrefecture, false).Select(o => o.Id).ToListAsync()).Order());
            Assert.Equal([t.Central, t.Province, t.OtherPrefecture, t.CountyA], (await tree.AncestorsAsync(t.TownshipA, default)).Select(o => o.Id));
            Assert.Equal(t.OtherPrefecture, (await tree.FindAsync(t.CountyA, default))!.ParentId);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Moving_a_subtree_up_a_level_lowers_every_depth_under_it(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using (var s = db.Open(CallerScope.System()))
        {
            var tree = s.ServiceProvider.GetRequiredService<OrgTree>();
            await tree.MoveAsync(t.CountyA, t.Province, default);
        }

        await using (var s = db.Open(CallerScope.System()))
        {
            var tree = s.ServiceProvider.GetRequiredService<OrgTree>();
            await AssertTreeConsistentAsync(s.ServiceProvider.GetRequiredService<KernelDb>());
            Assert.Equal(3, (await tree.FindAsync(t.TownshipA, default))!.Depth);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Moving_a_node_under_its_own_descendant_is_refused_and_changes_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var before = await SnapshotAsync(k);

        var error = await Assert.ThrowsAsync<RuleViolation>(() => s.ServiceProvider.GetRequiredService<OrgTree>().MoveAsync(t.Prefecture, t.TownshipA, default));
        Assert.Equal(("newParentId", "orgs.move-under-itself"), (error.Field, error.Rule));
        var self = await Assert.ThrowsAsync<RuleViolation>(() => s.ServiceProvider.GetRequiredService<OrgTree>().MoveAsync(t.Prefecture, t.Prefecture, default));
        Assert.Equal("orgs.move-under-itself", self.Rule);
        Assert.Equal(before, await SnapshotAsync(k));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Moving_a_prefecture_under_a_county_is_refused_by_level(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var before = await SnapshotAsync(k);

        var error = await Assert.ThrowsAsync<RuleViolation>(() => s.ServiceProvider.GetRequiredService<OrgTree>().MoveAsync(t.OtherPrefecture, t.CountyA, default));
        Assert.Equal(("newParentId", "orgs.level-above-parent"), (error.Field, error.Rule));
        Assert.Equal(before, await SnapshotAsync(k));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_names_the_field_and_writes_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var tree = s.ServiceProvider.GetRequiredService<OrgTree>();
        var before = await SnapshotAsync(k);

        var cases = new (NewOrg Input, string Field, string Rule)[]
        {
            (new NewOrg(t.CountyA, OrgLevel.Township, OrgKind.School, "某小学", "A school", "33010"), "divisionCode", "orgs.division-code-shape"),
            (new NewOrg(t.CountyA, OrgLevel.Township, OrgKind.School, " ", "A school", "330102"), "nameZh", "orgs.name-required"),
            (new NewOrg(t.CountyA, OrgLevel.Township, OrgKind.School, "某小学", new string('x', 201), "330102"), "nameEn", "orgs.name-too-long"),
            (new NewOrg(t.CountyA, OrgLevel.Province, OrgKind.School, "某小学", "A school", "330102"), "level", "orgs.level-above-parent"),
            (new NewOrg(Guid.NewGuid(), OrgLevel.Township, OrgKind.School, "某小学", "A school", "330102"), "parentId", "orgs.parent-not-found"),
            (new NewOrg(t.CountyA, OrgLevel.Township, OrgKind.School, "某小学", "A school", "330102", t.CountyB), "id", "orgs.id-taken"),
        };
        foreach (var (input, field, rule) in cases)
        {
            var error = await Assert.ThrowsAsync<RuleViolation>(() => tree.CreateAsync(input, default));
            Assert.Equal((field, rule), (error.Field, error.Rule));
        }

        var rename = await Assert.ThrowsAsync<RuleViolation>(() => tree.RenameAsync(t.CountyA, "", "Shangcheng", default));
        Assert.Equal(("nameZh", "orgs.name-required"), (rename.Field, rename.Rule));
        Assert.Equal(before, await SnapshotAsync(k));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Renaming_is_audited_with_the_field_diff(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using var s = db.Open(CallerScope.System("admin"));
        await s.ServiceProvider.GetRequiredService<OrgTree>().RenameAsync(t.CountyB, "拱墅区财政局（新）", "Gongshu Finance Bureau (new)", default);

        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var entry = await k.AuditEntries.OrderByDescending(a => a.Seq).FirstAsync();
        Assert.Equal(("update", nameof(OrgNode), t.CountyB.ToString(), t.CountyB, "admin"), (entry.Action, entry.SubjectType, entry.SubjectId, entry.OrgId, entry.ActorName));
        Assert.Contains("\"NameZh\":[\"拱墅区财政局\",\"拱墅区财政局（新）\"]", System.Text.RegularExpressions.Regex.Unescape(entry.Diff), StringComparison.Ordinal);
        Assert.Equal("拱墅区财政局（新）", (await s.ServiceProvider.GetRequiredService<OrgTree>().FindAsync(t.CountyB, default))!.NameZh);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Archiving_is_refused_while_live_children_remain_and_closes_the_node_to_new_children(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using var s = db.Open(CallerScope.System());
        var tree = s.ServiceProvider.GetRequiredService<OrgTree>();

        var refused = await Assert.ThrowsAsync<RuleViolation>(() => tree.ArchiveAsync(t.CountyA, default));
        Assert.Equal(("id", "orgs.archive-live-children"), (refused.Field, refused.Rule));
        Assert.False((await tree.FindAsync(t.CountyA, default))!.Archived);

        await tree.ArchiveAsync(t.TownshipA, default);
        await tree.ArchiveAsync(t.CountyA, default);
        Assert.True((await tree.FindAsync(t.CountyA, default))!.Archived);

        var under = await Assert.ThrowsAsync<RuleViolation>(() =>
            tree.CreateAsync(new NewOrg(t.CountyA, OrgLevel.Township, OrgKind.School, "某小学", "A school", "330102"), default));
        Assert.Equal(("parentId", "orgs.parent-archived"), (under.Field, under.Rule));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_county_administrator_manages_only_their_own_subtree(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var grant = new Grant { Id = Guid.NewGuid(), Role = KernelPermissions.AdministratorRole, OrgId = t.CountyA, CoversDescendants = true };
        var roles = db.Services.GetRequiredService<RoleCatalog>();
        await using var s = db.Open(CallerScope.ForUser(Guid.NewGuid(), "county-a-admin", [grant], roles));
        var tree = s.ServiceProvider.GetRequiredService<OrgTree>();

        var school = await tree.CreateAsync(new NewOrg(t.CountyA, OrgLevel.Township, OrgKind.School, "清波小学", "Qingbo Primary School", "330102"), default);
        Assert.Equal(t.CountyA, school.ParentId);

        var error = await Assert.ThrowsAsync<RuleViolation>(() =>
            tree.CreateAsync(new NewOrg(t.CountyB, OrgLevel.Township, OrgKind.School, "某小学", "A school", "330105"), default));
        Assert.Equal(("parentId", "orgs.not-permitted"), (error.Field, error.Rule));
        var rename = await Assert.ThrowsAsync<RuleViolation>(() => tree.RenameAsync(t.CountyB, "x", "x", default));
        Assert.Equal(("id", "orgs.not-permitted"), (rename.Field, rename.Rule));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_refuses_a_batch_with_one_bad_row_and_writes_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var before = await SnapshotAsync(k);
        var school = Guid.NewGuid();
        var batch = new[]
        {
            new NewOrg(t.CountyA, OrgLevel.Township, OrgKind.School, "清波小学", "Qingbo Primary School", "330102", school),
            new NewOrg(school, OrgLevel.Township, OrgKind.Other, "食堂", "Canteen", "330102"),
            new NewOrg(t.CountyB, OrgLevel.Prefecture, OrgKind.School, "某学校", "A school", "330105"),
        };

        var error = await Assert.ThrowsAsync<RuleViolation>(() => s.ServiceProvider.GetRequiredService<OrgTree>().ImportAsync(batch, null, default));
        Assert.Equal(("row 3, level", "orgs.level-above-parent"), (error.Field, error.Rule));
        Assert.Equal(before, await SnapshotAsync(k));
    }

    /// <summary>The closure holds exactly the pairs the parent links imply, and each depth is the distance to the root.</summary>
    internal static async Task AssertTreeConsistentAsync(KernelDb k)
    {
        var nodes = await k.Orgs.AsNoTracking().ToDictionaryAsync(o => o.Id);
        var expected = new HashSet<(Guid, Guid, int)>();
        foreach (var node in nodes.Values)
        {
            var distance = 0;
            for (Guid? at = node.Id; at is { } id; at = nodes[id].ParentId)
            {
                expected.Add((id, node.Id, distance++));
            }

            Assert.Equal(distance - 1, node.Depth);
        }

        var actual = (await k.OrgClosures.AsNoTracking().ToListAsync()).Select(c => (c.AncestorId, c.DescendantId, c.Distance)).ToHashSet();
        Assert.True(expected.SetEquals(actual), $"closure has {actual.Count} rows, the parent links imply {expected.Count}");
    }

    internal static async Task<(int Orgs, int Closure, int Audit, string Names)> SnapshotAsync(KernelDb k) =>
        (await k.Orgs.CountAsync(),
         await k.OrgClosures.CountAsync(),
         await k.AuditEntries.IgnoreQueryFilters().CountAsync(),
         string.Join("|", (await k.Orgs.AsNoTracking().OrderBy(o => o.Id).ToListAsync()).Select(o => $"{o.NameZh}/{o.ParentId}/{o.Depth}/{o.Archived}")));
}
