using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Assets.Disposal;
using Tongban.Assets.Software;
using Tongban.Assets.Stocktake;
using Tongban.Assets.Vehicles;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;

namespace Tongban.Assets.Demo;

/// <summary>
/// The assets demo on top of the demo world: competent departments and their units at province,
/// prefecture, county and township level, about 50,000 cards whose values echo the text's 2011
/// composition (40.3 / 50.2 / 1.8 / 0.5 / 7.2 %, Figure 5.2), year-end history for Figure 5.1, the
/// 2004 routing example, pending approvals at each level, a count in progress, vehicles and software.
/// Deterministic for a seed; a second call changes nothing.
/// </summary>
internal static class AssetsDemo
{
    public const int DefaultCards = 50_000;

    public static async Task SeedAsync(IServiceProvider services, DemoContext demo, CancellationToken ct)
    {
        var db = services.GetRequiredService<AssetsDb>();
        if (!demo.Orgs.ContainsKey("province") || await db.Cards.AnyAsync(ct))
        {
            return;
        }

        var kernel = services.GetRequiredService<KernelDb>();
        var plan = DemoOrgs.Plan(demo);
        await services.GetRequiredService<OrgTree>().ImportAsync(plan.Nodes, null, ct);
        var routing = services.GetRequiredService<RoutingSettings>();
        var root = demo.Orgs.TryGetValue("central-finance", out var central) ? central : demo.Orgs["province"];
        foreach (var workflow in AssetWorkflows.All)
        {
            if ((await routing.ListAsync(root, workflow.Name, ct)).Count == 0)
            {
                await routing.SeedExampleAsync(root, workflow.Name, ct);
            }
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var today = ChinaTime.Today(clock);
        var units = plan.Units;
        await DemoCards.WriteAsync(db, units, DefaultCards, demo.Seed, today, ct);
        await DemoCards.WriteHistoryAsync(db, units, demo.Seed, today, ct);
        await SeedActivityAsync(services, plan, demo, today, ct);
    }

    /// <summary>Pending approvals at each level, a count in progress, vehicles and software.</summary>
    private static async Task SeedActivityAsync(IServiceProvider services, DemoOrgPlan plan, DemoContext demo, DateOnly today, CancellationToken ct)
    {
        var db = services.GetRequiredService<AssetsDb>();
        var allocation = services.GetRequiredService<AllocationService>();
        var disposal = services.GetRequiredService<DisposalService>();
        var random = new Random(demo.Seed + 9);
        foreach (var level in new[] { OrgLevel.Province, OrgLevel.Prefecture, OrgLevel.County, OrgLevel.Township })
        {
            var unit = plan.Units.First(u => u.Level == level);
            await allocation.RequestAsync(new NewAllocation(unit.Id, "desktop", "201", "台式计算机", 10, 4_800_00, "2025年度资产配置预算", "更新超期服役计算机") { Id = demo.IdFor($"assets:allocation:{level}:desktop") }, ct);
            await allocation.RequestAsync(new NewAllocation(unit.Id, null, "320", "彩色多普勒超声诊断仪", 1, 1_250_000_00, "2025年度专项设备预算", "业务用房配套设备") { Id = demo.IdFor($"assets:allocation:{level}:ultrasound") }, ct);
            var old = await db.Cards
                .Where(c => c.OrgId == unit.Id && c.Composition == Composition.Fixed && c.Status == AssetStatus.InUse && c.AccumulatedFen == c.OriginalValueFen)
                .OrderBy(c => c.Code).Select(c => c.Id).Take(3).ToListAsync(ct);
            if (old.Count > 0)
            {
                await disposal.RequestAsync(new NewDisposal(unit.Id, old, DisposalKind.LossAndScrapping,
                    [DisposalDocument.Application, DisposalDocument.AssetList, DisposalDocument.OwnershipProof, DisposalDocument.TechnicalAppraisal, DisposalDocument.LossEvidence],
                    "已提足折旧且无法修复")
                { Id = demo.IdFor($"assets:disposal:{level}") }, ct);
            }
        }

        var counting = plan.Units.First(u => u.Level == OrgLevel.County);
        var stocktake = services.GetRequiredService<StocktakeService>();
        var count = await stocktake.PlanAsync(counting.Id, $"{today.Year}年度资产清查", null, ct);
        var lines = await stocktake.LinesAsync(count.Id, ct);
        foreach (var line in lines.Take(Math.Max(1, lines.Count * 2 / 3)))
        {
            await stocktake.ScanAsync(count.Id, line.Code, line.BookLocation, random.Next(10) == 0 ? "待核实" : line.BookCustodian, ct);
        }

        await stocktake.ScanAsync(count.Id, "ZC-UNBOOKED-0001", "库房", "", ct);

        var vehicles = services.GetRequiredService<VehicleService>();
        var models = new[] { ("大众帕萨特 1.4T", 1395, 175_000_00L), ("丰田卡罗拉 1.5L", 1490, 120_000_00L), ("比亚迪秦 PLUS", 1498, 110_000_00L), ("红旗H5 1.5T", 1498, 158_000_00L) };
        var plate = 0;
        foreach (var unit in plan.Units.Where(u => u.Kind == OrgKind.AdministrativeUnit).Take(10))
        {
            await vehicles.SetQuotaAsync(unit.Id, VehicleCategory.GeneralOfficial, 2, ct);
            await vehicles.SetQuotaAsync(unit.Id, VehicleCategory.LawEnforcement, 1, ct);
            for (var i = 0; i < 2; i++)
            {
                var (model, ml, price) = models[random.Next(models.Length)];
                var v = await vehicles.RegisterAsync(new NewVehicle(unit.Id, $"浙A{10000 + ++plate}", model, i == 0 ? VehicleCategory.GeneralOfficial : VehicleCategory.LawEnforcement, ml, price, today.AddDays(-random.Next(30, 2500))), ct);
                foreach (var kind in new[] { RunningCostKind.Fuel, RunningCostKind.Repairs, RunningCostKind.Insurance, RunningCostKind.Tolls })
                {
                    await vehicles.AddCostAsync(v.Id, today.AddDays(-random.Next(1, 200)), kind, random.Next(500, 9_000) * 100L, ct);
                }
            }
        }

        var software = services.GetRequiredService<SoftwareService>();
        foreach (var unit in plan.Units.Take(6))
        {
            var os = await software.AddLicenceAsync(unit.Id, "麒麟桌面操作系统 V10", "麒麟软件", 20, today.AddDays(random.Next(-30, 400)), 20 * 800_00L, ct);
            var office = await software.AddLicenceAsync(unit.Id, "WPS Office 专业版", "金山办公", 15, today.AddDays(random.Next(20, 120)), 15 * 400_00L, ct);
            for (var i = 0; i < 18; i++)
            {
                await software.InstallAsync(os.Id, $"PC-{i + 1:000}", today.AddDays(-random.Next(1, 300)), ct);
                await software.InstallAsync(office.Id, $"PC-{i + 1:000}", today.AddDays(-random.Next(1, 300)), ct);
            }
        }
    }
}
