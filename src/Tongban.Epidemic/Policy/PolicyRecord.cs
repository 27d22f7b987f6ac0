using System.Globalization;

namespace Tongban.Epidemic.Policy;

/// <summary>A stored policy: the city's rule parameters from an effective date.</summary>
public sealed class PolicyRecord
{
    public Guid Id { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public string Source { get; set; } = "";

    public int ArrivalFirstTestWithinHours { get; set; }

    public int ArrivalSecondTestGapHours { get; set; }

    public int ArrivalSecondTestWithinHours { get; set; }

    public int ArrivalRestrictionDays { get; set; }

    public int PostIsolationRestrictionDays { get; set; }

    public int CertificateValidityHours { get; set; }

    public int HomeIsolationDays { get; set; }

    /// <summary>Comma-separated day numbers, e.g. "1,4,7".</summary>
    public string HomeIsolationTestDays { get; set; } = "";

    public int HomeMonitoringDays { get; set; }

    public string HomeMonitoringTestDays { get; set; } = "";

    public int HealthChecksPerDay { get; set; }

    /// <summary>Fever threshold in tenths of a degree (373 = 37.3 °C).</summary>
    public int FeverFromTenths { get; set; }

    public int BulletinCaseLinesUpTo { get; set; }

    public EpidemicPolicy ToPolicy() => new()
    {
        EffectiveFrom = EffectiveFrom,
        Source = Source,
        ArrivalFirstTestWithinHours = ArrivalFirstTestWithinHours,
        ArrivalSecondTestGapHours = ArrivalSecondTestGapHours,
        ArrivalSecondTestWithinHours = ArrivalSecondTestWithinHours,
        ArrivalRestrictionDays = ArrivalRestrictionDays,
        PostIsolationRestrictionDays = PostIsolationRestrictionDays,
        CertificateValidityHours = CertificateValidityHours,
        HomeIsolationDays = HomeIsolationDays,
        HomeIsolationTestDays = Days(HomeIsolationTestDays),
        HomeMonitoringDays = HomeMonitoringDays,
        HomeMonitoringTestDays = Days(HomeMonitoringTestDays),
        HealthChecksPerDay = HealthChecksPerDay,
        FeverFromCelsius = FeverFromTenths / 10m,
        BulletinCaseLinesUpTo = BulletinCaseLinesUpTo,
    };

    public static PolicyRecord From(EpidemicPolicy p) => new()
    {
        Id = Guid.CreateVersion7(),
        EffectiveFrom = p.EffectiveFrom,
        Source = p.Source,
        ArrivalFirstTestWithinHours = p.ArrivalFirstTestWithinHours,
        ArrivalSecondTestGapHours = p.ArrivalSecondTestGapHours,
        ArrivalSecondTestWithinHours = p.ArrivalSecondTestWithinHours,
        ArrivalRestrictionDays = p.ArrivalRestrictionDays,
        PostIsolationRestrictionDays = p.PostIsolationRestrictionDays,
        CertificateValidityHours = p.CertificateValidityHours,
        HomeIsolationDays = p.HomeIsolationDays,
        HomeIsolationTestDays = string.Join(',', p.HomeIsolationTestDays),
        HomeMonitoringDays = p.HomeMonitoringDays,
        HomeMonitoringTestDays = string.Join(',', p.HomeMonitoringTestDays),
        HealthChecksPerDay = p.HealthChecksPerDay,
        FeverFromTenths = (int)Math.Round(p.FeverFromCelsius * 10m),
        BulletinCaseLinesUpTo = p.BulletinCaseLinesUpTo,
    };

    private static int[] Days(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.Parse(d, CultureInfo.InvariantCulture))
            .ToArray();
}
