using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Patents.Portfolio;

namespace Tongban.Patents.Fees;

/// <summary>The fee reduction on record with CNIPA (专利收费减缴办法).</summary>
public enum Reduction
{
    None,

    /// <summary>One owner: 85 % off.</summary>
    Single85,

    /// <summary>Two or more owners: 70 % off.</summary>
    Joint70,
}

/// <summary>One year's annual fee as due or as paid on a given day.</summary>
/// <remarks><paramref name="DueOn"/> and <paramref name="GraceEndsOn"/> are the last days, rolled past holidays (IR art. 5); <paramref name="NominalDueOn"/> is the date the rules give before that.</remarks>
public sealed record FeeQuote(int Year, DateOnly DueOn, DateOnly GraceEndsOn, Cny FullFee, Cny Fee, Cny Surcharge, int ReductionPercent, int LateMonths, DateOnly NominalDueOn)
{
    public Cny Total => Fee + Surcharge;
}

/// <summary>Annual fees, their due dates, the grace period and surcharge, and reductions (reference §§1-3).</summary>
internal static class AnnualFeeRules
{
    public static string TypeKey(PatentType type) => type switch
    {
        PatentType.Invention => "invention",
        PatentType.UtilityModel => "utility-model",
        _ => "design",
    };

    private static string TermKey(PatentType type) => type switch
    {
        PatentType.Invention => "term.invention",
        PatentType.UtilityModel => "term.utility-model",
        _ => "term.design",
    };

    private static string AnnualKey(PatentType type) => type switch
    {
        PatentType.Invention => "annual.invention",
        PatentType.UtilityModel => "annual.utility-model",
        _ => "annual.design",
    };

    // Guidelines Part V ch. 9 (reference §2): patent years run from the actual filing date, year 1 being filed .. the day before the first anniversary.
    public static int PatentYearOn(DateOnly filed, DateOnly on)
    {
        var years = on.Year - filed.Year;
        if (filed.AddYears(years) > on)
        {
            years--;
        }

        return years + 1;
    }

    // PL art. 42: 20 / 10 years from filing; designs filed on or after 2021-06-01 have 15 (the rule book holds which applies).
    public static int TermYears(RuleBook book, PatentType type, DateOnly filed) => (int)book.Get(TermKey(type), filed);

    // PL art. 42: the term counts from the filing date, so it ends the day before the anniversary that closes it.
    public static DateOnly ExpiresOn(RuleBook book, PatentType type, DateOnly filed) => filed.AddYears(TermYears(book, type, filed)).AddDays(-1);

    // PL art. 43: annual fees from the year of grant on; the grant year is the patent year the grant falls in.
    public static int GrantYear(DateOnly filed, DateOnly granted) => PatentYearOn(filed, granted);

    /// <summary>
    /// IR art. 60/114: the grant year's fee at registration, within two months of the grant notice. IR art. 115: each
    /// later year's fee before the previous year ends, i.e. on the filing anniversary (IR art. 5: a month without the
    /// day ends on its last day, which AddYears gives for 29 February); a later year never falls due before registration.
    /// </summary>
    public static DateOnly NominalDueOn(RuleBook book, DateOnly filed, DateOnly granted, int year)
    {
        var first = granted.AddMonths(book.Months("first-fee.months", granted));
        var grantYear = GrantYear(filed, granted);
        if (year == grantYear)
        {
            return first;
        }

        var anniversary = filed.AddYears(year - 1);
        return anniversary < first ? first : anniversary;
    }

    /// <summary>
    /// IR art. 5 (reference §2): a time limit whose last day falls on a public holiday (or a weekend day off) ends on the
    /// next working day, read from the kernel's working-day calendar (holiday notices, provisional years derived).
    /// </summary>
    public static DateOnly NextWorkingDay(WorkingDayCalendar calendar, DateOnly day)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The last day to pay year <paramref name="year"/> without surcharge: <see cref="NominalDueOn"/> rolled past holidays (IR art. 5).</summary>
    public static DateOnly DueOn(RuleBook book, WorkingDayCalendar calendar, DateOnly filed, DateOnly granted, int year) =>
        NextWorkingDay(calendar, NominalDueOn(book, filed, granted, year));

    /// <summary>The grace period's last day: six months after the nominal due date, rolled past holidays (IR art. 5, 115).</summary>
    public static DateOnly GraceEndsOn(RuleBook book, WorkingDayCalendar calendar, DateOnly nominalDue) =>
        NextWorkingDay(calendar, nominalDue.AddMonths(book.Months("grace.months", nominalDue)));

    // Reference §1: the full fee of the patent year, from the schedule in force on the due date.
    public static Cny FullFee(RuleBook book, PatentType type, int year, DateOnly dueOn) =>
        Cny.FromYuan(book.Get(AnnualKey(type), dueOn, year));

    /// <summary>The full fee in fen, as <see cref="FullFee"/>.</summary>
    public static long FullFeeFen(RuleBook book, PatentType type, int year, DateOnly dueOn) =>
        book.Find(AnnualKey(type), dueOn, year)?.Fen ?? FullFee(book, type, year, dueOn).Fen;

    /// <summary>What is paid after a reduction of <paramref name="percent"/>, rounded half away from zero like <see cref="Cny.Multiply"/>.</summary>
    public static long PayableFen(long fullFen, int percent) => ((fullFen * (100 - percent)) + 50) / 100;

    // IR art. 115: months begun after the due date; a payment on or before it is 0, within the first month 1.
    public static int LateMonths(DateOnly dueOn, DateOnly paidOn)
    {
        var k = 0;
        while (paidOn > dueOn.AddMonths(k))
        {
            k++;
        }

        return k;
    }

    // IR art. 115: 5 % of the full fee for each month begun after the first (0 % in month 1 .. 25 % in month 6).
    public static int SurchargePercent(RuleBook book, DateOnly dueOn, int lateMonths) =>
        lateMonths <= 1 ? 0 : (lateMonths - 1) * (int)book.Get("surcharge.percent-per-month", dueOn);

    /// <summary>
    /// 专利收费减缴办法 (财税〔2016〕78号, window ten years from 2018-08-01): 85 % for one owner, 70 % for several, for the
    /// fees within the window counted from the grant year; PL art. 51: 15 % during an open licence; only the most
    /// favourable applies.
    /// </summary>
    public static int ReductionPercent(RuleBook book, Reduction reduction, bool openLicence, int grantYear, int year, DateOnly dueOn)
    {
        var window = (int)book.Get("reduction.window-years", dueOn);
        var owners = reduction switch
        {
            Reduction.Single85 when year < grantYear + window => (int)book.Get("reduction.single", dueOn),
            Reduction.Joint70 when year < grantYear + window => (int)book.Get("reduction.joint", dueOn),
            _ => 0,
        };
        var open = openLicence && book.Find("reduction.open-licence", dueOn) is { } o ? (int)o.Value : 0;
        return Math.Max(owners, open);
    }

    /// <summary>The year's fee paid on <paramref name="paidOn"/>: refused for a year outside the term or before the grant year, or a payment after the grace period.</summary>
    public static FeeQuote Quote(RuleBook book, WorkingDayCalendar calendar, PatentType type, DateOnly filed, DateOnly granted, int year, DateOnly paidOn, Reduction reduction, bool openLicence = false)
    {
        GrantAfterFiling(filed, granted).ThrowIfRefused("granted");
        var term = TermYears(book, type, filed);
        RuleViolation.ThrowIf(year > term, "year", "patents.year-past-term", $"Year {year} is past the {term}-year term (Patent Law art. 42).", ("year", year), ("term", term));
        var grantYear = GrantYear(filed, granted);
        RuleViolation.ThrowIf(grantYear > term, "granted", "patents.grant-after-term", $"The grant falls after the {term}-year term.", ("term", term));
        RuleViolation.ThrowIf(year < grantYear, "year", "patents.year-before-grant", $"Year {year} is before the grant year {grantYear}; annual fees start with the grant year (Patent Law art. 43).", ("year", year), ("grantYear", grantYear));
        var nominal = NominalDueOn(book, filed, granted, year);
        var due = NextWorkingDay(calendar, nominal);
        var grace = GraceEndsOn(book, calendar, nominal);

        // Bands count the months begun after the nominal due date: whether their edges roll past holidays is unconfirmed
        // (reference §2, [M]), so only the period's ends roll. Paid by the rolled due date is on time; paid by the rolled
        // end of the grace period is in its sixth month at most.
        var late = paidOn <= due ? 0 : Math.Min(LateMonths(nominal, paidOn), book.Months("grace.months", nominal));
        if (year == grantYear)
        {
            // IR art. 60: a registration fee not paid in time means registration is treated as not done; there is no grace period.
            RuleViolation.ThrowIf(paidOn > due, "paidOn", "patents.registration-missed", $"The grant-year fee was due at registration by {due:yyyy-MM-dd}; paid later, registration is treated as not done (IR art. 60).", ("due", due));
            grace = due;
        }

        RuleViolation.ThrowIf(paidOn > grace, "paidOn", "patents.fee-after-grace", $"Paid after the grace period ended on {grace:yyyy-MM-dd}: the patent terminated as of {due:yyyy-MM-dd} (IR art. 115).", ("graceEnds", grace), ("due", due));
        var full = FullFee(book, type, year, nominal);
        var percent = ReductionPercent(book, reduction, openLicence, grantYear, year, nominal);
        var fee = full.Multiply((100 - percent) / 100m);
        var surcharge = full.Multiply(SurchargePercent(book, nominal, late) / 100m);
        return new FeeQuote(year, due, grace, full, fee, surcharge, percent, late, nominal);
    }

    // A patent is granted after its application is filed.
    public static RuleResult GrantAfterFiling(DateOnly filed, DateOnly? granted) =>
        granted is { } g && g < filed
            ? RuleResult.Refused("patents.grant-before-filing", $"The grant date {g:yyyy-MM-dd} is before the filing date {filed:yyyy-MM-dd}.", ("granted", g), ("filed", filed))
            : RuleResult.Allowed;

    // IR art. 115: unpaid at the end of the grace period, the patent terminates as of the due date.
    public static bool LapsedBy(DateOnly dueOn, DateOnly graceEndsOn, DateOnly today) => today > graceEndsOn;
}
