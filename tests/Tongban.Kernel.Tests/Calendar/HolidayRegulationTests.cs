using System.Globalization;
using Tongban.Kernel.Calendar;

namespace Tongban.Kernel.Tests.Calendar;

/// <summary>The days off derived from 全国年节及纪念日放假办法 for a year without a State Council notice.</summary>
public sealed class HolidayRegulationTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadDefault();

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly[] StatutoryDaysOf(int year, string holiday) =>
        [.. HolidayRegulation.StatutoryDays(year).Where(d => d.Name.Split('、').Contains(holiday)).Select(d => d.Date)];

    [Theory]
    [InlineData("2008-04-04")]
    [InlineData("2019-04-05")]
    [InlineData("2020-04-04")]
    [InlineData("2021-04-04")]
    [InlineData("2022-04-05")]
    [InlineData("2023-04-05")]
    [InlineData("2024-04-04")]
    [InlineData("2025-04-04")]
    [InlineData("2026-04-05")]
    [InlineData("2027-04-05")]
    [InlineData("2028-04-04")]
    public void Qingming_is_the_beijing_day_the_sun_reaches_15_degrees_holiday_regulation_art2(string expected)
    {
        var date = D(expected);
        Assert.Equal(date, SolarTerms.Qingming(date.Year));
    }

    // The Beijing day of 清明 for each year from 1901 (April 4, 5 or 6), taken from an independent VSOP87-based
    // ephemeris (Astronomy Engine 2.1.19, SearchSunLongitude(15°) plus 8 h). Closest to midnight: 2071 at 00:10,
    // 1943 at 00:11, 1976 at 23:46 Beijing time.
    private static readonly string[] QingmingDayOfApril =
    [
        "5665566556", // 1901
        "6555655565", // 1911
        "5565556555", // 1921
        "6555655565", // 1931
        "5565555555", // 1941
        "5555555555", // 1951
        "5555555555", // 1961
        "5555545554", // 1971
        "5554555455", // 1981
        "5455545554", // 1991
        "5554555445", // 2001
        "5445544554", // 2011
        "4554455445", // 2021
        "5445544554", // 2031
        "4454445444", // 2041
        "5444544454", // 2051
        "4454445444", // 2061
        "5444444444", // 2071
        "4444444444", // 2081
        "4444444445", // 2091
    ];

    [Fact]
    public void Qingming_matches_a_reference_ephemeris_for_every_year_1901_to_2100_holiday_regulation_art2()
    {
        var wrong = new List<string>();
        for (var year = 1901; year <= 2100; year++)
        {
            var day = QingmingDayOfApril[(year - 1901) / 10][(year - 1901) % 10] - '0';
            var computed = SolarTerms.Qingming(year);
            if (computed != new DateOnly(year, 4, day))
            {
                wrong.Add($"{year}: computed {computed:yyyy-MM-dd}, reference April {day}");
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData(2027, "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08")]  // 除夕 is 腊月廿九 in 2027
    [InlineData(2025, "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31")]
    [InlineData(2026, "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19")]
    public void Spring_festival_is_lunar_new_years_eve_to_the_third_day_holiday_regulation_art2(int year, params string[] expected)
    {
        Assert.Equal(expected.Select(D), StatutoryDaysOf(year, HolidayRegulation.SpringFestival));
    }

    [Theory]
    [InlineData(2013, "2013-02-09", "2013-02-10", "2013-02-11")]  // 2007 revision: 除夕, 初一, 初二
    [InlineData(2014, "2014-01-31", "2014-02-01", "2014-02-02")]  // 2013 revision: 初一 to 初三, no Eve
    [InlineData(2024, "2024-02-10", "2024-02-11", "2024-02-12")]
    public void Spring_festival_before_2025_follows_the_revision_then_in_force_holiday_regulation_art2(int year, params string[] expected)
    {
        Assert.Equal(expected.Select(D), StatutoryDaysOf(year, HolidayRegulation.SpringFestival));
    }

    [Theory]
    [InlineData(2007, 3)]  // 1999 revision: 1–3 May
    [InlineData(2008, 1)]  // 2007 revision: 1 May
    [InlineData(2024, 1)]  // 2013 revision
    [InlineData(2025, 2)]  // 2024 revision: 1–2 May
    public void Labour_day_length_follows_the_revision_in_force_holiday_regulation_art2(int year, int days)
    {
        Assert.Equal(days, StatutoryDaysOf(year, HolidayRegulation.LabourDay).Length);
    }

    [Theory]
    [InlineData(1998, 2)]  // 1949 regulation: 1–2 October
    [InlineData(1999, 3)]  // 1999 revision, in force 1999-09-18, before that year's National Day
    [InlineData(2027, 3)]
    public void National_day_length_follows_the_revision_in_force_holiday_regulation_art2(int year, int days)
    {
        Assert.Equal(days, StatutoryDaysOf(year, HolidayRegulation.NationalDay).Length);
    }

    [Fact]
    public void Qingming_dragon_boat_and_mid_autumn_are_holidays_only_from_2008_holiday_regulation_2007_revision()
    {
        Assert.Equal([HolidayRegulation.NewYear, HolidayRegulation.SpringFestival, HolidayRegulation.LabourDay, HolidayRegulation.NationalDay],
            HolidayRegulation.StatutoryDays(2007).Select(d => d.Name).Distinct());
        Assert.Equal(11, HolidayRegulation.StatutoryDays(2008).Count);
        Assert.Equal(11, HolidayRegulation.StatutoryDays(2024).Count);
        Assert.Equal(13, HolidayRegulation.StatutoryDays(2027).Count);
    }

    // Leap months shift the index of the 5th and 8th months: 2020 闰四月, 2023 闰二月, 2025 闰六月 (after 端午),
    // 2028 闰五月 (after 端午, before 中秋).
    [Theory]
    [InlineData(2020, "2020-06-25", "2020-10-01")]
    [InlineData(2023, "2023-06-22", "2023-09-29")]
    [InlineData(2025, "2025-05-31", "2025-10-06")]
    [InlineData(2027, "2027-06-09", "2027-09-15")]
    [InlineData(2028, "2028-05-28", "2028-10-03")]
    public void Dragon_boat_and_mid_autumn_are_lunar_5_5_and_8_15_across_leap_months_holiday_regulation_art2(int year, string dragonBoat, string midAutumn)
    {
        Assert.Equal([D(dragonBoat)], StatutoryDaysOf(year, HolidayRegulation.DragonBoat));
        Assert.Equal([D(midAutumn)], StatutoryDaysOf(year, HolidayRegulation.MidAutumn));
    }

    /// <summary>The days of one notice year: off days, and weekend days worked (调休上班), by the notice's block name.</summary>
    private static (Dictionary<DateOnly, string> Off, List<(DateOnly Date, string Name)> Worked) Notice(int year)
    {
        var off = new Dictionary<DateOnly, string>();
        var worked = new List<(DateOnly, string)>();
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            switch (Calendar.KindOf(d))
            {
                case DayKind.Holiday:
                    off[d] = Calendar.HolidayName(d)!;
                    break;
                case DayKind.AdjustedWorkday:
                    worked.Add((d, Calendar.HolidayName(d)!));
                    break;
            }
        }

        return (off, worked);
    }

    // A notice's block also holds weekend days, bridging weekdays and its own make-up arrangement, which art. 6 does
    // not fix; so the blocks are not compared whole. Comparable are: (a) each statutory day of art. 2 is a day off in
    // the notice, in a block named for that holiday; (b) in these two years every art. 6 make-up day is off in the
    // notice too; (c) per block, the weekdays off less the weekend days worked (the net working days the block costs)
    // equal the block's statutory days, which is what art. 6 gives when every weekend holiday is made up on a weekday.
    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Derivation_reproduces_the_statutory_days_of_the_2025_and_2026_notices_holiday_regulation_2024_revision(int year)
    {
        var (off, worked) = Notice(year);
        var statutory = HolidayRegulation.StatutoryDays(year);

        Assert.All(statutory, d => Assert.Contains(d.Name, off.GetValueOrDefault(d.Date) ?? "(not off)", StringComparison.Ordinal));
        Assert.All(HolidayRegulation.DaysOff(year), d => Assert.True(off.ContainsKey(d.Key), $"{d.Key:yyyy-MM-dd} {d.Value} is not off in the notice"));
        foreach (var block in off.Values.Distinct())
        {
            var netCost = off.Count(d => d.Value == block && !IsWeekend(d.Key)) - worked.Count(w => w.Name == block);
            var holidays = block.Split('、');
            Assert.Equal(statutory.Count(d => d.Name.Split('、').Any(holidays.Contains)), netCost);
        }
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2024)]
    public void Statutory_days_of_the_2013_revision_are_days_off_in_the_2020_to_2024_notices_holiday_regulation_art2(int year)
    {
        var (off, _) = Notice(year);

        Assert.DoesNotContain(HolidayRegulation.SpringFestival, HolidayRegulation.StatutoryDays(year).Where(d => d.Date == LunarDates.NewYearsEve(year)).Select(d => d.Name));
        Assert.All(HolidayRegulation.StatutoryDays(year), d => Assert.All(d.Name.Split('、'), name => Assert.Contains(name, off.GetValueOrDefault(d.Date) ?? "(not off)", StringComparison.Ordinal)));
    }

    [Fact]
    public void Derived_2027_days_off_are_the_statutory_days_and_their_weekday_make_ups_holiday_regulation_art2_art6()
    {
        string[] expected =
        [
            "2027-01-01 元旦",
            "2027-02-05 春节", "2027-02-06 春节", "2027-02-07 春节", "2027-02-08 春节", "2027-02-09 春节", "2027-02-10 春节",
            "2027-04-05 清明节",
            "2027-05-01 劳动节", "2027-05-02 劳动节", "2027-05-03 劳动节", "2027-05-04 劳动节",
            "2027-06-09 端午节",
            "2027-09-15 中秋节",
            "2027-10-01 国庆节", "2027-10-02 国庆节", "2027-10-03 国庆节", "2027-10-04 国庆节", "2027-10-05 国庆节",
        ];

        Assert.Equal(expected, HolidayRegulation.DaysOff(2027).OrderBy(d => d.Key).Select(d => $"{d.Key:yyyy-MM-dd} {d.Value}"));
    }
}
