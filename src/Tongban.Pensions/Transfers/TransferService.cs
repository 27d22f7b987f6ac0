using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Records;

namespace Tongban.Pensions.Transfers;

/// <summary>What the insured person (or an officer) sees of a transfer: where it stands, who holds it, by when.</summary>
public sealed record TransferProgress(
    Guid TransferId,
    string PersonName,
    TransferCase Case,
    DestinationKind Destination,
    TransferStep Step,
    DateOnly StepTakenOn,
    TransferStep? NextStep,
    TransferOffice? HeldBy,
    string? HolderName,
    DateOnly? DueOn,
    bool Overdue,
    IReadOnlyList<ProgressStep> History,
    int? ProvisionalYear = null);

/// <summary>One step of the timeline as the insured person may see it: no clerk names, no internal notes.</summary>
public sealed record ProgressStep(TransferStep Step, DateOnly TakenOn, DateOnly? DueOn, int WorkingDays)
{
    /// <summary>Taken after the date it was due (art. 8(I)3-5).</summary>
    public bool Late => DueOn is { } due && TakenOn > due;
}

/// <summary>A line of an office's due list.</summary>
/// <param name="ProvisionalYear">The due date was counted through this year, which has no State Council notice loaded (a provisional count).</param>
public sealed record DueItem(Guid TransferId, string PersonName, TransferStep NextStep, DateOnly? DueOn, bool Overdue, int? ProvisionalYear = null);

/// <summary>The transfer matter of Notice art. 8, from voucher to completion.</summary>
public sealed class TransferService(
    PensionsDb db, KernelDb kernel, RecordsService records, RatesService rates, WorkingDayCalendar calendar, TimeProvider clock, AnonymousLookup lookup)
{
    /// <summary>Art. 8(I)1: military finance issues the Payment Voucher; the destination follows the case (arts. 3, 4, 5, 13).</summary>
    public Task<Transfer> IssueVoucherAsync(Guid personId, TransferCase transferCase, Guid agencyOrgId, DateOnly on, CancellationToken ct = default) =>
        // Issue 23 (1): "one open transfer per person" is checked and the voucher written in one serializable
        // transaction, so a double click issues one voucher.
        Filings.SerializableAsync(db, nameof(Transfer), () => IssueAsync(personId, transferCase, agencyOrgId, on, ct), ct);

    private async Task<Transfer> IssueAsync(Guid personId, TransferCase transferCase, Guid agencyOrgId, DateOnly on, CancellationToken ct)
    {
        var person = await records.FindAsync(personId, ct);
        await records.RequireOrgAsync(person.OrgId, OrgKind.MilitaryLogisticsFinanceDepartment, PensionsPermissions.Transfer, "personId", ct);
        var agency = await kernel.Orgs.AsNoTracking().SingleOrDefaultAsync(o => o.Id == agencyOrgId, ct)
            ?? throw new RuleViolation("agencyOrgId", "pensions.org-unknown", "No such agency.");
        RuleViolation.ThrowIf(agency.Kind != OrgKind.SocialInsuranceAgency, "agencyOrgId", "pensions.org-kind", $"{agency.NameZh} is not a social insurance agency.", ("agency", agency.NameZh));
        CheckDate(on, null, "on");
        var open = await db.Transfers.AnyAsync(t => t.PersonId == personId && t.Step != TransferStep.Completed, ct);
        RuleViolation.ThrowIf(open, "personId", "pensions.transfer-open", "This person already has a transfer under way.");

        var transfer = new Transfer
        {
            Id = Guid.CreateVersion7(),
            OrgId = person.OrgId,
            PersonId = person.Id,
            AgencyOrgId = agencyOrgId,
            Case = transferCase,
            Destination = TransferRules.DestinationFor(transferCase),
            VoucherCode = NewVoucherCode(),
            Step = TransferStep.VoucherIssued,
            StepTakenOn = on,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        // The voucher states the account as the department keeps it (Annex 1), as of the last booked month.
        var last = await db.Contributions.Where(c => c.PersonId == person.Id).MaxAsync(c => (int?)c.Month, ct);
        if (last is { } l)
        {
            transfer.VoucherStatement = AccountStatement.From(await ComputeAsync(person.Id, RecordsService.FromInt(l), ct)).ToJson();
        }

        db.Transfers.Add(transfer);
        await ShareWithAgencyAsync(transfer, person, agencyOrgId, ct);
        db.Events.Add(new TransferEvent
        {
            Id = Guid.CreateVersion7(),
            TransferId = transfer.Id,
            OrgId = person.OrgId,
            Step = TransferStep.VoucherIssued,
            TakenOn = on,
            Actor = db.Scope.ActorName,
        });
        await db.SaveChangesAsync(ct);
        return transfer;
    }

    /// <summary>
    /// Takes the next step of art. 8(I) for <paramref name="actingOrgId"/>, which must be the office the step belongs
    /// to and within the caller's grants. Sending the Information Form (step 4) fixes the art. 7 amounts as of that
    /// month and ends the military-period relationship.
    /// </summary>
    public Task<Transfer> TakeStepAsync(Guid transferId, TransferStep step, Guid actingOrgId, DateOnly on, string? note = null, CancellationToken ct = default) =>
        // A step sent twice at once is taken once: the second reads the first's step and is refused.
        Filings.SerializableAsync(db, nameof(Transfer), () => StepAsync(transferId, step, actingOrgId, on, note, ct), ct);

    private async Task<Transfer> StepAsync(Guid transferId, TransferStep step, Guid actingOrgId, DateOnly on, string? note, CancellationToken ct)
    {
        var transfer = await FindAsync(transferId, ct);
        var office = actingOrgId == transfer.OrgId ? TransferOffice.MilitaryFinance
            : actingOrgId == transfer.AgencyOrgId ? TransferOffice.Agency
            : throw new RuleViolation("actingOrgId", "pensions.step-wrong-office", "That office takes no part in this transfer.");
        var covered = await OrgScope.HasPermissionAtAsync(db.OrgClosures, db.Scope, PensionsPermissions.Transfer, actingOrgId, ct);
        RuleViolation.ThrowIf(!covered, "actingOrgId", "pensions.org-out-of-scope", $"You do not hold {PensionsPermissions.Transfer} at that office.");
        TransferRules.MayTake(transfer.Step, step, office).ThrowIfRefused("step");
        CheckDate(on, transfer.StepTakenOn, "on");

        if (step == TransferStep.FormAndFundsSent)
        {
            var person = await db.Persons.SingleAsync(p => p.Id == transfer.PersonId, ct);
            var asOf = YearMonth.Of(on);
            var lastMonth = await db.Contributions.Where(c => c.PersonId == person.Id).MaxAsync(c => (int?)c.Month, ct);
            RuleViolation.ThrowIf(lastMonth is null, "step", "pensions.no-contributions", "The account has no contribution months to transfer.");
            var amounts = await ComputeAsync(person.Id, asOf, ct);
            transfer.PersonalAccountFen = amounts.PersonalAccount.Fen;
            transfer.MilitarySubsidyFen = amounts.MilitarySubsidy.Fen;
            transfer.Months = amounts.Months;
            transfer.AsOfMonth = RecordsService.ToInt(asOf);
            transfer.SentStatement = AccountStatement.From(amounts).ToJson();
            // Art. 8(I)4: the military-period relationship ends with the transfer.
            person.MilitaryEnd = lastMonth;
        }

        db.Events.Add(new TransferEvent
        {
            Id = Guid.CreateVersion7(),
            TransferId = transfer.Id,
            OrgId = actingOrgId,
            Step = step,
            TakenOn = on,
            DueOn = transfer.DueOn,
            WorkingDays = calendar.WorkingDaysBetween(transfer.StepTakenOn, on),
            Actor = db.Scope.ActorName,
            Note = note,
        });
        transfer.Step = step;
        transfer.StepTakenOn = on;
        transfer.DueOn = TransferRules.DueAfter(step, on, calendar);
        await db.SaveChangesAsync(ct);
        return transfer;
    }

    /// <summary>The insured person's view, found by ID number and the code printed on the voucher; no sign-in needed.</summary>
    public async Task<TransferProgress?> ProgressAsync(string idNumber, string voucherCode, CancellationToken ct = default)
    {
        var id = (idNumber ?? "").Trim().ToUpperInvariant();
        var code = (voucherCode ?? "").Trim().ToUpperInvariant();
        if (id.Length != 18 || code.Length != 10)
        {
            return null;
        }

        // The insured person has no grants: the kernel's anonymous lookup (audited, limited per ID number) reads only the
        // one transfer whose voucher code and ID number both match, and only the progress fields.
        return await lookup.FindAsync<PensionsDb, TransferProgress>(
            "pensions.transfer-progress", id, services => services.GetRequiredService<TransferService>().FindByVoucherAsync(id, code, ct), ct);
    }

    private async Task<(TransferProgress? Progress, Guid? OrgId)> FindByVoucherAsync(string idNumber, string code, CancellationToken ct)
    {
        var match = await (from t in db.Transfers
                           join p in db.Persons on t.PersonId equals p.Id
                           where t.VoucherCode == code && p.IdNumber == idNumber
                           select new { t.Id, t.OrgId }).SingleOrDefaultAsync(ct);
        return match is null ? (null, null) : (await BuildProgressAsync(match.Id, ct), match.OrgId);
    }

    /// <summary>An officer's view of a transfer their office takes part in.</summary>
    public async Task<TransferProgress> ProgressAsync(Guid transferId, CancellationToken ct = default) =>
        await BuildProgressAsync((await FindAsync(transferId, ct)).Id, ct);

    /// <summary>Transfers waiting on <paramref name="orgId"/> (its next step), oldest due first; overdue ones flagged.</summary>
    public async Task<IReadOnlyList<DueItem>> DueListAsync(Guid orgId, CancellationToken ct = default)
    {
        var covered = await OrgScope.HasPermissionAtAsync(db.OrgClosures, db.Scope, PensionsPermissions.Transfer, orgId, ct);
        RuleViolation.ThrowIf(!covered, "orgId", "pensions.org-out-of-scope", $"You do not hold {PensionsPermissions.Transfer} at that office.");
        var today = ChinaTime.Today(clock);
        var rows = await (from t in db.Transfers
                          where (t.OrgId == orgId || t.AgencyOrgId == orgId) && t.Step != TransferStep.Completed
                          join p in db.Persons on t.PersonId equals p.Id
                          select new { t.Id, p.Name, t.Step, t.StepTakenOn, t.DueOn, Military = t.OrgId == orgId }).ToListAsync(ct);
        return rows
            .Where(r => TransferRules.OfficeFor(r.Step + 1) == (r.Military ? TransferOffice.MilitaryFinance : TransferOffice.Agency))
            .Select(r => new DueItem(r.Id, r.Name, r.Step + 1, r.DueOn, TransferRules.IsOverdue(r.DueOn, today), ProvisionalYear(r.StepTakenOn, r.DueOn)))
            .OrderBy(r => r.DueOn ?? DateOnly.MaxValue)
            .ToList();
    }

    /// <summary>
    /// The transfers the caller may see: the kernel's shared-record filter lets through those owned by a military finance
    /// department the caller's grants cover and those shared with an agency they cover.
    /// </summary>
    public IQueryable<Transfer> Visible() => db.Transfers;

    /// <summary>Recomputes the art. 7 amounts from the stored contributions and rates (what a form must agree with).</summary>
    public async Task<TransferAmounts> ComputeAsync(Guid personId, YearMonth asOf, CancellationToken ct = default)
    {
        var table = await rates.LoadAsync(ct);
        var calculator = new TransferAmountCalculator(table);
        var rows = db.Contributions.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.Month);
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            calculator.Add(new ContributionMonth(RecordsService.FromInt(row.Month), new(row.BaseFen), new(row.IndividualFen), new(row.CreditedFen)));
        }

        return calculator.Finish(asOf);
    }

    /// <summary>A transfer the caller's office takes part in, untracked (for pages that show it).</summary>
    public async Task<Transfer> GetAsync(Guid transferId, CancellationToken ct = default)
    {
        var transfer = await Visible().AsNoTracking().SingleOrDefaultAsync(t => t.Id == transferId, ct);
        return transfer ?? throw new RuleViolation("transferId", "pensions.transfer-unknown", "No such transfer in your scope.");
    }

    private async Task<Transfer> FindAsync(Guid transferId, CancellationToken ct)
    {
        var transfer = await Visible().SingleOrDefaultAsync(t => t.Id == transferId, ct);
        return transfer ?? throw new RuleViolation("transferId", "pensions.transfer-unknown", "No such transfer in your scope.");
    }

    private async Task<TransferProgress> BuildProgressAsync(Guid transferId, CancellationToken ct)
    {
        var transfer = await db.Transfers.AsNoTracking().SingleAsync(t => t.Id == transferId, ct);
        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == transfer.PersonId, ct);
        var history = await db.Events.AsNoTracking().Where(e => e.TransferId == transferId).OrderBy(e => e.Step)
            .Select(e => new ProgressStep(e.Step, e.TakenOn, e.DueOn, e.WorkingDays)).ToListAsync(ct);
        TransferStep? next = transfer.Step == TransferStep.Completed ? null : transfer.Step + 1;
        TransferOffice? heldBy = next is { } n ? TransferRules.OfficeFor(n) : null;
        var holderId = heldBy == TransferOffice.MilitaryFinance ? transfer.OrgId : transfer.AgencyOrgId;
        var holder = heldBy is null ? null : await kernel.Orgs.AsNoTracking().Where(o => o.Id == holderId).Select(o => o.NameZh).SingleOrDefaultAsync(ct);
        return new TransferProgress(
            transfer.Id, person.Name, transfer.Case, transfer.Destination, transfer.Step, transfer.StepTakenOn, next, heldBy, holder,
            transfer.DueOn, TransferRules.IsOverdue(transfer.DueOn, ChinaTime.Today(clock)), history, ProvisionalYear(transfer.StepTakenOn, transfer.DueOn));
    }

    private int? ProvisionalYear(DateOnly takenOn, DateOnly? dueOn) => dueOn is { } due ? Deadlines.ProvisionalYear(calendar, takenOn, due) : null;

    /// <summary>
    /// Notice art. 8(I)2-5: the receiving agency reviews the application and completes the transfer, so the matter, the
    /// person and their insured periods are shared with it (the contribution months stay with the department, art. 1).
    /// </summary>
    private async Task ShareWithAgencyAsync(Transfer transfer, InsuredPerson person, Guid agencyOrgId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        const string Reason = "养老保险关系转移接续（通知第八条）";
        db.RecordShares.Add(RecordShare.For(transfer, agencyOrgId, Reason, now));
        var periods = await db.Periods.Where(p => p.PersonId == person.Id).ToListAsync(ct);
        var ids = periods.Select(p => p.Id).Append(person.Id).ToList();
        var shared = await db.RecordShares.Where(s => s.OrgId == agencyOrgId && ids.Contains(s.RecordId)).Select(s => s.RecordId).ToListAsync(ct);
        if (!shared.Contains(person.Id))
        {
            db.RecordShares.Add(RecordShare.For(person, agencyOrgId, Reason, now));
        }

        foreach (var period in periods.Where(p => !shared.Contains(p.Id)))
        {
            db.RecordShares.Add(RecordShare.For(period, agencyOrgId, Reason, now));
        }
    }

    private void CheckDate(DateOnly on, DateOnly? previous, string field)
    {
        RuleViolation.ThrowIf(on > ChinaTime.Today(clock), field, "pensions.step-date-future", $"{on:yyyy-MM-dd} is in the future.", ("on", on));
        RuleViolation.ThrowIf(previous is { } p && on < p, field, "pensions.step-date-order", $"{on:yyyy-MM-dd} is before the previous step ({previous:yyyy-MM-dd}).", ("on", on), ("previous", previous));
    }

    /// <summary>Ten characters from an alphabet without 0/O/1/I, so it can be read off paper.</summary>
    private static string NewVoucherCode()
    {
        const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(10, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
    }
}
