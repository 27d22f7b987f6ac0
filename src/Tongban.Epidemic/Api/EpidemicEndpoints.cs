using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tongban.Epidemic.Bulletin;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Certificates;
using Tongban.Epidemic.Management;
using Tongban.Epidemic.People;
using Tongban.Epidemic.Policy;
using Tongban.Epidemic.Symptoms;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Reports;

namespace Tongban.Epidemic.Api;

/// <summary>/api/epidemic: cases, curve, bulletin, people under management, certificates, policies (imports: the kernel's /api/imports/epidemic.cases and epidemic.people).</summary>
internal static class EpidemicEndpoints
{
    public static void MapEpidemicApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/epidemic").WithTags("Epidemic").RequireAuthorization();

        api.MapGet("/cases", ListCases).RequireAuthorization(EpidemicPermissions.View);
        api.MapGet("/cases/export.csv", ExportCases).RequireAuthorization(EpidemicPermissions.View);
        api.MapGet("/cases/{id:guid}", ReadCase).RequireAuthorization(EpidemicPermissions.ReadHealthData);
        api.MapPost("/cases", RegisterCase).RequireAuthorization(EpidemicPermissions.RecordCases);
        api.MapGet("/curve", Curve).RequireAuthorization(EpidemicPermissions.View);
        api.MapGet("/bulletin", BuildBulletin).RequireAuthorization(EpidemicPermissions.Bulletin);

        api.MapPost("/people", RegisterPerson).RequireAuthorization(EpidemicPermissions.FollowUp);
        api.MapGet("/people/{id:guid}", ReadPerson).RequireAuthorization(EpidemicPermissions.ReadHealthData);
        api.MapPost("/people/{id:guid}/tests", RecordTest).RequireAuthorization(EpidemicPermissions.FollowUp);
        api.MapPost("/tests/{id:guid}/result", RecordResult).RequireAuthorization(EpidemicPermissions.FollowUp);
        api.MapPost("/people/{id:guid}/release", Release).RequireAuthorization(EpidemicPermissions.FollowUp);
        api.MapPost("/people/{id:guid}/symptoms", ReportSymptoms).RequireAuthorization(EpidemicPermissions.FollowUp);
        api.MapGet("/due", Due).RequireAuthorization(EpidemicPermissions.FollowUp);
        api.MapGet("/alerts", Alerts).RequireAuthorization(EpidemicPermissions.FollowUp);
        api.MapPost("/alerts/{id:guid}/acknowledge", Acknowledge).RequireAuthorization(EpidemicPermissions.FollowUp);

        api.MapGet("/certificates/{code}", CheckCertificate).RequireAuthorization(EpidemicPermissions.CheckCertificate);
        api.MapGet("/arrival-schedule", ArrivalScheduleOf).RequireAuthorization(EpidemicPermissions.FollowUp);
        api.MapGet("/policies", Policies).RequireAuthorization(EpidemicPermissions.View);
        api.MapPost("/policies", AddPolicy).RequireAuthorization(EpidemicPermissions.ManagePolicy);
        api.MapDelete("/policies/{id:guid}", RetirePolicy).RequireAuthorization(EpidemicPermissions.ManagePolicy);
    }

    private static Task<CasePage> ListCases([AsParameters] CaseQueryParameters p, LineList list, CancellationToken ct) =>
        list.QueryAsync(p.ToQuery(), ct);

    private static async Task ExportCases([AsParameters] CaseQueryParameters p, LineList list, HttpResponse response, CancellationToken ct)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = "attachment; filename=\"epidemic-cases.csv\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(true));
        await writer.WriteLineAsync("id,district_code,class,origin,found_by,diagnosis_date,converted,address_zh,address_en,arrival_date,transferred_on,investigated_on,control_measures_on,discharged_on");
        await foreach (var r in list.StreamAsync(p.ToQuery(), ct))
        {
            await writer.WriteLineAsync(string.Join(',',
                r.Id, r.DistrictCode, r.Class, r.Origin, r.FoundBy, D(r.DiagnosisDate), r.ConvertedFromAsymptomatic,
                ReportExport.CsvField(r.AddressZh), ReportExport.CsvField(r.AddressEn), D(r.ArrivalDate), D(r.TransferredOn), D(r.InvestigatedOn), D(r.ControlMeasuresOn), D(r.DischargedOn)));
        }
    }

    private static async Task<Results<Ok<EpidemicCase>, NotFound>> ReadCase(Guid id, string purpose, CaseRegistry registry, CancellationToken ct) =>
        await registry.ReadAsync(id, purpose, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound();

    private static async Task<Created<CaseCreated>> RegisterCase(CaseInput input, CaseRegistry registry, CancellationToken ct)
    {
        var c = await registry.RegisterAsync(input, ct);
        return TypedResults.Created($"/api/epidemic/cases/{c.Id}", new CaseCreated(c.Id));
    }

    private static Task<IReadOnlyList<CurvePoint>> Curve(DateOnly from, DateOnly to, Guid? area, CaseOrigin? origin, EpidemicCurve curve, CancellationToken ct) =>
        curve.ByDayAndDistrictAsync(from, to, area, origin, ct);

    private static Task<BulletinText> BuildBulletin(DateOnly date, string? area, BulletinService bulletins, CancellationToken ct) =>
        bulletins.BuildAsync(date, area, ct);

    private static async Task<Created<PersonCreated>> RegisterPerson(PersonInput input, FollowUp followUp, CancellationToken ct)
    {
        var p = await followUp.RegisterAsync(input with { StartUtc = Utc(input.StartUtc) }, ct);
        return TypedResults.Created($"/api/epidemic/people/{p.Id}", new PersonCreated(p.Id, p.CertificateCode, p.NextDueKind, p.NextDueByUtc));
    }

    private static async Task<Results<Ok<ManagedPerson>, NotFound>> ReadPerson(Guid id, string purpose, FollowUp followUp, CancellationToken ct) =>
        await followUp.ReadAsync(id, purpose, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound();

    private static async Task<Created<TestCreated>> RecordTest(Guid id, TestInput input, FollowUp followUp, CancellationToken ct)
    {
        var t = await followUp.RecordTestAsync(id, Utc(input.SampledAtUtc), input.Outcome, input.ResultAtUtc is { } r ? Utc(r) : null, ct);
        return TypedResults.Created($"/api/epidemic/tests/{t.Id}", new TestCreated(t.Id));
    }

    private static async Task<NoContent> RecordResult(Guid id, ResultInput input, FollowUp followUp, CancellationToken ct)
    {
        await followUp.RecordResultAsync(id, input.Outcome, Utc(input.ResultAtUtc), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ManagedPerson>> Release(Guid id, ReleaseInput input, FollowUp followUp, CancellationToken ct) =>
        TypedResults.Ok(await followUp.ReleaseAsync(id, Utc(input.ReleasedAtUtc), ct));

    private static async Task<Results<Ok<SymptomAlert>, NoContent>> ReportSymptoms(Guid id, SymptomInput input, FollowUp followUp, CancellationToken ct) =>
        await followUp.ReportSymptomsAsync(id, input.Symptoms, input.TemperatureCelsius, ct) is { } alert ? TypedResults.Ok(alert) : TypedResults.NoContent();

    private static Task<IReadOnlyList<DueRow>> Due(DueFilter? filter, string purpose, int? take, FollowUp followUp, CancellationToken ct) =>
        followUp.DueAsync(filter ?? DueFilter.Today, purpose, take ?? 200, ct);

    private static Task<List<SymptomAlertRecord>> Alerts(FollowUp followUp, CancellationToken ct) => followUp.OpenAlertsAsync(ct);

    private static async Task<NoContent> Acknowledge(Guid id, FollowUp followUp, CancellationToken ct)
    {
        await followUp.AcknowledgeAlertAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static Task<CertificateVerdict> CheckCertificate(string code, DateTime? at, FollowUp followUp, TimeProvider clock, CancellationToken ct) =>
        followUp.CheckCertificateAsync(code, at is { } a ? Utc(a) : clock.GetUtcNow().UtcDateTime, ct);

    private static async Task<ArrivalSchedule> ArrivalScheduleOf(string arrived, string? firstTest, PolicyStore policies, CancellationToken ct)
    {
        var arrivedUtc = Iso.ParseLocal(arrived, "arrived");
        var firstUtc = firstTest is null ? (DateTime?)null : Iso.ParseLocal(firstTest, "firstTest");
        return ArrivalRules.Schedule(arrivedUtc, firstUtc, (await policies.BookAsync(ct)).At(arrivedUtc));
    }

    private static async Task<IReadOnlyList<EpidemicPolicy>> Policies(PolicyStore policies, CancellationToken ct) =>
        (await policies.BookAsync(ct)).All;

    private static async Task<NoContent> RetirePolicy(Guid id, PolicyStore policies, CancellationToken ct)
    {
        await policies.RetireAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> AddPolicy(EpidemicPolicy policy, PolicyStore policies, CancellationToken ct)
    {
        await policies.AddAsync(policy, ct);
        return TypedResults.NoContent();
    }

    /// <summary>JSON times carry an offset (local kind) or a Z (UTC); a bare time is taken as Beijing time.</summary>
    private static DateTime Utc(DateTime t) => t.Kind switch
    {
        DateTimeKind.Utc => t,
        DateTimeKind.Local => t.ToUniversalTime(),
        _ => DateTime.SpecifyKind(t - ChinaTime.Offset, DateTimeKind.Utc),
    };

    private static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

internal sealed record CaseQueryParameters(
    Guid? Area,
    string? District,
    CaseClass? Class,
    CaseOrigin? Origin,
    FoundBy? FoundBy,
    DateOnly? From,
    DateOnly? To,
    string? Address,
    CaseSort? Sort,
    bool? Descending,
    int? Page,
    int? PageSize)
{
    public CaseQuery ToQuery() => new(Area, District, Class, Origin, FoundBy, From, To, Address, Sort ?? CaseSort.DiagnosisDate, Descending ?? true, Page ?? 1, PageSize ?? 50);
}

internal sealed record CaseCreated(Guid Id);

internal sealed record PersonCreated(Guid Id, string CertificateCode, DueKind? NextDue, DateTime? NextDueByUtc);

internal sealed record TestCreated(Guid Id);

internal sealed record TestInput(DateTime SampledAtUtc, TestOutcome Outcome, DateTime? ResultAtUtc);

internal sealed record ResultInput(TestOutcome Outcome, DateTime ResultAtUtc);

internal sealed record ReleaseInput(DateTime ReleasedAtUtc);

internal sealed record SymptomInput(Symptom Symptoms, decimal? TemperatureCelsius);
