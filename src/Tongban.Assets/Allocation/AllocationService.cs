using Microsoft.EntityFrameworkCore;
using Tongban.Assets.Cards;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Money;
using Tongban.Kernel.People;

namespace Tongban.Assets.Allocation;

public sealed record NewAllocation(Guid OrgId, string? ItemCode, string ClassCode, string Name, int Quantity, long UnitPriceFen, string BudgetLine, string Reason = "")
{
    /// <summary>The request's id when the caller fixes it (demo seeding); a new one otherwise.</summary>
    public Guid? Id { get; init; }
}

public sealed record AllocationOutcome(AllocationRequest Request, IReadOnlyList<AssetCard> Spares, MatterState? Matter);

/// <summary>
/// Seed 09 (4) "Asset allocation": a request on the asset budget, checked against the equipment
/// standard, flagged for government procurement, approved along the chain before cards are made;
/// spare assets of the class in the jurisdiction are shown because adjustment is preferred.
/// </summary>
public sealed class AllocationService(AssetsDb db, KernelDb kernel, RoleCatalog roles, MatterEngine engine, CardRegistry cards, TimeProvider clock)
{
    public async Task<AllocationOutcome> RequestAsync(NewAllocation a, CancellationToken ct = default)
    {
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Manage, a.OrgId, ct);
        var cls = AssetClasses.Find(a.ClassCode);
        RuleViolation.ThrowIf(cls is null || cls.IsTop, "classCode", "assets.class.unknown", $"'{a.ClassCode}' is not a second-level class of GB/T 14885.", ("classCode", a.ClassCode));
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(a.Name), "name", "assets.allocation.name", "Name what is requested.");
        RuleViolation.ThrowIf(a.Quantity is < 1 or > 10_000, "quantity", "assets.allocation.quantity", "The quantity is between 1 and 10,000.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(a.BudgetLine), "budgetLine", "assets.allocation.budget", "A new allocation is made on the asset budget: name the budget line (seed 09, asset allocation).");
        RuleViolation.ThrowIf(a.UnitPriceFen <= 0, "unitPrice", "assets.allocation.price-positive", "The unit price must be above zero.");
        var procurement = false;
        if (!string.IsNullOrWhiteSpace(a.ItemCode))
        {
            var item = EquipmentStandards.Find(EquipmentStandards.Defaults, a.ItemCode.Trim())
                ?? throw new RuleViolation("itemCode", "assets.allocation.item-unknown", $"'{a.ItemCode}' is not an item of the equipment standard.", ("itemCode", a.ItemCode));
            EquipmentStandards.CheckPrice(item, new Cny(a.UnitPriceFen)).ThrowIfRefused("unitPrice");
            procurement = EquipmentStandards.NeedsGovernmentProcurement(item);
        }

        var spares = await cards.SparesAsync(a.OrgId, cls!.Code, 20, ct);
        var request = new AllocationRequest
        {
            Id = a.Id ?? Guid.CreateVersion7(),
            OrgId = a.OrgId,
            ItemCode = a.ItemCode?.Trim() ?? "",
            ClassCode = cls.Code,
            Name = a.Name.Trim(),
            Quantity = a.Quantity,
            UnitPriceFen = a.UnitPriceFen,
            BudgetLine = a.BudgetLine.Trim(),
            GovernmentProcurement = procurement,
            Reason = a.Reason.Trim(),
            Status = RequestStatus.Pending,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            SpareSeen = spares.Count,
        };
        // The request and its matter commit together.
        var matter = await engine.FileAsync(
            db,
            async () =>
            {
                var matter = await AssetMatters.StartAndSubmitAsync(engine, AssetWorkflows.Allocation, a.OrgId, $"资产配置：{request.Name} × {request.Quantity}", nameof(AllocationRequest), request.Id, request.TotalFen, ct);
                request.MatterId = matter.MatterId;
                db.AllocationRequests.Add(request);
                await db.SaveChangesAsync(ct);
                return matter;
            },
            ct);
        return new AllocationOutcome(request, spares, matter);
    }

    /// <summary>Takes an approval step (approve, reject, withdraw) on the request's matter and updates the request.</summary>
    public async Task<AllocationRequest> DecideAsync(Guid requestId, string transition, string? opinion, CancellationToken ct = default)
    {
        // The request's status follows in the decision's own transaction (AssetDecisions).
        await AssetMatters.DecideAsync(kernel, engine, nameof(AllocationRequest), requestId, transition, opinion, ct);
        return await db.AllocationRequests.FindAsync([requestId], ct) ?? await LoadAsync(requestId, ct);
    }

    /// <summary>An approved request becomes cards (one per item) when the goods arrive.</summary>
    public async Task<IReadOnlyList<AssetCard>> FulfilAsync(Guid requestId, DateOnly receivedOn, string custodian, string location, CancellationToken ct = default)
    {
        var request = await LoadAsync(requestId, ct);
        RuleViolation.ThrowIf(request.Status != RequestStatus.Approved, "requestId", "assets.allocation.not-approved", $"The request is {request.Status}; only an approved request becomes cards.", ("status", request.Status));
        var made = new List<AssetCard>();
        for (var i = 0; i < request.Quantity; i++)
        {
            var card = await cards.BuildAsync(new NewCard(request.OrgId, request.Name, request.ClassCode, Composition.Fixed, request.UnitPriceFen, receivedOn, Custodian: custodian, Location: location), ct);
            db.Cards.Add(card);
            db.CardEvents.Add(cards.Event(card, "added", $"allocation {request.Id} ({request.BudgetLine})"));
            made.Add(card);
        }

        request.Status = RequestStatus.Fulfilled;
        await db.SaveChangesAsync(ct);
        return made;
    }

    public async Task<IReadOnlyList<AllocationRequest>> ListAsync(CancellationToken ct = default) =>
        await db.AllocationRequests.AsNoTracking().OrderByDescending(r => r.CreatedUtc).Take(200).ToListAsync(ct);

    private async Task<AllocationRequest> LoadAsync(Guid id, CancellationToken ct) =>
        await db.AllocationRequests.SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new RuleViolation("requestId", "assets.allocation.unknown", $"No allocation request {id}.", ("id", id));

}
