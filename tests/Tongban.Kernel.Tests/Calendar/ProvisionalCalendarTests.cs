using System.Globalization;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Tests.Calendar;

/// <summary>The calendar for a year without a notice, derived from 全国年节及纪念日放假办法 and marked provisional.</summary>
public sealed class ProvisionalCalendarTests : IDisposable
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadDefault();

    private readonly string path = Path.Combine(Path.GetTempPath(), $"tongban-calendar-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(path);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2027, true)]
    [InlineData(2019, true)]
    [InlineData(1901, true)]
    [InlineData(2100, true)]
    [InlineData(2020, false)]
    [InlineData(2026, false)]
    public void A_year_without_a_notice_is_provisional(int year, bool expected)
    {
        Assert.Equal(expected, Calendar.IsProvisional(year));
    }

    [Fact]
    public void Notice_years_stay_the_years_with_a_notice()
    {
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025, 2026], Calendar.NoticeYears);
        Assert.Equal(Calendar.Years, Calendar.NoticeYears);
    }

    // 2027-10-01 is a Friday: 10-02 (Sat) and 10-03 (Sun) are made up on the next weekdays not already off.
    [Theory]
    [InlineData("2027-09-30", DayKind.Workday, null)]
    [InlineData("2027-10-01", DayKind.Holiday, "国庆节")]
    [InlineData("2027-10-02", DayKind.Holiday, "国庆节")]
    [InlineData("2027-10-03", DayKind.Holiday, "国庆节")]
    [InlineData("2027-10-04", DayKind.Holiday, "国庆节")]
    [InlineData("2027-10-05", DayKind.Holiday, "国庆节")]
    [InlineData("2027-10-06", DayKind.Workday, null)]
    [InlineData("2027-10-09", DayKind.Weekend, null)]
    public void Weekend_national_day_2027_is_made_up_on_the_next_weekdays_holiday_regulation_art6(string date, DayKind kind, string? name)
    {
        Assert.Equal(kind, Calendar.KindOf(D(date)));
        Assert.Equal(name, Calendar.HolidayName(D(date)));
    }

    // 2027: 除夕 Fri 02-05, 初一 Sat, 初二 Sun, 初三 Mon 02-08 (a holiday already), so the make-ups are Tue and Wed.
    [Theory]
    [InlineData("2027-02-04", DayKind.Workday)]
    [InlineData("2027-02-05", DayKind.Holiday)]
    [InlineData("2027-02-08", DayKind.Holiday)]
    [InlineData("2027-02-09", DayKind.Holiday)]
    [InlineData("2027-02-10", DayKind.Holiday)]
    [InlineData("2027-02-11", DayKind.Workday)]
    [InlineData("2027-02-13", DayKind.Weekend)]
    public void Make_up_skips_days_already_off_holiday_regulation_art6(string date, DayKind kind)
    {
        Assert.Equal(kind, Calendar.KindOf(D(date)));
    }

    [Fact]
    public void New_years_day_2027_on_a_friday_needs_no_make_up_holiday_regulation_art6()
    {
        Assert.Equal(DayKind.Holiday, Calendar.KindOf(D("2027-01-01")));
        Assert.Equal(DayKind.Weekend, Calendar.KindOf(D("2027-01-02")));
        Assert.Equal(DayKind.Workday, Calendar.KindOf(D("2027-01-04")));
    }

    [Fact]
    public void Derived_year_has_no_adjusted_working_weekend_it_is_not_derivable()
    {
        var kinds = Enumerable.Range(0, 365).Select(i => Calendar.KindOf(new DateOnly(2027, 1, 1).AddDays(i)));
        Assert.DoesNotContain(DayKind.AdjustedWorkday, kinds);
    }

    // 2028: 中秋节 on Tue 10-03, the third day of 国庆节; 2031: on Wed 10-01. One day off each, not made up.
    [Theory]
    [InlineData("2028-10-01", DayKind.Holiday, "国庆节")]          // Sunday
    [InlineData("2028-10-03", DayKind.Holiday, "国庆节、中秋节")]
    [InlineData("2028-10-04", DayKind.Holiday, "国庆节")]          // made up for Sunday 10-01
    [InlineData("2028-10-05", DayKind.Workday, null)]
    [InlineData("2031-10-01", DayKind.Holiday, "国庆节、中秋节")]
    [InlineData("2031-10-03", DayKind.Holiday, "国庆节")]
    [InlineData("2031-10-06", DayKind.Workday, null)]
    public void Mid_autumn_on_national_day_counts_once_holiday_regulation_art2_art6(string date, DayKind kind, string? name)
    {
        Assert.Equal(kind, Calendar.KindOf(D(date)));
        Assert.Equal(name, Calendar.HolidayName(D(date)));
    }

    // 2026-12-10 is a Thursday: its 15th working day is Thursday 2026-12-31, still under the 2026 notice; one day
    // later the count crosses 元旦 (Fri 2027-01-01) and the weekend into the derived 2027.
    [Theory]
    [InlineData("2026-12-10", 15, "2026-12-31", false)]
    [InlineData("2026-12-10", 16, "2027-01-04", true)]
    [InlineData("2026-12-11", 15, "2027-01-04", true)]
    [InlineData("2026-12-31", 20, "2027-01-29", true)]
    [InlineData("2026-12-31", 24, "2027-02-04", true)]
    [InlineData("2026-12-31", 25, "2027-02-11", true)]  // 02-05..02-10 off: 除夕 to 初三 and two make-up days
    public void Deadline_reaching_into_2027_is_counted_and_marked_provisional(string filed, int days, string expected, bool provisional)
    {
        var due = Calendar.AddWorkingDays(D(filed), days);

        Assert.Equal(D(expected), due);
        Assert.Equal(provisional, Calendar.IsProvisionalBetween(D(filed), due));
        Assert.Equal(provisional, Calendar.IsProvisionalBetween(due, D(filed)));
        Assert.Equal(days, Calendar.WorkingDaysBetween(D(filed), due));
    }

    [Fact]
    public void Span_within_notice_years_is_not_provisional()
    {
        Assert.False(Calendar.IsProvisionalBetween(D("2020-01-01"), D("2026-12-31")));
        Assert.True(Calendar.IsProvisionalBetween(D("2019-12-31"), D("2020-01-02")));
    }

    [Theory]
    [InlineData("2101-01-03", "2101")]
    [InlineData("1900-12-31", "1900")]
    public void Date_outside_1901_to_2100_without_a_notice_is_still_refused(string date, string year)
    {
        var e = Assert.Throws<RuleViolation>(() => Calendar.KindOf(D(date)));

        Assert.Equal("calendar.year-missing", e.Rule);
        Assert.Contains(year, e.Message, StringComparison.Ordinal);
        Assert.Contains("1901–2100", e.Message, StringComparison.Ordinal);
        Assert.Throws<RuleViolation>(() => Calendar.IsProvisional(D(date).Year));
        Assert.Throws<RuleViolation>(() => Calendar.IsProvisionalBetween(D("2100-06-01"), D(date)));
    }

    [Fact]
    public void Override_year_replaces_the_derivation()
    {
        File.WriteAllText(path, """
            { "year": 2027, "days": [
                { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
                { "name": "春节", "date": "2027-02-06", "isOffDay": true },
                { "name": "春节", "date": "2027-02-20", "isOffDay": false } ] }
            """);

        var calendar = WorkingDayCalendar.LoadDefault(path);

        Assert.False(calendar.IsProvisional(2027));
        Assert.False(calendar.IsProvisionalBetween(D("2026-12-10"), D("2027-12-31")));
        Assert.Equal(DayKind.Workday, calendar.KindOf(D("2027-02-05")));   // derived 除夕, not in this file
        Assert.Null(calendar.HolidayName(D("2027-02-05")));
        Assert.Equal(DayKind.AdjustedWorkday, calendar.KindOf(D("2027-02-20")));
        Assert.Equal(DayKind.Workday, calendar.KindOf(D("2027-10-04")));   // derived make-up, not in this file
        Assert.True(calendar.IsProvisional(2028));
    }

    [Fact]
    public void Override_for_a_year_beyond_2100_is_honoured()
    {
        File.WriteAllText(path, """{ "year": 2101, "days": [ { "name": "元旦", "date": "2101-01-03", "isOffDay": true } ] }""");

        var calendar = WorkingDayCalendar.LoadDefault(path);

        Assert.False(calendar.IsProvisional(2101));
        Assert.Equal(DayKind.Holiday, calendar.KindOf(D("2101-01-03")));
    }

    [Fact]
    public void Derived_years_give_the_same_answers_from_many_threads()
    {
        var calendar = WorkingDayCalendar.LoadDefault();
        var days = Enumerable.Range(0, 4000).Select(i => new DateOnly(2027, 1, 1).AddDays(i % 3000)).ToArray();

        var parallel = days.AsParallel().Select(calendar.KindOf).ToArray();

        Assert.Equal(days.Select(Calendar.KindOf), parallel);
    }
}
