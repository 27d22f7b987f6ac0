using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Kernel.Errors;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Assets.Tests.Data;

/// <summary>Issue 21 (1): a grant of another module, or an asset view grant elsewhere, opens no asset card here.</summary>
public sealed class SplitGrantTests
{
    private static readonly RoleCatalog Roles = new([
        .. AssetsPermissions.Roles,
        .. KernelPermissions.Roles,
        new RoleDefinition("juvenile.school", "学校", "School", ["juvenile.view", "juvenile.cases.record"]),
    ]);

    private static NewCard Computer(Guid org) =>
        new(org, "台式计算机", "201", Composition.Fixed, 600000, new DateOnly(2025, 3, 10), Custodian: "王伟", Location: "综合楼101");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_modules_grant_and_a_view_grant_elsewhere_open_no_card_here_assets_not_permitted(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        AssetCard theirs;
        AssetCard mine;
        await using (var s = t.System())
        {
            var registry = s.ServiceProvider.GetRequiredService<CardRegistry>();
            theirs = await registry.RegisterAsync(Computer(t.Institution));
            mine = await registry.RegisterAsync(Computer(t.AdminUnit));
        }

        // A juvenile grant over the institution and an officer (view, approve) at the admin unit only.
        var id = Guid.NewGuid();
        var split = CallerScope.ForUser(
            id,
            "split",
            [
                new Grant { UserId = id, Role = "juvenile.school", OrgId = t.Institution, CoversDescendants = true },
                new Grant { UserId = id, Role = AssetWorkflows.OfficerRole, OrgId = t.AdminUnit, CoversDescendants = true },
            ],
            Roles);
        await using var u = t.Db.Open(split);
        var cards = u.ServiceProvider.GetRequiredService<CardRegistry>();
        Assert.Null(await cards.FindAsync(theirs.Id));
        Assert.NotNull(await cards.FindAsync(mine.Id));
        Assert.Equal([mine.Id], (await cards.ListAsync(null, null, 0, 50)).Select(c => c.Id));

        // Viewing is not managing: the officer's grant writes nothing on the card it sees.
        var refused = await Assert.ThrowsAsync<RuleViolation>(() => cards.RecordPropertyRightAsync(mine.Id, "浙(2025)杭州市不动产权第0000001号"));
        Assert.Equal("assets.not-permitted", refused.Rule);
    }
}
