using System.Net.Http.Json;
using System.Text.Json;

namespace Tongban.Tests.Web;

/// <summary>
/// The demo world built around 20 December 2027, a year without a State Council holiday notice: the API's due list
/// answers, and every due date carries <c>provisional: true</c> with the year it was counted through (issue 13).
/// </summary>
public sealed class DemoOnAnyDayTests(DemoIn2027Host host) : IClassFixture<DemoIn2027Host>
{
    [Fact]
    public async Task Due_dates_counted_through_a_year_without_a_notice_are_marked_provisional_in_the_api_issue13()
    {
        using var client = host.Client();
        await SignInTests.PostLoginAsync(client, "admin", "Admin-Demo-2025");

        var items = await client.GetFromJsonAsync<JsonElement[]>("/api/kernel/matters/due?take=500");

        Assert.NotNull(items);
        Assert.NotEmpty(items);
        Assert.All(items, i =>
        {
            Assert.True(i.GetProperty("provisional").GetBoolean());
            Assert.InRange(i.GetProperty("provisionalYear").GetInt32(), 2027, 2028);
        });
    }

    [Fact]
    public async Task The_calendar_api_marks_a_count_into_a_year_without_a_notice_as_provisional_issue13()
    {
        using var client = host.Client();
        await SignInTests.PostLoginAsync(client, "admin", "Admin-Demo-2025");

        var inside = await client.GetFromJsonAsync<JsonElement>("/api/kernel/calendar/add-workdays?from=2026-09-25&days=15");
        var across = await client.GetFromJsonAsync<JsonElement>("/api/kernel/calendar/add-workdays?from=2026-12-15&days=15");

        Assert.False(inside.GetProperty("provisional").GetBoolean());
        Assert.Equal("2027-01-06", across.GetProperty("result").GetString());
        Assert.True(across.GetProperty("provisional").GetBoolean());
        Assert.Equal(2027, across.GetProperty("provisionalYear").GetInt32());
    }
}

/// <summary>A host whose clock starts on 20 December 2027, with the demo world built around that day.</summary>
public sealed class DemoIn2027Host : WebHost
{
    protected override DateOnly Today => new(2027, 12, 20);
}
