using Microsoft.EntityFrameworkCore;
using Tongban.Epidemic.Data;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;

namespace Tongban.Epidemic.Cases;

/// <summary>A case as entered (form, API, import). DivisionCode is the residence district, or the city when none is known.</summary>
public sealed record CaseInput(
    CaseClass Class,
    CaseOrigin Origin,
    FoundBy FoundBy,
    string DivisionCode,
    DateOnly DiagnosisDate,
    DateTime? ReportedAtUtc = null,
    bool ConvertedFromAsymptomatic = false,
    string? PersonName = null,
    string? AddressZh = null,
    string? AddressEn = null,
    string? IsolationPoint = null,
    string? NationalityZh = null,
    string? NationalityEn = null,
    string? OriginZh = null,
    string? OriginEn = null,
    string? PortZh = null,
    string? PortEn = null,
    DateOnly? ArrivalDate = null,
    DateOnly? TransferredOn = null,
    DateOnly? InvestigatedOn = null,
    DateOnly? ControlMeasuresOn = null,
    DateOnly? DischargedOn = null);

/// <summary>Records cases after the spec's checks; a refused case writes nothing.</summary>
public sealed class CaseRegistry(EpidemicDb db, Districts districts, TimeProvider clock, SensitiveRecordAccess sensitive)
{
    public async Task<EpidemicCase> RegisterAsync(CaseInput input, CancellationToken ct)
    {
        var entity = await BuildAsync(input, ct);
        Add(entity);
        await db.SaveChangesAsync(ct);
        return entity;
    }

    /// <summary>Adds a built case, and its isolation point's positive when it was found at one.</summary>
    public void Add(EpidemicCase entity)
    {
        db.Cases.Add(entity);
        if (entity.IsolationPoint is { } point)
        {
            db.PointPositives.Add(new PointPositive { Id = Guid.CreateVersion7(), IsolationPoint = point, DiagnosisDate = entity.DiagnosisDate, CaseId = entity.Id });
        }
    }

    /// <summary>Validates and maps an input without saving (imports check every row first).</summary>
    public async Task<EpidemicCase> BuildAsync(CaseInput input, CancellationToken ct)
    {
        Validate(input);
        var org = await districts.ResolveAsync(input.DivisionCode, "divisionCode", ct);
        await OrgScope.RequirePermissionAtAsync(db.OrgClosures, db.Scope, EpidemicPermissions.RecordCases, org.OrgId, ct, "divisionCode");
        return Build(input, org, Guid.CreateVersion7(), clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Maps a validated input to the case owned by <paramref name="org"/> (what its division code resolved to).</summary>
    internal static EpidemicCase Build(CaseInput input, AreaOrg org, Guid id, DateTime nowUtc)
    {
        return new EpidemicCase
        {
            Id = id,
            OrgId = org.OrgId,
            DistrictCode = org.Level == OrgLevel.County ? org.DivisionCode : null,
            Class = input.Class,
            Origin = input.Origin,
            FoundBy = input.FoundBy,
            DiagnosisDate = input.DiagnosisDate,
            ReportedAtUtc = input.ReportedAtUtc ?? nowUtc,
            ConvertedFromAsymptomatic = input.ConvertedFromAsymptomatic,
            PersonName = Trim(input.PersonName),
            AddressZh = Trim(input.AddressZh),
            AddressEn = Trim(input.AddressEn),
            IsolationPoint = Trim(input.IsolationPoint),
            NationalityZh = Trim(input.NationalityZh),
            NationalityEn = Trim(input.NationalityEn),
            OriginZh = Trim(input.OriginZh),
            OriginEn = Trim(input.OriginEn),
            PortZh = Trim(input.PortZh),
            PortEn = Trim(input.PortEn),
            ArrivalDate = input.ArrivalDate,
            TransferredOn = input.TransferredOn,
            InvestigatedOn = input.InvestigatedOn,
            ControlMeasuresOn = input.ControlMeasuresOn,
            DischargedOn = input.DischargedOn,
        };
    }

    /// <summary>The spec's bad-input rules for a case.</summary>
    public static void Validate(CaseInput c)
    {
        RuleViolation.ThrowIf(!Enum.IsDefined(c.Class), "class", "epidemic.case.class", $"'{c.Class}' is not confirmed or asymptomatic.", ("class", c.Class));
        RuleViolation.ThrowIf(!Enum.IsDefined(c.Origin), "origin", "epidemic.case.origin", $"'{c.Origin}' is not local or imported.", ("origin", c.Origin));
        RuleViolation.ThrowIf(!Enum.IsDefined(c.FoundBy), "foundBy", "epidemic.case.found-by", $"'{c.FoundBy}' is not a way a case is found.", ("foundBy", c.FoundBy));
        RuleViolation.ThrowIf(
            c.ConvertedFromAsymptomatic && c.Class != CaseClass.Confirmed,
            "convertedFromAsymptomatic",
            "epidemic.case.conversion-not-confirmed",
            "Only a confirmed case can be a conversion from an asymptomatic infection.");
        if (c.Origin == CaseOrigin.Imported)
        {
            // Spec, bad input: "an imported case without arrival data" is refused.
            RuleViolation.ThrowIf(c.ArrivalDate is null, "arrivalDate", "epidemic.case.imported-arrival-missing", "An imported case needs its arrival date.");
            RuleViolation.ThrowIf(
                string.IsNullOrWhiteSpace(c.OriginZh) && string.IsNullOrWhiteSpace(c.OriginEn),
                "origin",
                "epidemic.case.imported-origin-missing",
                "An imported case needs the place it came from.");
            RuleViolation.ThrowIf(
                string.IsNullOrWhiteSpace(c.PortZh) && string.IsNullOrWhiteSpace(c.PortEn),
                "port",
                "epidemic.case.imported-port-missing",
                "An imported case needs its port of arrival.");

            // Spec, bad input: a diagnosis before the recorded arrival is fine only for local cases.
            RuleViolation.ThrowIf(
                c.DiagnosisDate < c.ArrivalDate,
                "diagnosisDate",
                "epidemic.case.diagnosis-before-arrival",
                $"An imported case cannot be diagnosed ({c.DiagnosisDate:yyyy-MM-dd}) before it arrived ({c.ArrivalDate:yyyy-MM-dd}).", ("diagnosisDate", c.DiagnosisDate), ("arrivalDate", c.ArrivalDate));
        }

        foreach (var (value, field) in new[]
        {
            (c.TransferredOn, "transferredOn"),
            (c.InvestigatedOn, "investigatedOn"),
            (c.ControlMeasuresOn, "controlMeasuresOn"),
            (c.DischargedOn, "dischargedOn"),
        })
        {
            RuleViolation.ThrowIf(
                value < c.DiagnosisDate,
                field,
                "epidemic.case.date-before-diagnosis",
                $"{field} ({value:yyyy-MM-dd}) cannot be before the diagnosis ({c.DiagnosisDate:yyyy-MM-dd}).", ("field", field), ("value", value), ("diagnosisDate", c.DiagnosisDate));
        }
    }

    /// <summary>One case with its personal data: health data, so the read is audited with its purpose.</summary>
    public async Task<EpidemicCase?> ReadAsync(Guid id, string purpose, CancellationToken ct)
    {
        RequirePurpose(purpose);
        using var reading = db.ReadAs(EpidemicPermissions.ReadHealthData);
        var found = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (found is not null)
        {
            await sensitive.RecordReadAsync(db, "epidemic.case", id.ToString(), found.OrgId, purpose, ct);
        }

        return found;
    }

    public static void RequirePurpose(string? purpose) => SensitiveRecordAccess.PurposeRule(purpose).ThrowIfRefused("purpose");

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
