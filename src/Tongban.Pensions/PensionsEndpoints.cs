using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Documents;
using Tongban.Pensions.Estimate;
using Tongban.Pensions.Records;
using Tongban.Pensions.Transfers;

namespace Tongban.Pensions;

/// <summary>A period as posted: months as "YYYY-MM", the account storage in yuan.</summary>
public sealed record PeriodBody(PeriodKind Kind, string Start, string End, string DivisionCode, string HolderName, string Account, bool Sealed, string? CertificateNumber);

public sealed record PersonBody(Guid MilitaryFinanceOrgId, string IdNumber, string Name, string HouseholdDivisionCode, string MilitaryStart, IReadOnlyList<PeriodBody>? OtherPeriods);

/// <summary>A contribution month as posted: "YYYY-MM" and amounts in yuan.</summary>
public sealed record ContributionBody(string Month, string Base, string Individual, string Credited);

public sealed record RateBody(decimal Rate, string Source);

public sealed record VoucherBody(Guid PersonId, TransferCase Case, Guid AgencyOrgId, DateOnly On);

public sealed record StepBody(TransferStep Step, Guid ActingOrgId, DateOnly On, string? Note);

/// <summary>The art. 7 amounts as the API returns them: yuan with two decimals and in capital numerals.</summary>
public sealed record AmountsView(int Months, string AsOf, decimal PersonalAccount, decimal MilitarySubsidy, decimal Total, string TotalInWords, IReadOnlyList<AccountYear> Years)
{
    public static AmountsView From(TransferAmounts a) =>
        new(a.Months, a.AsOf.ToString(), a.PersonalAccount.Yuan, a.MilitarySubsidy.Yuan, a.Total.Yuan, a.Total.ToCapitalWords(), a.Years);
}

internal static class PensionsEndpoints
{
    public static void MapPensionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/pensions").WithTags("Pensions");

        // Who may do what: reading needs pensions.view; the military finance department keeps the accounts; both offices
        // take transfer steps (each only its own, checked by TransferService); the rates are edited with pensions.rates.edit.
        var signedIn = api.MapGroup(string.Empty).RequireAuthorization();
        signedIn.MapGet("/rates", async (RatesService rates, CancellationToken ct) => TypedResults.Ok((await rates.LoadAsync(ct)).All))
            .RequireAuthorization(PensionsPermissions.View);
        signedIn.MapPut("/rates/{year:int}", async (int year, RateBody body, RatesService rates, CancellationToken ct) =>
        {
            await rates.SetAsync(year, body.Rate, body.Source, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(PensionsPermissions.EditRates);
        signedIn.MapGet("/persons", async (RecordsService records, CancellationToken ct) => TypedResults.Ok(await records.ListAsync(ct)))
            .RequireAuthorization(PensionsPermissions.View);
        signedIn.MapPost("/persons", async (PersonBody body, RecordsService records, CancellationToken ct) =>
        {
            var id = await records.RegisterAsync(ToNewPerson(body), ct);
            return TypedResults.Created($"/api/pensions/persons/{id}", new { id });
        }).RequireAuthorization(PensionsPermissions.KeepAccounts);
        signedIn.MapPost("/persons/{id:guid}/contributions", async (Guid id, IReadOnlyList<ContributionBody> body, RecordsService records, CancellationToken ct) =>
        {
            await records.RecordContributionsAsync(id, body.Select((c, i) => ToMonth(c, $"[{i}]")).ToList(), ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(PensionsPermissions.KeepAccounts);
        signedIn.MapGet("/persons/{id:guid}/amounts", async (Guid id, string? asOf, RecordsService records, TransferService transfers, TimeProvider clock, CancellationToken ct) =>
        {
            await records.ReadAccountAsync(id, "account amounts", ct);
            var month = asOf is null ? YearMonth.Of(Kernel.Calendar.ChinaTime.Today(clock)) : YearMonth.Parse(asOf, "asOf");
            return TypedResults.Ok(AmountsView.From(await transfers.ComputeAsync(id, month, ct)));
        }).RequireAuthorization(PensionsPermissions.View);
        signedIn.MapGet("/persons/{id:guid}/estimate", async (Guid id, int retirementAge, string averageWage, decimal? index, PensionEstimator estimator, CancellationToken ct) =>
            TypedResults.Ok(await estimator.EstimateAsync(id, new EstimateInput(retirementAge, Cny.Parse(averageWage, "averageWage"), index ?? 1m), ct)))
            .RequireAuthorization(PensionsPermissions.View);
        signedIn.MapPost("/transfers", async (VoucherBody body, TransferService transfers, CancellationToken ct) =>
        {
            var t = await transfers.IssueVoucherAsync(body.PersonId, body.Case, body.AgencyOrgId, body.On, ct);
            return TypedResults.Created($"/api/pensions/transfers/{t.Id}", new { t.Id, t.VoucherCode, t.Destination });
        }).RequireAuthorization(PensionsPermissions.Transfer);
        signedIn.MapPost("/transfers/{id:guid}/steps", async (Guid id, StepBody body, TransferService transfers, CancellationToken ct) =>
        {
            var t = await transfers.TakeStepAsync(id, body.Step, body.ActingOrgId, body.On, body.Note, ct);
            return TypedResults.Ok(new { t.Id, t.Step, t.DueOn });
        }).RequireAuthorization(PensionsPermissions.Transfer);
        signedIn.MapGet("/transfers/{id:guid}", async (Guid id, TransferService transfers, CancellationToken ct) => TypedResults.Ok(await transfers.ProgressAsync(id, ct)))
            .RequireAuthorization(PensionsPermissions.View);
        signedIn.MapGet("/transfers/{id:guid}/forms/{annex:int}", async (Guid id, int annex, TransferForms forms, CancellationToken ct) =>
            TypedResults.Ok(await forms.BuildAsync(id, TransferForms.KindOf(annex), ct)))
            .RequireAuthorization(PensionsPermissions.View);
        signedIn.MapGet("/transfers/{id:guid}/forms/{annex:int}/pdf", async (Guid id, int annex, TransferDocuments documents, CancellationToken ct) =>
        {
            var pdf = await documents.RenderAsync(id, TransferForms.KindOf(annex), ct);
            return TypedResults.File(pdf.Bytes, "application/pdf", pdf.FileName);
        }).RequireAuthorization(PensionsPermissions.View);
        signedIn.MapGet("/statistics", async (TransferStatistics statistics, CancellationToken ct) => TypedResults.Ok(await statistics.ComputeAsync(ct)))
            .RequireAuthorization(PensionsPermissions.View);
        signedIn.MapGet("/due/{orgId:guid}", async (Guid orgId, TransferService transfers, CancellationToken ct) => TypedResults.Ok(await transfers.DueListAsync(orgId, ct)))
            .RequireAuthorization(PensionsPermissions.View);

        // The insured person follows the transfer without an account: ID number plus the code on the voucher.
        api.MapGet("/progress", async Task<Results<Ok<TransferProgress>, NotFound>> (string idNumber, string code, TransferService transfers, CancellationToken ct) =>
            await transfers.ProgressAsync(idNumber, code, ct) is { } progress ? TypedResults.Ok(progress) : TypedResults.NotFound()).AllowAnonymous();
    }

    internal static NewPerson ToNewPerson(PersonBody body) =>
        new(
            body.MilitaryFinanceOrgId,
            body.IdNumber,
            body.Name,
            body.HouseholdDivisionCode,
            YearMonth.Parse(body.MilitaryStart, "militaryStart"),
            (body.OtherPeriods ?? []).Select((p, i) => new PeriodInput(
                p.Kind,
                YearMonth.Parse(p.Start, $"otherPeriods[{i}].start"),
                YearMonth.Parse(p.End, $"otherPeriods[{i}].end"),
                p.DivisionCode,
                p.HolderName,
                Cny.Parse(p.Account, $"otherPeriods[{i}].account"),
                p.Sealed,
                p.CertificateNumber)).ToList());

    private static ContributionMonth ToMonth(ContributionBody c, string field) =>
        new(
            YearMonth.Parse(c.Month, $"{field}.month"),
            Cny.Parse(c.Base, $"{field}.base"),
            Cny.Parse(c.Individual, $"{field}.individual"),
            Cny.Parse(c.Credited, $"{field}.credited"));
}
