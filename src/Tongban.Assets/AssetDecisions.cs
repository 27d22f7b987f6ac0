using Microsoft.EntityFrameworkCore;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Assets.Depreciation;
using Tongban.Assets.Disposal;
using Tongban.Assets.Stocktake;
using Tongban.Assets.Use;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;

namespace Tongban.Assets;

/// <summary>
/// What a decision on an asset matter does to the records, whichever screen or API took it
/// (the module's approvals page, the matter page, /api/matters): the kernel runs this in the
/// decision's transaction. Seed 09 (4) "Approval process", "Disposal of assets", "Other basic work".
/// </summary>
internal sealed class AssetDecisions(AssetsDb db, CardRegistry cards, TimeProvider clock) : IStepConsequence
{
    public IReadOnlyCollection<string> Workflows { get; } = [.. AssetWorkflows.All.Select(w => w.Name)];

    public async Task ApplyAsync(TakenStep step, CancellationToken ct)
    {
        var status = AssetMatters.StatusAfter(step.Step.ToState);
        if (status == RequestStatus.Pending)
        {
            return;
        }

        await step.EnlistAsync(db, ct);
        var subject = Guid.Parse(step.Matter.SubjectId);
        if (!await FiledAsync(step.Matter.Workflow, subject, ct))
        {
            // An older version committed the matter before its record, so a crash between the two left a matter with
            // nothing behind it: approving it is refused by name (not a 500); rejecting or withdrawing closes it.
            RuleViolation.ThrowIf(
                status == RequestStatus.Approved,
                "matterId",
                "assets.matter.orphan",
                $"Matter {step.Matter.Reference} has no record behind it (an older version stopped between its two writes); it cannot be approved. Reject or withdraw it to close it.",
                ("matter", step.Matter.Reference));
            return;
        }

        switch (step.Matter.Workflow)
        {
            case AssetWorkflows.Allocation:
                (await db.AllocationRequests.SingleAsync(r => r.Id == subject, ct)).Status = status;
                break;
            case AssetWorkflows.Disposal:
                await DisposeAsync(await db.Disposals.SingleAsync(r => r.Id == subject, ct), status, ct);
                break;
            case AssetWorkflows.Use:
                await EndRefusedUseAsync(subject, status, ct);
                break;
            case AssetWorkflows.Verification:
                await WriteOffVerifiedLossAsync(subject, status, ct);
                break;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Whether the record a matter of <paramref name="workflow"/> was filed for exists.</summary>
    private async Task<bool> FiledAsync(string workflow, Guid subject, CancellationToken ct) => workflow switch
    {
        AssetWorkflows.Allocation => await db.AllocationRequests.AnyAsync(r => r.Id == subject, ct),
        AssetWorkflows.Disposal => await db.Disposals.AnyAsync(r => r.Id == subject, ct),
        AssetWorkflows.Use => await db.Uses.AnyAsync(u => u.Id == subject, ct),
        AssetWorkflows.Verification => await db.StocktakeLines.AnyAsync(l => l.Id == subject, ct),
        _ => true,
    };

    /// <summary>Approved: the cards leave the books (not depreciated from that month); otherwise they are back in use.</summary>
    private async Task DisposeAsync(DisposalRequest request, RequestStatus status, CancellationToken ct)
    {
        var today = AssetsAccess.Today(clock);
        var ids = await db.DisposalItems.Where(i => i.DisposalId == request.Id).Select(i => i.CardId).ToListAsync(ct);
        foreach (var card in await db.Cards.Where(c => ids.Contains(c.Id)).ToListAsync(ct))
        {
            if (status == RequestStatus.Approved)
            {
                // Not depreciated from the month it leaves (government accounting, depreciation section).
                card.Status = AssetStatus.Disposed;
                card.LeftPeriod = Period.Of(today).Index;
                db.CardEvents.Add(cards.Event(card, "disposed", $"{request.Kind} approved"));
            }
            else
            {
                card.Status = AssetStatus.InUse;
                db.CardEvents.Add(cards.Event(card, "disposal-ended", $"{request.Kind} {status}"));
            }
        }

        request.Status = status;
        if (status == RequestStatus.Approved)
        {
            request.DisposedOn = today;
            if (DisposalRules.HasProceeds(request.Kind) && request.ProceedsFen is > 0)
            {
                // Seed 09 (4): disposal income is managed by "two lines" (turned over to the treasury).
                db.Income.Add(new IncomeLine
                {
                    Id = Guid.CreateVersion7(),
                    OrgId = request.OrgId,
                    DisposalId = request.Id,
                    Kind = IncomeKind.DisposalProceeds,
                    AmountFen = request.ProceedsFen.Value,
                    DueOn = today,
                });
            }
        }
    }

    /// <summary>
    /// A lease or investment not approved does not happen: the use ends the day it was refused, the
    /// card is back in use, and rent not yet received is struck from the schedule.
    /// </summary>
    private async Task EndRefusedUseAsync(Guid useId, RequestStatus status, CancellationToken ct)
    {
        var use = await db.Uses.SingleAsync(u => u.Id == useId, ct);
        var card = await db.Cards.SingleAsync(c => c.Id == use.CardId, ct);
        if (status == RequestStatus.Approved)
        {
            db.CardEvents.Add(cards.Event(card, "use-approved", $"{use.Kind} {use.Counterparty}"));
            return;
        }

        use.EndedOn = AssetsAccess.Today(clock);
        card.Status = AssetStatus.InUse;
        db.Income.RemoveRange(await db.Income.Where(i => i.UseId == use.Id && i.ReceivedOn == null).ToListAsync(ct));
        db.CardEvents.Add(cards.Event(card, "use-refused", $"{use.Kind} {use.Counterparty} {status}"));
    }

    /// <summary>
    /// A verified loss (盘亏) leaves the books; a surplus (盘盈) has no card yet, so its approval is
    /// recorded on the matter and the clerk registers the card.
    /// </summary>
    private async Task WriteOffVerifiedLossAsync(Guid lineId, RequestStatus status, CancellationToken ct)
    {
        var line = await db.StocktakeLines.SingleAsync(l => l.Id == lineId, ct);
        if (line.Result != CountResult.Missing || line.CardId is not { } cardId)
        {
            return;
        }

        var card = await db.Cards.SingleAsync(c => c.Id == cardId, ct);
        if (status == RequestStatus.Approved)
        {
            card.Status = AssetStatus.Disposed;
            card.LeftPeriod = Period.Of(AssetsAccess.Today(clock)).Index;
            db.CardEvents.Add(cards.Event(card, "verified-loss", line.Code));
        }
        else
        {
            db.CardEvents.Add(cards.Event(card, "loss-not-verified", $"{line.Code} {status}"));
        }
    }
}
