using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Patents.Portfolio;

namespace Tongban.Patents.Fees;

/// <summary>How close a fee is: reminders at 90 and 30 days, due, in the grace period (surcharge running).</summary>
public enum Reminder
{
    Later,
    In90Days,
    In30Days,
    InGrace,
}

/// <summary>The next annual fee of a live patent, as it stands today.</summary>
public sealed record DueFee(Guid PatentId, Guid OrgId, string ApplicationNumber, string Title, PatentType Type, int Year, DateOnly DueOn, DateOnly GraceEndsOn, Cny FullFee, Cny Fee, Cny SurchargeToday, Reminder Reminder);

/// <summary>The fees falling due in one calendar year.</summary>
public sealed record ForecastYear(int Year, int Fees, long FullFen, long FeeFen);

/// <summary>A live patent's grade against the fees still to pay until the end of its term.</summary>
public sealed record KeepOrDrop(Guid PatentId, string ApplicationNumber, string Title, PatentType Type, string? Grade, int? ScoreHundredths, int YearsLeft, long FeesLeftFen, string Advice);

/// <summary>Annual fees of the portfolio: what is due, paying it, lapses and restoration, the forecast and the drop-or-keep list.</summary>
internal sealed class FeeService(PatentsDb db, PatentsAccess access, WorkingDayCalendar calendar, TimeProvider clock)
{
    public RuleBook Book { get; } = RuleBook.Shipped;

    private DateOnly Today => ChinaTime.Today(clock);

    /// <summary>The next unpaid year: the grant year, or the year after the last one paid.</summary>
    public static int NextYear(Patent p) => Math.Max(p.PaidThroughYear + 1, AnnualFeeRules.GrantYear(p.FiledOn, p.GrantedOn!.Value));

    /// <summary>The next fee of every live patent in scope falling due within <paramref name="days"/> days (or already in its grace period).</summary>
    public async Task<IReadOnlyList<DueFee>> DueAsync(int days, CancellationToken ct = default)
    {
        var today = Today;
        var patents = await db.Patents.AsNoTracking().Where(p => p.Status == LegalStatus.Granted && p.GrantedOn != null).ToListAsync(ct);
        var list = new List<DueFee>();
        foreach (var p in patents)
        {
            if (Next(p, today) is { } due && due.DueOn <= today.AddDays(days))
            {
                list.Add(due);
            }
        }

        return list.OrderBy(d => d.DueOn).ThenBy(d => d.ApplicationNumber).ToList();
    }

    public DueFee? Next(Patent p, DateOnly today)
    {
        var year = NextYear(p);
        if (year > AnnualFeeRules.TermYears(Book, p.Type, p.FiledOn))
        {
            return null;
        }

        var granted = p.GrantedOn!.Value;
        var due = AnnualFeeRules.DueOn(Book, calendar, p.FiledOn, granted, year);
        var quote = AnnualFeeRules.Quote(Book, calendar, p.Type, p.FiledOn, granted, year, today > due ? Min(today, GraceEnd(p, year)) : due, p.Reduction, p.OpenLicence);
        var reminder = today > due ? Reminder.InGrace : today >= due.AddDays(-30) ? Reminder.In30Days : today >= due.AddDays(-90) ? Reminder.In90Days : Reminder.Later;
        return new DueFee(p.Id, p.OrgId, p.ApplicationNumber, p.Title, p.Type, year, due, quote.GraceEndsOn, quote.FullFee, quote.Fee, today > due ? quote.Surcharge : Cny.Zero, reminder);
    }

    private DateOnly GraceEnd(Patent p, int year) =>
        year == AnnualFeeRules.GrantYear(p.FiledOn, p.GrantedOn!.Value)
            ? AnnualFeeRules.DueOn(Book, calendar, p.FiledOn, p.GrantedOn.Value, year)
            : AnnualFeeRules.GraceEndsOn(Book, calendar, AnnualFeeRules.NominalDueOn(Book, p.FiledOn, p.GrantedOn.Value, year));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Pays the next year's fee on <paramref name="paidOn"/> with the surcharge of the month it falls in (IR art. 115).</summary>
    public async Task<FeePayment> PayAsync(Guid patentId, int year, DateOnly paidOn, CancellationToken ct = default)
    {
        var patent = RuleViolation.Found(await db.Patents.SingleOrDefaultAsync(p => p.Id == patentId, ct), "patentId", "patents.patent-unknown", "No such patent in your scope.");
        await access.RequireAtAsync(PatentsPermissions.PayFees, patent.OrgId, "patentId", ct);
        RuleViolation.ThrowIf(paidOn > Today, "paidOn", "patents.date-future", $"{paidOn:yyyy-MM-dd} is in the future.", ("on", paidOn));
        RuleViolation.ThrowIf(patent.Status == LegalStatus.Lapsed, "patentId", "patents.patent-lapsed", $"The patent lapsed on {patent.StatusOn:yyyy-MM-dd} for an unpaid fee; restore it first (IR art. 6).", ("on", patent.StatusOn));
        RuleViolation.ThrowIf(patent.Status != LegalStatus.Granted || patent.GrantedOn is null, "patentId", "patents.patent-not-in-force", "Only a granted patent in force pays annual fees.");
        var next = NextYear(patent);
        RuleViolation.ThrowIf(year != next, "year", "patents.year-not-next", $"The next fee to pay is for year {next}.", ("next", next));
        var quote = AnnualFeeRules.Quote(Book, calendar, patent.Type, patent.FiledOn, patent.GrantedOn!.Value, year, paidOn, patent.Reduction, patent.OpenLicence);
        var payment = new FeePayment
        {
            Id = Guid.CreateVersion7(),
            PatentId = patent.Id,
            OrgId = patent.OrgId,
            Year = year,
            DueOn = quote.DueOn,
            PaidOn = paidOn,
            FullFeeFen = quote.FullFee.Fen,
            FeeFen = quote.Fee.Fen,
            SurchargeFen = quote.Surcharge.Fen,
            ReductionPercent = quote.ReductionPercent,
        };
        db.FeePayments.Add(payment);
        patent.PaidThroughYear = year;
        await db.SaveChangesAsync(ct);
        return payment;
    }

    public async Task<IReadOnlyList<FeePayment>> PaymentsAsync(Guid patentId, CancellationToken ct = default) =>
        await db.FeePayments.AsNoTracking().Where(f => f.PatentId == patentId).OrderBy(f => f.Year).ToListAsync(ct);

    /// <summary>
    /// IR art. 115: a patent whose fee is still unpaid when the grace period ends terminates as of the due date; PL art.
    /// 42: one past its term expires. Marks those in the caller's scope where the caller keeps the portfolio.
    /// </summary>
    public async Task<int> MarkLapsedAsync(CancellationToken ct = default)
    {
        var today = Today;
        var live = await db.Patents.Where(p => p.Status == LegalStatus.Granted && p.GrantedOn != null).ToListAsync(ct);
        var changed = 0;
        foreach (var p in live)
        {
            var expires = AnnualFeeRules.ExpiresOn(Book, p.Type, p.FiledOn);
            var year = NextYear(p);
            LegalStatus? to = null;
            var on = today;
            if (year > AnnualFeeRules.TermYears(Book, p.Type, p.FiledOn) || expires < today)
            {
                if (expires < today)
                {
                    (to, on) = (LegalStatus.Expired, expires);
                }
            }
            else if (today > GraceEnd(p, year))
            {
                // IR art. 115: terminated as of the due date the rules give (not the day a holiday rolled it to).
                (to, on) = (LegalStatus.Lapsed, AnnualFeeRules.NominalDueOn(Book, p.FiledOn, p.GrantedOn!.Value, year));
            }

            if (to is { } status && await access.HoldsAtAsync(PatentsPermissions.Keep, p.OrgId, ct))
            {
                p.Status = status;
                p.StatusOn = on;
                db.StatusEvents.Add(new StatusEvent { Id = Guid.CreateVersion7(), PatentId = p.Id, OrgId = p.OrgId, On = on, Status = status, Note = status == LegalStatus.Lapsed ? "IR art. 115" : "PL art. 42" });
                changed++;
            }
        }

        await db.SaveChangesAsync(ct);
        return changed;
    }

    /// <summary>
    /// IR art. 6: restoration within two months of receiving the termination notice, paying the restoration fee and the
    /// missed fee with the 25 % surcharge (reference §2).
    /// </summary>
    public async Task<FeePayment> RestoreAsync(Guid patentId, DateOnly noticeReceivedOn, DateOnly paidOn, CancellationToken ct = default)
    {
        var patent = RuleViolation.Found(await db.Patents.SingleOrDefaultAsync(p => p.Id == patentId, ct), "patentId", "patents.patent-unknown", "No such patent in your scope.");
        await access.RequireAtAsync(PatentsPermissions.PayFees, patent.OrgId, "patentId", ct);
        RuleViolation.ThrowIf(patent.Status != LegalStatus.Lapsed, "patentId", "patents.not-lapsed", "Only a patent that lapsed for an unpaid fee can be restored.");
        var limit = noticeReceivedOn.AddMonths(Book.Months("restoration.months", noticeReceivedOn));
        RuleViolation.ThrowIf(paidOn > limit || paidOn < noticeReceivedOn || paidOn > Today, "paidOn", "patents.restoration-late", $"Restoration must be requested within two months of the notice, by {limit:yyyy-MM-dd} (IR art. 6).", ("limit", limit));
        var year = NextYear(patent);
        var due = AnnualFeeRules.DueOn(Book, calendar, patent.FiledOn, patent.GrantedOn!.Value, year);
        var full = AnnualFeeRules.FullFee(Book, patent.Type, year, due);
        var percent = AnnualFeeRules.ReductionPercent(Book, patent.Reduction, patent.OpenLicence, AnnualFeeRules.GrantYear(patent.FiledOn, patent.GrantedOn.Value), year, due);
        var payment = new FeePayment
        {
            Id = Guid.CreateVersion7(),
            PatentId = patent.Id,
            OrgId = patent.OrgId,
            Year = year,
            DueOn = due,
            PaidOn = paidOn,
            FullFeeFen = full.Fen,
            FeeFen = full.Multiply((100 - percent) / 100m).Fen,
            SurchargeFen = full.Multiply(0.25m).Fen + Cny.FromYuan(Book.Get("restoration.fee", paidOn)).Fen,
            ReductionPercent = percent,
        };
        db.FeePayments.Add(payment);
        patent.PaidThroughYear = year;
        patent.Status = LegalStatus.Granted;
        patent.StatusOn = paidOn;
        db.StatusEvents.Add(new StatusEvent { Id = Guid.CreateVersion7(), PatentId = patent.Id, OrgId = patent.OrgId, On = paidOn, Status = LegalStatus.Granted, Note = "restored (IR art. 6)" });
        await db.SaveChangesAsync(ct);
        return payment;
    }

    /// <summary>
    /// Adds one patent's fees due in calendar years <paramref name="fromYear"/> .. +<paramref name="years"/>-1 to
    /// <paramref name="full"/>/<paramref name="fee"/>/<paramref name="count"/> (indexed by year offset).
    /// </summary>
    public static void AddForecast(RuleBook book, WorkingDayCalendar calendar, PatentType type, DateOnly filed, DateOnly granted, int paidThrough, Reduction reduction, bool open, int fromYear, int years, long[] full, long[] fee, int[] count)
    {
        var grantYear = AnnualFeeRules.GrantYear(filed, granted);
        var term = AnnualFeeRules.TermYears(book, type, filed);
        // AnnualFeeRules.DueOn, with the registration date worked out once per patent.
        var registration = granted.AddMonths(book.Months("first-fee.months", granted));
        for (var y = Math.Max(paidThrough + 1, grantYear); y <= term; y++)
        {
            var anniversary = filed.AddYears(y - 1);
            var nominal = y == grantYear || anniversary < registration ? registration : anniversary;

            // IR art. 5: a due date rolled past holidays; only one in late December can roll into another calendar year.
            var due = nominal.Month == 12 && nominal.Day >= 20 ? AnnualFeeRules.NextWorkingDay(calendar, nominal) : nominal;
            var i = due.Year - fromYear;
            if (i >= years)
            {
                break;
            }

            if (i < 0)
            {
                continue;
            }

            var f = AnnualFeeRules.FullFeeFen(book, type, y, nominal);
            var percent = AnnualFeeRules.ReductionPercent(book, reduction, open, grantYear, y, nominal);
            full[i] += f;
            fee[i] += AnnualFeeRules.PayableFen(f, percent);
            count[i]++;
        }
    }

    /// <summary>The fees the live portfolio in scope will owe in each of the next <paramref name="years"/> calendar years (unpaid years only).</summary>
    public async Task<IReadOnlyList<ForecastYear>> ForecastAsync(int years, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(years is < 1 or > 20, "years", "patents.forecast-years", "Forecast 1 to 20 years.", ("years", years));
        var from = Today.Year;
        var full = new long[years];
        var fee = new long[years];
        var count = new int[years];
        await foreach (var p in db.Patents.AsNoTracking().Where(p => p.Status == LegalStatus.Granted && p.GrantedOn != null)
                           .Select(p => new { p.Type, p.FiledOn, p.GrantedOn, p.PaidThroughYear, p.Reduction, p.OpenLicence }).AsAsyncEnumerable().WithCancellation(ct))
        {
            AddForecast(Book, calendar, p.Type, p.FiledOn, p.GrantedOn!.Value, p.PaidThroughYear, p.Reduction, p.OpenLicence, from, years, full, fee, count);
        }

        return Enumerable.Range(0, years).Select(i => new ForecastYear(from + i, count[i], full[i], fee[i])).ToList();
    }

    /// <summary>
    /// The drop-or-keep list: each live granted patent's latest grade for the purpose against the fees left to the end
    /// of its term. Grade A/B keep; C review when more than 10,000 yuan is left; D drop (advice, not a decision).
    /// </summary>
    public async Task<IReadOnlyList<KeepOrDrop>> KeepOrDropAsync(Guid weightSetId, CancellationToken ct = default)
    {
        var today = Today;
        var patents = await db.Patents.AsNoTracking().Where(p => p.Status == LegalStatus.Granted && p.GrantedOn != null).ToListAsync(ct);
        var scores = await db.Scores.AsNoTracking().Where(s => s.WeightSetId == weightSetId)
            .Select(s => new { s.PatentId, s.ScoreHundredths, s.Grade, s.ScoredOn }).ToListAsync(ct);
        var latest = scores.GroupBy(s => s.PatentId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.ScoredOn).First());
        var list = new List<KeepOrDrop>();
        foreach (var p in patents)
        {
            var years = 40;
            var full = new long[years];
            var fee = new long[years];
            var count = new int[years];
            AddForecast(Book, calendar, p.Type, p.FiledOn, p.GrantedOn!.Value, p.PaidThroughYear, p.Reduction, p.OpenLicence, today.Year - 1, years, full, fee, count);
            var left = fee.Sum();
            var s = latest.GetValueOrDefault(p.Id);
            var advice = s?.Grade switch
            {
                "A" or "B" => "keep",
                "C" => left > 1_000_000 ? "review" : "keep",
                "D" => "drop",
                _ => "score",
            };
            list.Add(new KeepOrDrop(p.Id, p.ApplicationNumber, p.Title, p.Type, s?.Grade, s?.ScoreHundredths, count.Sum(), left, advice));
        }

        return list.OrderBy(k => k.Advice switch { "drop" => 0, "review" => 1, "score" => 3, _ => 2 }).ThenByDescending(k => k.FeesLeftFen).ToList();
    }
}
