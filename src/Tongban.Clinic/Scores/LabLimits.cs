using System.Globalization;
using Tongban.Clinic.Patients;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic.Scores;

/// <summary>The lab values that matter in hepatology, in the SI units of Chinese lab reports (reference section 3).</summary>
public enum Analyte
{
    Alt = 1,
    Ast = 2,
    Ggt = 3,
    Alp = 4,
    TotalBilirubin = 5,
    DirectBilirubin = 6,
    Albumin = 7,
    ProthrombinTime = 8,
    Inr = 9,
    Platelets = 10,
    Creatinine = 11,
    Sodium = 12,
    Afp = 13,
    HbvDna = 14,
}

/// <summary>
/// One analyte's limits from a date, with their source: hard limits refuse a value as impossible or a unit error, soft
/// limits ask the user to confirm; the reference range is per sex (null for both). Reference section 3 tags the limits
/// [M] (engineering proposals), so they are editable dated data.
/// </summary>
public sealed class LabLimit
{
    public Guid Id { get; set; }

    public Analyte Analyte { get; set; }

    public Sex? Sex { get; set; }

    public DateOnly ValidFrom { get; set; }

    public decimal HardLow { get; set; }

    public decimal HardHigh { get; set; }

    public decimal? SoftLow { get; set; }

    public decimal? SoftHigh { get; set; }

    public decimal? RangeLow { get; set; }

    public decimal? RangeHigh { get; set; }

    public string Source { get; set; } = "";
}

/// <summary>The limits in force, by analyte and sex.</summary>
public sealed class LabLimits(IReadOnlyList<LabLimit> rows)
{
    public static readonly DateOnly ShippedFrom = new(2018, 12, 1);

    /// <summary>Reference section 3: hard and soft limits ([M] proposals) and adult reference ranges (WS/T 404, 405; [S]).</summary>
    public static readonly IReadOnlyList<LabLimit> Shipped =
    [
        Row(Analyte.Alt, null, 0, 20_000, null, 1_000, null, null, "reference 3: hard < 0 or > 20,000, confirm > 1,000 [M]"),
        Row(Analyte.Alt, Sex.Male, 0, 20_000, null, 1_000, 9, 50, "reference 3: WS/T 404 male 9-50 U/L [S]; limits [M]"),
        Row(Analyte.Alt, Sex.Female, 0, 20_000, null, 1_000, 7, 40, "reference 3: WS/T 404 female 7-40 U/L [S]; limits [M]"),
        Row(Analyte.Ast, Sex.Male, 0, 30_000, null, 1_000, 15, 40, "reference 3: male 15-40 U/L [S]; hard > 30,000 [M]"),
        Row(Analyte.Ast, Sex.Female, 0, 30_000, null, 1_000, 13, 35, "reference 3: female 13-35 U/L [S]; hard > 30,000 [M]"),
        Row(Analyte.Ggt, Sex.Male, 0, 20_000, null, 2_000, 10, 60, "reference 3: GGT male 10-60 U/L [S]; limits [M]"),
        Row(Analyte.Ggt, Sex.Female, 0, 20_000, null, 2_000, 7, 45, "reference 3: GGT female 7-45 U/L [S]; limits [M]"),
        Row(Analyte.Alp, Sex.Male, 0, 10_000, null, 1_500, 45, 125, "reference 3: ALP male 45-125 U/L [S]; limits [M]"),
        Row(Analyte.Alp, Sex.Female, 0, 10_000, null, 1_500, 35, 100, "reference 3: ALP female 35-100 U/L [S]; limits [M]"),
        Row(Analyte.TotalBilirubin, Sex.Male, 0, 1_000, null, 500, null, 26.0m, "reference 3: WS/T 404.4-2018 male ≤ 26.0 µmol/L [S]; hard > 1,000, confirm > 500 [M]"),
        Row(Analyte.TotalBilirubin, Sex.Female, 0, 1_000, null, 500, null, 21.0m, "reference 3: WS/T 404.4-2018 female ≤ 21.0 µmol/L [S]; limits [M]"),
        Row(Analyte.TotalBilirubin, null, 0, 1_000, null, 500, null, 23.0m, "reference 3: WS/T 404.4-2018 ≤ 23.0 µmol/L [S]; limits [M]"),
        Row(Analyte.DirectBilirubin, null, 0, 800, null, 400, null, 8.0m, "reference 3: ≤ 8.0 µmol/L (method-dependent) [S]; limits [M]"),
        Row(Analyte.Albumin, null, 5, 70, 15, 55, 40, 55, "reference 3: 40-55 g/L [S]; hard < 5 or > 70, confirm < 15 or > 55 [M]"),
        Row(Analyte.ProthrombinTime, null, 5, 200, null, 60, 11, 14, "reference 3: PT ≈ 11-14 s [S/M]; hard < 5 or > 200, confirm > 60 [M]"),
        Row(Analyte.Inr, null, 0.5m, 20, null, 6, 0.8m, 1.2m, "reference 3: INR 0.8-1.2 [S/M]; hard < 0.5 or > 20, confirm > 6 [M]"),
        Row(Analyte.Platelets, null, 0, 2_000, 10, 1_000, 125, 350, "reference 3: WS/T 405 125-350 ×10⁹/L [S]; limits [M]"),
        Row(Analyte.Creatinine, Sex.Male, 10, 3_000, null, 700, 57, 97, "reference 3: WS/T 404.5-2015 male 57-97 µmol/L [S]; hard < 10 or > 3,000 [M]"),
        Row(Analyte.Creatinine, Sex.Female, 10, 3_000, null, 700, 41, 73, "reference 3: WS/T 404.5-2015 female 41-73 µmol/L [S]; limits [M]"),
        Row(Analyte.Creatinine, null, 10, 3_000, null, 700, null, null, "reference 3: hard < 10 or > 3,000, confirm > 700 [M]"),
        Row(Analyte.Sodium, null, 90, 200, 120, 160, 137, 147, "reference 3: 137-147 mmol/L [S]; hard < 90 or > 200, confirm < 120 or > 160 [M]"),
        Row(Analyte.Afp, null, 0, 1_000_000, null, 10_000, null, 20, "reference 3: upper limit ≤ 7-20 ng/mL by kit [S]; hard > 1,000,000, confirm > 10,000 [M]"),
        Row(Analyte.HbvDna, null, 0, 10_000_000_000, null, 1_000_000_000, null, 20, "reference 3: high-sensitivity PCR LLOD 10-20 IU/mL [M]; hard > 1e10 (lg > 10), confirm lg > 9 [M]"),
    ];

    public static LabLimits Default { get; } = new(Shipped);

    private static int _next;

    private static LabLimit Row(Analyte a, Sex? sex, decimal hardLow, decimal hardHigh, decimal? softLow, decimal? softHigh, decimal? low, decimal? high, string source) => new()
    {
        Id = new Guid(0x0c12_0000 + Interlocked.Increment(ref _next), 0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
        Analyte = a,
        Sex = sex,
        ValidFrom = ShippedFrom,
        HardLow = hardLow,
        HardHigh = hardHigh,
        SoftLow = softLow,
        SoftHigh = softHigh,
        RangeLow = low,
        RangeHigh = high,
        Source = source,
    };

    /// <summary>The row in force for an analyte and sex: the latest valid row for that sex, else for both sexes.</summary>
    public LabLimit For(Analyte analyte, Sex? sex = null) =>
        rows.Where(r => r.Analyte == analyte && r.Sex == sex).OrderByDescending(r => r.ValidFrom).FirstOrDefault()
            ?? rows.Where(r => r.Analyte == analyte && r.Sex == null).OrderByDescending(r => r.ValidFrom).FirstOrDefault()
            ?? rows.Where(r => r.Analyte == analyte).OrderByDescending(r => r.ValidFrom).First();

    public static string Field(Analyte analyte) => analyte switch
    {
        Analyte.TotalBilirubin => "bilirubin",
        Analyte.Inr => "inr",
        _ => char.ToLowerInvariant(analyte.ToString()[0]) + analyte.ToString()[1..],
    };

    /// <summary>Reference section 3: a value outside the hard limits is impossible or a unit error; refused naming field and limit.</summary>
    public void Hard(Analyte analyte, decimal value, Sex? sex = null, string? field = null)
    {
        var l = For(analyte, sex);
        var name = field ?? Field(analyte);
        RuleViolation.ThrowIf(value < l.HardLow, name, "clinic.lab-below-hard", $"{value} is below the hard limit {l.HardLow}.", ("value", Text(value)), ("limit", Text(l.HardLow)));
        RuleViolation.ThrowIf(value > l.HardHigh, name, "clinic.lab-above-hard", $"{value} is above the hard limit {l.HardHigh}.", ("value", Text(value)), ("limit", Text(l.HardHigh)));
    }

    /// <summary>Reference section 3: beyond the soft limits the value is kept only after the user confirms it.</summary>
    public bool NeedsConfirmation(Analyte analyte, decimal value, Sex? sex = null)
    {
        var l = For(analyte, sex);
        return (l.SoftLow is { } lo && value < lo) || (l.SoftHigh is { } hi && value > hi);
    }

    public static string Text(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
