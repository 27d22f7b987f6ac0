using Tongban.Delivery.Cycles;
using Tongban.Delivery.Orders;

namespace Tongban.Delivery.Tests.Rules;

public sealed class CycleRuleTests
{
    private static readonly DateOnly Signed = new(2024, 1, 15);

    [Fact]
    public void Cycle_is_actual_acceptance_minus_signing_in_days_issue17_item2() =>
        Assert.Equal(366, CycleRules.CycleDays(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)));

    [Theory]
    [InlineData("2024-10-15", true)] // exactly 9 months
    [InlineData("2025-01-15", true)] // exactly 12 months
    [InlineData("2024-10-14", false)]
    [InlineData("2025-01-16", false)]
    public void The_band_is_9_to_12_months_after_signing_seed02_lead_time(string accepted, bool inBand) =>
        Assert.Equal(inBand, CycleRules.InBand(Signed, DateOnly.Parse(accepted)));

    [Theory]
    [InlineData(new[] { 300 }, 300)]
    [InlineData(new[] { 310, 270, 365 }, 310)]
    [InlineData(new[] { 270, 301 }, 286)] // 285.5 rounds half up
    [InlineData(new[] { 365, 270, 300, 280 }, 290)]
    [InlineData(new[] { 1, 2 }, 2)] // 1.5 rounds up
    public void Median_of_an_even_count_is_the_mean_of_the_middle_two_rounded_half_up_issue17_item2(int[] days, int median) =>
        Assert.Equal(median, CycleRules.Median(days));

    [Fact]
    public void Median_of_nothing_is_none() => Assert.Null(CycleRules.Median([]));

    [Fact]
    public void Late_counts_accepted_after_plan_and_open_past_plan_issue17_item2()
    {
        var planned = new DateOnly(2025, 3, 31);
        var asOf = new DateOnly(2025, 6, 30);

        Assert.True(CycleRules.IsLate(planned, new DateOnly(2025, 4, 1), asOf));
        Assert.False(CycleRules.IsLate(planned, planned, asOf));
        Assert.True(CycleRules.IsLate(planned, null, asOf));
        Assert.False(CycleRules.IsLate(asOf, null, asOf)); // planned on as-of itself is not yet late
        Assert.Equal(91, CycleRules.DaysLate(planned, null, asOf));
    }

    [Fact]
    public void The_milestone_that_slipped_is_the_first_behind_plan()
    {
        var asOf = new DateOnly(2025, 6, 30);
        var slipped = CycleRules.Slipped(
            [
                (MilestoneKind.Design, new DateOnly(2025, 1, 10), (DateOnly?)new DateOnly(2025, 1, 10)),
                (MilestoneKind.Manufacture, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 21)),
                (MilestoneKind.DeliveryToSite, new DateOnly(2025, 4, 1), null),
            ],
            asOf);

        Assert.Equal((MilestoneKind.Manufacture, 20), slipped);
    }

    [Fact]
    public void Median_of_grouped_counts_agrees_with_the_median_of_the_values() =>
        Assert.Equal(CycleRules.Median([270, 270, 301, 400]), CycleReport.MedianOfCounts([(400, 1), (270, 2), (301, 1)]));
}
