using Microsoft.EntityFrameworkCore;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;

namespace Tongban.Assets.Stocktake;

public sealed record ReconciliationSummary(Guid PlanId, int Found, int Missing, int Surplus, int WrongPlace, int WrongCustodian, int MattersOpened);

/// <summary>Seed 09 (4) "Other basic work": the asset inventory (stocktake) and the verification of what it finds.</summary>
public sealed class StocktakeService(AssetsDb db, RoleCatalog roles, MatterEngine engine, TimeProvider clock)
{
    /// <summary>A count plan for a unit (or one location of it): every card on the book becomes a line to count.</summary>
    public async Task<StocktakePlan> PlanAsync(Guid orgId, string title, string? location, CancellationToken ct = default)
    {
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Manage, orgId, ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(title), "title", "assets.stocktake.title", "Give the count a title.");
        RuleViolation.ThrowIf(
            await db.Stocktakes.AnyAsync(s => s.OrgId == orgId && s.Status == PlanStatus.Counting && s.Location == location, ct),
            "orgId",
            "assets.stocktake.open",
            "A count of this unit and location is already open; reconcile it first.");
        var plan = new StocktakePlan
        {
            Id = Guid.CreateVersion7(),
            OrgId = orgId,
            Title = title.Trim(),
            Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim(),
            StartedOn = AssetsAccess.Today(clock),
            Status = PlanStatus.Counting,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Stocktakes.Add(plan);
        var book = await db.Cards.AsNoTracking()
            .Where(c => c.OrgId == orgId && c.Status != AssetStatus.Disposed && (plan.Location == null || c.Location == plan.Location))
            .Select(c => new { c.Id, c.Code, c.Location, c.Custodian })
            .ToListAsync(ct);
        foreach (var c in book)
        {
            db.StocktakeLines.Add(new StocktakeLine { Id = Guid.CreateVersion7(), PlanId = plan.Id, OrgId = orgId, CardId = c.Id, Code = c.Code, BookLocation = c.Location, BookCustodian = c.Custodian });
        }

        await db.SaveChangesAsync(ct);
        return plan;
    }

    /// <summary>A scanned or typed code: marks the book line as seen, or records a surplus when no card of the plan has the code.</summary>
    public async Task<StocktakeLine> ScanAsync(Guid planId, string code, string? location, string? custodian, CancellationToken ct = default)
    {
        var plan = await OpenPlanAsync(planId, ct);
        var trimmed = (code ?? "").Trim();
        RuleViolation.ThrowIf(trimmed.Length is 0 or > 40, "code", "assets.stocktake.code", "Scan or type an asset code.");
        var line = await db.StocktakeLines.SingleOrDefaultAsync(l => l.PlanId == planId && l.Code == trimmed, ct);
        if (line is null)
        {
            line = new StocktakeLine { Id = Guid.CreateVersion7(), PlanId = planId, OrgId = plan.OrgId, Code = trimmed };
            db.StocktakeLines.Add(line);
        }

        line.SeenUtc = clock.GetUtcNow().UtcDateTime;
        line.SeenLocation = string.IsNullOrWhiteSpace(location) ? null : location.Trim();
        line.SeenCustodian = string.IsNullOrWhiteSpace(custodian) ? null : custodian.Trim();
        await db.SaveChangesAsync(ct);
        return line;
    }

    /// <summary>Compares book and count, records each line's result, and opens a verification matter for each missing or surplus asset.</summary>
    public Task<ReconciliationSummary> ReconcileAsync(Guid planId, CancellationToken ct = default) =>
        // The results, the verification matters and the plan's close commit together; the plan's version refuses a second reconcile.
        engine.FileAsync(db, () => FileReconciliationAsync(planId, ct), ct);

    private async Task<ReconciliationSummary> FileReconciliationAsync(Guid planId, CancellationToken ct)
    {
        var plan = await OpenPlanAsync(planId, ct);
        var lines = await db.StocktakeLines.Where(l => l.PlanId == planId).ToListAsync(ct);
        var results = StocktakeRules.Compare(
            lines.Where(l => l.CardId != null).Select(l => new BookEntry(l.Code, l.BookLocation, l.BookCustodian)),
            lines.Where(l => l.SeenUtc != null).Select(l => new Sighting(l.Code, l.SeenLocation ?? "", l.SeenCustodian ?? "")))
            .ToDictionary(r => r.Code, r => r.Result, StringComparer.OrdinalIgnoreCase);
        var opened = 0;
        foreach (var line in lines)
        {
            line.Result = results[line.Code];
            if (StocktakeRules.OpensVerification(line.Result.Value))
            {
                var title = line.Result == CountResult.Missing ? $"盘亏核实：{line.Code}" : $"盘盈核实：{line.Code}";
                var book = line.CardId is { } cardId ? await db.Cards.Where(c => c.Id == cardId).Select(c => c.OriginalValueFen - c.AccumulatedFen).SingleOrDefaultAsync(ct) : 0;
                var matter = await AssetMatters.StartAndSubmitAsync(engine, AssetWorkflows.Verification, plan.OrgId, title, nameof(StocktakeLine), line.Id, book, ct);
                line.MatterId = matter.MatterId;
                opened++;
            }
        }

        plan.Status = PlanStatus.Reconciled;
        await db.SaveChangesAsync(ct);
        int Count(CountResult r) => lines.Count(l => l.Result == r);
        return new ReconciliationSummary(planId, Count(CountResult.Found), Count(CountResult.Missing), Count(CountResult.Surplus), Count(CountResult.WrongPlace), Count(CountResult.WrongCustodian), opened);
    }

    public async Task<IReadOnlyList<StocktakePlan>> PlansAsync(CancellationToken ct = default) =>
        await db.Stocktakes.AsNoTracking().OrderByDescending(p => p.CreatedUtc).Take(100).ToListAsync(ct);

    public async Task<IReadOnlyList<StocktakeLine>> LinesAsync(Guid planId, CancellationToken ct = default) =>
        await db.StocktakeLines.AsNoTracking().Where(l => l.PlanId == planId).OrderBy(l => l.SeenUtc == null).ThenBy(l => l.Code).ToListAsync(ct);

    private async Task<StocktakePlan> OpenPlanAsync(Guid planId, CancellationToken ct)
    {
        var plan = await db.Stocktakes.SingleOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new RuleViolation("planId", "assets.stocktake.unknown", $"No count plan {planId}.", ("planId", planId));
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Manage, plan.OrgId, ct);
        RuleViolation.ThrowIf(plan.Status != PlanStatus.Counting, "planId", "assets.stocktake.closed", "This count has been reconciled.");
        return plan;
    }
}
