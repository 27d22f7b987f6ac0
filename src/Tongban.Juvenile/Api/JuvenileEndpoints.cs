using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tongban.Juvenile.Access;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.Rules;
using Tongban.Juvenile.SpecialEducation;
using Tongban.Juvenile.Statistics;
using Tongban.Kernel.Reports;

namespace Tongban.Juvenile.Api;

/// <summary>/api/juvenile: cases, behaviours, measures, referrals, special education, sealed inquiries, statistics.</summary>
internal static class JuvenileEndpoints
{
    public static void MapJuvenileApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/juvenile").WithTags("Juvenile").RequireAuthorization();

        api.MapGet("/items", () => Behaviours.All).RequireAuthorization(JuvenilePermissions.View);
        api.MapGet("/measure-kinds", () => Rules.Measures.All).RequireAuthorization(JuvenilePermissions.View);

        api.MapGet("/cases", Search).RequireAuthorization(JuvenilePermissions.View);
        api.MapGet("/cases/count", Count).RequireAuthorization(JuvenilePermissions.View);
        api.MapGet("/cases/export.csv", Export).RequireAuthorization(JuvenilePermissions.View);
        api.MapPost("/cases", Open).RequireAuthorization(JuvenilePermissions.Record);
        api.MapGet("/cases/{id:guid}", Read).RequireAuthorization(JuvenilePermissions.View);
        api.MapPost("/cases/{id:guid}/behaviours", RecordBehaviour).RequireAuthorization(JuvenilePermissions.Record);
        api.MapPost("/behaviours/{id:guid}/reported-to-police", ReportedToPolice).RequireAuthorization(JuvenilePermissions.Record);
        api.MapPost("/cases/{id:guid}/measures", TakeMeasure).RequireAuthorization(JuvenilePermissions.TakeMeasures);
        api.MapPost("/measures/{id:guid}/guardians-notified", GuardiansNotified).RequireAuthorization(JuvenilePermissions.TakeMeasures);
        api.MapPost("/measures/{id:guid}/outcome", Outcome).RequireAuthorization(JuvenilePermissions.TakeMeasures);
        api.MapPost("/cases/{id:guid}/records", AddRecord).RequireAuthorization(JuvenilePermissions.Record);
        api.MapPost("/cases/{id:guid}/seal", Seal).RequireAuthorization(JuvenilePermissions.Seal);

        api.MapPost("/cases/{id:guid}/referrals", Refer).RequireAuthorization(JuvenilePermissions.Refer);
        api.MapGet("/referrals/inbox", Inbox).RequireAuthorization(JuvenilePermissions.Refer);
        api.MapPost("/referrals/{id:guid}/accept", Accept).RequireAuthorization(JuvenilePermissions.Refer);
        api.MapPost("/referrals/{id:guid}/decline", Decline).RequireAuthorization(JuvenilePermissions.Refer);
        api.MapPost("/referrals/{id:guid}/withdraw", Withdraw).RequireAuthorization(JuvenilePermissions.Refer);
        api.MapPost("/reassign", Reassign).RequireAuthorization(JuvenilePermissions.Reassign);

        api.MapPost("/cases/{id:guid}/special-education", Apply).RequireAuthorization(JuvenilePermissions.SpecialEducation);
        api.MapGet("/special-education", OpenPlacements).RequireAuthorization(JuvenilePermissions.SpecialEducation);
        api.MapGet("/special-education/{id:guid}", Placement).RequireAuthorization(JuvenilePermissions.SpecialEducation);
        api.MapPost("/special-education/{id:guid}/evaluation", Evaluate).RequireAuthorization(JuvenilePermissions.SpecialEducation);
        api.MapPost("/special-education/{id:guid}/decision", Decide).RequireAuthorization(JuvenilePermissions.SpecialEducation);
        api.MapPost("/special-education/{id:guid}/semester-evaluation/request", RequestEvaluation).RequireAuthorization(JuvenilePermissions.SpecialEducation);
        api.MapPost("/special-education/{id:guid}/semester-evaluation", SemesterEvaluation).RequireAuthorization(JuvenilePermissions.SpecialEducation);
        api.MapPost("/special-education/{id:guid}/return", DecideReturn).RequireAuthorization(JuvenilePermissions.SpecialEducation);
        api.MapPost("/special-education/{id:guid}/events", RecordEvent).RequireAuthorization(JuvenilePermissions.SpecialEducation);

        api.MapPost("/sealed/inquiries", Inquire).RequireAuthorization(JuvenilePermissions.SealedInquiry);
        api.MapGet("/sealed/accesses", Accesses).RequireAuthorization(JuvenilePermissions.SealedOversight);
        api.MapGet("/statistics", Stats).RequireAuthorization(JuvenilePermissions.Statistics);
    }

    private static Task<CasePage> Search([AsParameters] SearchParameters p, CaseService cases, CancellationToken ct) => cases.SearchAsync(p.ToSearch(), ct);

    private static async Task<CaseCount> Count([AsParameters] SearchParameters p, CaseService cases, CancellationToken ct) =>
        new((await cases.SearchAsync(p.ToSearch() with { PageSize = 1 }, ct)).Total);

    private static async Task Export([AsParameters] SearchParameters p, CaseService cases, HttpResponse response, CancellationToken ct)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = "attachment; filename=\"juvenile-cases.csv\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(true));
        await writer.WriteLineAsync("reference,name,gender,birth_date,stage,risk,caseworker,opened_on");
        await foreach (var r in cases.StreamAsync(p.ToSearch(), ct))
        {
            await writer.WriteLineAsync(string.Join(',', r.Reference, ReportExport.CsvField(r.FullName), ReportExport.CsvField(r.Gender), D(r.BirthDate), r.Stage, r.Risk, ReportExport.CsvField(r.CaseworkerName), D(r.OpenedOn)));
        }
    }

    private static async Task<Created<CaseCreated>> Open(NewCase input, CaseService cases, CancellationToken ct)
    {
        var c = await cases.OpenAsync(input, ct);
        return TypedResults.Created($"/api/juvenile/cases/{c.Id}", new CaseCreated(c.Id, c.Reference));
    }

    private static async Task<Results<Ok<CaseDetail>, NotFound>> Read(Guid id, CaseService cases, CancellationToken ct) =>
        await cases.GetAsync(id, ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound();

    private static async Task<Created<BehaviourRecord>> RecordBehaviour(Guid id, NewBehaviour input, CaseService cases, CancellationToken ct)
    {
        var b = await cases.RecordBehaviourAsync(id, input, ct);
        return TypedResults.Created($"/api/juvenile/cases/{id}", b);
    }

    private static async Task<Ok<BehaviourRecord>> ReportedToPolice(Guid id, AtInput input, CaseService cases, CancellationToken ct) =>
        TypedResults.Ok(await cases.ReportedToPoliceAsync(id, Utc(input.AtUtc), ct));

    private static async Task<Created<MeasureRecord>> TakeMeasure(Guid id, NewMeasure input, CaseService cases, CancellationToken ct)
    {
        var m = await cases.TakeMeasureAsync(id, input with { GuardiansNotifiedUtc = input.GuardiansNotifiedUtc is { } n ? Utc(n) : null }, ct);
        return TypedResults.Created($"/api/juvenile/cases/{id}", m);
    }

    private static async Task<Ok<MeasureView>> GuardiansNotified(Guid id, AtInput input, CaseService cases, CancellationToken ct) =>
        TypedResults.Ok(await cases.GuardiansNotifiedAsync(id, Utc(input.AtUtc), ct));

    private static async Task<Ok<MeasureRecord>> Outcome(Guid id, TextInput input, CaseService cases, CancellationToken ct) =>
        TypedResults.Ok(await cases.RecordOutcomeAsync(id, input.Text, ct));

    private static async Task<Created<RecidivismRecord>> AddRecord(Guid id, NewRecidivismRecord input, CaseService cases, CancellationToken ct)
    {
        var r = await cases.AddRecidivismRecordAsync(id, input, ct);
        return TypedResults.Created($"/api/juvenile/cases/{id}", r);
    }

    private static async Task<NoContent> Seal(Guid id, SealInput input, CaseService cases, CancellationToken ct)
    {
        await cases.SealAsync(id, input.Basis, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<Referral>> Refer(Guid id, NewReferral input, Referrals referrals, CancellationToken ct)
    {
        var r = await referrals.SendAsync(id, input, ct);
        return TypedResults.Created($"/api/juvenile/referrals/{r.Id}", r);
    }

    private static Task<IReadOnlyList<Referral>> Inbox(Referrals referrals, CancellationToken ct) => referrals.InboxAsync(ct);

    private static async Task<Ok<Referral>> Accept(Guid id, Referrals referrals, CancellationToken ct) => TypedResults.Ok(await referrals.AcceptAsync(id, ct));

    private static async Task<Ok<Referral>> Decline(Guid id, TextInput input, Referrals referrals, CancellationToken ct) =>
        TypedResults.Ok(await referrals.DeclineAsync(id, input.Text, ct));

    private static async Task<Ok<Referral>> Withdraw(Guid id, Referrals referrals, CancellationToken ct) => TypedResults.Ok(await referrals.WithdrawAsync(id, ct));

    private static async Task<Ok<ReassignResult>> Reassign(ReassignInput input, Referrals referrals, CancellationToken ct) =>
        TypedResults.Ok(await referrals.ReassignAsync(input.FromCaseworkerId, input.ToCaseworkerId, input.ToName, input.ActingOrgId, ct));

    private static async Task<Created<Placement>> Apply(Guid id, NewApplication input, SpecialEducationService special, CancellationToken ct)
    {
        var p = await special.ApplyAsync(id, input, ct);
        return TypedResults.Created($"/api/juvenile/special-education/{p.Id}", p);
    }

    private static Task<IReadOnlyList<Placement>> OpenPlacements(SpecialEducationService special, CancellationToken ct) => special.OpenAsync(ct);

    private static async Task<Results<Ok<PlacementView>, NotFound>> Placement(Guid id, SpecialEducationService special, CancellationToken ct) =>
        await special.GetAsync(id, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound();

    private static async Task<Ok<Placement>> Evaluate(Guid id, EvaluationInput input, SpecialEducationService special, CancellationToken ct) =>
        TypedResults.Ok(await special.EvaluateAsync(id, input.Consent, input.Evaluation, ct));

    private static async Task<Ok<Placement>> Decide(Guid id, PlacementDecision input, SpecialEducationService special, CancellationToken ct) =>
        TypedResults.Ok(await special.DecideAsync(id, input, ct));

    private static async Task<Ok<Placement>> RequestEvaluation(Guid id, SpecialEducationService special, CancellationToken ct) =>
        TypedResults.Ok(await special.RequestEvaluationAsync(id, ct));

    private static async Task<Ok<Placement>> SemesterEvaluation(Guid id, SemesterInput input, SpecialEducationService special, CancellationToken ct) =>
        TypedResults.Ok(await special.SemesterEvaluationAsync(id, input.RecommendReturn, input.Note, ct));

    private static async Task<Ok<Placement>> DecideReturn(Guid id, ReturnInput input, SpecialEducationService special, CancellationToken ct) =>
        TypedResults.Ok(await special.DecideReturnAsync(id, input.Return, ct));

    private static async Task<Ok<PlacementEvent>> RecordEvent(Guid id, EventInput input, SpecialEducationService special, CancellationToken ct) =>
        TypedResults.Ok(await special.RecordEventAsync(id, input.Kind, input.On, input.Note, input.Outcome, ct));

    private static Task<IReadOnlyList<SealedCase>> Inquire(SealedInquiry input, SealedRecords sealedRecords, CancellationToken ct) => sealedRecords.InquireAsync(input, ct);

    private static Task<IReadOnlyList<SealedAccess>> Accesses(DateTime? fromUtc, DateTime? toUtc, SealedRecords sealedRecords, CancellationToken ct) =>
        sealedRecords.AccessesAsync(fromUtc, toUtc, ct);

    private static Task<StatisticsTable> Stats(int? year, JuvenileStatistics statistics, CancellationToken ct) => statistics.BuildAsync(year, ct);

    /// <summary>JSON times with an offset or Z are exact; a bare time is Beijing time.</summary>
    private static DateTime Utc(DateTime t) => t.Kind switch
    {
        DateTimeKind.Utc => t,
        DateTimeKind.Local => t.ToUniversalTime(),
        _ => DateTime.SpecifyKind(t - Tongban.Kernel.Calendar.ChinaTime.Offset, DateTimeKind.Utc),
    };

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal sealed record SearchParameters(string? Name, CaseStage? Stage, RiskLevel? MinRisk, Guid? SchoolOrgId, Guid? CaseworkerId, int? Page, int? PageSize)
{
    public CaseSearch ToSearch() => new(Name, Stage, MinRisk, SchoolOrgId, CaseworkerId, Page ?? 1, PageSize ?? 50);
}

internal sealed record CaseCreated(Guid Id, string Reference);

internal sealed record CaseCount(int Total);

internal sealed record AtInput(DateTime AtUtc);

internal sealed record TextInput(string Text);

internal sealed record SealInput(SealBasis Basis);

internal sealed record ReassignInput(Guid FromCaseworkerId, Guid ToCaseworkerId, string ToName, Guid? ActingOrgId);

internal sealed record EvaluationInput(bool Consent, string Evaluation);

internal sealed record SemesterInput(bool RecommendReturn, string Note);

internal sealed record ReturnInput(bool Return);

internal sealed record EventInput(PlacementEventKind Kind, DateOnly On, string Note, string? Outcome);
