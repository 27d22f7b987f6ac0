using System.Globalization;

namespace Tongban.Kernel.Calendar;

/// <summary>Gregorian dates of days of the Chinese lunar calendar (农历), from .NET's <see cref="ChineseLunisolarCalendar"/>.</summary>
internal static class LunarDates
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>
    /// The Gregorian date of day <paramref name="day"/> of the (ordinary, not leap) lunar month
    /// <paramref name="month"/> of the lunar year that begins in Gregorian <paramref name="year"/>.
    /// </summary>
    public static DateOnly ToGregorian(int year, int month, int day)
    {
        // The calendar numbers months 1..13 in a leap year: GetLeapMonth gives the index of the leap month (闰月),
        // which repeats the month before it, so every ordinary month from that index on sits one index later.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    /// <summary>Lunar New Year's Day (正月初一) in Gregorian <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => ToGregorian(year, 1, 1);

    /// <summary>
    /// Lunar New Year's Eve (除夕): the last day of the twelfth month, the 29th or the 30th, so the day before
    /// 正月初一 rather than a fixed lunar date.
    /// </summary>
    public static DateOnly NewYearsEve(int year) => NewYear(year).AddDays(-1);
}
