using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic.Formulary;

public sealed record DrugView(string Code, string NameZh, string NameEn, string Group, decimal UnitPrice, decimal UnitsPerDay, decimal DailyCost, bool Procured, Contraindication BlockedBy, DateOnly PriceFrom, string PriceSource);

public sealed record ExaminationView(string Code, string NameZh, string NameEn, long PriceFen, bool Optional, string SkipWhenZh, string SkipWhenEn);

/// <summary>What the order form shows: the drug asked for and the cheapest effective equivalent, both daily costs, the saving and each out-of-pocket estimate.</summary>
public sealed record OrderOffer(
    DrugView Asked,
    DrugView Cheapest,
    int Days,
    long AskedCostFen,
    long CheapestCostFen,
    long SavingFen,
    long AskedOutOfPocketFen,
    long CheapestOutOfPocketFen,
    InsuranceCategory? AskedCategory,
    InsuranceCategory? CheapestCategory);

public sealed record NewDrugOrder(Guid PatientId, string DrugCode, int Days, bool TakeCheapest, KeepReason? Reason = null, Contraindication Conditions = Contraindication.None, string? OffFormularyName = null, decimal? OffFormularyDailyCost = null);

internal sealed record SavingsGroup(int Month, string Doctor, Guid Id, int Orders, int Switched, long Saving, long Offered);

public sealed record SavingsRow(int Month, string Key, int Orders, int Switched, decimal SwitchRate, long SavingFen, long OfferedFen);

public enum SavingsBy
{
    Doctor = 1,
    Team = 2,
    Patient = 3,
}

/// <summary>Cost-conscious ordering (issue 14 item 4): the formulary, the offer of the cheapest equivalent, orders and the savings report.</summary>
internal sealed class OrderService(ClinicDb db, ClinicAccess access, KernelDb kernel, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    private static DrugView View(Drug d) => new(d.Code, d.NameZh, d.NameEn, d.Group, d.UnitPrice, d.UnitsPerDay, OrderRules.DailyCost(d.UnitPrice, d.UnitsPerDay), d.Procured, d.BlockedBy, d.PriceFrom, d.PriceSource);

    public async Task<IReadOnlyList<DrugView>> DrugsAsync(CancellationToken ct = default) =>
        (await db.Drugs.AsNoTracking().OrderBy(d => d.Group).ThenBy(d => d.Code).ToListAsync(ct)).Select(View).ToList();

    public async Task<IReadOnlyList<ExaminationView>> ExaminationsAsync(CancellationToken ct = default) =>
        await db.Examinations.AsNoTracking().OrderBy(e => e.Code).Select(e => new ExaminationView(e.Code, e.NameZh, e.NameEn, e.PriceFen, e.Optional, e.SkipWhenZh, e.SkipWhenEn)).ToListAsync(ct);

    /// <summary>A new price for a drug from a date, with its source (reference 2a: prices vary by province and cycle; never hard-coded).</summary>
    public async Task SetPriceAsync(string code, decimal unitPrice, DateOnly from, string source, CancellationToken ct = default)
    {
        access.EnsureHeld(ClinicPermissions.EditSchedules);
        var drug = RuleViolation.Found(await db.Drugs.SingleOrDefaultAsync(d => d.Code == code, ct), "drug", "clinic.drug-not-in-formulary", $"{code} is not in the formulary.", ("code", code));
        RuleViolation.ThrowIf(unitPrice <= 0 || decimal.Round(unitPrice, 4) != unitPrice, "unitPrice", "clinic.unit-price", "A unit price is above zero with at most four decimals.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(source), "source", "clinic.price-source", "Name the price's source.");
        (drug.UnitPrice, drug.PriceFrom, drug.PriceSource) = (unitPrice, from, source.Trim());
        await db.SaveChangesAsync(ct);
    }

    private async Task<(InsuranceCategory? Category, decimal? SelfPay)> CategoryAsync(string code, string province, int year, CancellationToken ct)
    {
        var row = await db.DrugCategories.AsNoTracking().Where(c => c.DrugCode == code && c.Province == province && c.CatalogueYear <= year)
            .OrderByDescending(c => c.CatalogueYear).FirstOrDefaultAsync(ct);
        return row is null ? (null, null) : (row.Category, row.SelfPayPercent);
    }

    /// <summary>The offer for a patient: the group's cheapest member their conditions allow, with costs over the days and out-of-pocket estimates.</summary>
    public async Task<OrderOffer> OfferAsync(Guid patientId, string drugCode, int days, Contraindication conditions, CancellationToken ct = default)
    {
        OrderRules.Days(days);
        var patient = RuleViolation.Found(await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, ct), "patientId", "clinic.patient-unknown", "No such patient in your teams.");
        var asked = RuleViolation.Found(await db.Drugs.AsNoTracking().SingleOrDefaultAsync(d => d.Code == drugCode, ct), "drug", "clinic.drug-not-in-formulary", $"{drugCode} is not in the formulary.", ("code", drugCode));
        var group = await db.Drugs.AsNoTracking().Where(d => d.Group == asked.Group).ToListAsync(ct);
        var cheapest = OrderRules.Cheapest(asked, group, conditions);
        var province = patient.DivisionCode[..2];
        var year = Today.Year;
        var (askedCat, askedShare) = await CategoryAsync(asked.Code, province, year, ct);
        var (cheapCat, cheapShare) = await CategoryAsync(cheapest.Code, province, year, ct);
        var a = View(asked);
        var c = View(cheapest);
        return new OrderOffer(
            a,
            c,
            days,
            OrderRules.OutOfPocket(a.DailyCost, days, 100m).Fen,
            OrderRules.OutOfPocket(c.DailyCost, days, 100m).Fen,
            OrderRules.Saving(a.DailyCost, c.DailyCost, days).Fen,
            OrderRules.OutOfPocket(a.DailyCost, days, askedShare).Fen,
            OrderRules.OutOfPocket(c.DailyCost, days, cheapShare).Fen,
            askedCat,
            cheapCat);
    }

    /// <summary>
    /// Places the order: the cheapest equivalent (the saving recorded) or the drug asked for with a reason from the list;
    /// a drug outside the formulary needs a reason too (issue 14 item 10).
    /// </summary>
    public async Task<Guid> PlaceAsync(NewDrugOrder input, CancellationToken ct = default)
    {
        OrderRules.Days(input.Days);
        var patient = RuleViolation.Found(await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.PatientId, ct), "patientId", "clinic.patient-unknown", "No such patient in your teams.");
        await access.EnsureAsync(ClinicPermissions.Treat, patient.OrgId, ct);
        var today = Today;
        var order = new DrugOrder { Id = Guid.CreateVersion7(), OrgId = patient.OrgId, PatientId = patient.Id, Doctor = access.Me, On = today, Month = (today.Year * 100) + today.Month, Days = input.Days };
        if (!string.IsNullOrWhiteSpace(input.OffFormularyName))
        {
            OrderRules.ReasonGiven(true, input.Reason, "reason");
            RuleViolation.ThrowIf(input.OffFormularyDailyCost is not > 0, "dailyCost", "clinic.daily-cost", "Give the drug's daily cost.");
            var daily = input.OffFormularyDailyCost!.Value;
            (order.AskedCode, order.GivenCode, order.CheapestCode, order.OffFormularyName, order.KeptReason) = ("-", "-", "-", input.OffFormularyName.Trim(), input.Reason);
            (order.AskedDailyCost, order.CheapestDailyCost, order.CostFen, order.OutOfPocketFen) = (daily, daily, OrderRules.OutOfPocket(daily, input.Days, 100m).Fen, OrderRules.OutOfPocket(daily, input.Days, 100m).Fen);
        }
        else
        {
            RuleViolation.ThrowIf(!await db.Drugs.AnyAsync(d => d.Code == input.DrugCode, ct), "drug", "clinic.drug-outside-formulary", $"{input.DrugCode} is not in the formulary; order it by name with a reason.", ("code", input.DrugCode));
            var offer = await OfferAsync(input.PatientId, input.DrugCode, input.Days, input.Conditions, ct);
            var dearer = offer.Cheapest.Code != offer.Asked.Code;
            var take = input.TakeCheapest && dearer;
            OrderRules.ReasonGiven(dearer && !take, input.Reason, "reason");
            order.AskedCode = offer.Asked.Code;
            order.CheapestCode = offer.Cheapest.Code;
            order.GivenCode = take ? offer.Cheapest.Code : offer.Asked.Code;
            order.AskedDailyCost = offer.Asked.DailyCost;
            order.CheapestDailyCost = offer.Cheapest.DailyCost;
            order.OfferedSavingFen = offer.SavingFen;
            order.SavingFen = take ? offer.SavingFen : 0;
            order.Switched = take;
            order.KeptReason = dearer && !take ? input.Reason : null;
            order.CostFen = take ? offer.CheapestCostFen : offer.AskedCostFen;
            order.OutOfPocketFen = take ? offer.CheapestOutOfPocketFen : offer.AskedOutOfPocketFen;
        }

        db.DrugOrders.Add(order);
        await db.SaveChangesAsync(ct);
        return order.Id;
    }

    /// <summary>An examination order; one marked optional ("may be skipped when ...") needs a reason.</summary>
    public async Task<Guid> OrderExaminationAsync(Guid patientId, string code, KeepReason? reason, CancellationToken ct = default)
    {
        var patient = RuleViolation.Found(await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, ct), "patientId", "clinic.patient-unknown", "No such patient in your teams.");
        await access.EnsureAsync(ClinicPermissions.Treat, patient.OrgId, ct);
        var exam = RuleViolation.Found(await db.Examinations.AsNoTracking().SingleOrDefaultAsync(e => e.Code == code, ct), "examination", "clinic.examination-unknown", $"{code} is not in the catalogue.", ("code", code));
        OrderRules.ReasonGiven(exam.Optional, reason, "reason");
        var order = new ExaminationOrder { Id = Guid.CreateVersion7(), OrgId = patient.OrgId, PatientId = patientId, Doctor = access.Me, On = Today, ExaminationCode = code, PriceFen = exam.PriceFen, Reason = exam.Optional ? reason : null };
        db.ExaminationOrders.Add(order);
        await db.SaveChangesAsync(ct);
        return order.Id;
    }

    /// <summary>
    /// The savings report (issue 14 item 4): money saved by giving the cheapest equivalent, per doctor, team or patient
    /// by month, with the switch rate (switched over orders where a cheaper equivalent was offered), grouped in the database.
    /// </summary>
    public async Task<IReadOnlyList<SavingsRow>> SavingsAsync(int fromMonth, int toMonth, SavingsBy by, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(fromMonth > toMonth, "from", "clinic.month-range", "The first month is after the last.");
        var q = db.DrugOrders.AsNoTracking().Where(o => o.Month >= fromMonth && o.Month <= toMonth && o.OfferedSavingFen > 0);
        var rows = by switch
        {
            SavingsBy.Doctor => await q.GroupBy(o => new { o.Month, o.Doctor })
                .Select(g => new SavingsGroup(g.Key.Month, g.Key.Doctor, Guid.Empty, g.Count(), g.Count(o => o.Switched), g.Sum(o => o.SavingFen), g.Sum(o => o.OfferedSavingFen))).ToListAsync(ct),
            SavingsBy.Team => await q.GroupBy(o => new { o.Month, o.OrgId })
                .Select(g => new SavingsGroup(g.Key.Month, "", g.Key.OrgId, g.Count(), g.Count(o => o.Switched), g.Sum(o => o.SavingFen), g.Sum(o => o.OfferedSavingFen))).ToListAsync(ct),
            _ => await q.GroupBy(o => new { o.Month, o.PatientId })
                .Select(g => new SavingsGroup(g.Key.Month, "", g.Key.PatientId, g.Count(), g.Count(o => o.Switched), g.Sum(o => o.SavingFen), g.Sum(o => o.OfferedSavingFen))).ToListAsync(ct),
        };
        var orgIds = by == SavingsBy.Team ? rows.Select(r => r.Id).Distinct().ToList() : [];
        var names = await kernel.Orgs.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => ClinicTexts.Chinese ? o.NameZh : o.NameEn, ct);
        string Key(SavingsGroup r) => by switch
        {
            SavingsBy.Doctor => r.Doctor,
            SavingsBy.Team => names.GetValueOrDefault(r.Id) ?? r.Id.ToString(),
            _ => r.Id.ToString(),
        };
        return rows.OrderBy(r => r.Month).ThenByDescending(r => r.Saving)
            .Select(r => new SavingsRow(r.Month, Key(r), r.Orders, r.Switched, r.Orders == 0 ? 0 : Math.Round(100m * r.Switched / r.Orders, 1, MidpointRounding.AwayFromZero), r.Saving, r.Offered)).ToList();
    }
}
