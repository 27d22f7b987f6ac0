using Tongban.Delivery.Orders;
using Tongban.Delivery.Segments;

namespace Tongban.Delivery.Tests.Rules;

public sealed class SegmentRuleTests
{
    [Fact]
    public void A_shareholder_holding_11_14_percent_is_a_related_party_seed02_sf()
    {
        Assert.True(SegmentRules.IsRelated(Relationship.Shareholder, 1114));
        Assert.True(SegmentRules.IsRelated(Relationship.ShareholderAffiliate, 1114));
    }

    [Fact]
    public void A_shareholder_below_five_percent_or_an_unrelated_customer_is_not_related()
    {
        Assert.False(SegmentRules.IsRelated(Relationship.Shareholder, 499));
        Assert.True(SegmentRules.IsRelated(Relationship.Shareholder, 500));
        Assert.False(SegmentRules.IsRelated(Relationship.None, 1114));
        Assert.True(SegmentRules.IsRelated(Relationship.ManagementAffiliate, 0));
    }

    [Fact]
    public void Gross_margin_is_revenue_less_cost_over_revenue()
    {
        Assert.Equal(22.50m, SegmentRules.MarginPercent(100_000, 77_500));
        Assert.Null(SegmentRules.MarginPercent(0, 10));
    }

    [Fact]
    public void Concentration_is_the_top_five_customers_share()
    {
        var (top, share) = SegmentRules.Top(new[] { ("a", 40L), ("b", 20L), ("c", 10L), ("d", 10L), ("e", 5L), ("f", 5L), ("g", 10L) });

        Assert.Equal(["a", "b", "c", "d", "g"], top.Select(t => t.Key));
        Assert.Equal(90.00m, share);
    }
}
