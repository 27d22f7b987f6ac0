using Tongban.Delivery.Cycles;
using Tongban.Delivery.Orders;

namespace Tongban.Delivery.Tests.Rules;

public sealed class ForecastTests
{
    private static readonly DateOnly AsOf = new(2025, 1, 1);

    [Fact]
    public void An_open_order_is_spread_over_the_quarters_of_its_areas_longer_historical_cycles()
    {
        // Signed 2024-10-01 (92 days ago); history 60 days (already past, dropped), 270 and 365 days.
        var backlog = new[] { new BacklogGroup(BusinessArea.Logistics, new DateOnly(2024, 10, 1), false, 1_000_000, 1) };
        var history = new[] { new CycleCount(BusinessArea.Logistics, 60, 5), new CycleCount(BusinessArea.Logistics, 270, 3), new CycleCount(BusinessArea.Logistics, 365, 1) };

        var forecast = AcceptanceForecast.Compute(backlog, history, AsOf);

        // 2024-10-01 + 270 = 2025-06-28 (2025Q2, 3 of 4); + 365 = 2025-10-01 (2025Q4, 1 of 4).
        Assert.Equal([new QuarterAmount(2025, 2, 750_000, 0), new QuarterAmount(2025, 4, 250_000, 0)], forecast);
    }

    [Fact]
    public void An_order_older_than_every_cycle_or_without_history_is_expected_this_quarter()
    {
        var backlog = new[]
        {
            new BacklogGroup(BusinessArea.Factory, new DateOnly(2023, 1, 1), true, 500, 1),
            new BacklogGroup(BusinessArea.NewEnergy, new DateOnly(2024, 12, 1), false, 300, 1),
        };
        var history = new[] { new CycleCount(BusinessArea.Factory, 300, 2) };

        var forecast = AcceptanceForecast.Compute(backlog, history, AsOf);

        Assert.Equal([new QuarterAmount(2025, 1, 300, 500)], forecast);
    }
}
