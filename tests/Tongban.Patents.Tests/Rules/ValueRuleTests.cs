using Tongban.Patents.Value;

namespace Tongban.Patents.Tests.Rules;

public sealed class ValueRuleTests
{
    private static readonly Weights Licensing = new([10, 10, 5, 5, 10, 10, 5, 15, 15, 15], 80, 60, 40);

    [Fact]
    public void Weights_that_do_not_sum_to_100_percent_are_refused_GB_T_42748_weights_per_scenario()
    {
        var r = ValueRules.WeightsValid([10, 10, 10, 10, 10, 10, 10, 10, 10, 5], 80, 60, 40);
        Assert.Equal("patents.weights-sum", r.Rule);
        Assert.Contains(r.Args, a => a.Name == "sum" && (int)a.Value! == 95);
        Assert.True(ValueRules.WeightsValid([10, 10, 10, 10, 10, 10, 10, 10, 10, 10], 80, 60, 40).IsAllowed);
    }

    [Fact]
    public void A_family_of_21_countries_and_regions_scores_full_on_layout_seed_03()
    {
        var v = new ValueInputs(50, 1, 10, 20, 21, 50, 0, 1, false, 0, 0);
        Assert.Equal(100, ValueRules.Points(Indicator.FamilyCountries, v));
    }

    [Fact]
    public void Income_from_the_ledger_feeds_the_market_indicator_seed_03_value_proved_by_transformation()
    {
        // The text's SME: about 200 million yuan of sales from the electric-bus patent.
        var v = new ValueInputs(50, 1, 10, 20, 1, 50, 0, 1, true, 0, 200_000_000_00);
        Assert.Equal(100, ValueRules.Points(Indicator.Market, v));
        Assert.Equal(100, ValueRules.Points(Indicator.Implementation, v));
        Assert.Equal(0, ValueRules.Points(Indicator.Market, v with { IncomeFen = 0 }));
    }

    [Fact]
    public void The_score_is_the_weighted_sum_of_points_and_recomputes_the_same()
    {
        var v = new ValueInputs(80, 2, 10, 20, 3, 60, 4, 2, true, 1, 10_000_00);
        // Points: 80, 50, 50, 30, 60, 40, 50, 100, 40, 20.
        var expected = (80 * 10) + (50 * 10) + (50 * 5) + (30 * 5) + (60 * 10) + (40 * 10) + (50 * 5) + (100 * 15) + (40 * 15) + (20 * 15);
        Assert.Equal(expected, ValueRules.ScoreHundredths(v, Licensing));
        Assert.Equal(ValueRules.ScoreHundredths(v, Licensing), ValueRules.ScoreHundredths(v, Licensing));
        Assert.Equal('C', ValueRules.Grade(expected, Licensing));
    }

    [Fact]
    public void Indicators_fall_in_the_three_GB_T_42748_groups()
    {
        Assert.Equal(IndicatorGroup.Legal, ValueRules.GroupOf(Indicator.FamilyCountries));
        Assert.Equal(IndicatorGroup.Technical, ValueRules.GroupOf(Indicator.IpcBreadth));
        Assert.Equal(IndicatorGroup.Economic, ValueRules.GroupOf(Indicator.Market));
    }

    [Theory]
    [InlineData("B64C 1/06;B64C 3/18;B64D 27/18", 2)]
    [InlineData("", 0)]
    [InlineData(" b64c 1/06 ; B64C 9/00 ", 1)]
    public void IPC_breadth_counts_distinct_subclasses(string ipc, int subclasses) =>
        Assert.Equal(subclasses, ValueService.IpcSubclasses(ipc));

    [Fact]
    public void Payable_fee_rounds_like_money_multiplication() =>
        Assert.Equal(new Tongban.Kernel.Money.Cny(120_000).Multiply(0.15m).Fen, Fees.AnnualFeeRules.PayableFen(120_000, 85));
}
