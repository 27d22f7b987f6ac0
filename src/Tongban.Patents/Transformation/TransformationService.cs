using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Money;
using Tongban.Patents.Portfolio;

namespace Tongban.Patents.Transformation;

/// <summary>A ledger line as entered.</summary>
public sealed record NewTransformation(Guid PatentId, TransformationMode Mode, string Counterparty, Cny Amount, Cny Income, DateOnly StartOn, DateOnly? EndOn, string Terms);

/// <summary>A ledger line with its patent, for the list.</summary>
public sealed record LedgerRow(Guid Id, Guid PatentId, string ApplicationNumber, string Title, TransformationMode Mode, string Counterparty, long AmountFen, long IncomeFen, DateOnly StartOn, DateOnly? EndOn, string Terms);

/// <summary>An alliance or pool with its members.</summary>
public sealed record AllianceView(Guid Id, string Name, bool IsPool, string Field, IReadOnlyList<string> Members, int Patents);

/// <summary>The transformation ledger, alliances and pools, and the seven-step operation (item 4).</summary>
internal sealed class TransformationService(PatentsDb db, PatentsAccess access, MatterEngine matters, TimeProvider clock)
{
    public static bool IsLicence(TransformationMode m) => m is TransformationMode.LicenceExclusive or TransformationMode.LicenceSole or TransformationMode.LicenceOrdinary or TransformationMode.LicenceOpen;

    public async Task<Guid> RecordAsync(NewTransformation t, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(t);
        var patent = RuleViolation.Found(await db.Patents.SingleOrDefaultAsync(p => p.Id == t.PatentId, ct), "patentId", "patents.patent-unknown", "No such patent in your scope.");
        await access.RequireAtAsync(PatentsPermissions.Transform, patent.OrgId, "patentId", ct);
        var today = ChinaTime.Today(clock);
        RuleViolation.ThrowIf(t.Mode != TransformationMode.Implementation && string.IsNullOrWhiteSpace(t.Counterparty), "counterparty", "patents.counterparty-required", "Name the counter party (licensee, buyer, bank, insurer ...).");
        RuleViolation.ThrowIf(t.Amount.Fen < 0 || t.Income.Fen < 0, "amount", "patents.amount-negative", "Amounts cannot be negative.");
        RuleViolation.ThrowIf(t.StartOn > today, "startOn", "patents.date-future", $"{t.StartOn:yyyy-MM-dd} is in the future.", ("on", t.StartOn));
        RuleViolation.ThrowIf(t.EndOn < t.StartOn, "endOn", "patents.end-before-start", "The term ends before it starts.");
        // PL art. 10-12: only a patent that exists can be licensed, transferred, pledged; a pending application can be transferred only.
        RuleViolation.ThrowIf(patent.Status is not (LegalStatus.Granted or LegalStatus.Pending) || (patent.Status == LegalStatus.Pending && t.Mode != TransformationMode.Transfer),
            "patentId", "patents.not-in-force", "Only a granted patent in force can be licensed, pledged, insured or enforced (a pending application only transferred).");
        // A pledge secures a loan: bank, amount and term are needed (the text: pledge financing with amounts).
        RuleViolation.ThrowIf(t.Mode == TransformationMode.Pledge && (t.Amount.Fen == 0 || t.EndOn is null), "amount", "patents.pledge-terms", "A pledge needs the loan amount and the end of its term.");
        // An exclusive licence leaves no room for another licence over an overlapping term.
        if (IsLicence(t.Mode))
        {
            var licences = await db.Transformations.AsNoTracking().Where(x => x.PatentId == t.PatentId && (x.Mode == TransformationMode.LicenceExclusive || (t.Mode == TransformationMode.LicenceExclusive && (x.Mode == TransformationMode.LicenceSole || x.Mode == TransformationMode.LicenceOrdinary || x.Mode == TransformationMode.LicenceOpen)))).ToListAsync(ct);
            var clash = licences.FirstOrDefault(x => x.StartOn <= (t.EndOn ?? DateOnly.MaxValue) && t.StartOn <= (x.EndOn ?? DateOnly.MaxValue));
            RuleViolation.ThrowIf(clash is not null, "mode", "patents.exclusive-clash", "An exclusive licence cannot overlap another licence of the same patent.");
        }

        var row = new TransformationRecord
        {
            Id = Guid.CreateVersion7(),
            PatentId = patent.Id,
            OrgId = patent.OrgId,
            Mode = t.Mode,
            Counterparty = t.Counterparty.Trim(),
            AmountFen = t.Amount.Fen,
            IncomeFen = t.Income.Fen,
            StartOn = t.StartOn,
            EndOn = t.EndOn,
            Terms = t.Terms.Trim(),
        };
        db.Transformations.Add(row);
        if (t.Mode == TransformationMode.LicenceOpen)
        {
            patent.OpenLicence = true;
        }

        await db.SaveChangesAsync(ct);
        return row.Id;
    }

    public async Task<IReadOnlyList<LedgerRow>> LedgerAsync(Guid? patentId, TransformationMode? mode, CancellationToken ct = default)
    {
        var q = db.Transformations.AsNoTracking();
        if (patentId is { } id)
        {
            q = q.Where(t => t.PatentId == id);
        }

        if (mode is { } m)
        {
            q = q.Where(t => t.Mode == m);
        }

        return await q.OrderByDescending(t => t.StartOn).Take(1000)
            .Join(db.Patents, t => t.PatentId, p => p.Id, (t, p) => new LedgerRow(t.Id, t.PatentId, p.ApplicationNumber, p.Title, t.Mode, t.Counterparty, t.AmountFen, t.IncomeFen, t.StartOn, t.EndOn, t.Terms))
            .ToListAsync(ct);
    }

    public async Task<Guid> AddAllianceAsync(Guid orgId, string name, bool isPool, string field, CancellationToken ct = default)
    {
        await access.RequireAtAsync(PatentsPermissions.Transform, orgId, "orgId", ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(name), "name", "patents.alliance-name", "Name the alliance or pool.");
        var a = new Alliance { Id = Guid.CreateVersion7(), OrgId = orgId, Name = name.Trim(), IsPool = isPool, Field = field.Trim() };
        db.Alliances.Add(a);
        await db.SaveChangesAsync(ct);
        return a.Id;
    }

    /// <summary>Adds a member; for a pool, the patent it brings (one of the caller's patents).</summary>
    public async Task AddMemberAsync(Guid allianceId, string memberName, Guid? patentId, CancellationToken ct = default)
    {
        var a = RuleViolation.Found(await db.Alliances.SingleOrDefaultAsync(x => x.Id == allianceId, ct), "allianceId", "patents.alliance-unknown", "No such alliance in your scope.");
        await access.RequireAtAsync(PatentsPermissions.Transform, a.OrgId, "allianceId", ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(memberName), "memberName", "patents.member-name", "Name the member.");
        if (patentId is { } pid)
        {
            RuleViolation.ThrowIf(!await db.Patents.AnyAsync(p => p.Id == pid, ct), "patentId", "patents.patent-unknown", "No such patent in your scope.");
        }

        db.AllianceMembers.Add(new AllianceMember { Id = Guid.CreateVersion7(), AllianceId = a.Id, OrgId = a.OrgId, MemberName = memberName.Trim(), PatentId = patentId });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<AllianceView>> AlliancesAsync(CancellationToken ct = default)
    {
        var alliances = await db.Alliances.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);
        var members = await db.AllianceMembers.AsNoTracking().ToListAsync(ct);
        return alliances.Select(a =>
        {
            var mine = members.Where(m => m.AllianceId == a.Id).ToList();
            return new AllianceView(a.Id, a.Name, a.IsPool, a.Field, mine.Select(m => m.MemberName).Distinct().ToList(), mine.Count(m => m.PatentId != null));
        }).ToList();
    }

    /// <summary>Starts the seven-step operation for a patent at its organisation.</summary>
    public async Task<Matter> StartOperationAsync(Guid patentId, CancellationToken ct = default)
    {
        var patent = RuleViolation.Found(await db.Patents.AsNoTracking().SingleOrDefaultAsync(p => p.Id == patentId, ct), "patentId", "patents.patent-unknown", "No such patent in your scope.");
        await access.RequireAtAsync(PatentsPermissions.Operate, patent.OrgId, "patentId", ct);
        return await matters.StartAsync(new StartMatter(OperationWorkflow.Name, patent.OrgId, $"{ApplicationNumberRules.Display(patent.ApplicationNumber)} {patent.Title}", "patents.patent", patent.Id.ToString()), ct);
    }
}
