using Microsoft.EntityFrameworkCore;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;

namespace Tongban.Assets.Use;

public sealed record NewLease(Guid CardId, string Lessee, string Contract, DateOnly StartOn, int Months, long MonthlyRentFen);

/// <summary>Seed 09 (4) "Use of assets": lending, leasing with a rent schedule, outward investment, and the income's "two lines".</summary>
public sealed class UseService(AssetsDb db, KernelDb kernel, RoleCatalog roles, MatterEngine engine, CardRegistry cards, TimeProvider clock)
{
    public async Task<UseRecord> LendAsync(Guid cardId, string borrower, DateOnly checkOut, DateOnly due, long feeFen, CancellationToken ct = default)
    {
        var card = await cards.LoadForChangeAsync(cardId, ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(borrower), "borrower", "assets.lending.borrower", "Name the borrower.");
        RuleViolation.ThrowIf(feeFen < 0, "fee", "assets.lending.fee", "A lending fee may not be negative.");
        UseRules.MayUse(await AssetsAccess.UnitKindAsync(kernel, card.OrgId, ct), UseKind.Lending, card.Status).ThrowIfRefused("cardId");
        UseRules.CheckLendingDue(checkOut, due).ThrowIfRefused("dueOn");
        var use = NewUse(card, UseKind.Lending, borrower, null, checkOut, due, feeFen);
        card.Status = AssetStatus.LentOut;
        db.CardEvents.Add(cards.Event(card, "lent", $"{borrower} until {due:yyyy-MM-dd}"));
        if (feeFen > 0)
        {
            db.Income.Add(NewIncome(card, use, IncomeKind.LendingFee, feeFen, checkOut));
        }

        // Seed 09 (4) "Approval process": use (leasing and lending alike) is examined and approved like disposal,
        // routed by the jurisdiction's value thresholds on the asset's book value.
        await AssetMatters.StartAndSubmitAsync(engine, AssetWorkflows.Use, card.OrgId, $"资产出借：{card.Name}（{card.Code}）", nameof(UseRecord), use.Id, card.NetFen, ct);

        await db.SaveChangesAsync(ct);
        return use;
    }

    public async Task<UseRecord> ReturnAsync(Guid useId, DateOnly returnedOn, CancellationToken ct = default)
    {
        var use = await db.Uses.SingleOrDefaultAsync(u => u.Id == useId, ct)
            ?? throw new RuleViolation("useId", "assets.use.unknown", $"No use {useId}.", ("useId", useId));
        RuleViolation.ThrowIf(use.EndedOn is not null, "useId", "assets.use.ended", "This use has already ended.");
        RuleViolation.ThrowIf(returnedOn < use.StartOn, "returnedOn", "assets.use.return-date", "The asset cannot come back before it left.");
        var card = await cards.LoadForChangeAsync(use.CardId, ct);
        use.EndedOn = returnedOn;
        card.Status = AssetStatus.InUse;
        db.CardEvents.Add(cards.Event(card, "returned", $"{use.Kind} {use.Counterparty} on {returnedOn:yyyy-MM-dd}"));
        await db.SaveChangesAsync(ct);
        return use;
    }

    /// <summary>A lease: the contract, one rent line per month (the rent schedule), and the approval matter of the use.</summary>
    public Task<UseRecord> LeaseAsync(NewLease l, CancellationToken ct = default) =>
        // The card, the use and its matter commit together; the card's version refuses a second filing on it.
        engine.FileAsync(db, () => FileLeaseAsync(l, ct), ct);

    private async Task<UseRecord> FileLeaseAsync(NewLease l, CancellationToken ct)
    {
        var card = await cards.LoadForChangeAsync(l.CardId, ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(l.Lessee), "lessee", "assets.lease.lessee", "Name the lessee.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(l.Contract), "contract", "assets.lease.contract", "A lease needs a contract number.");
        RuleViolation.ThrowIf(l.Months is < 1 or > 240, "months", "assets.lease.term", "A lease runs 1 to 240 months.");
        RuleViolation.ThrowIf(l.MonthlyRentFen <= 0, "rent", "assets.lease.rent", "The monthly rent must be above zero.");
        UseRules.MayUse(await AssetsAccess.UnitKindAsync(kernel, card.OrgId, ct), UseKind.Leasing, card.Status).ThrowIfRefused("cardId");
        var use = NewUse(card, UseKind.Leasing, l.Lessee, l.Contract, l.StartOn, l.StartOn.AddMonths(l.Months), l.MonthlyRentFen);
        for (var i = 0; i < l.Months; i++)
        {
            db.Income.Add(NewIncome(card, use, IncomeKind.Rent, l.MonthlyRentFen, l.StartOn.AddMonths(i)));
        }

        card.Status = AssetStatus.LeasedOut;
        db.CardEvents.Add(cards.Event(card, "leased", $"{l.Lessee} {l.Contract} {l.Months} months"));
        await AssetMatters.StartAndSubmitAsync(engine, AssetWorkflows.Use, card.OrgId, $"资产出租：{card.Name}（{card.Code}）", nameof(UseRecord), use.Id, card.NetFen, ct);
        await db.SaveChangesAsync(ct);
        return use;
    }

    /// <summary>Outward investment: public institutions only (seed 09 (4): administrative units may not hold economic entities).</summary>
    public Task<UseRecord> InvestAsync(Guid cardId, string investee, DateOnly on, CancellationToken ct = default) =>
        engine.FileAsync(db, () => FileInvestmentAsync(cardId, investee, on, ct), ct);

    private async Task<UseRecord> FileInvestmentAsync(Guid cardId, string investee, DateOnly on, CancellationToken ct)
    {
        var card = await cards.LoadForChangeAsync(cardId, ct);
        UseRules.MayUse(await AssetsAccess.UnitKindAsync(kernel, card.OrgId, ct), UseKind.OutwardInvestment, card.Status).ThrowIfRefused("cardId");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(investee), "investee", "assets.investment.investee", "Name the investee.");
        var use = NewUse(card, UseKind.OutwardInvestment, investee, null, on, null, 0);
        card.Status = AssetStatus.Invested;
        db.CardEvents.Add(cards.Event(card, "invested", investee));
        await AssetMatters.StartAndSubmitAsync(engine, AssetWorkflows.Use, card.OrgId, $"对外投资：{card.Name}（{card.Code}）", nameof(UseRecord), use.Id, card.NetFen, ct);
        await db.SaveChangesAsync(ct);
        return use;
    }

    /// <summary>A guarantee with the asset: refused for administrative units (seed 09 (4)).</summary>
    public async Task<UseRecord> GuaranteeAsync(Guid cardId, string beneficiary, DateOnly on, CancellationToken ct = default)
    {
        var card = await cards.LoadForChangeAsync(cardId, ct);
        UseRules.MayUse(await AssetsAccess.UnitKindAsync(kernel, card.OrgId, ct), UseKind.Guarantee, card.Status).ThrowIfRefused("cardId");
        var use = NewUse(card, UseKind.Guarantee, beneficiary, null, on, null, 0);
        db.CardEvents.Add(cards.Event(card, "guarantee", beneficiary));
        await db.SaveChangesAsync(ct);
        return use;
    }

    /// <summary>Records an income line as received, with its "two lines" handling (refused when missing or wrong).</summary>
    public async Task<IncomeLine> ReceiveAsync(Guid incomeId, DateOnly receivedOn, IncomeHandling? handling, CancellationToken ct = default)
    {
        var line = await db.Income.SingleOrDefaultAsync(i => i.Id == incomeId, ct)
            ?? throw new RuleViolation("incomeId", "assets.income.unknown", $"No income line {incomeId}.", ("incomeId", incomeId));
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Manage, line.OrgId, ct);
        RuleViolation.ThrowIf(receivedOn > AssetsAccess.Today(clock), "receivedOn", "assets.date.future", "The receipt date is in the future.");
        TwoLines.Check(await AssetsAccess.UnitKindAsync(kernel, line.OrgId, ct), line.Kind, handling).ThrowIfRefused("handling");
        line.ReceivedOn = receivedOn;
        line.Handling = handling;
        await db.SaveChangesAsync(ct);
        return line;
    }

    /// <summary>The turnover to the treasury (or the booking into the unit budget) is done.</summary>
    public async Task<IncomeLine> MarkHandledAsync(Guid incomeId, DateOnly on, CancellationToken ct = default)
    {
        var line = await db.Income.SingleOrDefaultAsync(i => i.Id == incomeId, ct)
            ?? throw new RuleViolation("incomeId", "assets.income.unknown", $"No income line {incomeId}.", ("incomeId", incomeId));
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Manage, line.OrgId, ct);
        RuleViolation.ThrowIf(line.ReceivedOn is null, "incomeId", "assets.income.not-received", "Record the receipt, with its handling, first.");
        RuleViolation.ThrowIf(on < line.ReceivedOn, "on", "assets.income.handled-date", "The income cannot be handled before it was received.");
        line.HandledOn = on;
        await db.SaveChangesAsync(ct);
        return line;
    }

    public async Task<IReadOnlyList<UseRecord>> OpenUsesAsync(CancellationToken ct = default) =>
        await db.Uses.AsNoTracking().Where(u => u.EndedOn == null).OrderBy(u => u.DueOn).Take(500).ToListAsync(ct);

    public async Task<IReadOnlyList<IncomeLine>> IncomeOfAsync(Guid useId, CancellationToken ct = default) =>
        await db.Income.AsNoTracking().Where(i => i.UseId == useId).OrderBy(i => i.DueOn).ToListAsync(ct);

    private UseRecord NewUse(AssetCard card, UseKind kind, string counterparty, string? contract, DateOnly start, DateOnly? due, long amount)
    {
        var use = new UseRecord
        {
            Id = Guid.CreateVersion7(),
            OrgId = card.OrgId,
            CardId = card.Id,
            Kind = kind,
            Counterparty = counterparty.Trim(),
            Contract = contract?.Trim(),
            StartOn = start,
            DueOn = due,
            AmountFen = amount,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Uses.Add(use);
        return use;
    }

    private static IncomeLine NewIncome(AssetCard card, UseRecord use, IncomeKind kind, long amount, DateOnly due) => new()
    {
        Id = Guid.CreateVersion7(),
        OrgId = card.OrgId,
        CardId = card.Id,
        UseId = use.Id,
        Kind = kind,
        AmountFen = amount,
        DueOn = due,
    };
}
