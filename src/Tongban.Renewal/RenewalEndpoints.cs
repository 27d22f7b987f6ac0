using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Renewal.Communities;
using Tongban.Renewal.Concerns;
using Tongban.Renewal.Lifeline;
using Tongban.Renewal.Rollups;

namespace Tongban.Renewal;

public sealed record CommunityBody(Guid OrgId, string Code, string Name, string DivisionCode, int YearBuilt, int Buildings, int Households, decimal FloorAreaM2);

public sealed record ProjectBody(string Code, string Category, int PlanYear, IReadOnlyList<string>? Items, int HouseholdsBenefited, int FacilitiesAdded);

public sealed record DateBody(DateOnly On);

public sealed record FundingBody(string Channel, string Amount, DateOnly On);

public sealed record PlanBody(Guid OrgId, int Year, int Communities, int Households);

public sealed record ConcernBody(string Topic, string Summary, DateOnly ReceivedOn);

public sealed record AssignBody(string AssignedTo);

public sealed record AnswerBody(string Answer, DateOnly On);

public sealed record RateBody(string Satisfaction);

public sealed record LimitBody(Guid OrgId, int WorkingDays);

public sealed record SensorBody(Guid OrgId, string Code, string Kind, Guid DistrictOrgId, Guid? CommunityId, string Asset);

public sealed record RuleBody(Guid OrgId, string Kind, string Metric, string? Type, string Op, double Threshold, int ForSeconds, string Severity, int AckMinutes, string? Standard);

public sealed record ReadingBody(string Sensor, DateTime Time, string Metric, decimal Value);

public sealed record NoteBody(string Text);

internal static class RenewalEndpoints
{
    public static void MapRenewalApi(this IEndpointRouteBuilder app)
    {
        // Reads need renewal.view (rows filtered to the caller's orgs); each write is checked at the record's org in the services.
        var api = app.MapGroup("/api/renewal").WithTags("Renewal").RequireAuthorization(RenewalPermissions.View);

        api.MapGet("/content-items", async (RenovationService s, CancellationToken ct) => TypedResults.Ok(await s.ItemsAsync(ct)));
        api.MapGet("/communities", async (string? search, int? take, RenovationService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(search, take ?? 500, ct)));
        api.MapPost("/communities", async (CommunityBody b, RenovationService s, CancellationToken ct) =>
        {
            var id = await s.RegisterAsync(new NewCommunity(b.OrgId, b.Code, b.Name, b.DivisionCode, b.YearBuilt, b.Buildings, b.Households, b.FloorAreaM2), ct);
            return TypedResults.Created($"/api/renewal/communities/{id}", new { id });
        }).RequireAuthorization(RenewalPermissions.EditProjects);
        api.MapGet("/communities/{id:guid}", async (Guid id, RenovationService s, CancellationToken ct) => TypedResults.Ok(await s.DetailsAsync(id, ct)));
        api.MapPost("/communities/{id:guid}/projects", async (Guid id, ProjectBody b, RenovationService s, CancellationToken ct) =>
        {
            var pid = await s.AddProjectAsync(new NewProject(id, b.Code, CategoryOf(b.Category), b.PlanYear, b.Items ?? [], b.HouseholdsBenefited, b.FacilitiesAdded), ct);
            return TypedResults.Created($"/api/renewal/projects/{pid}", new { id = pid });
        }).RequireAuthorization(RenewalPermissions.EditProjects);
        api.MapPut("/projects/{id:guid}/start", async (Guid id, DateBody b, RenovationService s, CancellationToken ct) =>
        {
            await s.StartAsync(id, b.On, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(RenewalPermissions.EditProjects);
        api.MapPut("/projects/{id:guid}/completion", async (Guid id, DateBody b, RenovationService s, CancellationToken ct) =>
        {
            await s.CompleteAsync(id, b.On, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(RenewalPermissions.EditProjects);
        api.MapPut("/projects/{id:guid}/acceptance", async (Guid id, DateBody b, RenovationService s, CancellationToken ct) =>
        {
            await s.AcceptAsync(id, b.On, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(RenewalPermissions.Accept);
        api.MapPost("/projects/{id:guid}/funding", async (Guid id, FundingBody b, RenovationService s, CancellationToken ct) =>
        {
            var fid = await s.FundAsync(id, ChannelOf(b.Channel), Cny.Parse(b.Amount, "amount").Fen, b.On, ct);
            return TypedResults.Created($"/api/renewal/projects/{id}", new { id = fid });
        }).RequireAuthorization(RenewalPermissions.EditProjects);
        api.MapGet("/plans", async (int? year, RenovationService s, CancellationToken ct) => TypedResults.Ok(await s.PlansAsync(year, ct)));
        api.MapPut("/plans", async (PlanBody b, RenovationService s, CancellationToken ct) =>
        {
            await s.SetPlanAsync(b.OrgId, b.Year, b.Communities, b.Households, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(RenewalPermissions.EditPlans);
        api.MapGet("/rollup", async (Guid? orgId, int? year, RollupReport r, CancellationToken ct) => TypedResults.Ok(await r.ComputeAsync(orgId, year, ct)));

        api.MapGet("/concerns", async (bool? open, ConcernService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(open ?? false, 500, ct)));
        api.MapPost("/communities/{id:guid}/concerns", async (Guid id, ConcernBody b, ConcernService s, CancellationToken ct) =>
        {
            var cid = await s.RecordAsync(id, TopicOf(b.Topic), b.Summary, b.ReceivedOn, ct);
            return TypedResults.Created($"/api/renewal/concerns/{cid}", new { id = cid });
        }).RequireAuthorization(RenewalPermissions.RecordConcerns);
        api.MapPut("/concerns/{id:guid}/assignee", async (Guid id, AssignBody b, ConcernService s, CancellationToken ct) =>
        {
            await s.AssignAsync(id, b.AssignedTo, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(RenewalPermissions.AnswerConcerns);
        api.MapPut("/concerns/{id:guid}/answer", async (Guid id, AnswerBody b, ConcernService s, CancellationToken ct) =>
        {
            await s.AnswerAsync(id, b.Answer, b.On, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(RenewalPermissions.AnswerConcerns);
        api.MapPut("/concerns/{id:guid}/satisfaction", async (Guid id, RateBody b, ConcernService s, CancellationToken ct) =>
        {
            await s.RateAsync(id, SatisfactionOf(b.Satisfaction), ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(RenewalPermissions.RecordConcerns);
        api.MapGet("/answer-limits", async (ConcernService s, CancellationToken ct) => TypedResults.Ok(await s.LimitsAsync(ct)));
        api.MapPut("/answer-limits/{topic}", async (string topic, LimitBody b, ConcernService s, CancellationToken ct) =>
        {
            await s.SetLimitAsync(b.OrgId, TopicOf(topic), b.WorkingDays, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(RenewalPermissions.AnswerConcerns);

        api.MapGet("/sensors", async (LifelineService s, CancellationToken ct) => TypedResults.Ok(await s.SensorsAsync(ct)));
        api.MapPost("/sensors", async (SensorBody b, LifelineService s, CancellationToken ct) =>
        {
            var id = await s.RegisterSensorAsync(new NewSensor(b.OrgId, b.Code, KindOf(b.Kind, "kind"), b.DistrictOrgId, b.CommunityId, b.Asset), ct);
            return TypedResults.Created($"/api/renewal/sensors/{id}", new { id });
        }).RequireAuthorization(RenewalPermissions.EditSensors);
        api.MapGet("/rules", async (LifelineService s, CancellationToken ct) => TypedResults.Ok(await s.RulesAsync(ct)));
        api.MapPost("/rules", async (RuleBody b, LifelineService s, CancellationToken ct) =>
        {
            var id = await s.AddRuleAsync(RuleOf(b), ct);
            return TypedResults.Created($"/api/renewal/rules/{id}", new { id });
        }).RequireAuthorization(RenewalPermissions.EditSensors);
        api.MapPost("/telemetry", async (IReadOnlyList<ReadingBody> readings, LifelineService s, CancellationToken ct) =>
            TypedResults.Ok(await s.IngestAsync(readings.Select(r => new ReadingInput(r.Sensor, r.Time, r.Metric, r.Value)).ToList(), ct)))
            .RequireAuthorization(RenewalPermissions.Ingest);
        api.MapGet("/alarms", async (bool? open, LifelineService s, CancellationToken ct) =>
        {
            await s.SweepAsync(ct);
            return TypedResults.Ok(await s.AlarmsAsync(open ?? false, 500, ct));
        });
        api.MapGet("/live", async (LifelineService s, CancellationToken ct) =>
        {
            await s.SweepAsync(ct);
            return TypedResults.Ok(await s.LiveAsync(ct));
        });
        api.MapPut("/alarms/{id:guid}/acknowledgement", async (Guid id, LifelineService s, CancellationToken ct) =>
        {
            await s.AcknowledgeAsync(id, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(RenewalPermissions.HandleAlarms);
        api.MapPut("/alarms/{id:guid}/clearance", async (Guid id, LifelineService s, CancellationToken ct) =>
        {
            await s.ClearAsync(id, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(RenewalPermissions.HandleAlarms);
        api.MapGet("/alarms/{id:guid}/notes", async (Guid id, LifelineService s, CancellationToken ct) => TypedResults.Ok(await s.NotesAsync(id, ct)));
        api.MapPost("/alarms/{id:guid}/notes", async (Guid id, NoteBody b, LifelineService s, CancellationToken ct) =>
        {
            await s.NoteAsync(id, b.Text, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(RenewalPermissions.HandleAlarms);
    }

    private static T EnumOf<T>(string? text, string field, string rule)
        where T : struct, Enum =>
        Enum.TryParse<T>(text?.Replace("-", "", StringComparison.Ordinal), true, out var v) && Enum.IsDefined(v) && !int.TryParse(text, out _)
            ? v
            : throw new RuleViolation(field, rule, $"'{text}' is not known.", ("value", text));

    internal static RenovationCategory CategoryOf(string? text) => EnumOf<RenovationCategory>(text, "category", "renewal.category-unknown");

    internal static FundingChannel ChannelOf(string? text) => EnumOf<FundingChannel>(text, "channel", "renewal.channel-unknown");

    internal static ConcernTopic TopicOf(string? text) => EnumOf<ConcernTopic>(text, "topic", "renewal.topic-unknown");

    internal static Satisfaction SatisfactionOf(string? text) => EnumOf<Satisfaction>(text, "satisfaction", "renewal.satisfaction-unknown");

    internal static LifelineKind KindOf(string? text, string field) => EnumOf<LifelineKind>(text, field, "renewal.kind-unknown");

    internal static NewRule RuleOf(RuleBody b) =>
        new(
            b.OrgId,
            KindOf(b.Kind, "kind"),
            b.Metric,
            b.Type is null ? RuleType.Threshold : EnumOf<RuleType>(b.Type, "type", "renewal.rule-type-unknown"),
            AlarmFile.TryParseOp(b.Op ?? "", out var op) ? op : throw new RuleViolation("op", "renewal.op-unknown", $"'{b.Op}' is not >, >=, < or <=.", ("file", ""), ("value", b.Op)),
            b.Threshold,
            b.ForSeconds,
            AlarmFile.ParseSeverity(b.Severity ?? "", "severity", ""),
            b.AckMinutes,
            b.Standard);
}
