using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Money;
using Tongban.Patents.Fees;
using Tongban.Patents.Inventors;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Programmes;
using Tongban.Patents.Transformation;
using Tongban.Patents.Value;

namespace Tongban.Patents;

public sealed record OwnerBody(string Name, int SharePercent);

public sealed record PatentBody(Guid OrgId, PatentType Type, string ApplicationNumber, string Title, DateOnly FiledOn, DateOnly? PriorityOn, DateOnly? PublishedOn,
    DateOnly? GrantedOn, IReadOnlyList<OwnerBody> Owners, string? Inventors, string? IpcClasses, string? FamilyCode, Reduction Reduction, bool OpenLicence);

public sealed record PaymentBody(int Year, DateOnly PaidOn);

public sealed record RestoreBody(DateOnly NoticeReceivedOn, DateOnly PaidOn);

public sealed record PhaseBody(string Office, DateOnly? EnteredOn, string? Number, bool Granted);

public sealed record ActionBody(string Kind, DateOnly IssuedOn, int? Months);

public sealed record WeightsBody(ValuePurpose Purpose, IReadOnlyList<int> Percent, int GradeA, int GradeB, int GradeC, string Note);

/// <summary>A ledger line as posted: amounts in yuan.</summary>
public sealed record TransformationBody(Guid PatentId, TransformationMode Mode, string? Counterparty, string Amount, string? Income, DateOnly StartOn, DateOnly? EndOn, string? Terms);

public sealed record AllianceBody(Guid OrgId, string Name, bool IsPool, string? Field);

public sealed record MemberBody(string MemberName, Guid? PatentId);

public sealed record RatingsBody(int Stability, int Advancement, int IndependentClaims, int ForwardCitations);

/// <summary>A programme as posted by the IP office: amounts in yuan.</summary>
public sealed record ProgrammeBody(Guid OfficeOrgId, ProgrammeKind Kind, string Name, int Year, PatentType? Type, string Cap, string Budget, int MaxAwards, DateOnly OpensOn, DateOnly ClosesOn, string? Basis);

public sealed record ApplicationBody(Guid PatentId, string? Requested, string? Statement, DateOnly AppliedOn);

public sealed record EvaluationBody(bool Approve, string? Amount, string? Note);

public sealed record AwardPaymentBody(DateOnly PaidOn);

public sealed record InventorBody(string Name, string? Department, string? Phone, string? Email, string? IdNumber);

internal static class PatentsEndpoints
{
    public static void MapPatentsApi(this IEndpointRouteBuilder app)
    {
        // Reads need patents.view (rows scoped by the kernel's filter); every write checks its permission at the record's org (PatentsAccess).
        var api = app.MapGroup("/api/patents").WithTags("Patents").RequireAuthorization(PatentsPermissions.View);
        api.MapGet("/", (PatentType? type, LegalStatus? status, string? q, PortfolioService p, CancellationToken ct) => p.ListAsync(type, status, q, 500, ct));
        api.MapPost("/", async (PatentBody b, PortfolioService p, CancellationToken ct) =>
        {
            var id = await p.RegisterAsync(new NewPatent(b.OrgId, b.Type, b.ApplicationNumber, b.Title, b.FiledOn, b.PriorityOn, b.PublishedOn, b.GrantedOn,
                (b.Owners ?? []).Select(o => new OwnerInput(o.Name, o.SharePercent)).ToList(), b.Inventors ?? "", b.IpcClasses ?? "", b.FamilyCode, b.Reduction, b.OpenLicence), ct);
            return TypedResults.Created($"/api/patents/{id}", new { id });
        });
        api.MapGet("/{id:guid}", async (Guid id, PortfolioService p, FeeService fees, TimeProvider clock, CancellationToken ct) =>
        {
            var patent = await p.FindAsync(id, ct);
            return TypedResults.Ok(new
            {
                patent,
                number = ApplicationNumberRules.Display(patent.ApplicationNumber),
                owners = await p.OwnersAsync(id, ct),
                history = await p.HistoryAsync(id, ct),
                nationalPhases = await p.PhasesAsync(id, ct),
                officeActions = await p.ActionsAsync(id, ct),
                family = await p.FamilyAsync(patent, ct),
                payments = await fees.PaymentsAsync(id, ct),
                next = patent.Status == LegalStatus.Granted && patent.GrantedOn is not null ? fees.Next(patent, Kernel.Calendar.ChinaTime.Today(clock)) : null,
            });
        });
        api.MapPost("/{id:guid}/national-phases", async (Guid id, PhaseBody b, PortfolioService p, CancellationToken ct) =>
            TypedResults.Ok(await p.AddNationalPhaseAsync(id, b.Office, b.EnteredOn, b.Number, b.Granted, ct)));
        api.MapPost("/{id:guid}/office-actions", async (Guid id, ActionBody b, PortfolioService p, CancellationToken ct) =>
            TypedResults.Ok(await p.AddOfficeActionAsync(id, b.Kind, b.IssuedOn, b.Months, ct)));
        api.MapPost("/{id:guid}/payments", async (Guid id, PaymentBody b, FeeService fees, CancellationToken ct) =>
        {
            var pay = await fees.PayAsync(id, b.Year, b.PaidOn, ct);
            return TypedResults.Ok(new { pay.Year, pay.DueOn, pay.PaidOn, fee = new Cny(pay.FeeFen).Yuan, surcharge = new Cny(pay.SurchargeFen).Yuan, total = new Cny(pay.FeeFen + pay.SurchargeFen).Yuan });
        });
        api.MapPost("/{id:guid}/restoration", async (Guid id, RestoreBody b, FeeService fees, CancellationToken ct) => TypedResults.Ok(await fees.RestoreAsync(id, b.NoticeReceivedOn, b.PaidOn, ct)));
        api.MapPut("/{id:guid}/ratings", async (Guid id, RatingsBody b, ValueService v, CancellationToken ct) =>
        {
            await v.SetRatingsAsync(id, b.Stability, b.Advancement, b.IndependentClaims, b.ForwardCitations, ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/{id:guid}/operation", async (Guid id, TransformationService t, CancellationToken ct) =>
        {
            var m = await t.StartOperationAsync(id, ct);
            return TypedResults.Created($"/api/matters/{m.Id}", new { m.Id, m.Reference });
        });

        api.MapGet("/fees/due", (int? days, FeeService fees, CancellationToken ct) => fees.DueAsync(days ?? 90, ct));
        api.MapGet("/fees/forecast", (int? years, FeeService fees, CancellationToken ct) => fees.ForecastAsync(years ?? 5, ct));
        api.MapGet("/fees/keep-or-drop", async (ValuePurpose? purpose, FeeService fees, ValueService v, CancellationToken ct) =>
            await fees.KeepOrDropAsync((await v.CurrentAsync(purpose ?? ValuePurpose.Management, ct)).Id, ct));
        api.MapPost("/fees/mark-lapsed", async (FeeService fees, CancellationToken ct) => TypedResults.Ok(new { changed = await fees.MarkLapsedAsync(ct) }));
        api.MapGet("/fees/quote", (PatentType type, DateOnly filed, DateOnly granted, int year, DateOnly paidOn, Reduction? reduction, bool? openLicence, WorkingDayCalendar calendar) =>
        {
            var q = AnnualFeeRules.Quote(RuleBook.Shipped, calendar, type, filed, granted, year, paidOn, reduction ?? Reduction.None, openLicence ?? false);
            return TypedResults.Ok(new { q.Year, due = q.DueOn, graceEnds = q.GraceEndsOn, fullFee = q.FullFee.Yuan, fee = q.Fee.Yuan, surcharge = q.Surcharge.Yuan, total = q.Total.Yuan, q.ReductionPercent, q.LateMonths });
        });
        api.MapGet("/rules", () => RuleBook.Shipped.All);

        api.MapGet("/value/weights", (ValueService v, CancellationToken ct) => v.WeightSetsAsync(ct));
        api.MapPost("/value/weights", async (WeightsBody b, ValueService v, CancellationToken ct) =>
            TypedResults.Ok(await v.AddVersionAsync(b.Purpose, b.Percent, b.GradeA, b.GradeB, b.GradeC, b.Note, ct)));
        api.MapPost("/value/{purpose}/score", async (ValuePurpose purpose, ValueService v, CancellationToken ct) => TypedResults.Ok(new { scored = await v.ScoreAllAsync(purpose, ct) }));
        api.MapGet("/value/{purpose}/ranked", (ValuePurpose purpose, int? take, ValueService v, CancellationToken ct) => v.RankedAsync(purpose, take ?? 500, ct));
        api.MapGet("/value/scores/{id:guid}", (Guid id, ValueService v, CancellationToken ct) => v.ExplainAsync(id, ct));
        api.MapPost("/value/weights/{id:guid}/recheck", (Guid id, ValueService v, CancellationToken ct) => v.RecheckAsync(id, ct));

        api.MapGet("/{id:guid}/inventors", (Guid id, string purpose, InventorService inventors, CancellationToken ct) => inventors.ReadAsync(id, purpose, ct));
        api.MapPost("/{id:guid}/inventors", async (Guid id, InventorBody b, InventorService inventors, CancellationToken ct) =>
            TypedResults.Ok(new { id = await inventors.AddAsync(id, new NewInventor(b.Name, b.Department, b.Phone, b.Email, b.IdNumber), ct) }));

        api.MapGet("/programmes", (ProgrammeService p, CancellationToken ct) => p.ListAsync(ct));
        api.MapPost("/programmes", async (ProgrammeBody b, ProgrammeService p, CancellationToken ct) =>
        {
            var id = await p.CreateAsync(new NewProgramme(b.OfficeOrgId, b.Kind, b.Name, b.Year, b.Type, Cny.Parse(b.Cap, "cap"), Cny.Parse(b.Budget, "budget"), b.MaxAwards, b.OpensOn, b.ClosesOn, b.Basis ?? ""), ct);
            return TypedResults.Created($"/api/patents/programmes/{id}", new { id });
        });
        api.MapGet("/programmes/applications", (Guid? programmeId, ApplicationStatus? status, ProgrammeService p, CancellationToken ct) => p.ApplicationsAsync(programmeId, status, ct));
        api.MapPost("/programmes/{id:guid}/applications", async (Guid id, ApplicationBody b, ProgrammeService p, CancellationToken ct) =>
        {
            var application = await p.ApplyAsync(id, b.PatentId, string.IsNullOrWhiteSpace(b.Requested) ? Cny.Zero : Cny.Parse(b.Requested, "requested"), b.Statement ?? "", b.AppliedOn, ct);
            return TypedResults.Created($"/api/patents/programmes/applications/{application}", new { id = application });
        });
        api.MapPost("/programmes/applications/{id:guid}/evaluation", async (Guid id, EvaluationBody b, ProgrammeService p, CancellationToken ct) =>
        {
            await p.EvaluateAsync(id, b.Approve, string.IsNullOrWhiteSpace(b.Amount) ? Cny.Zero : Cny.Parse(b.Amount, "amount"), b.Note ?? "", ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/programmes/applications/{id:guid}/payment", async (Guid id, AwardPaymentBody b, ProgrammeService p, CancellationToken ct) =>
        {
            await p.PayAsync(id, b.PaidOn, ct);
            return TypedResults.NoContent();
        });

        api.MapGet("/ledger", (Guid? patentId, TransformationMode? mode, TransformationService t, CancellationToken ct) => t.LedgerAsync(patentId, mode, ct));
        api.MapPost("/ledger", async (TransformationBody b, TransformationService t, CancellationToken ct) =>
        {
            var id = await t.RecordAsync(new NewTransformation(b.PatentId, b.Mode, b.Counterparty ?? "", Cny.Parse(b.Amount, "amount"),
                string.IsNullOrWhiteSpace(b.Income) ? Cny.Zero : Cny.Parse(b.Income, "income"), b.StartOn, b.EndOn, b.Terms ?? ""), ct);
            return TypedResults.Created($"/api/patents/ledger/{id}", new { id });
        });
        api.MapGet("/alliances", (TransformationService t, CancellationToken ct) => t.AlliancesAsync(ct));
        api.MapPost("/alliances", async (AllianceBody b, TransformationService t, CancellationToken ct) => TypedResults.Ok(new { id = await t.AddAllianceAsync(b.OrgId, b.Name, b.IsPool, b.Field ?? "", ct) }));
        api.MapPost("/alliances/{id:guid}/members", async (Guid id, MemberBody b, TransformationService t, CancellationToken ct) =>
        {
            await t.AddMemberAsync(id, b.MemberName, b.PatentId, ct);
            return TypedResults.NoContent();
        });
    }
}
