using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Delivery.Backlog;
using Tongban.Delivery.Cycles;
using Tongban.Delivery.Orders;
using Tongban.Delivery.Segments;
using Tongban.Kernel.Errors;
using Tongban.Testing;

namespace Tongban.Delivery.Tests.Data;

public sealed class OrderServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    /// <summary>Records every milestone of an order on its plan (final acceptance last).</summary>
    private static async Task AcceptAsync(OrderService orders, Guid id, int slipDays = 0)
    {
        var d = await orders.DetailsAsync(id);
        foreach (var m in d.Milestones)
        {
            await orders.RecordMilestoneAsync(id, m.Kind, m.Planned.AddDays(m.Kind == MilestoneKind.FinalAcceptance ? slipDays : 0));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Project_managers_see_their_projects_and_the_pmo_sees_all_issue17_item1(string provider)
    {
        await using var world = await DeliveryWorld.CreateAsync(provider);
        var signed = new DateOnly(2025, 1, 10);
        await using (var pmo = world.As("li.pmo", DeliveryPermissions.PmoRole))
        {
            var orders = pmo.ServiceProvider.GetRequiredService<OrderService>();
            await orders.CreateAsync(world.Order("KJ-A", world.Sf, signed, 300, pm: "zhang.pm"));
            await orders.CreateAsync(world.Order("KJ-B", world.Jd, signed, 300, pm: "wang.pm"));
        }

        await using var pm = world.As("zhang.pm", DeliveryPermissions.ProjectManagerRole);
        await using var pmo2 = world.As("li.pmo", DeliveryPermissions.PmoRole);

        var mine = await pm.ServiceProvider.GetRequiredService<OrderService>().ListAsync(new OrderFilter());
        var all = await pmo2.ServiceProvider.GetRequiredService<OrderService>().ListAsync(new OrderFilter());

        Assert.Equal(["KJ-A"], mine.Select(o => o.Code));
        Assert.Equal(["KJ-A", "KJ-B"], all.Select(o => o.Code).Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_project_manager_records_milestones_only_on_their_own_project(string provider)
    {
        await using var world = await DeliveryWorld.CreateAsync(provider);
        Guid other;
        await using (var pmo = world.As("li.pmo", DeliveryPermissions.PmoRole))
        {
            other = await pmo.ServiceProvider.GetRequiredService<OrderService>().CreateAsync(world.Order("KJ-B", world.Jd, new DateOnly(2025, 1, 10), 300, pm: "wang.pm"));
        }

        await using var pm = world.As("zhang.pm", DeliveryPermissions.ProjectManagerRole);
        var refused = await Assert.ThrowsAsync<RuleViolation>(() => pm.ServiceProvider.GetRequiredService<OrderService>().RecordMilestoneAsync(other, MilestoneKind.Design, new DateOnly(2025, 2, 1)));

        Assert.Equal("delivery.order-unknown", refused.Rule);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Final_acceptance_recognises_revenue_fixes_the_cycle_and_makes_the_balance_receivable(string provider)
    {
        await using var world = await DeliveryWorld.CreateAsync(provider);
        await using var scope = world.AsSystem();
        var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
        var id = await orders.CreateAsync(world.Order("KJ-1", world.Jd, new DateOnly(2024, 6, 1), 300));
        await orders.RecordCollectionAsync(id, new DateOnly(2024, 6, 10), 339_000_000, null);

        await AcceptAsync(orders, id, slipDays: 20);
        var d = await orders.DetailsAsync(id);

        Assert.Equal(320, d.CycleDays);
        Assert.Equal(new DateOnly(2025, 4, 17), d.Order.AcceptedOn);
        Assert.True(d.Order.Late);
        Assert.Equal(1_130_000_000 - 339_000_000, d.ReceivableFen);
        Assert.Equal(0, d.AdvancesFen);
        Assert.True(d.InBand); // 320 days: within seed 02's 9-12 months
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_refused_order_writes_nothing_issue17_item5(string provider)
    {
        await using var world = await DeliveryWorld.CreateAsync(provider);
        await using var scope = world.AsSystem();
        var orders = scope.ServiceProvider.GetRequiredService<OrderService>();

        var rate = await Assert.ThrowsAsync<RuleViolation>(() => orders.CreateAsync(world.Order("KJ-1", world.Jd, new DateOnly(2025, 1, 1), 300) with { Currency = "USD", ExchangeRate = 0m }));
        var overseas = await Assert.ThrowsAsync<RuleViolation>(() => orders.CreateAsync(world.Order("KJ-2", world.Flipkart, new DateOnly(2025, 1, 1), 300) with { Overseas = true }));
        await orders.CreateAsync(world.Order("KJ-3", world.Jd, new DateOnly(2025, 1, 1), 300));
        var duplicate = await Assert.ThrowsAsync<RuleViolation>(() => orders.CreateAsync(world.Order("KJ-3", world.Jd, new DateOnly(2025, 1, 1), 300)));

        Assert.Equal("delivery.exchange-rate", rate.Rule);
        Assert.Equal("delivery.overseas-needs-overseas-entity", overseas.Rule);
        Assert.Equal("delivery.order-code-taken", duplicate.Rule);
        var db = scope.ServiceProvider.GetRequiredService<DeliveryDb>();
        Assert.Equal(1, await db.Orders.CountAsync());
        Assert.Equal(6, await db.Milestones.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_late_list_names_the_milestone_that_slipped_and_the_days_late_issue17_item2(string provider)
    {
        await using var world = await DeliveryWorld.CreateAsync(provider);
        await using var scope = world.AsSystem();
        var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
        var asOf = new DateOnly(2025, 9, 26);
        var open = await orders.CreateAsync(world.Order("KJ-OPEN", world.Jd, new DateOnly(2024, 9, 1), 300)); // planned 2025-06-28
        await orders.RecordMilestoneAsync(open, MilestoneKind.Design, new DateOnly(2024, 10, 1));
        var onTime = await orders.CreateAsync(world.Order("KJ-OK", world.Jd, new DateOnly(2024, 1, 1), 300));
        await AcceptAsync(orders, onTime);

        var late = await scope.ServiceProvider.GetRequiredService<CycleReport>().LateAsync(asOf);

        var entry = Assert.Single(late);
        Assert.Equal("KJ-OPEN", entry.Code);
        Assert.Equal(90, entry.AcceptanceDaysLate); // 2025-06-28 to 2025-09-26
        Assert.Equal(MilestoneKind.Manufacture, entry.Slipped); // design done; manufacture planned 2024-12-15 not done
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Segments_concentration_and_the_related_party_view_come_from_accepted_orders_issue17_item3(string provider)
    {
        await using var world = await DeliveryWorld.CreateAsync(provider);
        await using var scope = world.AsSystem();
        var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
        var signed = new DateOnly(2024, 1, 10);
        await AcceptAsync(orders, await orders.CreateAsync(world.Order("SF-1", world.Sf, signed, 300, exTaxYuan: 10_000_000, costYuan: 8_000_000)));
        await AcceptAsync(orders, await orders.CreateAsync(world.Order("JD-1", world.Jd, signed, 300, exTaxYuan: 30_000_000, costYuan: 22_500_000)));
        await orders.CreateAsync(world.Order("JD-2", world.Jd, new DateOnly(2025, 6, 1), 300, exTaxYuan: 5_000_000));
        var report = scope.ServiceProvider.GetRequiredService<DisclosureReport>();

        var segments = await report.SegmentsAsync(2024, SegmentDimension.Area);
        var concentration = await report.ConcentrationAsync(2024);
        var related = await report.RelatedPartiesAsync(null);

        var line = Assert.Single(segments.Lines);
        Assert.Equal(("logistics", 40_000_000_00L, 23.75m), (line.Key, line.RevenueFen, line.MarginPercent));
        Assert.Equal(100m, concentration.TopRevenuePercent);
        Assert.True(concentration.TopRevenue.Single(c => c.Name == "SF Express").Related);
        Assert.Equal(25.00m, related.RelatedSharePercent);
        var sf = Assert.Single(related.Lines);
        Assert.Equal((20.00m, 25.00m, -5.00m), (sf.Related.MarginPercent, sf.Unrelated.MarginPercent, sf.MarginDifference));
        Assert.Equal(11.14m, sf.ShareholdingPercent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Backlog_by_quarter_splits_domestic_and_overseas_and_the_forecast_keeps_the_total_issue17_item4(string provider)
    {
        await using var world = await DeliveryWorld.CreateAsync(provider);
        await using var scope = world.AsSystem();
        var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
        await AcceptAsync(orders, await orders.CreateAsync(world.Order("H-1", world.Jd, new DateOnly(2024, 1, 10), 300)));
        await orders.CreateAsync(world.Order("B-1", world.Jd, new DateOnly(2025, 6, 1), 300, exTaxYuan: 5_000_000)); // planned 2026-03-28
        await orders.CreateAsync(world.Order("B-2", world.Flipkart, new DateOnly(2025, 8, 1), 200, exTaxYuan: 7_000_000, overseas: true)); // 2026-02-17

        var b = await scope.ServiceProvider.GetRequiredService<BacklogReport>().ComputeAsync(new DateOnly(2025, 9, 26));

        Assert.Equal((2, 5_000_000_00L, 7_000_000_00L), (b.Orders, b.DomesticFen, b.OverseasFen));
        var q = Assert.Single(b.ByPlannedQuarter);
        Assert.Equal(("2026Q1", 5_000_000_00L, 7_000_000_00L), (q.Label, q.DomesticFen, q.OverseasFen));
        Assert.Equal(12_000_000_00L, b.ExpectedRevenue.Sum(e => e.TotalFen));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_disclosure_view_is_refused_to_a_project_manager(string provider)
    {
        await using var world = await DeliveryWorld.CreateAsync(provider);
        await using var pm = world.As("zhang.pm", DeliveryPermissions.ProjectManagerRole);

        var v = await Assert.ThrowsAsync<RuleViolation>(() => pm.ServiceProvider.GetRequiredService<DisclosureReport>().ConcentrationAsync(2024));

        Assert.Equal("delivery.not-permitted", v.Rule);
    }
}
