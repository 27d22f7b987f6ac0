using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Assets.Disposal;
using Tongban.Assets.Stocktake;
using Tongban.Assets.Use;
using Tongban.Assets.Vehicles;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Testing;

namespace Tongban.Assets.Tests.Data;

public sealed class LifecycleTests
{
    private static NewCard Computer(Guid org, DateOnly? on = null, long fen = 600000) =>
        new(org, "台式计算机", "201", Composition.Fixed, fen, on ?? new DateOnly(2025, 3, 10), Custodian: "王伟", Location: "综合楼101");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_request_under_200000_is_approved_by_the_competent_department_then_becomes_cards_seed09_fig5_3(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        AllocationOutcome outcome;
        await using (var clerk = t.Clerk(t.AdminUnit))
        {
            outcome = await clerk.ServiceProvider.GetRequiredService<AllocationService>()
                .RequestAsync(new NewAllocation(t.AdminUnit, "desktop", "201", "台式计算机", 2, 4_800_00, "2025年资产配置预算"));
        }

        Assert.True(outcome.Request.GovernmentProcurement);
        Assert.Equal(t.Competent, outcome.Matter!.HeldBy);
        Assert.Equal(RoutingSettings.ExampleUnderCode, outcome.Matter.RoutedBy);

        await using (var officer = t.Officer())
        {
            var decided = await officer.ServiceProvider.GetRequiredService<AllocationService>().DecideAsync(outcome.Request.Id, "approve", "同意");
            Assert.Equal(RequestStatus.Approved, decided.Status);
        }

        await using var again = t.Clerk(t.AdminUnit);
        var cards = await again.ServiceProvider.GetRequiredService<AllocationService>().FulfilAsync(outcome.Request.Id, new DateOnly(2025, 9, 20), "王伟", "综合楼101");
        Assert.Equal(2, cards.Count);
        Assert.All(cards, c => Assert.Equal(72, c.LifeMonths));
        var history = await again.ServiceProvider.GetRequiredService<CardRegistry>().HistoryAsync(cards[0].Id);
        Assert.Equal("added", Assert.Single(history).Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_request_of_200000_or_more_goes_to_the_finance_department_and_records_the_rule_2004_example(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.Institution);
        var outcome = await clerk.ServiceProvider.GetRequiredService<AllocationService>()
            .RequestAsync(new NewAllocation(t.Institution, null, "320", "超声诊断仪", 1, 250_000_00, "专项设备预算"));
        Assert.Equal(t.Finance, outcome.Matter!.HeldBy);
        Assert.Equal(RoutingSettings.ExampleFromCode, outcome.Matter.RoutedBy);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_request_above_the_standard_is_refused_and_nothing_is_written_seed09_allocation(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var e = await Assert.ThrowsAsync<RuleViolation>(() => clerk.ServiceProvider.GetRequiredService<AllocationService>()
            .RequestAsync(new NewAllocation(t.AdminUnit, "desktop", "201", "台式计算机", 1, 9_000_00, "预算")));
        Assert.Equal(("unitPrice", "assets.allocation.above-standard"), (e.Field, e.Rule));
        Assert.Equal(0, await clerk.ServiceProvider.GetRequiredService<KernelDb>().Matters.IgnoreQueryFilters().CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_request_shows_idle_assets_of_the_class_in_the_jurisdiction_seed09_adjustment(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using (var other = t.Clerk(t.Institution))
        {
            var registry = other.ServiceProvider.GetRequiredService<CardRegistry>();
            var spare = await registry.RegisterAsync(Computer(t.Institution));
            await registry.SetStatusAsync(spare.Id, AssetStatus.Idle, "闲置");
        }

        await using var clerk = t.Clerk(t.AdminUnit);
        var outcome = await clerk.ServiceProvider.GetRequiredService<AllocationService>()
            .RequestAsync(new NewAllocation(t.AdminUnit, "desktop", "201", "台式计算机", 1, 4_000_00, "预算"));
        var spareCard = Assert.Single(outcome.Spares);
        Assert.Equal(1, outcome.Request.SpareSeen);
        Assert.Equal("assets.card.unknown", (await Assert.ThrowsAsync<RuleViolation>(() => clerk.ServiceProvider.GetRequiredService<CardRegistry>().AdjustAsync(spareCard.Id, t.AdminUnit))).Rule);
        await using var officer = t.Officer();
        var adjusted = await officer.ServiceProvider.GetRequiredService<CardRegistry>().AdjustAsync(spareCard.Id, t.AdminUnit);
        Assert.Equal((t.AdminUnit, AcquisitionWay.Adjustment), (adjusted.OrgId, adjusted.AcquisitionWay));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_approved_sale_disposes_the_card_books_two_lines_proceeds_and_a_second_disposal_is_refused_seed09_disposal(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        AssetCard card;
        DisposalRequest request;
        await using (var clerk = t.Clerk(t.AdminUnit))
        {
            card = await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(Computer(t.AdminUnit));
            var documents = DisposalRules.RequiredDocuments(DisposalKind.Sale);
            request = await clerk.ServiceProvider.GetRequiredService<DisposalService>()
                .RequestAsync(new NewDisposal(t.AdminUnit, [card.Id], DisposalKind.Sale, [.. documents], "更新换代", 1_000_00, EarlyReason: "办公需要更新换代"));
        }

        await using (var officer = t.Officer())
        {
            var decided = await officer.ServiceProvider.GetRequiredService<DisposalService>().DecideAsync(request.Id, "approve", "同意出售");
            Assert.Equal(RequestStatus.Approved, decided.Status);
        }

        await using var after = t.Clerk(t.AdminUnit);
        var db = after.ServiceProvider.GetRequiredService<AssetsDb>();
        var stored = await db.Cards.SingleAsync(c => c.Id == card.Id);
        Assert.Equal(AssetStatus.Disposed, stored.Status);
        Assert.Equal(Depreciation.Period.Of(2025, 9).Index, stored.LeftPeriod);
        var income = await db.Income.SingleAsync();
        Assert.Equal((IncomeKind.DisposalProceeds, 1_000_00L), (income.Kind, income.AmountFen));
        var e = await Assert.ThrowsAsync<RuleViolation>(() => after.ServiceProvider.GetRequiredService<DisposalService>()
            .RequestAsync(new NewDisposal(t.AdminUnit, [card.Id], DisposalKind.LossAndScrapping, [.. DisposalRules.RequiredDocuments(DisposalKind.LossAndScrapping)], "again")));
        Assert.Equal("assets.disposal.already-disposed", e.Rule);
        Assert.Contains(await after.ServiceProvider.GetRequiredService<CardRegistry>().HistoryAsync(card.Id), h => h.Kind == "disposed");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_disposal_without_the_evaluation_report_is_refused_and_the_card_stays_in_use_seed09_disposal(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var card = await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(Computer(t.AdminUnit));
        var e = await Assert.ThrowsAsync<RuleViolation>(() => clerk.ServiceProvider.GetRequiredService<DisposalService>()
            .RequestAsync(new NewDisposal(t.AdminUnit, [card.Id], DisposalKind.Sale, [DisposalDocument.Application, DisposalDocument.AssetList, DisposalDocument.OwnershipProof], "出售")));
        Assert.Equal(("documents", "assets.disposal.documents"), (e.Field, e.Rule));
        Assert.Equal(AssetStatus.InUse, (await clerk.ServiceProvider.GetRequiredService<CardRegistry>().FindAsync(card.Id))!.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Administrative_unit_may_not_invest_outward_or_guarantee_and_nothing_is_written_seed09_use(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var card = await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(Computer(t.AdminUnit));
        var use = clerk.ServiceProvider.GetRequiredService<UseService>();
        Assert.Equal("assets.use.outward-investment", (await Assert.ThrowsAsync<RuleViolation>(() => use.InvestAsync(card.Id, "某公司", new DateOnly(2025, 9, 1)))).Rule);
        Assert.Equal("assets.use.guarantee", (await Assert.ThrowsAsync<RuleViolation>(() => use.GuaranteeAsync(card.Id, "某公司", new DateOnly(2025, 9, 1)))).Rule);
        Assert.Equal(0, await clerk.ServiceProvider.GetRequiredService<AssetsDb>().Uses.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lease_writes_its_rent_schedule_and_rent_must_be_handled_the_two_lines_way_seed09_use(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.Institution);
        var card = await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(Computer(t.Institution));
        var use = clerk.ServiceProvider.GetRequiredService<UseService>();
        var lease = await use.LeaseAsync(new NewLease(card.Id, "某科技公司", "ZL-2025-01", new DateOnly(2025, 4, 1), 12, 500_00));
        var rent = await use.IncomeOfAsync(lease.Id);
        Assert.Equal(12, rent.Count);
        Assert.Equal(new DateOnly(2026, 3, 1), rent[^1].DueOn);
        Assert.Equal("assets.income.unassigned", (await Assert.ThrowsAsync<RuleViolation>(() => use.ReceiveAsync(rent[0].Id, new DateOnly(2025, 4, 2), null))).Rule);
        Assert.Equal("assets.income.two-lines", (await Assert.ThrowsAsync<RuleViolation>(() => use.ReceiveAsync(rent[0].Id, new DateOnly(2025, 4, 2), IncomeHandling.TurnedOverToTreasury))).Rule);
        var received = await use.ReceiveAsync(rent[0].Id, new DateOnly(2025, 4, 2), IncomeHandling.IntoUnitBudget);
        Assert.Equal(IncomeHandling.IntoUnitBudget, received.Handling);
        Assert.Equal(AssetStatus.LeasedOut, (await clerk.ServiceProvider.GetRequiredService<CardRegistry>().FindAsync(card.Id))!.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lending_checks_out_and_in_with_history(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var registry = clerk.ServiceProvider.GetRequiredService<CardRegistry>();
        var card = await registry.RegisterAsync(Computer(t.AdminUnit));
        var use = clerk.ServiceProvider.GetRequiredService<UseService>();
        var lent = await use.LendAsync(card.Id, "省交通运输厅办公室", new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 30), 0);
        Assert.Equal(AssetStatus.LentOut, (await registry.FindAsync(card.Id))!.Status);

        // Seed 09 (4) approval process: a lending goes to the use approval, on the asset's value, as a lease does.
        await using (var system = t.System())
        {
            var lentId = lent.Id.ToString();
            var matter = await system.ServiceProvider.GetRequiredService<KernelDb>().Matters.SingleAsync(m => m.SubjectType == "UseRecord" && m.SubjectId == lentId);
            Assert.Equal((AssetWorkflows.Use, "examining"), (matter.Workflow, matter.State));
        }

        await use.ReturnAsync(lent.Id, new DateOnly(2025, 9, 20));
        Assert.Equal(AssetStatus.InUse, (await registry.FindAsync(card.Id))!.Status);
        Assert.Equal(["added", "lent", "returned"], (await registry.HistoryAsync(card.Id)).Select(h => h.Kind));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_count_finds_missing_and_surplus_assets_and_opens_verification_matters_seed09_inventory(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var registry = clerk.ServiceProvider.GetRequiredService<CardRegistry>();
        var a = await registry.RegisterAsync(Computer(t.AdminUnit));
        var b = await registry.RegisterAsync(Computer(t.AdminUnit));
        var c = await registry.RegisterAsync(Computer(t.AdminUnit));
        var s = clerk.ServiceProvider.GetRequiredService<StocktakeService>();
        var plan = await s.PlanAsync(t.AdminUnit, "2025年度清查", null);
        await s.ScanAsync(plan.Id, a.Code, "综合楼101", "王伟");
        await s.ScanAsync(plan.Id, " " + b.Code.ToLowerInvariant() + " ", "业务楼305", null);
        await s.ScanAsync(plan.Id, "ZC-NOT-BOOKED", "库房", null);
        var summary = await s.ReconcileAsync(plan.Id);
        Assert.Equal((1, 1, 1, 0, 2), (summary.Found, summary.Missing, summary.Surplus, summary.WrongCustodian, summary.MattersOpened));
        var lines = await s.LinesAsync(plan.Id);
        Assert.Equal(CountResult.Missing, lines.Single(l => l.Code == c.Code).Result);
        Assert.Equal("assets.stocktake.closed", (await Assert.ThrowsAsync<RuleViolation>(() => s.ScanAsync(plan.Id, a.Code, null, null))).Rule);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_vehicle_above_the_unit_quota_is_refused_seed09_vehicles(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using (var finance = t.System())
        {
            await finance.ServiceProvider.GetRequiredService<VehicleService>().SetQuotaAsync(t.AdminUnit, VehicleCategory.GeneralOfficial, 1);
        }

        await using var clerk = t.Clerk(t.AdminUnit);
        var v = clerk.ServiceProvider.GetRequiredService<VehicleService>();
        var car = await v.RegisterAsync(new NewVehicle(t.AdminUnit, "浙A00001", "卡罗拉", VehicleCategory.GeneralOfficial, 1490, 120_000_00, new DateOnly(2024, 1, 1)));
        await v.AddCostAsync(car.Id, new DateOnly(2025, 3, 1), RunningCostKind.Fuel, 800_00);
        var e = await Assert.ThrowsAsync<RuleViolation>(() => v.RegisterAsync(new NewVehicle(t.AdminUnit, "浙A00002", "卡罗拉", VehicleCategory.GeneralOfficial, 1490, 120_000_00, new DateOnly(2024, 1, 1))));
        Assert.Equal("assets.vehicles.quota", e.Rule);
        var year = Assert.Single(await v.YearAsync(2025, null));
        Assert.Equal(800_00, year.FuelFen);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_card_with_a_future_date_or_an_unknown_class_is_refused(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var registry = clerk.ServiceProvider.GetRequiredService<CardRegistry>();
        Assert.Equal("assets.date.future", (await Assert.ThrowsAsync<RuleViolation>(() => registry.RegisterAsync(Computer(t.AdminUnit, new DateOnly(2026, 1, 1))))).Rule);
        Assert.Equal("assets.class.unknown", (await Assert.ThrowsAsync<RuleViolation>(() => registry.RegisterAsync(Computer(t.AdminUnit) with { ClassCode = "999" }))).Rule);
        Assert.Equal("assets.cost.positive", (await Assert.ThrowsAsync<RuleViolation>(() => registry.RegisterAsync(Computer(t.AdminUnit, fen: 0)))).Rule);
        Assert.Equal("assets.not-permitted", (await Assert.ThrowsAsync<RuleViolation>(() => registry.RegisterAsync(Computer(t.Institution)))).Rule);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_code_taken_by_a_card_the_clerk_cannot_see_is_refused(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using (var other = t.Clerk(t.Institution))
        {
            await other.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(Computer(t.Institution) with { Code = "ZC-SAME-1" });
        }

        await using var clerk = t.Clerk(t.AdminUnit);
        var e = await Assert.ThrowsAsync<RuleViolation>(() => clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(Computer(t.AdminUnit) with { Code = "ZC-SAME-1" }));
        Assert.Equal(("code", "assets.card.code-taken"), (e.Field, e.Rule));
    }
}
