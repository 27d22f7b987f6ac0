using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Patients;
using Tongban.Clinic.Scores;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic;

public sealed record PatientBody(Guid TeamOrgId, string Name, string Sex, DateOnly BirthDate, string IdNumber, string Phone, string DivisionCode, string? Doctor);

public sealed record EnrolBody(string Programme, DateOnly EnrolledOn, string? Doctor);

public sealed record DoneBody(IReadOnlyList<string> Items, DateOnly On);

public sealed record ReminderBody(string Channel, string Outcome, string? Note);

public sealed record IntervalBody(string Programme, string Item, int Months, DateOnly ValidFrom, string Source);

public sealed record ScoreBody(decimal Bilirubin, decimal Albumin, decimal Inr, decimal Creatinine, string Ascites, string Encephalopathy, decimal? Sodium, bool Dialysis);

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

        api.MapPost("/score", (ScoreBody body) => TypedResults.Ok(LiverScores.Compute(ToScore(body), LabLimits.Default)));
    }

    internal static ScoreInput ToScore(ScoreBody body) =>
        new(body.Bilirubin, body.Albumin, body.Inr, body.Creatinine, AscitesOf(body.Ascites), EncephalopathyOf(body.Encephalopathy), body.Sodium, body.Dialysis);

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
