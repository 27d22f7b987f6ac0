using Tongban.Delivery.Orders;
using Tongban.Kernel.Errors;

namespace Tongban.Delivery.Tests.Rules;

public sealed class OrderRuleTests
{
    internal static readonly DateOnly Signed = new(2024, 3, 1);

    internal static NewOrder Input(Func<NewOrder, NewOrder>? change = null)
    {
        var order = new NewOrder(
            "KJ-1", "分拣中心", Guid.NewGuid(), Guid.NewGuid(), BusinessArea.Logistics, null, false, "pm", "CNY", 1m,
            113_000_000_00, 100_000_000_00, 80_000_000_00, 90, Signed, OrderBuilder.TypicalPlan(Signed, Signed.AddMonths(10)));
        return change is null ? order : change(order);
    }

    private static readonly ServingEntity Domestic = new() { OrgId = Guid.NewGuid(), Overseas = false, Country = "CN" };
    private static readonly ServingEntity Overseas = new() { OrgId = Guid.NewGuid(), Overseas = true, Country = "HK" };

    private static RuleViolation Refused(NewOrder input, ServingEntity? entity = null) =>
        Assert.Throws<RuleViolation>(() => OrderBuilder.Build(input, Guid.NewGuid(), entity ?? Domestic, "express-logistics", s => s is "express-logistics" or "tyres"));

    [Fact]
    public void A_valid_order_gets_six_planned_milestones_and_cny_amounts_at_the_signing_rate()
    {
        var (order, milestones) = OrderBuilder.Build(
            Input(o => o with { Currency = "USD", ExchangeRate = 7.1234m, Overseas = true, ContractWithTaxMinor = 10_000_000_00, ContractExTaxMinor = 10_000_000_00 }),
            Guid.NewGuid(), Overseas, "express-logistics", _ => true);

        Assert.Equal(6, milestones.Count);
        Assert.Equal(71_234_000_00, order.ContractExTaxFen);
        Assert.Equal(Signed.AddMonths(10), order.PlannedAcceptance);
        Assert.Equal("express-logistics", order.SectorCode);
    }

    [Fact]
    public void An_overseas_order_is_served_by_an_overseas_subsidiary_seed02_overseas_branches()
    {
        Assert.Equal("delivery.overseas-needs-overseas-entity", Refused(Input(o => o with { Overseas = true })).Rule);
        Assert.Equal("delivery.domestic-needs-domestic-entity", Refused(Input(), Overseas).Rule);
    }

    [Fact]
    public void An_exchange_rate_of_zero_is_refused_issue17_item5()
    {
        Assert.Equal("delivery.exchange-rate", Refused(Input(o => o with { Currency = "USD", ExchangeRate = 0m })).Rule);
        Assert.Equal("delivery.exchange-rate-cny", Refused(Input(o => o with { ExchangeRate = 7m })).Rule);
    }

    [Fact]
    public void Negative_amounts_are_refused_issue17_item5()
    {
        var v = Refused(Input(o => o with { CostFen = -1 }));
        Assert.Equal(("delivery.amount-negative", "cost"), (v.Rule, v.Field));
        Assert.Equal("delivery.ex-tax-above-with-tax", Refused(Input(o => o with { ContractExTaxMinor = o.ContractWithTaxMinor + 1 })).Rule);
    }

    [Fact]
    public void An_unknown_area_or_sector_is_refused_issue17_item5()
    {
        Assert.Equal("delivery.area-unknown", Refused(Input(o => o with { Area = (BusinessArea)9 })).Rule);
        Assert.Equal("delivery.sector-unknown", Refused(Input(o => o with { SectorCode = "shipbuilding" })).Rule);
    }

    [Fact]
    public void Dates_out_of_order_are_refused_issue17_item5()
    {
        var plan = OrderBuilder.TypicalPlan(Signed, Signed.AddMonths(10)).ToDictionary();
        plan[MilestoneKind.Design] = Signed.AddDays(-1);
        var before = Refused(Input(o => o with { Planned = plan }));
        Assert.Equal(("delivery.date-before-signing", "planned.Design"), (before.Rule, before.Field));

        plan = OrderBuilder.TypicalPlan(Signed, Signed.AddMonths(10)).ToDictionary();
        plan[MilestoneKind.Installation] = plan[MilestoneKind.Manufacture].AddDays(-1);
        Assert.Equal("delivery.milestone-order", Refused(Input(o => o with { Planned = plan })).Rule);
    }

    [Fact]
    public void A_milestone_planned_after_final_acceptance_is_refused_issue17_item5()
    {
        var plan = OrderBuilder.TypicalPlan(Signed, Signed.AddMonths(10)).ToDictionary();
        plan[MilestoneKind.Commissioning] = plan[MilestoneKind.FinalAcceptance].AddDays(5);

        var v = Refused(Input(o => o with { Planned = plan }));

        Assert.Equal(("delivery.milestone-after-acceptance", "planned.Commissioning"), (v.Rule, v.Field));
    }

    [Fact]
    public void An_actual_milestone_after_final_acceptance_or_acceptance_before_the_others_is_refused_issue17_item5()
    {
        var today = new DateOnly(2025, 9, 26);
        var done = Enum.GetValues<MilestoneKind>().ToDictionary(k => k, k => (DateOnly?)Signed.AddDays(30 * (int)k));

        var after = Assert.Throws<RuleViolation>(() => OrderRules.Actual(Signed, today, MilestoneKind.Commissioning, Signed.AddDays(200), done));
        var early = Assert.Throws<RuleViolation>(() => OrderRules.Actual(Signed, today, MilestoneKind.FinalAcceptance, Signed.AddDays(100), new Dictionary<MilestoneKind, DateOnly?>()));
        var future = Assert.Throws<RuleViolation>(() => OrderRules.Actual(Signed, today, MilestoneKind.Design, today.AddDays(1), new Dictionary<MilestoneKind, DateOnly?>()));

        Assert.Equal("delivery.milestone-after-acceptance", after.Rule);
        Assert.Equal("delivery.acceptance-before-milestones", early.Rule);
        Assert.Equal("delivery.date-future", future.Rule);
    }

    [Fact]
    public void Receivable_arises_at_final_acceptance_collections_before_it_are_advances()
    {
        Assert.Equal((0L, 30L), OrderRules.Receivable(false, 100, 30));
        Assert.Equal((70L, 0L), OrderRules.Receivable(true, 100, 30));
    }
}
