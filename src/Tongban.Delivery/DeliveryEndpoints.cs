using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tongban.Delivery.Backlog;
using Tongban.Delivery.Cycles;
using Tongban.Delivery.Orders;
using Tongban.Delivery.Segments;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Delivery;

/// <summary>An order as posted: amounts in the contract currency as text ("1,234.56"), cost in CNY, planned dates per milestone.</summary>
public sealed record OrderBody(
    string Code,
    string? Title,
    Guid OrgId,
    Guid CustomerId,
    string Area,
    string? SectorCode,
    bool Overseas,
    string? ProjectManager,
    string Currency,
    decimal ExchangeRate,
    string ContractWithTax,
    string ContractExTax,
    string Cost,
    int PaymentTermsDays,
    DateOnly Signed,
    IReadOnlyDictionary<string, DateOnly> Planned);

public sealed record CustomerBody(Guid OrgId, string Name, string SectorCode, bool Overseas, string? Relationship, string? RelatedParty, decimal ShareholdingPercent);

public sealed record EntityBody(Guid OrgId, bool Overseas, string Country);

public sealed record SectorBody(string Code, string NameZh, string NameEn);

public sealed record MilestoneBody(DateOnly Actual);

public sealed record CollectionBody(DateOnly On, string Amount, string? Note);

internal static class DeliveryEndpoints
{
    public static void MapDeliveryApi(this IEndpointRouteBuilder app)
    {
        // Reads need delivery.view (project managers then see their own projects, DeliveryAccess decides); writes check
        // the act's permission at the order's org in the services; the disclosure figures need delivery.disclosure.view.
        var api = app.MapGroup("/api/delivery").WithTags("Delivery").RequireAuthorization(DeliveryPermissions.View);

        api.MapGet("/sectors", async (OrderService orders, CancellationToken ct) => TypedResults.Ok(await orders.SectorsAsync(ct)));
        api.MapPost("/sectors", async (SectorBody body, OrderService orders, CancellationToken ct) =>
        {
            await orders.AddSectorAsync(body.Code, body.NameZh, body.NameEn, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(DeliveryPermissions.EditOrders);
        api.MapGet("/entities", async (OrderService orders, CancellationToken ct) => TypedResults.Ok(await orders.EntitiesAsync(ct)));
        api.MapPut("/entities", async (EntityBody body, OrderService orders, CancellationToken ct) =>
        {
            await orders.RegisterEntityAsync(body.OrgId, body.Overseas, body.Country, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(DeliveryPermissions.EditOrders);
        api.MapGet("/customers", async (OrderService orders, CancellationToken ct) => TypedResults.Ok(await orders.CustomersAsync(ct)));
        api.MapPost("/customers", async (CustomerBody body, OrderService orders, CancellationToken ct) =>
        {
            var id = await orders.AddCustomerAsync(ToCustomer(body), ct);
            return TypedResults.Created($"/api/delivery/customers/{id}", new { id });
        }).RequireAuthorization(DeliveryPermissions.EditOrders);

        api.MapGet("/orders", async (string? area, bool? overseas, string? status, bool? late, string? search, int? take, OrderService orders, CancellationToken ct) =>
            TypedResults.Ok(await orders.ListAsync(
                new OrderFilter(
                    area is null ? null : AreaOf(area, "area"),
                    overseas,
                    status is null ? null : Enum.TryParse<OrderStatus>(status, true, out var s) ? s : throw new RuleViolation("status", "delivery.status-unknown", $"'{status}' is not backlog or accepted.", ("status", status)),
                    late ?? false,
                    search,
                    take ?? 2000),
                ct)));
        api.MapPost("/orders", async (OrderBody body, OrderService orders, CancellationToken ct) =>
        {
            var id = await orders.CreateAsync(ToOrder(body), ct);
            return TypedResults.Created($"/api/delivery/orders/{id}", new { id });
        }).RequireAuthorization(DeliveryPermissions.EditOrders);
        api.MapGet("/orders/{id:guid}", async (Guid id, OrderService orders, CancellationToken ct) => TypedResults.Ok(await orders.DetailsAsync(id, ct)));
        api.MapPut("/orders/{id:guid}/milestones/{kind}", async (Guid id, string kind, MilestoneBody body, OrderService orders, CancellationToken ct) =>
        {
            await orders.RecordMilestoneAsync(id, MilestoneOf(kind), body.Actual, ct);
            return TypedResults.Ok(await orders.DetailsAsync(id, ct));
        }).RequireAuthorization(DeliveryPermissions.RecordMilestones);
        api.MapPost("/orders/{id:guid}/collections", async (Guid id, CollectionBody body, OrderService orders, CancellationToken ct) =>
        {
            await orders.RecordCollectionAsync(id, body.On, Cny.Parse(body.Amount, "amount").Fen, body.Note, ct);
            return TypedResults.Ok(await orders.DetailsAsync(id, ct));
        }).RequireAuthorization(DeliveryPermissions.RecordCollections);

        api.MapGet("/cycles", async (DateOnly? asOf, CycleReport cycles, CancellationToken ct) => TypedResults.Ok(await cycles.ComputeAsync(asOf, ct)));
        api.MapGet("/late", async (DateOnly? asOf, CycleReport cycles, OrderService orders, CancellationToken ct) =>
            TypedResults.Ok(await cycles.LateAsync(asOf ?? orders.Today, 5000, ct)));
        api.MapGet("/backlog", async (DateOnly? asOf, BacklogReport backlog, CancellationToken ct) => TypedResults.Ok(await backlog.ComputeAsync(asOf, ct)));

        var disclosure = api.MapGroup("/disclosure").RequireAuthorization(DeliveryPermissions.Disclosure);
        disclosure.MapGet("/years", async (DisclosureReport report, CancellationToken ct) => TypedResults.Ok(await report.YearsAsync(ct)));
        disclosure.MapGet("/segments/{year:int}", async (int year, string? by, DisclosureReport report, CancellationToken ct) =>
            TypedResults.Ok(await report.SegmentsAsync(year, DimensionOf(by), ct)));
        disclosure.MapGet("/concentration/{year:int}", async (int year, DisclosureReport report, CancellationToken ct) =>
            TypedResults.Ok(await report.ConcentrationAsync(year, ct)));
        disclosure.MapGet("/related-parties", async (int? year, DisclosureReport report, CancellationToken ct) =>
            TypedResults.Ok(await report.RelatedPartiesAsync(year, ct)));
    }

    internal static BusinessArea AreaOf(string text, string field) =>
        Areas.TryParse(text, out var area) ? area : throw new RuleViolation(field, "delivery.area-unknown", $"'{text}' is not a business area.", ("area", text));

    internal static MilestoneKind MilestoneOf(string text) =>
        Enum.TryParse<MilestoneKind>(text, true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _)
            ? kind
            : throw new RuleViolation("kind", "delivery.milestone-unknown", $"'{text}' is not a milestone.");

    internal static SegmentDimension DimensionOf(string? text) => text?.ToLowerInvariant() switch
    {
        null or "" or "area" => SegmentDimension.Area,
        "sector" => SegmentDimension.Sector,
        "region" => SegmentDimension.Region,
        _ => throw new RuleViolation("by", "delivery.dimension-unknown", $"'{text}' is not area, sector or region.", ("by", text)),
    };

    internal static NewCustomer ToCustomer(CustomerBody body) =>
        new(
            body.OrgId,
            body.Name,
            body.SectorCode,
            body.Overseas,
            body.Relationship is null ? Relationship.None
                : Enum.TryParse<Relationship>(body.Relationship, true, out var r) && Enum.IsDefined(r) && !int.TryParse(body.Relationship, out _) ? r
                : throw new RuleViolation("relationship", "delivery.relationship-unknown", "Unknown relationship."),
            body.RelatedParty,
            body.ShareholdingPercent);

    internal static NewOrder ToOrder(OrderBody body) =>
        new(
            body.Code,
            body.Title ?? "",
            body.OrgId,
            body.CustomerId,
            AreaOf(body.Area, "area"),
            body.SectorCode,
            body.Overseas,
            body.ProjectManager ?? "",
            body.Currency,
            body.ExchangeRate,
            Cny.Parse(body.ContractWithTax, "contractWithTax").Fen,
            Cny.Parse(body.ContractExTax, "contractExTax").Fen,
            Cny.Parse(body.Cost, "cost").Fen,
            body.PaymentTermsDays,
            body.Signed,
            (body.Planned ?? new Dictionary<string, DateOnly>()).ToDictionary(p => MilestoneOf(p.Key), p => p.Value));
}
