using Microsoft.Extensions.Time.Testing;
using Tongban.Kernel.Calendar;

namespace Tongban.Kernel.Tests.Calendar;

public sealed class ChinaTimeTests
{
    [Theory]
    [InlineData("2025-09-25T15:59:59Z", "2025-09-25")]
    [InlineData("2025-09-25T16:00:00Z", "2025-09-26")]  // midnight in Beijing
    [InlineData("2025-09-26T01:00:00Z", "2025-09-26")]
    public void Today_is_the_Beijing_date_of_the_clock(string utc, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ChinaTime.Today(clock));
    }

    [Fact]
    public void Date_of_a_utc_instant_is_its_Beijing_date()
    {
        Assert.Equal(new DateOnly(2025, 10, 1), ChinaTime.DateOf(new DateTime(2025, 9, 30, 16, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2025, 9, 30), ChinaTime.DateOf(new DateTime(2025, 9, 30, 15, 59, 59, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_Beijing_day_runs_from_16_00_utc_the_day_before_to_16_00_utc_exclusive()
    {
        var start = ChinaTime.StartOfDayUtc(new DateOnly(2025, 10, 1));
        var end = ChinaTime.EndOfDayUtc(new DateOnly(2025, 10, 1));

        Assert.Equal(new DateTime(2025, 9, 30, 16, 0, 0, DateTimeKind.Utc), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
        Assert.Equal(new DateTime(2025, 10, 1, 16, 0, 0, DateTimeKind.Utc), end);
        Assert.Equal(new DateOnly(2025, 10, 2), ChinaTime.DateOf(end));
    }

    [Fact]
    public void Offset_is_eight_hours()
    {
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Offset);
    }
}
