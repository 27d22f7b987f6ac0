using Microsoft.EntityFrameworkCore;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Certificates;
using Tongban.Epidemic.Data;
using Tongban.Epidemic.Management;
using Tongban.Epidemic.Policy;
using Tongban.Epidemic.Symptoms;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;

namespace Tongban.Epidemic.People;

/// <summary>A person to put under management. Give an org (e.g. a residents' committee) or a district code.</summary>
public sealed record PersonInput(
    ManagementKind Kind,
    string Name,
    DateTime StartUtc,
    string? DivisionCode = null,
    Guid? OrgId = null,
    string? Phone = null,
    string? AddressZh = null,
    string? IsolationPoint = null,
    Guid? ContactOfCaseId = null,
    Guid? RoommateOfId = null,
    string? CertificateCode = null);

public enum DueFilter
{
    /// <summary>Owed by the end of today and not yet late.</summary>
    Today = 0,

    /// <summary>Past the time allowed.</summary>
    Overdue = 1,
}

/// <summary>A line of a community worker's due list.</summary>
public sealed record DueRow(Guid PersonId, Guid OrgId, string Name, string? Phone, string? AddressZh, ManagementKind Kind, DueKind Due, DateTime FromUtc, DateTime ByUtc);

/// <summary>
/// People under management: registration with the schedule from the policy in force, tests and
/// results, release from centralised isolation, symptom alerts, due lists, certificate checks.
/// </summary>
public sealed class FollowUp(EpidemicDb db, Districts districts, PolicyStore policies, TimeProvider clock, SensitiveRecordAccess sensitive)
{
    public async Task<ManagedPerson> RegisterAsync(PersonInput input, CancellationToken ct)
    {
        var person = await BuildAsync(input, ct);
        db.People.Add(person);
        await RecomputeAsync(person, [], ct);
        await db.SaveChangesAsync(ct);
        return person;
    }

    /// <summary>Validates and maps without saving; the schedule is filled in by <see cref="RecomputeAsync"/>.</summary>
    public async Task<ManagedPerson> BuildAsync(PersonInput input, CancellationToken ct)
    {
        Validate(input);
        var start = input.StartUtc;
        Guid orgId;
        if (input.RoommateOfId is { } primaryId)
        {
            // Seed 04: home-isolated and home-monitored people "and their roommates" stay home: same period, same place.
            var primary = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == primaryId, ct)
                ?? throw new RuleViolation("roommateOf", "epidemic.person.roommate-unknown", "The person this one lives with is not on record.");
            RuleViolation.ThrowIf(
                primary.Kind is not (ManagementKind.HomeIsolation or ManagementKind.HomeMonitoring),
                "roommateOf",
                "epidemic.person.roommate-not-home",
                "Room-mates are linked to a home-isolated or home-monitored person.");
            RuleViolation.ThrowIf(input.Kind != primary.Kind, "kind", "epidemic.person.roommate-kind", $"A room-mate follows the same {primary.Kind} as the person they live with.", ("kind", primary.Kind));
            orgId = primary.OrgId;
            start = primary.StartUtc;
        }
        else if (input.OrgId is { } given)
        {
            orgId = given;
        }
        else
        {
            orgId = (await districts.ResolveAsync(input.DivisionCode, "divisionCode", ct)).OrgId;
        }

        await OrgScope.RequirePermissionAtAsync(db.OrgClosures, db.Scope, EpidemicPermissions.FollowUp, orgId, ct, "orgId");

        if (input.ContactOfCaseId is { } caseId)
        {
            RuleViolation.ThrowIf(
                !await db.Cases.AnyAsync(c => c.Id == caseId, ct),
                "contactOf",
                "epidemic.person.case-unknown",
                "The case this person is a contact of is not on record.");
        }

        var code = CertificateCodeOf(input.CertificateCode);
        if (!string.IsNullOrWhiteSpace(input.CertificateCode))
        {
            await RequireFreeCodeAsync(code, ct);
        }

        return Create(input, Guid.CreateVersion7(), orgId, start, code);
    }

    /// <summary>The checks on a person's input that need no database.</summary>
    internal static void Validate(PersonInput input)
    {
        RuleViolation.ThrowIf(!Enum.IsDefined(input.Kind), "kind", "epidemic.person.kind", $"'{input.Kind}' is not a kind of management.", ("kind", input.Kind));
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(input.Name), "name", "epidemic.person.name-missing", "A person under management needs a name.");
        RuleViolation.ThrowIf(
            input.Kind == ManagementKind.CentralisedIsolation && string.IsNullOrWhiteSpace(input.IsolationPoint),
            "isolationPoint",
            "epidemic.person.isolation-point-missing",
            "Centralised isolation needs the isolation point.");
    }

    /// <summary>The certificate code given (trimmed, upper case) or a new one; at most 20 characters.</summary>
    internal static string CertificateCodeOf(string? given)
    {
        var code = string.IsNullOrWhiteSpace(given) ? NewCertificateCode() : given.Trim().ToUpperInvariant();
        RuleViolation.ThrowIf(code.Length > 20, "certificateCode", "epidemic.person.certificate-code", "A certificate code has at most 20 characters.");
        return code;
    }

    /// <summary>
    /// A code names one person city-wide (the unique index), so a code already given to anyone,
    /// within the caller's grants or not, is refused by rule rather than by the index.
    /// </summary>
    internal async Task RequireFreeCodeAsync(string code, CancellationToken ct) =>
        RuleViolation.ThrowIf(
            await db.People.IgnoreQueryFilters().AnyAsync(p => p.CertificateCode == code, ct),
            "certificateCode",
            "epidemic.person.certificate-code-taken",
            $"The certificate code '{code}' is already in use.", ("code", code));

    internal static ManagedPerson Create(PersonInput input, Guid id, Guid orgId, DateTime start, string code)
    {
        return new ManagedPerson
        {
            Id = id,
            OrgId = orgId,
            Kind = input.Kind,
            Name = input.Name.Trim(),
            Phone = input.Phone?.Trim(),
            AddressZh = input.AddressZh?.Trim(),
            CertificateCode = code,
            StartUtc = start,
            IsolationPoint = input.IsolationPoint?.Trim(),
            ContactOfCaseId = input.ContactOfCaseId,
            RoommateOfId = input.RoommateOfId,
        };
    }

    /// <summary>Records a test against a person's schedule and recomputes what they owe next.</summary>
    public async Task<TestRecord> RecordTestAsync(Guid personId, DateTime sampledUtc, TestOutcome outcome, DateTime? resultUtc, CancellationToken ct)
    {
        var person = await FindAsync(personId, ct);
        var sample = new TestSample(sampledUtc, outcome, resultUtc);
        sample.Validate();
        var test = new TestRecord
        {
            Id = Guid.CreateVersion7(),
            OrgId = person.OrgId,
            PersonId = personId,
            SampledAtUtc = sampledUtc,
            Outcome = outcome,
            ResultAtUtc = resultUtc,
        };
        db.Tests.Add(test);
        var tests = await db.Tests.AsNoTracking().Where(t => t.PersonId == personId).Select(t => new TestSample(t.SampledAtUtc, t.Outcome, t.ResultAtUtc)).ToListAsync(ct);
        tests.Add(sample);
        await RecomputeAsync(person, tests, ct);
        await db.SaveChangesAsync(ct);
        return test;
    }

    /// <summary>Records the result of a test already sampled.</summary>
    public async Task RecordResultAsync(Guid testId, TestOutcome outcome, DateTime resultUtc, CancellationToken ct)
    {
        var test = await db.Tests.SingleOrDefaultAsync(t => t.Id == testId, ct)
            ?? throw new RuleViolation("test", "epidemic.test.unknown", "The test is not on record.");
        RuleViolation.ThrowIf(outcome == TestOutcome.Pending, "outcome", "epidemic.test.result-pending", "A result is negative or positive.");
        test.Outcome = outcome;
        test.ResultAtUtc = resultUtc;
        test.ToSample().Validate();
        var person = await FindAsync(test.PersonId, ct);
        var tests = await db.Tests.Where(t => t.PersonId == test.PersonId).ToListAsync(ct);
        await RecomputeAsync(person, tests.Select(t => t.ToSample()).ToList(), ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Release from centralised isolation; restrictions follow when a positive case was at the point during the stay.</summary>
    public async Task<ManagedPerson> ReleaseAsync(Guid personId, DateTime releasedUtc, CancellationToken ct)
    {
        var person = await FindAsync(personId, ct);
        RuleViolation.ThrowIf(
            person.Kind != ManagementKind.CentralisedIsolation,
            "person",
            "epidemic.person.not-centralised",
            "Only centralised isolation ends with a release.");
        person.ReleasedUtc = releasedUtc;
        await RecomputeAsync(person, [], ct);
        await db.SaveChangesAsync(ct);
        return person;
    }

    /// <summary>Seed 04: symptoms are reported to the community at once; an alert is stored for the person's org.</summary>
    public async Task<SymptomAlert?> ReportSymptomsAsync(Guid personId, Symptom symptoms, decimal? temperatureCelsius, CancellationToken ct)
    {
        var person = await FindAsync(personId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var policy = (await policies.BookAsync(ct)).At(now);
        var alert = SymptomRule.Evaluate(symptoms, temperatureCelsius, now, policy);
        if (alert is null)
        {
            return null;
        }

        db.Alerts.Add(new SymptomAlertRecord
        {
            Id = Guid.CreateVersion7(),
            OrgId = person.OrgId,
            PersonId = person.Id,
            RaisedAtUtc = alert.RaisedUtc,
            Symptoms = alert.Symptoms,
            TemperatureTenths = temperatureCelsius is { } t ? (int)Math.Round(t * 10m) : null,
            MessageZh = alert.MessageZh,
            MessageEn = alert.MessageEn,
        });
        await db.SaveChangesAsync(ct);
        return alert;
    }

    public Task<List<SymptomAlertRecord>> OpenAlertsAsync(CancellationToken ct) =>
        db.Alerts.AsNoTracking().Where(a => a.AcknowledgedAtUtc == null).OrderBy(a => a.RaisedAtUtc).Take(500).ToListAsync(ct);

    public async Task AcknowledgeAlertAsync(Guid alertId, CancellationToken ct)
    {
        var alert = await db.Alerts.SingleOrDefaultAsync(a => a.Id == alertId, ct)
            ?? throw new RuleViolation("alert", "epidemic.alert.unknown", "The alert is not on record.");
        alert.AcknowledgedAtUtc = clock.GetUtcNow().UtcDateTime;
        alert.AcknowledgedBy = db.Scope.ActorName;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A community worker's list: tests owed today or already overdue, earliest first, within the
    /// caller's grants. Names and phones are health data, so the list read is audited with its purpose.
    /// </summary>
    public async Task<IReadOnlyList<DueRow>> DueAsync(DueFilter filter, string purpose, int take, CancellationToken ct)
    {
        CaseRegistry.RequirePurpose(purpose);
        using var reading = db.ReadAs(EpidemicPermissions.FollowUp);
        RuleViolation.ThrowIf(take is < 1 or > 1000, "take", "epidemic.list.page-size", "A due list holds 1 to 1000 rows.");
        var now = clock.GetUtcNow().UtcDateTime;
        var endOfToday = ChinaTime.EndOfDayUtc(ChinaTime.Today(clock));
        var people = db.People.AsNoTracking().Where(p => p.NextDueByUtc != null);
        people = filter == DueFilter.Overdue
            ? people.Where(p => p.NextDueByUtc < now)
            : people.Where(p => p.NextDueByUtc >= now && p.NextDueFromUtc < endOfToday);
        var rows = await people
            .OrderBy(p => p.NextDueByUtc).ThenBy(p => p.Id)
            .Take(take)
            .Select(p => new DueRow(p.Id, p.OrgId, p.Name, p.Phone, p.AddressZh, p.Kind, p.NextDueKind!.Value, p.NextDueFromUtc!.Value, p.NextDueByUtc!.Value))
            .ToListAsync(ct);
        db.Audit(new AuditNote("read-list", "epidemic.due", filter.ToString(), null, $"{{\"rows\":{rows.Count}}}", purpose.Trim()));
        await db.SaveChangesAsync(ct);
        return rows;
    }

    /// <summary>One person with personal data; the read is audited with its purpose.</summary>
    public async Task<ManagedPerson?> ReadAsync(Guid personId, string purpose, CancellationToken ct)
    {
        CaseRegistry.RequirePurpose(purpose);
        using var reading = db.ReadAs(EpidemicPermissions.ReadHealthData);
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is not null)
        {
            await sensitive.RecordReadAsync(db, "epidemic.person", personId.ToString(), person.OrgId, purpose, ct);
        }

        return person;
    }

    /// <summary>
    /// Seed 04: public places check "negative nucleic acid certificates within 72 hours". The answer
    /// says only valid or not and why; the checker's grants must cover the person's org (checkpoint
    /// staff hold the check permission city-wide), and the check is audited.
    /// </summary>
    public async Task<CertificateVerdict> CheckCertificateAsync(string code, DateTime atUtc, CancellationToken ct)
    {
        var normalized = code.Trim().ToUpperInvariant();
        using var reading = db.ReadAs(EpidemicPermissions.CheckCertificate);
        var person = await db.People.AsNoTracking()
            .Where(p => p.CertificateCode == normalized)
            .Select(p => new { p.Id, p.OrgId })
            .SingleOrDefaultAsync(ct)
            ?? throw new RuleViolation("code", "epidemic.certificate.unknown-code", $"No certificate within your grants has the code '{code}'.", ("code", code));
        var tests = await db.Tests.AsNoTracking()
            .Where(t => t.PersonId == person.Id && t.SampledAtUtc <= atUtc)
            .Select(t => new TestSample(t.SampledAtUtc, t.Outcome, t.ResultAtUtc))
            .ToListAsync(ct);
        var verdict = CertificateCheck.Check(tests, atUtc, (await policies.BookAsync(ct)).At(atUtc));
        db.Audit(new AuditNote("certificate-check", "epidemic.person", person.Id.ToString(), person.OrgId, $"{{\"rule\":\"{verdict.Rule}\"}}", "certificate check"));
        await db.SaveChangesAsync(ct);
        return verdict;
    }

    /// <summary>Recomputes the stored schedule of a person from the policy in force at their start.</summary>
    internal async Task RecomputeAsync(ManagedPerson p, IReadOnlyCollection<TestSample> tests, CancellationToken ct)
    {
        var policy = (await policies.BookAsync(ct)).At(p.StartUtc);
        IReadOnlyList<DateOnly> positives = [];
        if (p.Kind == ManagementKind.CentralisedIsolation && p.ReleasedUtc is not null)
        {
            var point = p.IsolationPoint;
            positives = await db.PointPositives.AsNoTracking()
                .Where(c => c.IsolationPoint == point)
                .Select(c => c.DiagnosisDate)
                .ToListAsync(ct);
        }

        Schedule(p, tests, policy, clock.GetUtcNow().UtcDateTime, positives);
    }

    /// <summary>
    /// Fills in the stored schedule of a person from <paramref name="policy"/> (the one in force at
    /// their start), their tests, and for a released centralised isolation the dates of positives at their point.
    /// </summary>
    internal static void Schedule(ManagedPerson p, IReadOnlyCollection<TestSample> tests, EpidemicPolicy policy, DateTime nowUtc, IReadOnlyList<DateOnly> pointPositives)
    {
        p.PolicyFrom = policy.EffectiveFrom;
        DueItem? due = null;
        switch (p.Kind)
        {
            case ManagementKind.Arrival:
                var status = ArrivalRules.Status(p.StartUtc, tests, nowUtc, policy);
                due = status.NextDue;
                p.AwaitingNegative = !tests.Any(t => t.SampledUtc >= p.StartUtc && t.Outcome == TestOutcome.Negative && t.ResultUtc is not null);
                p.RestrictionsUntilUtc = status.Schedule.RestrictionsUntilUtc;
                break;
            case ManagementKind.HomeIsolation or ManagementKind.HomeMonitoring:
                var home = IsolationRules.Home(p.Kind, p.StartUtc, policy);
                due = IsolationRules.NextTest(home, tests.Select(t => t.SampledUtc));
                p.StayHomeUntilUtc = home.StayHomeUntilUtc;
                break;
            case ManagementKind.CentralisedIsolation when p.ReleasedUtc is { } released:
                p.RestrictionsUntilUtc = IsolationRules.RestrictionsAfterRelease(p.StartUtc, released, pointPositives, policy);
                break;
        }

        p.NextDueKind = due?.Kind;
        p.NextDueFromUtc = due?.FromUtc;
        p.NextDueByUtc = due?.ByUtc;
    }

    /// <summary>A person for a follow-up write: the caller holds the follow-up permission at the person's org.</summary>
    private async Task<ManagedPerson> FindAsync(Guid id, CancellationToken ct)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new RuleViolation("person", "epidemic.person.unknown", "The person is not on record or not within your grants.");
        await OrgScope.RequirePermissionOnAsync(db, EpidemicPermissions.FollowUp, person, ct, "person");
        return person;
    }

    private static string NewCertificateCode()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        Span<byte> bytes = stackalloc byte[10];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        var chars = new char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[bytes[i] % alphabet.Length];
        }

        return new string(chars);
    }
}
