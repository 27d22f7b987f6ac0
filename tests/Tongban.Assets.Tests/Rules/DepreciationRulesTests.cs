using Tongban.Assets.Cards;
using Tongban.Assets.Depreciation;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Assets.Tests.Rules;

public sealed class DepreciationRulesTests
{
    private static readonly Period March2025 = Period.Of(2025, 3);

    [Fact]
    public void Straight_line_without_residual_spreads_6000_over_72_months_the_last_taking_the_remainder_gov_accounting_3()
    {
        var schedule = DepreciationRules.Schedule(Cny.FromYuan(6000m), 6, March2025);
        Assert.Equal(72, schedule.Count);
        Assert.All(schedule.Take(71), s => Assert.Equal(8333, s.Amount.Fen));
        Assert.Equal(8357, schedule[^1].Amount.Fen);
        Assert.Equal(600000, schedule.Sum(s => s.Amount.Fen));
        Assert.Equal("2025-03", schedule[0].Month.ToString());
        Assert.Equal("2031-02", schedule[^1].Month.ToString());
    }

    [Fact]
    public void An_asset_added_in_a_month_is_depreciated_from_that_month_gov_accounting_3()
    {
        Assert.Equal(0, DepreciationRules.ChargeFen(600000, 72, March2025, null, Period.Of(2025, 2)));
        Assert.Equal(8333, DepreciationRules.ChargeFen(600000, 72, March2025, null, March2025));
        Assert.Equal(8333, DepreciationRules.AccumulatedFen(600000, 72, March2025, null, March2025));
    }

    [Fact]
    public void An_asset_that_leaves_in_a_month_is_not_depreciated_in_that_month_gov_accounting_3()
    {
        var left = Period.Of(2025, 6);
        Assert.Equal(8333, DepreciationRules.ChargeFen(600000, 72, March2025, left, Period.Of(2025, 5)));
        Assert.Equal(0, DepreciationRules.ChargeFen(600000, 72, March2025, left, left));
        Assert.Equal(3 * 8333, DepreciationRules.AccumulatedFen(600000, 72, March2025, left, Period.Of(2026, 1)));
    }

    [Fact]
    public void A_fully_depreciated_asset_stays_at_zero_net_value_gov_accounting_3()
    {
        var later = Period.Of(2040, 1);
        Assert.Equal(0, DepreciationRules.ChargeFen(600000, 72, March2025, null, later));
        Assert.Equal(600000, DepreciationRules.AccumulatedFen(600000, 72, March2025, null, later));
        Assert.Equal(8357, DepreciationRules.ChargeFen(600000, 72, March2025, null, Period.Of(2031, 2)));
    }

    [Fact]
    public void The_monthly_charges_add_up_to_the_closed_form_accumulated_amount_every_month()
    {
        var sum = 0L;
        for (var m = March2025; m <= Period.Of(2032, 1); m = m.Plus(1))
        {
            sum += DepreciationRules.ChargeFen(123457, 37, March2025, null, m);
            Assert.Equal(sum, DepreciationRules.AccumulatedFen(123457, 37, March2025, null, m));
        }

        Assert.Equal(123457, sum);
    }

    [Theory]
    [InlineData("101")]
    [InlineData("401")]
    [InlineData("402")]
    [InlineData("501")]
    [InlineData("502")]
    [InlineData("603")]
    [InlineData("604")]
    public void Land_relics_exhibits_books_archives_and_special_animals_and_plants_are_not_depreciated_gov_accounting_3(string classCode)
    {
        Assert.True(DepreciationRules.IsExcluded(classCode));
        Assert.False(DepreciationRules.Depreciates(Composition.Fixed, classCode, 10));
        Assert.Null(UsefulLives.YearsFor(classCode, new Dictionary<string, int> { [classCode] = 10 }));
    }

    [Theory]
    [InlineData("201", 6)]
    [InlineData("202", 6)]
    [InlineData("203", 8)]
    [InlineData("601", 15)]
    [InlineData("102", 50)]
    [InlineData("103", 8)]
    public void Default_lives_follow_the_government_depreciation_period_table_caikuai_2017_4(string classCode, int years) =>
        Assert.Equal(years, UsefulLives.DefaultYears(classCode));

    [Fact]
    public void A_life_may_be_lengthened_but_not_shortened_below_the_table_caikuai_2017_4()
    {
        Assert.True(UsefulLives.CheckEdit("201", 8).IsAllowed);
        Assert.Equal("assets.life.below-table", UsefulLives.CheckEdit("201", 5).Rule);
        Assert.Equal("assets.life.not-depreciated", UsefulLives.CheckEdit("101", 20).Rule);
        Assert.Equal(8, UsefulLives.YearsFor("201", new Dictionary<string, int> { ["201"] = 8 }));
    }

    [Fact]
    public void A_special_equipment_life_stays_within_the_table_range_caikuai_2017_4()
    {
        Assert.True(UsefulLives.CheckEdit("301", 10).IsAllowed);
        Assert.True(UsefulLives.CheckEdit("301", 15).IsAllowed);
        Assert.Equal("assets.life.below-table", UsefulLives.CheckEdit("301", 9).Rule);
        Assert.Equal("assets.life.above-table", UsefulLives.CheckEdit("305", 31).Rule);
        Assert.True(UsefulLives.CheckEdit("102", 70).IsAllowed);
    }

    [Fact]
    public void Only_fixed_assets_are_depreciated()
    {
        Assert.False(DepreciationRules.Depreciates(Composition.Current, "201", 6));
        Assert.True(DepreciationRules.Depreciates(Composition.Fixed, "201", 6));
    }

    [Fact]
    public void A_schedule_refuses_a_zero_cost_and_a_zero_life()
    {
        Assert.Equal("assets.cost.positive", Assert.Throws<RuleViolation>(() => DepreciationRules.Schedule(Cny.Zero, 6, March2025)).Rule);
        Assert.Equal("assets.life.range", Assert.Throws<RuleViolation>(() => DepreciationRules.Schedule(Cny.FromYuan(1m), 0, March2025)).Rule);
        Assert.Equal("assets.period.unreadable", Assert.Throws<RuleViolation>(() => Period.Parse("2025-13")).Rule);
    }
}
