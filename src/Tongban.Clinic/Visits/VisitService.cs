using Microsoft.EntityFrameworkCore;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Patients;
using Tongban.Clinic.Scores;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic.Visits;

/// <summary>A visit as entered: lab values by analyte, HBV DNA as a censored value, the analytes confirmed beyond the soft limits.</summary>
public sealed record NewVisit(
    Guid PatientId,
    DateOnly On,
    IReadOnlyDictionary<Analyte, decimal> Labs,
    bool HbvDnaBelowLimit = false,
    decimal? HbvDnaLowerLimit = null,
    string? Imaging = null,
    Ascites? Ascites = null,
    Encephalopathy? Encephalopathy = null,
    bool Dialysis = false,
    IReadOnlyCollection<FollowUpItem>? ItemsDone = null,
    IReadOnlyCollection<Analyte>? Confirmed = null);

public sealed record VisitView(
    Guid Id,
    DateOnly On,
    string Doctor,
    IReadOnlyDictionary<Analyte, decimal> Labs,
    bool HbvDnaBelowLimit,
    decimal? HbvDnaLowerLimit,
    string Imaging,
    int? ChildPughPoints,
    ChildPughClass? ChildPughClass,
    int? Meld,
    int? MeldNa,
    string ScoreVersions);

/// <summary>One trend series with the reference band for the patient's sex (log10 for HBV DNA).</summary>
public sealed record TrendSeries(Analyte Analyte, bool Log10, decimal? BandLow, decimal? BandHigh, IReadOnlyList<(DateOnly On, decimal Value, bool Censored)> Points);

public sealed record LimitView(Analyte Analyte, Sex? Sex, DateOnly ValidFrom, decimal HardLow, decimal HardHigh, decimal? SoftLow, decimal? SoftHigh, decimal? RangeLow, decimal? RangeHigh, string Source);

/// <summary>Visits with labs and scores, and the patient's trends.</summary>
internal sealed class VisitService(ClinicDb db, ClinicAccess access, SensitiveRecordAccess sensitive, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<LabLimits> LimitsAsync(DateOnly on, CancellationToken ct = default) =>
        new(await db.LabLimits.AsNoTracking().Where(l => l.ValidFrom <= on).ToListAsync(ct));

    public async Task<IReadOnlyList<LimitView>> LimitRowsAsync(CancellationToken ct = default) =>
        (await db.LabLimits.AsNoTracking().ToListAsync(ct)).OrderBy(l => l.Analyte).ThenBy(l => l.Sex).ThenByDescending(l => l.ValidFrom)
            .Select(l => new LimitView(l.Analyte, l.Sex, l.ValidFrom, l.HardLow, l.HardHigh, l.SoftLow, l.SoftHigh, l.RangeLow, l.RangeHigh, l.Source)).ToList();

    /// <summary>
    /// Records a visit (issue 14 item 2): a value beyond the hard limits is refused naming field and limit; one beyond
    /// the soft limits is kept only when confirmed; HBV DNA below the assay's limit is stored as "&lt; limit"; the scores
    /// are computed when their inputs are all there (item 3); the items done move their next due dates.
    /// </summary>
    public async Task<Guid> RecordAsync(NewVisit input, CancellationToken ct = default)
    {
        var patient = RuleViolation.Found(await db.Patients.SingleOrDefaultAsync(p => p.Id == input.PatientId, ct), "patientId", "clinic.patient-unknown", "No such patient in your teams.");
        await access.EnsureAsync(ClinicPermissions.Treat, patient.OrgId, ct);
        RuleViolation.ThrowIf(input.On > Today, "on", "clinic.date-future", "The date is after today.");
        RuleViolation.ThrowIf(input.On < patient.BirthDate, "on", "clinic.date-before-birth", "The date is before the patient's birth.");
        var limits = await LimitsAsync(input.On, ct);
        var labs = new Dictionary<Analyte, decimal>(input.Labs);
        if (input.HbvDnaBelowLimit)
        {
            RuleViolation.ThrowIf(input.HbvDnaLowerLimit is not > 0, "hbvDnaLowerLimit", "clinic.hbv-dna-limit", "HBV DNA below the limit of detection needs the assay's limit (e.g. 20 IU/mL).");
            labs[Analyte.HbvDna] = input.HbvDnaLowerLimit!.Value;
        }

        var confirmed = input.Confirmed ?? [];
        foreach (var (analyte, value) in labs)
        {
            RuleViolation.ThrowIf(!Enum.IsDefined(analyte), "labs", "clinic.analyte-unknown", "Unknown analyte.");
            limits.Hard(analyte, value, patient.Sex, LabLimits.Field(analyte));
            RuleViolation.ThrowIf(
                limits.NeedsConfirmation(analyte, value, patient.Sex) && !confirmed.Contains(analyte),
                LabLimits.Field(analyte),
                "clinic.lab-confirm",
                $"{value} is beyond the usual limits; confirm it to keep it.",
                ("value", LabLimits.Text(value)));
        }

        var visit = new Visit
        {
            Id = Guid.CreateVersion7(),
            OrgId = patient.OrgId,
            PatientId = patient.Id,
            On = input.On,
            Doctor = access.Me,
            Alt = Get(labs, Analyte.Alt),
            Ast = Get(labs, Analyte.Ast),
            Ggt = Get(labs, Analyte.Ggt),
            Alp = Get(labs, Analyte.Alp),
            TotalBilirubin = Get(labs, Analyte.TotalBilirubin),
            DirectBilirubin = Get(labs, Analyte.DirectBilirubin),
            Albumin = Get(labs, Analyte.Albumin),
            ProthrombinTime = Get(labs, Analyte.ProthrombinTime),
            Inr = Get(labs, Analyte.Inr),
            Platelets = Get(labs, Analyte.Platelets),
            Creatinine = Get(labs, Analyte.Creatinine),
            Sodium = Get(labs, Analyte.Sodium),
            Afp = Get(labs, Analyte.Afp),
            HbvDna = Get(labs, Analyte.HbvDna),
            HbvDnaBelowLimit = input.HbvDnaBelowLimit,
            HbvDnaLowerLimit = input.HbvDnaBelowLimit ? input.HbvDnaLowerLimit : null,
            Imaging = Imaging(input.Imaging),
            Ascites = input.Ascites,
            Encephalopathy = input.Encephalopathy,
            Dialysis = input.Dialysis,
            Confirmed = string.Join(',', confirmed.Where(labs.ContainsKey).Order()),
        };
        Score(visit, limits);
        db.Visits.Add(visit);
        var items = input.ItemsDone ?? [];
        db.VisitItems.AddRange(items.Distinct().Select(i => new VisitItem { Id = Guid.CreateVersion7(), OrgId = visit.OrgId, VisitId = visit.Id, PatientId = patient.Id, Item = i, On = input.On }));
        FollowUpService.MarkDone(await db.DueItems.Where(d => d.PatientId == patient.Id).ToListAsync(ct), items, input.On);
        patient.LastContactOn = FollowUpService.Max(patient.LastContactOn, input.On);
        await db.SaveChangesAsync(ct);
        return visit.Id;
    }

    private static decimal? Get(Dictionary<Analyte, decimal> labs, Analyte a) => labs.TryGetValue(a, out var v) ? v : null;

    private static string Imaging(string? text)
    {
        var t = text?.Trim() ?? "";
        RuleViolation.ThrowIf(t.Length > 1000, "imaging", "clinic.imaging-too-long", "Imaging findings have at most 1000 characters.");
        return t;
    }

    /// <summary>Reference section 4: Child-Pugh and MELD when their inputs are all present; MELD-Na when sodium is known.</summary>
    internal static void Score(Visit v, LabLimits limits)
    {
        if (v is { TotalBilirubin: { } bili, Albumin: { } alb, Inr: { } inr, Creatinine: { } cr, Ascites: { } asc, Encephalopathy: { } enc })
        {
            var r = LiverScores.Compute(new ScoreInput(bili, alb, inr, cr, asc, enc, v.Sodium, v.Dialysis), limits);
            (v.ChildPughPoints, v.ChildPughClass, v.Meld, v.MeldNa) = (r.ChildPughPoints, r.ChildPughClass, r.Meld, r.MeldNa);
            v.ScoreVersions = r.MeldNa is null
                ? $"{ScoreResult.ChildPughVersion};{ScoreResult.MeldVersion}"
                : $"{ScoreResult.ChildPughVersion};{ScoreResult.MeldVersion};{ScoreResult.MeldNaVersion}";
        }
    }

    /// <summary>A patient's visits, newest first; the read is audited with its purpose.</summary>
    public async Task<IReadOnlyList<VisitView>> VisitsAsync(Guid patientId, string purpose, CancellationToken ct = default)
    {
        var patient = RuleViolation.Found(await sensitive.ReadAsync<Patients.Patient>(db, p => p.Id == patientId, purpose, ct), "patientId", "clinic.patient-unknown", "No such patient in your teams.");
        var visits = await db.Visits.AsNoTracking().Where(v => v.PatientId == patient.Id).OrderByDescending(v => v.On).ToListAsync(ct);
        return visits.Select(v => new VisitView(v.Id, v.On, v.Doctor, Labs(v), v.HbvDnaBelowLimit, v.HbvDnaLowerLimit, v.Imaging, v.ChildPughPoints, v.ChildPughClass, v.Meld, v.MeldNa, v.ScoreVersions)).ToList();
    }

    internal static IReadOnlyDictionary<Analyte, decimal> Labs(Visit v)
    {
        var labs = new Dictionary<Analyte, decimal>();
        void Add(Analyte a, decimal? x)
        {
            if (x is { } value)
            {
                labs[a] = value;
            }
        }

        Add(Analyte.Alt, v.Alt);
        Add(Analyte.Ast, v.Ast);
        Add(Analyte.Ggt, v.Ggt);
        Add(Analyte.Alp, v.Alp);
        Add(Analyte.TotalBilirubin, v.TotalBilirubin);
        Add(Analyte.DirectBilirubin, v.DirectBilirubin);
        Add(Analyte.Albumin, v.Albumin);
        Add(Analyte.ProthrombinTime, v.ProthrombinTime);
        Add(Analyte.Inr, v.Inr);
        Add(Analyte.Platelets, v.Platelets);
        Add(Analyte.Creatinine, v.Creatinine);
        Add(Analyte.Sodium, v.Sodium);
        Add(Analyte.Afp, v.Afp);
        Add(Analyte.HbvDna, v.HbvDna);
        return labs;
    }

    /// <summary>
    /// Issue 14 item 2: ALT, log10 HBV DNA and AFP over time with the reference band of the patient's sex (the upper
    /// limit for HBV DNA is the assay's lower limit of detection: below it is "undetectable").
    /// </summary>
    public async Task<IReadOnlyList<TrendSeries>> TrendsAsync(Guid patientId, string purpose, CancellationToken ct = default)
    {
        var patient = RuleViolation.Found(await sensitive.ReadAsync<Patients.Patient>(db, p => p.Id == patientId, purpose, ct), "patientId", "clinic.patient-unknown", "No such patient in your teams.");
        var visits = await db.Visits.AsNoTracking().Where(v => v.PatientId == patient.Id).OrderBy(v => v.On).ToListAsync(ct);
        var limits = await LimitsAsync(Today, ct);
        return Trends(visits, limits, patient.Sex);
    }

    internal static IReadOnlyList<TrendSeries> Trends(IReadOnlyList<Visit> visits, LabLimits limits, Sex sex)
    {
        var alt = limits.For(Analyte.Alt, sex);
        var afp = limits.For(Analyte.Afp, sex);
        var dna = limits.For(Analyte.HbvDna, sex);
        return
        [
            new(Analyte.Alt, false, alt.RangeLow, alt.RangeHigh, visits.Where(v => v.Alt is not null).Select(v => (v.On, v.Alt!.Value, false)).ToList()),
            new(Analyte.HbvDna, true, null, dna.RangeHigh is { } h ? Log10(h) : null, visits.Where(v => v.HbvDna is not null).Select(v => (v.On, Log10(v.HbvDna!.Value), v.HbvDnaBelowLimit)).ToList()),
            new(Analyte.Afp, false, afp.RangeLow, afp.RangeHigh, visits.Where(v => v.Afp is not null).Select(v => (v.On, v.Afp!.Value, false)).ToList()),
        ];
    }

    /// <summary>log10 of a copy number, two decimals (a value of 0 or below is never stored: reference 3).</summary>
    public static decimal Log10(decimal value) => value <= 0 ? 0 : Math.Round((decimal)Math.Log10((double)value), 2, MidpointRounding.AwayFromZero);
}
