using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;
using Tongban.Patents.Fees;

namespace Tongban.Patents.Portfolio;

/// <summary>An owner as entered: a name and a share in percent.</summary>
public sealed record OwnerInput(string Name, int SharePercent);

/// <summary>A patent as entered on the form, the API or one import row.</summary>
public sealed record NewPatent(
    Guid OrgId,
    PatentType Type,
    string ApplicationNumber,
    string Title,
    DateOnly FiledOn,
    DateOnly? PriorityOn,
    DateOnly? PublishedOn,
    DateOnly? GrantedOn,
    IReadOnlyList<OwnerInput> Owners,
    string Inventors,
    string IpcClasses,
    string? FamilyCode = null,
    Reduction Reduction = Reduction.None,
    bool OpenLicence = false);

/// <summary>A line of the portfolio list.</summary>
public sealed record PatentRow(Guid Id, Guid OrgId, PatentType Type, string ApplicationNumber, string Title, DateOnly FiledOn, DateOnly? GrantedOn, LegalStatus Status, int PaidThroughYear, string FamilyCode);

/// <summary>The portfolio register (item 1): patents, owners, status history, families and national phases, office actions.</summary>
internal sealed class PortfolioService(PatentsDb db, PatentsAccess access, WorkingDayCalendar calendar, TimeProvider clock)
{
    public RuleBook Book { get; } = RuleBook.Shipped;

    /// <summary>Checks everything a patent needs before it is written; the caller writes nothing when this throws.</summary>
    public static void Check(NewPatent p, DateOnly today, string prefix = "")
    {
        ApplicationNumberRules.Valid(p.ApplicationNumber).ThrowIfRefused(prefix + "applicationNumber");
        var number = ApplicationNumberRules.Normalize(p.ApplicationNumber);
        ApplicationNumberRules.FitsType(number, p.Type).ThrowIfRefused(prefix + "applicationNumber");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(p.Title), prefix + "title", "patents.title-required", "The title is required.");
        RuleViolation.ThrowIf(p.FiledOn > today, prefix + "filedOn", "patents.date-future", $"{p.FiledOn:yyyy-MM-dd} is in the future.", ("on", p.FiledOn));
        AnnualFeeRules.GrantAfterFiling(p.FiledOn, p.GrantedOn).ThrowIfRefused(prefix + "grantedOn");
        RuleViolation.ThrowIf(p.GrantedOn > today, prefix + "grantedOn", "patents.date-future", $"{p.GrantedOn:yyyy-MM-dd} is in the future.", ("on", p.GrantedOn));
        // PL art. 29: a priority claim looks back from the filing date (12 months, designs 6).
        RuleViolation.ThrowIf(p.PriorityOn > p.FiledOn, prefix + "priorityOn", "patents.priority-after-filing", "The priority date is after the filing date.");
        RuleViolation.ThrowIf(p.PublishedOn < p.FiledOn, prefix + "publishedOn", "patents.publication-before-filing", "The publication date is before the filing date.");
        RuleViolation.ThrowIf(p.Owners.Count == 0 || p.Owners.Any(o => string.IsNullOrWhiteSpace(o.Name)), prefix + "owners", "patents.owner-required", "Name at least one owner.");
        var shares = p.Owners.Sum(o => o.SharePercent);
        // Joint owners hold shares of one right: together exactly 100 %.
        RuleViolation.ThrowIf(shares != 100 || p.Owners.Any(o => o.SharePercent <= 0), prefix + "owners", "patents.owner-shares", $"The owners' shares add up to {shares} %, not 100 %.", ("sum", shares));
        // 专利收费减缴办法: several owners get 70 %, one owner 85 %.
        RuleViolation.ThrowIf(p.Reduction == Reduction.Single85 && p.Owners.Count > 1, prefix + "reduction", "patents.reduction-owners", "Joint owners get the 70 % reduction, not 85 %.");
        RuleViolation.ThrowIf(p.Reduction == Reduction.Joint70 && p.Owners.Count == 1, prefix + "reduction", "patents.reduction-owners", "One owner gets the 85 % reduction, not 70 %.");
    }

    public async Task<Guid> RegisterAsync(NewPatent p, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(p);
        var today = ChinaTime.Today(clock);
        Check(p, today);
        await access.RequireAtAsync(PatentsPermissions.Keep, p.OrgId, "orgId", ct);
        var number = ApplicationNumberRules.Normalize(p.ApplicationNumber);
        // The number is unique across the register; the check answers yes/no only.
        RuleViolation.ThrowIf(await db.Patents.AnyAsync(x => x.ApplicationNumber == number, ct), "applicationNumber", "patents.application-number-taken", "This application number is already in your portfolio.", ("number", p.ApplicationNumber));
        var patent = Build(p, today, clock.GetUtcNow().UtcDateTime);
        db.Patents.Add(patent);
        AddOwnersAndHistory(patent, p);
        await db.SaveChangesAsync(ct);
        return patent.Id;
    }

    internal Patent Build(NewPatent p, DateOnly today, DateTime now)
    {
        var number = ApplicationNumberRules.Normalize(p.ApplicationNumber);
        var status = p.GrantedOn is null ? LegalStatus.Pending : LegalStatus.Granted;
        if (p.GrantedOn is not null && AnnualFeeRules.ExpiresOn(Book, p.Type, p.FiledOn) < today)
        {
            status = LegalStatus.Expired;
        }

        return new Patent
        {
            Id = Guid.CreateVersion7(),
            OrgId = p.OrgId,
            Type = p.Type,
            ApplicationNumber = number,
            Title = p.Title.Trim(),
            FiledOn = p.FiledOn,
            PriorityOn = p.PriorityOn,
            PublishedOn = p.PublishedOn,
            GrantedOn = p.GrantedOn,
            Status = status,
            StatusOn = p.GrantedOn ?? p.FiledOn,
            Inventors = p.Inventors.Trim(),
            IpcClasses = p.IpcClasses.Trim(),
            FamilyCode = string.IsNullOrWhiteSpace(p.FamilyCode) ? number : p.FamilyCode.Trim(),
            Reduction = p.Reduction,
            OpenLicence = p.OpenLicence,
            CreatedUtc = now,
        };
    }

    private void AddOwnersAndHistory(Patent patent, NewPatent p)
    {
        for (var i = 0; i < p.Owners.Count; i++)
        {
            db.Owners.Add(new PatentOwner { PatentId = patent.Id, Seq = i + 1, OrgId = patent.OrgId, Name = p.Owners[i].Name.Trim(), SharePercent = p.Owners[i].SharePercent });
        }

        db.StatusEvents.Add(new StatusEvent { Id = Guid.CreateVersion7(), PatentId = patent.Id, OrgId = patent.OrgId, On = p.FiledOn, Status = LegalStatus.Pending, Note = "filed" });
        if (p.GrantedOn is { } g)
        {
            db.StatusEvents.Add(new StatusEvent { Id = Guid.CreateVersion7(), PatentId = patent.Id, OrgId = patent.OrgId, On = g, Status = LegalStatus.Granted, Note = "granted" });
        }
    }

    public async Task<IReadOnlyList<PatentRow>> ListAsync(PatentType? type, LegalStatus? status, string? search, int take = 500, CancellationToken ct = default)
    {
        var q = db.Patents.AsNoTracking();
        if (type is { } t)
        {
            q = q.Where(p => p.Type == t);
        }

        if (status is { } s)
        {
            q = q.Where(p => p.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            var number = ApplicationNumberRules.Normalize(term);
            q = q.Where(p => p.Title.Contains(term) || p.ApplicationNumber.StartsWith(number) || p.IpcClasses.Contains(term));
        }

        return await q.OrderByDescending(p => p.FiledOn).ThenBy(p => p.ApplicationNumber).Take(take)
            .Select(p => new PatentRow(p.Id, p.OrgId, p.Type, p.ApplicationNumber, p.Title, p.FiledOn, p.GrantedOn, p.Status, p.PaidThroughYear, p.FamilyCode))
            .ToListAsync(ct);
    }

    public async Task<Patent> FindAsync(Guid id, CancellationToken ct) =>
        RuleViolation.Found(await db.Patents.SingleOrDefaultAsync(p => p.Id == id, ct), "patentId", "patents.patent-unknown", "No such patent in your scope.");

    public async Task<IReadOnlyList<PatentOwner>> OwnersAsync(Guid id, CancellationToken ct) =>
        await db.Owners.AsNoTracking().Where(o => o.PatentId == id).OrderBy(o => o.Seq).ToListAsync(ct);

    public async Task<IReadOnlyList<StatusEvent>> HistoryAsync(Guid id, CancellationToken ct) =>
        await db.StatusEvents.AsNoTracking().Where(e => e.PatentId == id).OrderBy(e => e.On).ThenBy(e => e.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<NationalPhase>> PhasesAsync(Guid id, CancellationToken ct) =>
        await db.NationalPhases.AsNoTracking().Where(e => e.PatentId == id).OrderBy(e => e.Office).ToListAsync(ct);

    public async Task<IReadOnlyList<OfficeAction>> ActionsAsync(Guid id, CancellationToken ct) =>
        await db.OfficeActions.AsNoTracking().Where(e => e.PatentId == id).OrderBy(e => e.IssuedOn).ToListAsync(ct);

    /// <summary>The members of the patent's family in the caller's scope.</summary>
    public async Task<IReadOnlyList<PatentRow>> FamilyAsync(Patent patent, CancellationToken ct) =>
        await db.Patents.AsNoTracking().Where(p => p.OrgId == patent.OrgId && p.FamilyCode == patent.FamilyCode && p.Id != patent.Id)
            .Select(p => new PatentRow(p.Id, p.OrgId, p.Type, p.ApplicationNumber, p.Title, p.FiledOn, p.GrantedOn, p.Status, p.PaidThroughYear, p.FamilyCode))
            .ToListAsync(ct);

    /// <summary>Records a PCT national-phase entry (or its due date while pending) at the office's 30 or 31 months.</summary>
    public async Task<NationalPhase> AddNationalPhaseAsync(Guid patentId, string office, DateOnly? enteredOn, string? number, bool granted, CancellationToken ct = default)
    {
        var patent = await FindAsync(patentId, ct);
        await access.RequireAtAsync(PatentsPermissions.Keep, patent.OrgId, "patentId", ct);
        var code = (office ?? "").Trim().ToUpperInvariant();
        PctRules.Office(code).ThrowIfRefused("office");
        RuleViolation.ThrowIf(await db.NationalPhases.AnyAsync(n => n.PatentId == patentId && n.Office == code, ct), "office", "patents.office-duplicate", $"The family already has an entry for {code}.", ("office", code));
        var priority = patent.PriorityOn ?? patent.FiledOn;
        var due = PctRules.EntryDeadline(Book, code, priority);
        RuleViolation.ThrowIf(enteredOn < priority, "enteredOn", "patents.entry-before-priority", "The entry date is before the priority date.");
        var phase = new NationalPhase { Id = Guid.CreateVersion7(), PatentId = patentId, OrgId = patent.OrgId, Office = code, DueOn = due, EnteredOn = enteredOn, Number = number?.Trim() ?? "", Granted = granted };
        db.NationalPhases.Add(phase);
        await db.SaveChangesAsync(ct);
        return phase;
    }

    /// <summary>Records an office action; the response is due at the period the notice sets (default from the rule book).</summary>
    public async Task<OfficeAction> AddOfficeActionAsync(Guid patentId, string kind, DateOnly issuedOn, int? months, CancellationToken ct = default)
    {
        var patent = await FindAsync(patentId, ct);
        await access.RequireAtAsync(PatentsPermissions.Keep, patent.OrgId, "patentId", ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(kind), "kind", "patents.action-kind-required", "Say what the office action is.");
        RuleViolation.ThrowIf(issuedOn < patent.FiledOn, "issuedOn", "patents.action-before-filing", "The office action is dated before the filing.");
        var period = months ?? Book.Months("office-action.months", issuedOn);
        RuleViolation.ThrowIf(period is < 1 or > 12, "months", "patents.action-period", $"A response period of {period} months is not plausible (1-12).", ("months", period));
        // IR art. 5: the period's last day moves past a holiday to the next working day.
        var respondBy = AnnualFeeRules.NextWorkingDay(calendar, issuedOn.AddMonths(period));
        var action = new OfficeAction { Id = Guid.CreateVersion7(), PatentId = patentId, OrgId = patent.OrgId, Kind = kind.Trim(), IssuedOn = issuedOn, RespondBy = respondBy };
        db.OfficeActions.Add(action);
        await db.SaveChangesAsync(ct);
        return action;
    }

    public async Task RespondAsync(Guid actionId, DateOnly on, CancellationToken ct = default)
    {
        var action = RuleViolation.Found(await db.OfficeActions.SingleOrDefaultAsync(a => a.Id == actionId, ct), "actionId", "patents.action-unknown", "No such office action in your scope.");
        await access.RequireAtAsync(PatentsPermissions.Keep, action.OrgId, "actionId", ct);
        RuleViolation.ThrowIf(on < action.IssuedOn, "on", "patents.response-before-action", "The response is dated before the office action.");
        action.RespondedOn = on;
        await db.SaveChangesAsync(ct);
    }
}
