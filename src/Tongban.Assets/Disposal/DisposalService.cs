using Microsoft.EntityFrameworkCore;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Assets.Depreciation;
using Tongban.Assets.Use;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;

namespace Tongban.Assets.Disposal;

public sealed record NewDisposal(Guid OrgId, IReadOnlyList<Guid> CardIds, DisposalKind Kind, IReadOnlyCollection<DisposalDocument> Documents, string Reason, long? ProceedsFen = null, string? EarlyReason = null)
{
    /// <summary>The request's id when the caller fixes it (demo seeding); a new one otherwise.</summary>
    public Guid? Id { get; init; }
}

/// <summary>
/// Seed 09 (4) "Disposal of assets": a disposal is a matter with the documents its kind needs, routed
/// by the batch's book value; when approved the cards leave the books (not depreciated from that
/// month, never disposed again) and any proceeds become a "two lines" income line.
/// </summary>
public sealed class DisposalService(AssetsDb db, KernelDb kernel, RoleCatalog roles, MatterEngine engine, CardRegistry cards, TimeProvider clock)
{
    public async Task<DisposalRequest> RequestAsync(NewDisposal d, CancellationToken ct = default)
    {
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Manage, d.OrgId, ct);
        RuleViolation.ThrowIf(d.CardIds.Count == 0, "cardIds", "assets.disposal.empty", "Name at least one card to dispose of.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(d.Reason), "reason", "assets.disposal.reason", "Give the reason for the disposal.");
        RuleViolation.ThrowIf(d.ProceedsFen < 0, "proceeds", "assets.disposal.proceeds", "Proceeds may not be negative.");
        DisposalRules.CheckDocuments(d.Kind, d.Documents).ThrowIfRefused("documents");

        // The cards are read, reserved and the matter filed in one transaction: a second click finds them reserved.
        return await engine.FileAsync(db, () => FileAsync(d, ct), ct);
    }

    private async Task<DisposalRequest> FileAsync(NewDisposal d, CancellationToken ct)
    {
        var ids = d.CardIds.Distinct().ToList();
        var list = await db.Cards.Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        RuleViolation.ThrowIf(list.Count != ids.Count, "cardIds", "assets.card.unknown", "Some cards are not among the cards you may see.");
        foreach (var card in list)
        {
            RuleViolation.ThrowIf(card.OrgId != d.OrgId, "cardIds", "assets.disposal.other-unit", $"Card {card.Code} is held by another unit; each unit disposes of its own assets.", ("card", card.Code));
            DisposalRules.MayDispose(card.Status).ThrowIfRefused("cardIds");
            DisposalRules.FitsComposition(d.Kind, card.Composition).ThrowIfRefused("kind");
            DisposalRules.CheckServiceLife(card.Code, card.ClassCode, card.AcquiredOn, AssetsAccess.Today(clock), d.EarlyReason).ThrowIfRefused("earlyReason");
        }

        var request = new DisposalRequest
        {
            Id = d.Id ?? Guid.CreateVersion7(),
            OrgId = d.OrgId,
            Kind = d.Kind,
            Reason = d.Reason.Trim(),
            EarlyReason = string.IsNullOrWhiteSpace(d.EarlyReason) ? null : d.EarlyReason.Trim(),
            Documents = string.Join(",", d.Documents.Distinct().Order()),
            BookValueFen = list.Sum(c => c.NetFen),
            OriginalValueFen = list.Sum(c => c.OriginalValueFen),
            ProceedsFen = d.ProceedsFen,
            Status = RequestStatus.Pending,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        foreach (var card in list)
        {
            card.Status = AssetStatus.PendingDisposal;
            db.DisposalItems.Add(new DisposalItem { DisposalId = request.Id, CardId = card.Id, OrgId = card.OrgId });
            db.CardEvents.Add(cards.Event(card, "disposal-requested", $"{d.Kind}: {request.Reason}"));
        }

        // Seed 09 (4) "Approval process": routed by the batch's book value along Figure 5.3.
        var title = list.Count == 1 ? $"资产处置：{list[0].Name}（{list[0].Code}）" : $"资产处置：{list[0].Name} 等 {list.Count} 项";
        var matter = await AssetMatters.StartAndSubmitAsync(engine, AssetWorkflows.Disposal, d.OrgId, title, nameof(DisposalRequest), request.Id, request.BookValueFen, ct);
        request.MatterId = matter.MatterId;
        db.Disposals.Add(request);
        await db.SaveChangesAsync(ct);
        return request;
    }

    public async Task<DisposalRequest> DecideAsync(Guid disposalId, string transition, string? opinion, CancellationToken ct = default)
    {
        // The cards and the request follow in the decision's own transaction (AssetDecisions).
        await AssetMatters.DecideAsync(kernel, engine, nameof(DisposalRequest), disposalId, transition, opinion, ct);
        return await db.Disposals.FindAsync([disposalId], ct)
            ?? throw new RuleViolation("disposalId", "assets.disposal.unknown", $"No disposal {disposalId}.", ("disposalId", disposalId));
    }

    public async Task<IReadOnlyList<DisposalRequest>> ListAsync(CancellationToken ct = default) =>
        await db.Disposals.AsNoTracking().OrderByDescending(r => r.CreatedUtc).Take(200).ToListAsync(ct);
}
