using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Tests.Calendar;

public sealed class CalendarOverrideTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"tongban-calendar-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(path);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Override_file_adds_a_future_year()
    {
        File.WriteAllText(path, """
            { "year": 2027, "papers": [], "days": [
                { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
                { "name": "春节", "date": "2027-02-06", "isOffDay": false } ] }
            """);

        var calendar = WorkingDayCalendar.LoadDefault(path);

        Assert.Contains(2027, calendar.Years);
        Assert.Equal(DayKind.Holiday, calendar.KindOf(D("2027-01-01")));
        Assert.Equal(DayKind.AdjustedWorkday, calendar.KindOf(D("2027-02-06")));
        Assert.Equal(DayKind.Workday, calendar.KindOf(D("2027-01-04")));
        Assert.Equal(D("2027-01-04"), calendar.AddWorkingDays(D("2026-12-31"), 1));
    }

    [Fact]
    public void Override_entry_replaces_the_embedded_one_and_adds_local_holidays()
    {
        File.WriteAllText(path, """
            [ { "year": 2025, "days": [
                { "name": "本地节日", "date": "2025-09-29", "isOffDay": true },
                { "name": "国庆节、中秋节", "date": "2025-10-08", "isOffDay": false } ] } ]
            """);

        var calendar = WorkingDayCalendar.LoadDefault(path);

        Assert.Equal(DayKind.Holiday, calendar.KindOf(D("2025-09-29")));
        Assert.Equal("本地节日", calendar.HolidayName(D("2025-09-29")));
        Assert.Equal(DayKind.Workday, calendar.KindOf(D("2025-10-08")));
        Assert.Equal(DayKind.AdjustedWorkday, calendar.KindOf(D("2025-09-28")));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "days": [] }""")]
    [InlineData("""{ "year": 2027, "days": [ { "name": "元旦", "date": "2027-01-01" } ] }""")]
    [InlineData("""{ "year": 2027, "days": [ { "name": "元旦", "date": "2027/01/01", "isOffDay": true } ] }""")]
    [InlineData("[]")]
    public void Malformed_override_file_is_refused(string content)
    {
        File.WriteAllText(path, content);

        var e = Assert.Throws<RuleViolation>(() => WorkingDayCalendar.LoadDefault(path));

        Assert.Equal("overrideFile", e.Field);
        Assert.Equal("calendar.override-invalid", e.Rule);
    }

    [Fact]
    public void Missing_override_file_is_refused()
    {
        var e = Assert.Throws<RuleViolation>(() => WorkingDayCalendar.LoadDefault(path));
        Assert.Equal("calendar.override-missing", e.Rule);
    }

    [Fact]
    public void Registration_provides_one_calendar_with_the_override()
    {
        File.WriteAllText(path, """{ "year": 2027, "days": [] }""");
        using var provider = new ServiceCollection().AddWorkingDayCalendar(path).BuildServiceProvider();

        var calendar = provider.GetRequiredService<WorkingDayCalendar>();

        Assert.Same(calendar, provider.GetRequiredService<WorkingDayCalendar>());
        Assert.Equal(DayKind.Workday, calendar.KindOf(D("2027-01-04")));
    }
}
