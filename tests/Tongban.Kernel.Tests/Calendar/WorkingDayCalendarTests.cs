using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadDefault();

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-09-26", DayKind.Workday)]          // Friday before the block
    [InlineData("2025-09-27", DayKind.Weekend)]          // ordinary Saturday
    [InlineData("2025-09-28", DayKind.AdjustedWorkday)]  // 9月28日（周日）上班
    [InlineData("2025-09-30", DayKind.Workday)]
    [InlineData("2025-10-01", DayKind.Holiday)]
    [InlineData("2025-10-04", DayKind.Holiday)]          // Saturday inside the block
    [InlineData("2025-10-06", DayKind.Holiday)]          // 中秋节 falls inside the block
    [InlineData("2025-10-08", DayKind.Holiday)]          // last day of 10月1日至8日
    [InlineData("2025-10-09", DayKind.Workday)]
    [InlineData("2025-10-11", DayKind.AdjustedWorkday)]  // 10月11日（周六）上班
    [InlineData("2025-10-12", DayKind.Weekend)]
    public void National_Day_and_Mid_Autumn_2025_block_per_State_Council_notice_2024_11_GuoBanFaMingDian_2024_12(string date, DayKind expected)
    {
        Assert.Equal(expected, Calendar.KindOf(D(date)));
    }

    [Theory]
    [InlineData("2026-02-13", DayKind.Workday)]
    [InlineData("2026-02-14", DayKind.AdjustedWorkday)]  // 2月14日（周六）上班
    [InlineData("2026-02-15", DayKind.Holiday)]          // 腊月二十八, first day of 2月15日至23日
    [InlineData("2026-02-17", DayKind.Holiday)]          // 正月初一
    [InlineData("2026-02-21", DayKind.Holiday)]          // Saturday inside the block
    [InlineData("2026-02-23", DayKind.Holiday)]          // 正月初七, last day
    [InlineData("2026-02-24", DayKind.Workday)]
    [InlineData("2026-02-28", DayKind.AdjustedWorkday)]  // 2月28日（周六）上班
    [InlineData("2026-03-01", DayKind.Weekend)]
    public void Spring_Festival_2026_block_per_State_Council_notice_of_2025_11_04(string date, DayKind expected)
    {
        Assert.Equal(expected, Calendar.KindOf(D(date)));
    }

    [Theory]
    [InlineData("2026-02-14", true)]
    [InlineData("2026-02-16", false)]
    [InlineData("2025-09-28", true)]
    [InlineData("2025-10-03", false)]
    [InlineData("2025-09-27", false)]
    [InlineData("2025-09-29", true)]
    public void Adjusted_workdays_and_ordinary_weekdays_are_working_days_holidays_and_weekends_are_not(string date, bool expected)
    {
        Assert.Equal(expected, Calendar.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2020-02-02", DayKind.Holiday)]  // Spring Festival extended to 02-02 (国办发明电〔2020〕1号)
    [InlineData("2020-02-03", DayKind.Workday)]  // listed as isOffDay=false, but a Monday: ordinary, not adjusted
    public void Covid_extension_of_Spring_Festival_2020(string date, DayKind expected)
    {
        Assert.Equal(expected, Calendar.KindOf(D(date)));
    }

    [Fact]
    public void Late_December_date_is_taken_from_the_next_years_notice_2023_notice_lists_2022_12_31()
    {
        Assert.Equal(DayKind.Holiday, Calendar.KindOf(D("2022-12-31")));
        Assert.Equal("元旦", Calendar.HolidayName(D("2022-12-31")));
    }

    [Theory]
    [InlineData("2025-10-01", "国庆节、中秋节")]
    [InlineData("2025-09-28", "国庆节、中秋节")]
    [InlineData("2026-02-17", "春节")]
    [InlineData("2025-09-29", null)]
    public void Holiday_name_is_the_notice_name_of_the_block_or_null_for_an_ordinary_day(string date, string? expected)
    {
        Assert.Equal(expected, Calendar.HolidayName(D(date)));
    }

    [Theory]
    [InlineData("2025-09-26", 0, "2025-09-26")]
    [InlineData("2025-09-26", 1, "2025-09-28")]   // the adjusted Sunday counts
    [InlineData("2025-09-26", 2, "2025-09-29")]
    [InlineData("2025-09-26", 4, "2025-10-09")]   // 10-01..10-08 skipped
    [InlineData("2025-09-26", 6, "2025-10-11")]   // the adjusted Saturday counts
    [InlineData("2025-09-26", 7, "2025-10-13")]
    [InlineData("2025-09-26", 15, "2025-10-23")]
    [InlineData("2025-09-30", 1, "2025-10-09")]
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2026-02-13", 2, "2026-02-24")]
    [InlineData("2026-02-14", 1, "2026-02-24")]
    [InlineData("2026-02-13", 10, "2026-03-05")]
    [InlineData("2025-12-31", 1, "2026-01-04")]   // crosses the year into the 2026 元旦 block
    [InlineData("2024-12-31", 20, "2025-02-05")]  // crosses 元旦 and the 2025 Spring Festival block
    public void Nth_working_day_after_a_date_does_not_count_the_start_date(string start, int n, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), n));
    }

    [Fact]
    public void Contact_letter_is_due_15_working_days_after_acceptance_on_2025_09_26()
    {
        Assert.Equal(D("2025-10-23"), Calendar.AddWorkingDays(D("2025-09-26"), 15));
    }

    [Fact]
    public void Negative_number_of_working_days_is_refused()
    {
        var e = Assert.Throws<RuleViolation>(() => Calendar.AddWorkingDays(D("2025-09-26"), -1));
        Assert.Equal("days", e.Field);
    }

    [Theory]
    [InlineData("2026-02-01", "2026-02-28", 16)]
    [InlineData("2025-09-30", "2025-10-08", 0)]
    [InlineData("2025-09-30", "2025-10-11", 3)]
    [InlineData("2025-09-26", "2025-09-26", 0)]
    [InlineData("2025-09-26", "2025-09-28", 1)]
    [InlineData("2025-09-28", "2025-09-26", -1)]
    [InlineData("2026-02-28", "2026-02-01", -16)]
    [InlineData("2024-12-31", "2025-12-31", 248)]  // 2025: 248 working days
    [InlineData("2025-12-31", "2026-12-31", 248)]  // 2026: 248 working days
    public void Working_days_between_counts_the_half_open_interval_from_exclusive_to_inclusive(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));
    }

    [Fact]
    public void Working_days_between_agrees_with_add_working_days()
    {
        var start = D("2025-09-26");
        var end = Calendar.AddWorkingDays(start, 30);
        Assert.Equal(30, Calendar.WorkingDaysBetween(start, end));
    }

    [Fact]
    public void Embedded_data_covers_2020_to_2026()
    {
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025, 2026], Calendar.Years);
    }

    [Theory]
    [InlineData("2101-01-04", "2101")]
    [InlineData("1900-12-31", "1900")]
    public void Date_in_a_year_without_a_notice_outside_the_provisional_range_is_refused_naming_the_year(string date, string year)
    {
        var e = Assert.Throws<RuleViolation>(() => Calendar.KindOf(D(date)));
        Assert.Equal("date", e.Field);
        Assert.Equal("calendar.year-missing", e.Rule);
        Assert.Contains(year, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counting_working_days_into_a_year_without_a_notice_after_2100_is_refused_not_guessed()
    {
        var e = Assert.Throws<RuleViolation>(() => Calendar.AddWorkingDays(D("2100-12-28"), 10));
        Assert.Equal("calendar.year-missing", e.Rule);
        Assert.Contains("2101", e.Message, StringComparison.Ordinal);
        Assert.Throws<RuleViolation>(() => Calendar.WorkingDaysBetween(D("2100-12-01"), D("2101-01-10")));
        Assert.Throws<RuleViolation>(() => Calendar.HolidayName(D("2101-01-01")));
    }

    [Theory]
    [InlineData(DayKind.Workday, "workday")]
    [InlineData(DayKind.Weekend, "weekend")]
    [InlineData(DayKind.Holiday, "holiday")]
    [InlineData(DayKind.AdjustedWorkday, "adjusted-workday")]
    public void Day_kinds_have_cli_names(DayKind kind, string name)
    {
        Assert.Equal(name, kind.ToCliName());
    }
}
