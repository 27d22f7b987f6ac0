using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Assets.Depreciation;
using Tongban.Assets.Disposal;
using Tongban.Assets.Labels;
using Tongban.Assets.Software;
using Tongban.Assets.Stocktake;
using Tongban.Assets.Use;
using Tongban.Assets.Vehicles;

namespace Tongban.Assets.Api;

public sealed record PlacementInput(string UserDepartment, string Custodian, string Location);

public sealed record DecisionInput(string Transition, string? Opinion);

public sealed record LendInput(Guid CardId, string Borrower, DateOnly CheckOut, DateOnly Due, long FeeFen);

public sealed record InvestInput(Guid CardId, string Investee, DateOnly On);

public sealed record ReceiveInput(DateOnly ReceivedOn, IncomeHandling? Handling);

public sealed record PlanInput(Guid OrgId, string Title, string? Location);

public sealed record ScanInput(string Code, string? Location, string? Custodian);

public sealed record DepreciateInput(Guid OrgId, string Period);

public sealed record CostInput(DateOnly On, RunningCostKind Kind, long AmountFen);

public sealed record LicenceInput(Guid OrgId, string Product, string Vendor, int Seats, DateOnly? Expires, long PriceFen);

public sealed record InstallInput(string Device, DateOnly On);

public sealed record LifeInput(int Years);

public sealed record QuotaInput(int Quota);

public sealed record PropertyRightInput(string Certificate);

public sealed record EvaluationInput(long ValueFen, DateOnly On, string? Agency);

/// <summary>/api/assets: cards, allocation, use, disposal, depreciation, stocktake, vehicles, software. Refusals are RuleViolations (422).</summary>
internal static class AssetsEndpoints
{
    public static void MapAssetsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/assets").WithTags("Assets").RequireAuthorization(AssetsPermissions.View);

        api.MapGet("/classes", () => TypedResults.Ok(AssetClasses.All));
        api.MapGet("/standards", () => TypedResults.Ok(EquipmentStandards.Defaults));
        api.MapGet("/cards", async (Guid? orgId, string? search, int? skip, int? take, CardRegistry r, CancellationToken ct) =>
            TypedResults.Ok(await r.ListAsync(orgId, search, skip ?? 0, take ?? 50, ct)));
        api.MapGet("/cards/{id:guid}", async Task<Results<Ok<AssetCard>, NotFound>> (Guid id, CardRegistry r, CancellationToken ct) =>
            await r.FindAsync(id, ct) is { } card ? TypedResults.Ok(card) : TypedResults.NotFound());
        api.MapGet("/cards/by-code/{code}", async Task<Results<Ok<AssetCard>, NotFound>> (string code, CardRegistry r, CancellationToken ct) =>
            await r.FindByCodeAsync(code, ct) is { } card ? TypedResults.Ok(card) : TypedResults.NotFound());
        api.MapGet("/cards/{id:guid}/history", async (Guid id, CardRegistry r, CancellationToken ct) => TypedResults.Ok(await r.HistoryAsync(id, ct)));
        api.MapGet("/cards/{id:guid}/label.png", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, CardRegistry r, CancellationToken ct) =>
            await r.FindAsync(id, ct) is { } card ? TypedResults.File(QrLabels.Png(card), "image/png", $"{card.Code}.png") : TypedResults.NotFound());
        api.MapGet("/labels.png", async (Guid? orgId, string? search, CardRegistry r, CancellationToken ct) =>
            TypedResults.File(QrLabels.SheetPng(await r.ListAsync(orgId, search, 0, 24, ct)), "image/png", "labels.png"));
        api.MapGet("/labels.pdf", async (Guid? orgId, string? search, CardRegistry r, TimeProvider clock, CancellationToken ct) =>
            TypedResults.File(QrLabels.SheetPdf(await r.ListAsync(orgId, search, 0, 480, ct), clock.GetUtcNow().UtcDateTime), "application/pdf", "labels.pdf"));
        api.MapPost("/cards", async (NewCard c, CardRegistry r, CancellationToken ct) => TypedResults.Ok(await r.RegisterAsync(c, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapPost("/cards/{id:guid}/placement", async (Guid id, PlacementInput p, CardRegistry r, CancellationToken ct) =>
            TypedResults.Ok(await r.PlaceAsync(id, new CardPlacement(p.UserDepartment, p.Custodian, p.Location), ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapPost("/cards/{id:guid}/adjust/{toOrgId:guid}", async (Guid id, Guid toOrgId, CardRegistry r, CancellationToken ct) =>
            TypedResults.Ok(await r.AdjustAsync(id, toOrgId, ct))).RequireAuthorization(AssetsPermissions.Manage);

        api.MapPost("/cards/{id:guid}/property-right", async (Guid id, PropertyRightInput i, CardRegistry r, CancellationToken ct) =>
            TypedResults.Ok(await r.RecordPropertyRightAsync(id, i.Certificate, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapPost("/cards/{id:guid}/evaluation", async (Guid id, EvaluationInput i, CardRegistry r, CancellationToken ct) =>
            TypedResults.Ok(await r.RecordEvaluationAsync(id, i.ValueFen, i.On, i.Agency, ct))).RequireAuthorization(AssetsPermissions.Manage);

        api.MapGet("/useful-lives/{orgId:guid}", async (Guid orgId, CardRegistry r, CancellationToken ct) => TypedResults.Ok(await r.LifeTableAsync(orgId, ct)));
        api.MapPut("/useful-lives/{orgId:guid}/{classCode}", async (Guid orgId, string classCode, LifeInput i, CardRegistry r, CancellationToken ct) =>
        {
            await r.SetUsefulLifeAsync(orgId, classCode, i.Years, ct);
            return TypedResults.Ok(await r.LifeTableAsync(orgId, ct));
        }).RequireAuthorization(AssetsPermissions.Settings);

        api.MapGet("/allocations", async (AllocationService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)));
        api.MapPost("/allocations", async (NewAllocation a, AllocationService s, CancellationToken ct) => TypedResults.Ok(await s.RequestAsync(a, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapPost("/allocations/{id:guid}/decision", async (Guid id, DecisionInput d, AllocationService s, CancellationToken ct) =>
            TypedResults.Ok(await s.DecideAsync(id, d.Transition, d.Opinion, ct))).RequireAuthorization(AssetsPermissions.Approve);

        api.MapGet("/uses", async (UseService s, CancellationToken ct) => TypedResults.Ok(await s.OpenUsesAsync(ct)));
        api.MapPost("/uses/lend", async (LendInput i, UseService s, CancellationToken ct) =>
            TypedResults.Ok(await s.LendAsync(i.CardId, i.Borrower, i.CheckOut, i.Due, i.FeeFen, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapPost("/uses/lease", async (NewLease l, UseService s, CancellationToken ct) => TypedResults.Ok(await s.LeaseAsync(l, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapPost("/uses/invest", async (InvestInput i, UseService s, CancellationToken ct) =>
            TypedResults.Ok(await s.InvestAsync(i.CardId, i.Investee, i.On, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapPost("/uses/guarantee", async (InvestInput i, UseService s, CancellationToken ct) =>
            TypedResults.Ok(await s.GuaranteeAsync(i.CardId, i.Investee, i.On, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapPost("/uses/{id:guid}/return", async (Guid id, DateOnly on, UseService s, CancellationToken ct) =>
            TypedResults.Ok(await s.ReturnAsync(id, on, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapGet("/uses/{id:guid}/income", async (Guid id, UseService s, CancellationToken ct) => TypedResults.Ok(await s.IncomeOfAsync(id, ct)));
        api.MapPost("/income/{id:guid}/receipt", async (Guid id, ReceiveInput i, UseService s, CancellationToken ct) =>
            TypedResults.Ok(await s.ReceiveAsync(id, i.ReceivedOn, i.Handling, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapPost("/income/{id:guid}/handled", async (Guid id, DateOnly on, UseService s, CancellationToken ct) =>
            TypedResults.Ok(await s.MarkHandledAsync(id, on, ct))).RequireAuthorization(AssetsPermissions.Manage);

        api.MapGet("/disposals", async (DisposalService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)));
        api.MapGet("/disposals/documents/{kind}", (DisposalKind kind) => TypedResults.Ok(DisposalRules.RequiredDocuments(kind)));
        api.MapPost("/disposals", async (NewDisposal d, DisposalService s, CancellationToken ct) => TypedResults.Ok(await s.RequestAsync(d, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapPost("/disposals/{id:guid}/decision", async (Guid id, DecisionInput d, DisposalService s, CancellationToken ct) =>
            TypedResults.Ok(await s.DecideAsync(id, d.Transition, d.Opinion, ct))).RequireAuthorization(AssetsPermissions.Approve);

        api.MapGet("/depreciation/schedule", (string cost, int lifeYears, string start) =>
            TypedResults.Ok(DepreciationRules.Schedule(Kernel.Money.Cny.Parse(cost, "cost"), lifeYears, Period.Parse(start, "start"))
                .Select(x => new { Month = x.Month.ToString(), Amount = x.Amount.Yuan })));
        api.MapGet("/depreciation/runs", async (DepreciationRun r, CancellationToken ct) => TypedResults.Ok(await r.RunsAsync(ct)));
        api.MapPost("/depreciation/runs", async (DepreciateInput i, DepreciationRun r, CancellationToken ct) =>
            TypedResults.Ok(await r.RunAsync(i.OrgId, Period.Parse(i.Period), ct))).RequireAuthorization(AssetsPermissions.Manage);

        api.MapGet("/stocktakes", async (StocktakeService s, CancellationToken ct) => TypedResults.Ok(await s.PlansAsync(ct)));
        api.MapPost("/stocktakes", async (PlanInput p, StocktakeService s, CancellationToken ct) =>
            TypedResults.Ok(await s.PlanAsync(p.OrgId, p.Title, p.Location, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapGet("/stocktakes/{id:guid}/lines", async (Guid id, StocktakeService s, CancellationToken ct) => TypedResults.Ok(await s.LinesAsync(id, ct)));
        api.MapPost("/stocktakes/{id:guid}/scan", async (Guid id, ScanInput i, StocktakeService s, CancellationToken ct) =>
            TypedResults.Ok(await s.ScanAsync(id, i.Code, i.Location, i.Custodian, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapPost("/stocktakes/{id:guid}/reconcile", async (Guid id, StocktakeService s, CancellationToken ct) =>
            TypedResults.Ok(await s.ReconcileAsync(id, ct))).RequireAuthorization(AssetsPermissions.Manage);

        api.MapGet("/vehicles", async (VehicleService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)));
        api.MapGet("/vehicles/standards", () => TypedResults.Ok(VehicleRules.Defaults));
        api.MapGet("/vehicles/year/{year:int}", async (int year, Guid? orgId, VehicleService s, CancellationToken ct) => TypedResults.Ok(await s.YearAsync(year, orgId, ct)));
        api.MapGet("/vehicles/quotas/{orgId:guid}", async (Guid orgId, VehicleService s, CancellationToken ct) => TypedResults.Ok(await s.QuotasAsync(orgId, ct)));
        api.MapPut("/vehicles/quotas/{orgId:guid}/{category}", async (Guid orgId, VehicleCategory category, QuotaInput i, VehicleService s, CancellationToken ct) =>
        {
            await s.SetQuotaAsync(orgId, category, i.Quota, ct);
            return TypedResults.Ok(await s.QuotasAsync(orgId, ct));
        }).RequireAuthorization(AssetsPermissions.Settings);
        api.MapPost("/vehicles", async (NewVehicle v, VehicleService s, CancellationToken ct) => TypedResults.Ok(await s.RegisterAsync(v, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapPost("/vehicles/{id:guid}/costs", async (Guid id, CostInput c, VehicleService s, CancellationToken ct) =>
            TypedResults.Ok(await s.AddCostAsync(id, c.On, c.Kind, c.AmountFen, ct))).RequireAuthorization(AssetsPermissions.Manage);

        api.MapGet("/software", async (SoftwareService s, CancellationToken ct) => TypedResults.Ok(await s.ComplianceAsync(ct)));
        api.MapPost("/software", async (LicenceInput l, SoftwareService s, CancellationToken ct) =>
            TypedResults.Ok(await s.AddLicenceAsync(l.OrgId, l.Product, l.Vendor, l.Seats, l.Expires, l.PriceFen, ct))).RequireAuthorization(AssetsPermissions.Manage);
        api.MapPost("/software/{id:guid}/installations", async (Guid id, InstallInput i, SoftwareService s, CancellationToken ct) =>
            TypedResults.Ok(await s.InstallAsync(id, i.Device, i.On, ct))).RequireAuthorization(AssetsPermissions.Manage);
    }
}
