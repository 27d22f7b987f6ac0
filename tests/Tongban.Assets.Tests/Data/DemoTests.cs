using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Assets.Reports;
using Tongban.Assets.Stocktake;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Assets.Tests.Data;

public sealed class DemoTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_echoes_the_2011_composition_and_has_work_at_every_level_seed09_fig5_2(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        var orgs = new Dictionary<string, Guid>();
        await using (var s = t.System())
        {
            var tree = s.ServiceProvider.GetRequiredService<OrgTree>();
            orgs["central-finance"] = (await tree.CreateAsync(new NewOrg(null, OrgLevel.Central, OrgKind.FinanceDepartment, "财政部", "MoF", "110000"))).Id;
            orgs["province"] = (await tree.CreateAsync(new NewOrg(orgs["central-finance"], OrgLevel.Province, OrgKind.AdministrativeUnit, "浙江省人民政府", "Zhejiang", "330000"))).Id;
            await tree.CreateAsync(new NewOrg(orgs["province"], OrgLevel.Province, OrgKind.FinanceDepartment, "浙江省财政厅", "Finance", "330000"));
            orgs["prefecture"] = (await tree.CreateAsync(new NewOrg(orgs["province"], OrgLevel.Prefecture, OrgKind.AdministrativeUnit, "杭州市人民政府", "Hangzhou", "330100"))).Id;
            orgs["county"] = (await tree.CreateAsync(new NewOrg(orgs["prefecture"], OrgLevel.County, OrgKind.AdministrativeUnit, "西湖区人民政府", "Xihu", "330106"))).Id;
            var demo = new DemoContext(7, orgs);
            await new AssetsModule().SeedDemoAsync(s.ServiceProvider, demo, default);
            await new AssetsModule().SeedDemoAsync(s.ServiceProvider, demo, default);
        }

        await using var q = t.System();
        var db = q.ServiceProvider.GetRequiredService<AssetsDb>();
        Assert.InRange(await db.Cards.CountAsync(), 49_000, 50_000);
        var summary = await AssetQueries.CompositionAsync(db, orgs["province"], default);
        foreach (var (composition, share) in Demo.DemoCards.Shares)
        {
            var actual = (decimal)summary.Rows.Single(r => r.Composition == composition).TotalFen / summary.TotalFen;
            Assert.InRange(actual, share - 0.01m, share + 0.01m);
        }

        Assert.InRange((decimal)summary.LiabilitiesFen / summary.TotalFen, 0.25m, 0.45m);
        Assert.True((await AssetQueries.ByYearAsync(db, orgs["province"], 2025, default)).Count >= 10);
        var kernel = q.ServiceProvider.GetRequiredService<KernelDb>();
        var names = AssetWorkflows.All.Select(w => w.Name).ToList();
        var pending = await kernel.Matters.Where(m => names.Contains(m.Workflow) && !m.Closed).Select(m => m.OriginOrgId).Distinct().ToListAsync();
        var levels = await kernel.Orgs.Where(o => pending.Contains(o.Id)).Select(o => o.Level).Distinct().ToListAsync();
        Assert.Equal(4, levels.Count);
        Assert.Single(await db.Stocktakes.Where(p => p.Status == PlanStatus.Counting).ToListAsync());
        Assert.True(await db.Vehicles.CountAsync() >= 10);
        Assert.True(await db.Licences.AnyAsync());
        Assert.True(await db.Cards.AnyAsync(c => c.Status == AssetStatus.PendingDisposal));
    }
}
