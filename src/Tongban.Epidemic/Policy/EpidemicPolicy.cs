using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;

namespace Tongban.Epidemic.Policy;

/// <summary>
/// The hours and days of the follow-up rules, as data with the date from which they apply, so a
/// city can change its policy without a release. The defaults are the ones seed 04 states; the
/// home-isolation and home-monitoring numbers are city parameters the text does not fix.
/// </summary>
public sealed record EpidemicPolicy
{
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Where the numbers come from (a notice, a decision).</summary>
    public string Source { get; init; } = "";

    // Seed 04, arrivals: "complete a nucleic acid test within 24 hours after arriving".
    public int ArrivalFirstTestWithinHours { get; init; } = 24;

    // Seed 04, arrivals: the second test "after an interval of 24 hours".
    public int ArrivalSecondTestGapHours { get; init; } = 24;

    // Seed 04, arrivals: "complete the second nucleic acid test within 72 hours".
    public int ArrivalSecondTestWithinHours { get; init; } = 72;

    // Seed 04, arrivals: no dining out, gathering or crowded places "for seven days".
    public int ArrivalRestrictionDays { get; init; } = 7;

    // Seed 04, isolation: a positive case at the point during the stay -> 7 days of restrictions after release.
    public int PostIsolationRestrictionDays { get; init; } = 7;

    // Seed 04, public places: "checking negative nucleic acid certificates within 72 hours".
    public int CertificateValidityHours { get; init; } = 72;

    /// <summary>Days a home-isolated person (and room-mates) stay home; a city parameter.</summary>
    public int HomeIsolationDays { get; init; } = 7;

    /// <summary>Days of the home-isolation period (day 1 = the start date) on which a test is taken.</summary>
    public IReadOnlyList<int> HomeIsolationTestDays { get; init; } = [1, 4, 7];

    /// <summary>Days of home health monitoring; a city parameter.</summary>
    public int HomeMonitoringDays { get; init; } = 7;

    public IReadOnlyList<int> HomeMonitoringTestDays { get; init; } = [1, 4, 7];

    /// <summary>Health checks (temperature and symptoms) per day during home isolation or monitoring.</summary>
    public int HealthChecksPerDay { get; init; } = 2;

    /// <summary>Body temperature (°C) from which a reading counts as fever; a city parameter.</summary>
    public decimal FeverFromCelsius { get; init; } = 37.3m;

    /// <summary>
    /// The most cases of a bulletin section (local, imported) written one line per case; above it the
    /// section gives the cases by district instead, as city bulletins did on days with hundreds of
    /// cases. A city parameter; 0 never lists cases one by one.
    /// </summary>
    public int BulletinCaseLinesUpTo { get; init; } = 50;

    /// <summary>The policy of seed 04 (Beijing, bulletin of 2022-10-30), taken as in force from 2022-01-01.</summary>
    public static EpidemicPolicy Seed04 { get; } = new()
    {
        EffectiveFrom = new DateOnly(2022, 1, 1),
        Source = "seed 04: Beijing daily bulletin of 2022-10-30",
    };

    /// <summary>Refuses a policy whose numbers contradict each other; nothing is stored.</summary>
    public void Validate()
    {
        Positive(ArrivalFirstTestWithinHours, nameof(ArrivalFirstTestWithinHours));
        Positive(ArrivalSecondTestGapHours, nameof(ArrivalSecondTestGapHours));
        Positive(ArrivalSecondTestWithinHours, nameof(ArrivalSecondTestWithinHours));
        Positive(ArrivalRestrictionDays, nameof(ArrivalRestrictionDays));
        Positive(PostIsolationRestrictionDays, nameof(PostIsolationRestrictionDays));
        Positive(CertificateValidityHours, nameof(CertificateValidityHours));
        Positive(HomeIsolationDays, nameof(HomeIsolationDays));
        Positive(HomeMonitoringDays, nameof(HomeMonitoringDays));
        Positive(HealthChecksPerDay, nameof(HealthChecksPerDay));
        RuleViolation.ThrowIf(
            ArrivalSecondTestGapHours >= ArrivalSecondTestWithinHours,
            nameof(ArrivalSecondTestGapHours),
            "epidemic.policy.window-empty",
            $"The gap before the second test ({ArrivalSecondTestGapHours} h) must be shorter than the time allowed for it ({ArrivalSecondTestWithinHours} h).", ("arrivalSecondTestGapHours", ArrivalSecondTestGapHours), ("arrivalSecondTestWithinHours", ArrivalSecondTestWithinHours));
        Days(HomeIsolationTestDays, HomeIsolationDays, nameof(HomeIsolationTestDays));
        Days(HomeMonitoringTestDays, HomeMonitoringDays, nameof(HomeMonitoringTestDays));
        RuleViolation.ThrowIf(
            BulletinCaseLinesUpTo < 0,
            nameof(BulletinCaseLinesUpTo),
            "epidemic.policy.negative",
            $"{nameof(BulletinCaseLinesUpTo)} cannot be negative ({BulletinCaseLinesUpTo}).", ("setting", nameof(BulletinCaseLinesUpTo)), ("bulletinCaseLinesUpTo", BulletinCaseLinesUpTo));
        RuleViolation.ThrowIf(
            FeverFromCelsius is < 36m or > 40m,
            nameof(FeverFromCelsius),
            "epidemic.policy.fever-threshold",
            $"A fever threshold of {FeverFromCelsius} °C is outside 36-40 °C.", ("feverFromCelsius", FeverFromCelsius));
    }

    private static void Positive(int value, string field) =>
        RuleViolation.ThrowIf(value <= 0, field, "epidemic.policy.not-positive", $"{field} must be a positive number, not {value}.", ("field", field), ("value", value));

    private static void Days(IReadOnlyList<int> days, int length, string field)
    {
        foreach (var day in days)
        {
            RuleViolation.ThrowIf(
                day < 1 || day > length,
                field,
                "epidemic.policy.test-day-outside-period",
                $"Test day {day} lies outside the {length}-day period.", ("day", day), ("length", length));
        }
    }
}

/// <summary>The policies a city has had, each from its effective date; the latest one not after a date applies.</summary>
public sealed class PolicyBook
{
    private readonly List<EpidemicPolicy> _policies;

    public PolicyBook(IEnumerable<EpidemicPolicy> policies)
    {
        _policies = policies.OrderBy(p => p.EffectiveFrom).ToList();
        foreach (var p in _policies)
        {
            p.Validate();
        }

        var duplicate = _policies.GroupBy(p => p.EffectiveFrom).FirstOrDefault(g => g.Count() > 1);
        RuleViolation.ThrowIf(
            duplicate is not null,
            nameof(EpidemicPolicy.EffectiveFrom),
            "epidemic.policy.duplicate-date",
            $"Two policies take effect on {duplicate?.Key:yyyy-MM-dd}.", ("date", duplicate?.Key));
    }

    public static PolicyBook Default { get; } = new([EpidemicPolicy.Seed04]);

    public IReadOnlyList<EpidemicPolicy> All => _policies;

    /// <summary>The policy in force on a Beijing date.</summary>
    public EpidemicPolicy On(DateOnly date)
    {
        var policy = _policies.LastOrDefault(p => p.EffectiveFrom <= date);
        return policy ?? throw new RuleViolation(
            "date",
            "epidemic.policy.none-in-force",
            _policies.Count == 0
                ? "No epidemic policy has been recorded."
                : $"No epidemic policy is in force on {date:yyyy-MM-dd}; the earliest takes effect on {_policies[0].EffectiveFrom:yyyy-MM-dd}.");
    }

    /// <summary>The policy in force at an instant (its Beijing date).</summary>
    public EpidemicPolicy At(DateTime utc) => On(ChinaTime.DateOf(utc));
}
