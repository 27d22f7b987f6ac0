using Tongban.Clinic.Patients;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic.FollowUp;

/// <summary>Next due dates and the intervals shipped with the module (reference section 1, every row [M]: editable data).</summary>
public static class FollowUpRules
{
    /// <summary>
    /// Reference section 1: each item recurs at its interval from the last one done; an item never done is due on the
    /// day of enrolment (the baseline work-up).
    /// </summary>
    public static DateOnly NextDue(DateOnly enrolledOn, DateOnly? lastDoneOn, int intervalMonths) =>
        lastDoneOn is { } last ? last.AddMonths(intervalMonths) : enrolledOn;

    /// <summary>Days past the due date on <paramref name="asOf"/>; zero when not yet due.</summary>
    public static int DaysOverdue(DateOnly nextDue, DateOnly asOf) => Math.Max(0, asOf.DayNumber - nextDue.DayNumber);

    public static void Interval(int months) =>
        RuleViolation.ThrowIf(months is < 1 or > 60, "intervalMonths", "clinic.interval-months", "An interval is 1 to 60 months.", ("months", months));

    /// <summary>
    /// The shipped intervals, valid from 2022-12-30 (the 2022 CHB guideline). Where the reference gives a range
    /// ("every 3-6 months") the stable patient's longer end is shipped — the text's rule that an examination that can
    /// be skipped is skipped — and the director shortens it per programme as a new dated row.
    /// </summary>
    public static readonly DateOnly ShippedFrom = new(2022, 12, 30);

    public static readonly IReadOnlyList<(Programme Programme, FollowUpItem Item, int Months, string Source)> Shipped =
    [
        (Programme.ChbAntiviral, FollowUpItem.LiverPanel, 6, "reference 1a [M]: on NA, liver biochemistry every 3-6 months"),
        (Programme.ChbAntiviral, FollowUpItem.HbvDna, 6, "reference 1a [M]: on NA, HBV DNA every 3-6 months"),
        (Programme.ChbAntiviral, FollowUpItem.HbvSerology, 6, "reference 1a [M]: on NA, HBsAg/HBeAg every 6 months"),
        (Programme.ChbAntiviral, FollowUpItem.BloodCount, 6, "reference 1a [M]: on NA, blood count every 6 months"),
        (Programme.ChbAntiviral, FollowUpItem.AfpUltrasound, 6, "reference 1a [M]: on NA, AFP + ultrasound every 6 months"),
        (Programme.ChbAntiviral, FollowUpItem.LiverStiffness, 12, "reference 1a [M]: on NA, liver stiffness every 6-12 months"),
        (Programme.ChbAntiviral, FollowUpItem.RenalFunction, 6, "reference 1a [M]: on TDF, creatinine/eGFR and phosphate every 6 months"),
        (Programme.ChbUntreated, FollowUpItem.LiverPanel, 6, "reference 1a [M]: untreated, every 6-12 months; 3-6 if ALT rising, age > 30 or family history"),
        (Programme.ChbUntreated, FollowUpItem.HbvDna, 6, "reference 1a [M]: untreated, every 6-12 months"),
        (Programme.ChbUntreated, FollowUpItem.HbvSerology, 12, "reference 1a [M]: untreated, every 6-12 months"),
        (Programme.ChbUntreated, FollowUpItem.AfpUltrasound, 6, "reference 1a [M]: untreated, every 6-12 months"),
        (Programme.ChbUntreated, FollowUpItem.LiverStiffness, 12, "reference 1a [M]: untreated, non-invasive fibrosis test every 6-12 months"),
        (Programme.CirrhosisSurveillance, FollowUpItem.AfpUltrasound, 6, "reference 1b [M]: cirrhosis, ultrasound + AFP every 6 months"),
        (Programme.CirrhosisSurveillance, FollowUpItem.LiverPanel, 6, "reference 1b: Child-Pugh / MELD recomputed with new labs every 3-6 months"),
        (Programme.CirrhosisSurveillance, FollowUpItem.ContrastImaging, 12, "reference 1b [M]: contrast CT/MRI every 6-12 months"),
        (Programme.CirrhosisSurveillance, FollowUpItem.Gastroscopy, 24, "reference 1b [M]: compensated, no varices: gastroscopy every 2 years"),
        (Programme.Mafld, FollowUpItem.MetabolicPanel, 12, "reference 1c [M]: BMI, waist, BP, glucose, lipids every 6-12 months"),
        (Programme.Mafld, FollowUpItem.LiverPanel, 12, "reference 1c [M]: liver enzymes every 6-12 months"),
        (Programme.Mafld, FollowUpItem.LiverStiffness, 24, "reference 1c [M]: FIB-4 / LSM every 1-2 years"),
        (Programme.AutoimmuneHepatitis, FollowUpItem.LiverPanel, 3, "reference 1d [M]: maintenance, ALT/AST every 3 months"),
        (Programme.AutoimmuneHepatitis, FollowUpItem.ImmunoglobulinG, 3, "reference 1d [M]: maintenance, IgG every 3 months"),
        (Programme.AutoimmuneHepatitis, FollowUpItem.BloodCount, 3, "reference 1d [M]: azathioprine, blood count every 3 months"),
        (Programme.AfterTace, FollowUpItem.ContrastImaging, 3, "reference 1e [M]: between TACE sessions, imaging + AFP every 1-3 months"),
        (Programme.AfterTace, FollowUpItem.AfpUltrasound, 3, "reference 1e [M]: AFP (± PIVKA-II) every 1-3 months"),
        (Programme.AfterTace, FollowUpItem.LiverPanel, 3, "reference 1e [M]: liver and kidney function, blood count"),
    ];

    /// <summary>The interval in force on <paramref name="on"/> for each item of a programme: the latest row valid by then.</summary>
    public static IReadOnlyList<FollowUpInterval> InForce(IEnumerable<FollowUpInterval> rows, Programme programme, DateOnly on) =>
        rows.Where(r => r.Programme == programme && r.ValidFrom <= on)
            .GroupBy(r => r.Item)
            .Select(g => g.OrderByDescending(r => r.ValidFrom).First())
            .OrderBy(r => r.Item)
            .ToList();
}
