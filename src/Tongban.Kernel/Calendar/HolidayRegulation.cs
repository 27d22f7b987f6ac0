namespace Tongban.Kernel.Calendar;

/// <summary>
/// The days off that the State Council's 全国年节及纪念日放假办法 (Measures on National Holidays and Memorial Days)
/// itself gives for a year, without that year's holiday notice: the statutory holidays for all citizens of art. 2 and
/// the make-up days of art. 6. Adjusted working weekends (调休上班) and the bridging days of a notice's blocks are
/// decided by each year's notice and are not derived.
/// </summary>
/// <remarks>
/// <para>Each revision applies to the holidays that begin on or after the day it came into force:</para>
/// <list type="bullet">
/// <item>1949 (政务院, 1949-12-23), applied to every year before the 1999 revision, earlier years included as
/// there is no older rule to model: 元旦 1 January; 春节 lunar 1/1–1/3; 劳动节 1 May; 国庆节 1–2 October.</item>
/// <item>1999 (国务院令第270号, in force 1999-09-18): 元旦; 春节 lunar 1/1–1/3; 劳动节 1–3 May; 国庆节 1–3 October.</item>
/// <item>2007 (国务院令第513号, in force 2008-01-01): 元旦; 春节 lunar New Year's Eve, 1/1, 1/2; 清明节; 劳动节 1 May;
/// 端午节 lunar 5/5; 中秋节 lunar 8/15; 国庆节 1–3 October.</item>
/// <item>2013 (国务院令第644号, in force 2014-01-01): as 2007, but 春节 lunar 1/1–1/3 (no Eve).</item>
/// <item>2024 (国务院令第795号, in force 2025-01-01): 元旦; 春节 lunar New Year's Eve and 1/1–1/3; 清明节;
/// 劳动节 1–2 May; 端午节; 中秋节; 国庆节 1–3 October.</item>
/// </list>
/// <para>
/// The weekend is Saturday and Sunday for every year, as in the rest of the calendar; before the five-day week
/// (1995-05-01) this is anachronistic, as are the 1949 rules before 1950, so early derived years are indicative only.
/// </para>
/// </remarks>
internal static class HolidayRegulation
{
    public const string NewYear = "元旦";
    public const string SpringFestival = "春节";
    public const string Qingming = "清明节";
    public const string LabourDay = "劳动节";
    public const string DragonBoat = "端午节";
    public const string MidAutumn = "中秋节";
    public const string NationalDay = "国庆节";

    /// <summary>Revisions in the order they came into force.</summary>
    private static readonly Revision[] Revisions =
    [
        new(DateOnly.MinValue, year =>
        [
            new(NewYear, Days(new DateOnly(year, 1, 1), 1)),
            new(SpringFestival, Days(LunarDates.NewYear(year), 3)),
            new(LabourDay, Days(new DateOnly(year, 5, 1), 1)),
            new(NationalDay, Days(new DateOnly(year, 10, 1), 2)),
        ]),
        new(new DateOnly(1999, 9, 18), year =>
        [
            new(NewYear, Days(new DateOnly(year, 1, 1), 1)),
            new(SpringFestival, Days(LunarDates.NewYear(year), 3)),
            new(LabourDay, Days(new DateOnly(year, 5, 1), 3)),
            new(NationalDay, Days(new DateOnly(year, 10, 1), 3)),
        ]),
        new(new DateOnly(2008, 1, 1), year =>
        [
            new(NewYear, Days(new DateOnly(year, 1, 1), 1)),
            new(SpringFestival, Days(LunarDates.NewYearsEve(year), 3)),
            new(Qingming, Days(SolarTerms.Qingming(year), 1)),
            new(LabourDay, Days(new DateOnly(year, 5, 1), 1)),
            new(DragonBoat, Days(LunarDates.ToGregorian(year, 5, 5), 1)),
            new(NationalDay, Days(new DateOnly(year, 10, 1), 3)),
            new(MidAutumn, Days(LunarDates.ToGregorian(year, 8, 15), 1)),
        ]),
        new(new DateOnly(2014, 1, 1), year =>
        [
            new(NewYear, Days(new DateOnly(year, 1, 1), 1)),
            new(SpringFestival, Days(LunarDates.NewYear(year), 3)),
            new(Qingming, Days(SolarTerms.Qingming(year), 1)),
            new(LabourDay, Days(new DateOnly(year, 5, 1), 1)),
            new(DragonBoat, Days(LunarDates.ToGregorian(year, 5, 5), 1)),
            new(NationalDay, Days(new DateOnly(year, 10, 1), 3)),
            new(MidAutumn, Days(LunarDates.ToGregorian(year, 8, 15), 1)),
        ]),

        // 2024 revision, art. 2: 春节放假4天（农历除夕、正月初一至初三）; 劳动节放假2天（5月1日、2日）.
        new(new DateOnly(2025, 1, 1), year =>
        [
            new(NewYear, Days(new DateOnly(year, 1, 1), 1)),
            new(SpringFestival, Days(LunarDates.NewYearsEve(year), 4)),
            new(Qingming, Days(SolarTerms.Qingming(year), 1)),
            new(LabourDay, Days(new DateOnly(year, 5, 1), 2)),
            new(DragonBoat, Days(LunarDates.ToGregorian(year, 5, 5), 1)),
            new(NationalDay, Days(new DateOnly(year, 10, 1), 3)),
            new(MidAutumn, Days(LunarDates.ToGregorian(year, 8, 15), 1)),
        ]),
    ];

    /// <summary>
    /// The statutory holidays of art. 2 in <paramref name="year"/> under the revision in force on each holiday's first
    /// day. A day on which two holidays fall (中秋节 on 3 October 2028, on 1 October 2031) appears once, named
    /// "国庆节、中秋节" as the notices name a shared block.
    /// </summary>
    public static IReadOnlyList<StatutoryDay> StatutoryDays(int year)
    {
        var days = new SortedDictionary<DateOnly, string>();
        for (var i = 0; i < Revisions.Length; i++)
        {
            var from = Revisions[i].InForce;
            var until = i + 1 < Revisions.Length ? Revisions[i + 1].InForce : DateOnly.MaxValue;
            if (from.Year > year || until <= new DateOnly(year, 1, 1))
            {
                continue;
            }

            foreach (var holiday in Revisions[i].Holidays(year).Where(h => h.Days[0] >= from && h.Days[0] < until))
            {
                foreach (var day in holiday.Days)
                {
                    days[day] = days.TryGetValue(day, out var other) ? $"{other}、{holiday.Name}" : holiday.Name;
                }
            }
        }

        return [.. days.Select(d => new StatutoryDay(d.Key, d.Value))];
    }

    /// <summary>
    /// Every day off in <paramref name="year"/> that the regulation gives: the statutory days, and for each of them that
    /// falls on a Saturday or Sunday a make-up day (补假, art. 6: 全体公民放假的假日，如果适逢周六、周日，应当在工作日补假).
    /// The article does not say which working day; this takes the next weekday that is not already a day off, in date
    /// order, and names it for the holiday it makes up.
    /// </summary>
    /// <remarks>
    /// Two holidays on one day give one day off and no make-up day: art. 6 makes up only a holiday that falls on a
    /// weekend, and nothing in the regulation makes up a coincidence. The notices have at times given the lost day
    /// back (2020: 国庆节 and 中秋节 both on 1 October, eight days off against two worked weekend days, one weekday more
    /// than art. 6 alone gives), but that is a notice's choice, not derivable: the derivation gives the regulation's
    /// count rather than guess more days off.
    /// </remarks>
    public static IReadOnlyDictionary<DateOnly, string> DaysOff(int year)
    {
        var statutory = StatutoryDays(year);
        var off = statutory.ToDictionary(d => d.Date, d => d.Name);
        foreach (var day in statutory.Where(d => IsWeekend(d.Date)))
        {
            var makeUp = day.Date.AddDays(1);
            while (IsWeekend(makeUp) || off.ContainsKey(makeUp))
            {
                makeUp = makeUp.AddDays(1);
            }

            off[makeUp] = day.Name;
        }

        return off;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly[] Days(DateOnly first, int count) => [.. Enumerable.Range(0, count).Select(first.AddDays)];

    private sealed record Revision(DateOnly InForce, Func<int, Holiday[]> Holidays);

    private sealed record Holiday(string Name, DateOnly[] Days);
}

/// <summary>A statutory holiday of 全国年节及纪念日放假办法 art. 2, named as in the notices (元旦, 春节, …).</summary>
internal sealed record StatutoryDay(DateOnly Date, string Name);
