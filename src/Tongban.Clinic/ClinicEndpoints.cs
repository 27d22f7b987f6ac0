using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Formulary;
using Tongban.Clinic.Fund;
using Tongban.Clinic.Messages;
using Tongban.Clinic.Outreach;
using Tongban.Clinic.Patients;
using Tongban.Clinic.Scores;
using Tongban.Clinic.Visits;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Clinic;

public sealed record PatientBody(Guid TeamOrgId, string Name, string Sex, DateOnly BirthDate, string IdNumber, string Phone, string DivisionCode, string? Doctor);

public sealed record EnrolBody(string Programme, DateOnly EnrolledOn, string? Doctor);

public sealed record DoneBody(IReadOnlyList<string> Items, DateOnly On);

public sealed record ReminderBody(string Channel, string Outcome, string? Note);

public sealed record IntervalBody(string Programme, string Item, int Months, DateOnly ValidFrom, string Source);

public sealed record ScoreBody(decimal Bilirubin, decimal Albumin, decimal Inr, decimal Creatinine, string Ascites, string Encephalopathy, decimal? Sodium, bool Dialysis);

public sealed record VisitBody(
    DateOnly On,
    IReadOnlyDictionary<string, decimal>? Labs,
    bool HbvDnaBelowLimit,
    decimal? HbvDnaLowerLimit,
    string? Imaging,
    string? Ascites,
    string? Encephalopathy,
    bool Dialysis,
    IReadOnlyList<string>? ItemsDone,
    IReadOnlyList<string>? Confirmed);

public sealed record DrugOrderBody(string? Drug, int Days, bool TakeCheapest, string? Reason, IReadOnlyList<string>? Conditions, string? OffFormularyName, decimal? OffFormularyDailyCost);

public sealed record ExaminationOrderBody(string Examination, string? Reason);

public sealed record PriceBody(decimal UnitPrice, DateOnly From, string Source);

public sealed record FundOpenBody(string SecondApproverAbove);

public sealed record GiftBody(string Amount, string Donor);

public sealed record HelpBody(Guid PatientId, string Amount, string Purpose, string? SecondApprover);

public sealed record MessageBody(string Text);

public sealed record OutreachBody(Guid OrgId, string Kind, DateOnly On, string Place, int PeopleReached, int StaffTrained, string? Note);

internal static class ClinicEndpoints
{
    public static void MapClinicApi(this IEndpointRouteBuilder app)
    {
        // Reads need clinic.view and see the teams granted (the kernel filter); writes are checked at the patient's team.
        var api = app.MapGroup("/api/clinic").WithTags("Clinic").RequireAuthorization(ClinicPermissions.View);

        api.MapGet("/teams", async (PatientService patients, CancellationToken ct) => TypedResults.Ok(await patients.TeamsAsync(ct)));
        api.MapGet("/patients", async (string? search, string? doctor, int? take, PatientService patients, CancellationToken ct) =>
            TypedResults.Ok(await patients.ListAsync(search, doctor, take ?? 200, ct)));
        api.MapPost("/patients", async (PatientBody body, PatientService patients, CancellationToken ct) =>
        {
            var id = await patients.RegisterAsync(new NewPatient(body.TeamOrgId, body.Name, Parse<Sex>(body.Sex, "sex", "clinic.sex"), body.BirthDate, body.IdNumber, body.Phone, body.DivisionCode, body.Doctor), ct);
            return TypedResults.Created($"/api/clinic/patients/{id}", new { id });
        }).RequireAuthorization(ClinicPermissions.Treat);
        api.MapGet("/patients/{id:guid}", async (Guid id, string? purpose, PatientService patients, CancellationToken ct) => TypedResults.Ok(await patients.ReadAsync(id, purpose ?? "", ct)));
        api.MapPost("/patients/{id:guid}/enrolments", async (Guid id, EnrolBody body, PatientService patients, CancellationToken ct) =>
        {
            var enrolment = await patients.EnrolAsync(id, Parse<Programme>(body.Programme, "programme", "clinic.programme-unknown"), body.EnrolledOn, body.Doctor, ct);
            return TypedResults.Created($"/api/clinic/patients/{id}", new { id = enrolment });
        }).RequireAuthorization(ClinicPermissions.Treat);
        api.MapPost("/patients/{id:guid}/done", async (Guid id, DoneBody body, FollowUpService followUp, CancellationToken ct) =>
        {
            await followUp.RecordDoneAsync(id, (body.Items ?? []).Select(i => Parse<FollowUpItem>(i, "items", "clinic.item-unknown")).ToList(), body.On, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(ClinicPermissions.Treat);
        api.MapPost("/patients/{id:guid}/reminders", async (Guid id, ReminderBody body, FollowUpService followUp, CancellationToken ct) =>
        {
            await followUp.RecordReminderAsync(id, Parse<ReminderChannel>(body.Channel, "channel", "clinic.channel-unknown"), Parse<ReminderOutcome>(body.Outcome, "outcome", "clinic.outcome-unknown"), body.Note, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(ClinicPermissions.Remind);

        api.MapGet("/due", async (Guid? team, string? doctor, bool? overdue, int? within, DateOnly? asOf, int? take, FollowUpService followUp, CancellationToken ct) =>
            TypedResults.Ok(await followUp.DueAsync(new DueFilter(team, doctor, overdue ?? false, within ?? 30, take ?? 500), asOf, ct)));
        api.MapGet("/intervals", async (FollowUpService followUp, CancellationToken ct) => TypedResults.Ok(await followUp.IntervalsAsync(ct)));
        api.MapPost("/intervals", async (IntervalBody body, FollowUpService followUp, CancellationToken ct) =>
        {
            await followUp.SetIntervalAsync(Parse<Programme>(body.Programme, "programme", "clinic.programme-unknown"), Parse<FollowUpItem>(body.Item, "item", "clinic.item-unknown"), body.Months, body.ValidFrom, body.Source, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(ClinicPermissions.EditSchedules);

        api.MapPost("/score", async (ScoreBody body, VisitService visits, CancellationToken ct) => TypedResults.Ok(LiverScores.Compute(ToScore(body), await visits.LimitsAsync(visits.Today, ct))));
        api.MapGet("/limits", async (VisitService visits, CancellationToken ct) => TypedResults.Ok(await visits.LimitRowsAsync(ct)));
        api.MapPost("/patients/{id:guid}/visits", async (Guid id, VisitBody body, VisitService visits, CancellationToken ct) =>
        {
            var visit = await visits.RecordAsync(ToVisit(id, body), ct);
            return TypedResults.Created($"/api/clinic/patients/{id}/visits", new { id = visit });
        }).RequireAuthorization(ClinicPermissions.Treat);
        api.MapGet("/patients/{id:guid}/visits", async (Guid id, string? purpose, VisitService visits, CancellationToken ct) => TypedResults.Ok(await visits.VisitsAsync(id, purpose ?? "", ct)));
        api.MapGet("/patients/{id:guid}/trends", async (Guid id, string? purpose, VisitService visits, CancellationToken ct) =>
            TypedResults.Ok((await visits.TrendsAsync(id, purpose ?? "", ct)).Select(s => new { s.Analyte, s.Log10, s.BandLow, s.BandHigh, Points = s.Points.Select(p => new { p.On, p.Value, p.Censored }) })));

        api.MapGet("/formulary", async (OrderService orders, CancellationToken ct) => TypedResults.Ok(await orders.DrugsAsync(ct)));
        api.MapPut("/formulary/{code}/price", async (string code, PriceBody body, OrderService orders, CancellationToken ct) =>
        {
            await orders.SetPriceAsync(code, body.UnitPrice, body.From, body.Source, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(ClinicPermissions.EditSchedules);
        api.MapGet("/examinations", async (OrderService orders, CancellationToken ct) => TypedResults.Ok(await orders.ExaminationsAsync(ct)));
        api.MapGet("/patients/{id:guid}/offer", async (Guid id, string drug, int days, string? conditions, OrderService orders, CancellationToken ct) =>
            TypedResults.Ok(await orders.OfferAsync(id, drug, days, ConditionsOf(conditions?.Split(',') ?? []), ct)));
        api.MapPost("/patients/{id:guid}/drug-orders", async (Guid id, DrugOrderBody body, OrderService orders, CancellationToken ct) =>
        {
            var order = await orders.PlaceAsync(ToOrder(id, body), ct);
            return TypedResults.Created($"/api/clinic/patients/{id}", new { id = order });
        }).RequireAuthorization(ClinicPermissions.Treat);
        api.MapPost("/patients/{id:guid}/examination-orders", async (Guid id, ExaminationOrderBody body, OrderService orders, CancellationToken ct) =>
        {
            var order = await orders.OrderExaminationAsync(id, body.Examination, ReasonOf(body.Reason), ct);
            return TypedResults.Created($"/api/clinic/patients/{id}", new { id = order });
        }).RequireAuthorization(ClinicPermissions.Treat);
        api.MapGet("/savings", async (int from, int to, string? by, OrderService orders, CancellationToken ct) =>
            TypedResults.Ok(await orders.SavingsAsync(from, to, by is null ? SavingsBy.Doctor : Parse<SavingsBy>(by, "by", "clinic.savings-by"), ct)));

        api.MapPost("/patients/{id:guid}/messages", async (Guid id, MessageBody body, MessageService messages, CancellationToken ct) =>
        {
            var message = await messages.ReceiveAsync(id, body.Text, ct);
            return TypedResults.Created($"/api/clinic/messages/{message}", new { id = message });
        }).RequireAuthorization(ClinicPermissions.Remind);
        api.MapGet("/inbox", async (string? doctor, bool? unanswered, MessageService messages, CancellationToken ct) => TypedResults.Ok(await messages.InboxAsync(doctor, unanswered ?? true, ct)));
        api.MapPost("/messages/{id:guid}/reply", async (Guid id, MessageBody body, MessageService messages, CancellationToken ct) =>
        {
            await messages.ReplyAsync(id, body.Text, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(ClinicPermissions.Treat);
        api.MapGet("/reply-times", async (MessageService messages, CancellationToken ct) => TypedResults.Ok(await messages.StatsAsync(ct)));
        api.MapPost("/outreach", async (OutreachBody body, OutreachService outreach, CancellationToken ct) =>
        {
            var id = await outreach.RecordAsync(body.OrgId, Parse<OutreachKind>(body.Kind, "kind", "clinic.outreach-kind"), body.On, body.Place, body.PeopleReached, body.StaffTrained, body.Note, ct);
            return TypedResults.Created($"/api/clinic/outreach/{id}", new { id });
        }).RequireAuthorization(ClinicPermissions.Treat);
        api.MapGet("/outreach", async (DateOnly from, DateOnly to, OutreachService outreach, CancellationToken ct) => TypedResults.Ok(await outreach.ListAsync(from, to, ct)));
        api.MapGet("/outreach/report", async (DateOnly from, DateOnly to, OutreachService outreach, CancellationToken ct) => TypedResults.Ok(await outreach.ReportAsync(from, to, ct)));

        api.MapGet("/funds", async (FundService fund, CancellationToken ct) => TypedResults.Ok(await fund.FundsAsync(ct)));
        api.MapGet("/funds/{org:guid}", async (Guid org, FundService fund, CancellationToken ct) => TypedResults.Ok(await fund.ViewAsync(org, ct)));
        api.MapPut("/funds/{org:guid}", async (Guid org, FundOpenBody body, FundService fund, CancellationToken ct) =>
        {
            await fund.OpenAsync(org, Cny.Parse(body.SecondApproverAbove, "threshold").Fen, ct);
            return TypedResults.Ok(await fund.ViewAsync(org, ct));
        }).RequireAuthorization(ClinicPermissions.EditSchedules);
        api.MapPost("/funds/{org:guid}/gifts", async (Guid org, GiftBody body, FundService fund, CancellationToken ct) =>
        {
            await fund.GiftAsync(org, Cny.Parse(body.Amount, "amount").Fen, body.Donor, ct);
            return TypedResults.Ok(await fund.ViewAsync(org, ct));
        }).RequireAuthorization(ClinicPermissions.Treat);
        api.MapPost("/funds/{org:guid}/help", async (Guid org, HelpBody body, FundService fund, CancellationToken ct) =>
        {
            await fund.HelpAsync(org, body.PatientId, Cny.Parse(body.Amount, "amount").Fen, body.Purpose, body.SecondApprover, ct);
            return TypedResults.Ok(await fund.ViewAsync(org, ct));
        }).RequireAuthorization(ClinicPermissions.Treat);
    }

    internal static ScoreInput ToScore(ScoreBody body) =>
        new(body.Bilirubin, body.Albumin, body.Inr, body.Creatinine, AscitesOf(body.Ascites), EncephalopathyOf(body.Encephalopathy), body.Sodium, body.Dialysis);

    internal static NewVisit ToVisit(Guid patientId, VisitBody body) =>
        new(
            patientId,
            body.On,
            (body.Labs ?? new Dictionary<string, decimal>()).ToDictionary(l => Parse<Analyte>(l.Key, "labs", "clinic.analyte-unknown"), l => l.Value),
            body.HbvDnaBelowLimit,
            body.HbvDnaLowerLimit,
            body.Imaging,
            body.Ascites is null ? null : AscitesOf(body.Ascites),
            body.Encephalopathy is null ? null : EncephalopathyOf(body.Encephalopathy),
            body.Dialysis,
            (body.ItemsDone ?? []).Select(i => Parse<FollowUpItem>(i, "itemsDone", "clinic.item-unknown")).ToList(),
            (body.Confirmed ?? []).Select(i => Parse<Analyte>(i, "confirmed", "clinic.analyte-unknown")).ToList());

    internal static NewDrugOrder ToOrder(Guid patientId, DrugOrderBody body) =>
        new(patientId, body.Drug ?? "", body.Days, body.TakeCheapest, ReasonOf(body.Reason), ConditionsOf(body.Conditions ?? []), body.OffFormularyName, body.OffFormularyDailyCost);

    internal static KeepReason? ReasonOf(string? text) => string.IsNullOrWhiteSpace(text) ? null : Parse<KeepReason>(text, "reason", "clinic.reason-unknown");

    internal static Contraindication ConditionsOf(IEnumerable<string> names) =>
        names.Where(n => !string.IsNullOrWhiteSpace(n)).Aggregate(Contraindication.None, (all, n) => all | Parse<Contraindication>(n.Trim(), "conditions", "clinic.condition-unknown"));

    internal static Ascites AscitesOf(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "none" => Ascites.None,
        "mild" => Ascites.Mild,
        "moderate" => Ascites.Moderate,
        _ => throw new RuleViolation("ascites", "clinic.ascites-unknown", "Ascites is none, mild or moderate."),
    };

    internal static Encephalopathy EncephalopathyOf(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "none" => Encephalopathy.None,
        "1-2" => Encephalopathy.Grade1To2,
        "3-4" => Encephalopathy.Grade3To4,
        _ => throw new RuleViolation("encephalopathy", "clinic.encephalopathy-unknown", "Encephalopathy is none, 1-2 or 3-4."),
    };

    /// <summary>An enum by name (never by number: "1" is not a programme).</summary>
    internal static T Parse<T>(string? text, string field, string rule)
        where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(text) && !int.TryParse(text, out _) && Enum.TryParse<T>(text.Replace("-", "", StringComparison.Ordinal), true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new RuleViolation(field, rule, $"'{text}' is not a known value.", ("value", text));
}
