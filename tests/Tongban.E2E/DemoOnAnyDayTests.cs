using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tongban.Kernel.Calendar;

namespace Tongban.E2E;

/// <summary>
/// The demo world built around a given day opens its dashboard in the browser, whatever the day (issue 13): the
/// real date, the last day of this year, late December of a year with no holiday notice, a mid-year day far ahead
/// and a day inside a notice's holiday block. A due date counted into a year without a notice carries the
/// provisional badge.
/// </summary>
public sealed partial class DemoOnAnyDayTests
{
    public static TheoryData<string> Days()
    {
        var today = ChinaTime.Today(TimeProvider.System);
        return new TheoryData<string>(
            today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            new DateOnly(today.Year, 12, 31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "2027-12-20",
            "2030-06-30",
            "2026-10-03");
    }

    [Theory]
    [MemberData(nameof(Days))]
    public async Task The_demo_built_around_a_day_opens_its_dashboard_issue13(string day)
    {
        var today = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var app = new AppFixture(today);
        await app.InitializeAsync();
        try
        {
            var page = await app.SignInAsync();

            await Assertions.Expect(page.GetByTestId("stat-overdue")).ToHaveTextAsync(Number());
            await Assertions.Expect(page.GetByTestId("due-grid")).ToBeVisibleAsync();
            if (app.Calendar.IsProvisional(today.Year))
            {
                // The demo's matters were filed in the weeks before the day, in a year without a notice.
                await Assertions.Expect(page.GetByTestId("provisional").First).ToBeVisibleAsync();
            }

            await SaveScreenshotAsync(page, $"dashboard-{day}.png");
            await page.GotoAsync("/calendar");
            await Assertions.Expect(page.GetByTestId("provisional-note")).ToContainTextAsync("2026");
            await SaveScreenshotAsync(page, $"calendar-{day}.png");
            await page.Context.CloseAsync();
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("TONGBAN_SCREENSHOTS") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name) });
        }
    }

    [GeneratedRegex(@"^\s*\d+\s*$")]
    private static partial Regex Number();
}
