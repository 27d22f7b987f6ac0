using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Value;

namespace Tongban.Patents.Programmes;

/// <summary>A programme as entered by the IP office.</summary>
public sealed record NewProgramme(Guid OfficeOrgId, ProgrammeKind Kind, string Name, int Year, PatentType? Type, Cny Cap, Cny Budget, int MaxAwards, DateOnly OpensOn, DateOnly ClosesOn, string Basis);

/// <summary>A programme with what it has approved and paid so far.</summary>
public sealed record ProgrammeView(Guid Id, Guid OfficeOrgId, ProgrammeKind Kind, string Name, int Year, PatentType? Type, long CapFen, long BudgetFen, int MaxAwards,
    DateOnly OpensOn, DateOnly ClosesOn, string Basis, int Applications, int Approved, long CommittedFen, long PaidFen);

/// <summary>An application with its patent and programme, for the lists.</summary>
public sealed record ApplicationRow(Guid Id, Guid ProgrammeId, string Programme, ProgrammeKind Kind, Guid PatentId, string ApplicationNumber, string Title, Guid OrgId,
    DateOnly AppliedOn, long RequestedFen, ApplicationStatus Status, int? ScoreHundredths, string? Grade, long AwardedFen, string EvaluationNote, DateOnly? PaidOn);

/// <summary>
/// The IP office's programmes (issue 15 item 5): subsidies paid after grant and the municipal patent award every three
/// years; applicants apply with a patent, the office evaluates (with the patent's value score as evidence) and pays.
/// Every step is a saved change, so the kernel's audit chain holds who did what.
/// </summary>
internal sealed class ProgrammeService(PatentsDb db, PatentsAccess access, TimeProvider clock)
{
    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<Guid> CreateAsync(NewProgramme p, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(p);
        await access.RequireAtAsync(PatentsPermissions.Programmes, p.OfficeOrgId, "officeOrgId", ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(p.Name), "name", "patents.programme-name", "Name the programme.");
        RuleViolation.ThrowIf(p.Year is < 2000 or > 2100, "year", "patents.programme-year", $"{p.Year} is not a plausible round year.", ("year", p.Year));
        RuleViolation.ThrowIf(p.ClosesOn < p.OpensOn, "closesOn", "patents.end-before-start", "The term ends before it starts.");
        RuleViolation.ThrowIf(p.MaxAwards < 0, "maxAwards", "patents.programme-amounts", "The cap must be above zero and the budget at least one cap.");
        ProgrammeRules.Cap(p.Kind, p.Cap.Fen, p.Budget.Fen).ThrowIfRefused("cap");
        if (p.Kind == ProgrammeKind.Award)
        {
            var rounds = await db.Programmes.AsNoTracking().Where(x => x.Kind == ProgrammeKind.Award).Select(x => x.Year).ToListAsync(ct);
            ProgrammeRules.AwardCycle(rounds, p.Year).ThrowIfRefused("year");
        }

        var programme = new Programme
        {
            Id = Guid.CreateVersion7(),
            OfficeOrgId = p.OfficeOrgId,
            Kind = p.Kind,
            Name = p.Name.Trim(),
            Year = p.Year,
            Type = p.Type,
            CapFen = p.Cap.Fen,
            BudgetFen = p.Budget.Fen,
            MaxAwards = p.MaxAwards,
            OpensOn = p.OpensOn,
            ClosesOn = p.ClosesOn,
            Basis = p.Basis.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(ct);
        return programme.Id;
    }

    /// <summary>The programmes, newest first, with the applications the caller sees.</summary>
    public async Task<IReadOnlyList<ProgrammeView>> ListAsync(CancellationToken ct = default)
    {
        var programmes = await db.Programmes.AsNoTracking().OrderByDescending(p => p.Year).ThenBy(p => p.Name).ToListAsync(ct);
        var sums = await db.ProgrammeApplications.AsNoTracking().GroupBy(a => new { a.ProgrammeId, a.Status })
            .Select(g => new { g.Key.ProgrammeId, g.Key.Status, Count = g.Count(), Fen = g.Sum(a => a.AwardedFen) }).ToListAsync(ct);
        return programmes.Select(p =>
        {
            var mine = sums.Where(s => s.ProgrammeId == p.Id).ToList();
            var approved = mine.Where(s => s.Status is ApplicationStatus.Approved or ApplicationStatus.Paid).ToList();
            return new ProgrammeView(p.Id, p.OfficeOrgId, p.Kind, p.Name, p.Year, p.Type, p.CapFen, p.BudgetFen, p.MaxAwards, p.OpensOn, p.ClosesOn, p.Basis,
                mine.Sum(s => s.Count), approved.Sum(s => s.Count), approved.Sum(s => s.Fen), mine.Where(s => s.Status == ApplicationStatus.Paid).Sum(s => s.Fen));
        }).ToList();
    }

    /// <summary>An applicant applies with one of its patents (the keep permission at the patent's org).</summary>
    public async Task<Guid> ApplyAsync(Guid programmeId, Guid patentId, Cny requested, string statement, DateOnly appliedOn, CancellationToken ct = default)
    {
        var programme = RuleViolation.Found(await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, ct), "programmeId", "patents.programme-unknown", "No such programme.");
        var patent = RuleViolation.Found(await db.Patents.AsNoTracking().SingleOrDefaultAsync(p => p.Id == patentId, ct), "patentId", "patents.patent-unknown", "No such patent in your scope.");
        await access.RequireAtAsync(PatentsPermissions.Keep, patent.OrgId, "patentId", ct);
        RuleViolation.ThrowIf(appliedOn > Today, "appliedOn", "patents.date-future", $"{appliedOn:yyyy-MM-dd} is in the future.", ("on", appliedOn));
        RuleViolation.ThrowIf(appliedOn < programme.OpensOn || appliedOn > programme.ClosesOn, "appliedOn", "patents.programme-closed",
            $"The programme takes applications from {programme.OpensOn:yyyy-MM-dd} to {programme.ClosesOn:yyyy-MM-dd}.", ("opens", programme.OpensOn), ("closes", programme.ClosesOn));
        RuleViolation.ThrowIf(programme.Type is { } t && patent.Type != t, "patentId", "patents.programme-type", "This programme is for another type of patent.", ("type", programme.Type));
        ProgrammeRules.AfterGrant(patent.Status, patent.GrantedOn, appliedOn).ThrowIfRefused("patentId");
        ProgrammeRules.AwardTransformed(programme.Kind, await db.Transformations.CountAsync(x => x.PatentId == patentId, ct)).ThrowIfRefused("patentId");
        RuleViolation.ThrowIf(requested.Fen < 0, "requested", "patents.amount-negative", "Amounts cannot be negative.");
        RuleViolation.ThrowIf(await db.ProgrammeApplications.AnyAsync(a => a.ProgrammeId == programmeId && a.PatentId == patentId, ct), "patentId", "patents.application-duplicate",
            "This patent has already applied to this programme.");
        var application = new ProgrammeApplication
        {
            Id = Guid.CreateVersion7(),
            ProgrammeId = programme.Id,
            PatentId = patent.Id,
            OrgId = patent.OrgId,
            AppliedOn = appliedOn,
            RequestedFen = requested.Fen,
            Statement = statement.Trim(),
            Status = ApplicationStatus.Applied,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ProgrammeApplications.Add(application);
        await db.SaveChangesAsync(ct);
        return application.Id;
    }

    /// <summary>
    /// The office evaluates an application (its permission at the applicant's org): approves an amount within the cap, the
    /// request and the budget left, or rejects with a reason. The patent's latest management score is kept as the evidence.
    /// </summary>
    public async Task EvaluateAsync(Guid applicationId, bool approve, Cny amount, string note, CancellationToken ct = default)
    {
        var application = await FindAsync(applicationId, ct);
        await access.RequireAtAsync(PatentsPermissions.Programmes, application.OrgId, "applicationId", ct);
        RuleViolation.ThrowIf(application.Status != ApplicationStatus.Applied, "applicationId", "patents.application-not-open", "This application has already been evaluated.");
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == application.ProgrammeId, ct);
        if (approve)
        {
            var approved = await db.ProgrammeApplications.AsNoTracking()
                .Where(a => a.ProgrammeId == programme.Id && (a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.Paid))
                .Select(a => a.AwardedFen).ToListAsync(ct);
            RuleViolation.ThrowIf(programme.MaxAwards > 0 && approved.Count >= programme.MaxAwards, "applicationId", "patents.programme-full",
                $"The programme has already approved its {programme.MaxAwards} awards.", ("max", programme.MaxAwards));
            ProgrammeRules.Amount(programme.Kind, amount.Fen, programme.CapFen, application.RequestedFen, programme.BudgetFen - approved.Sum()).ThrowIfRefused("amount");
        }
        else
        {
            RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(note), "note", "patents.rejection-reason", "Say why the application is rejected.");
        }

        var score = await db.Scores.AsNoTracking()
            .Where(s => s.PatentId == application.PatentId)
            .Join(db.WeightSets.Where(w => w.Purpose == ValuePurpose.Management), s => s.WeightSetId, w => w.Id, (s, w) => new { s.ScoreHundredths, s.Grade, s.ScoredOn, w.Version })
            .OrderByDescending(s => s.ScoredOn).ThenByDescending(s => s.Version).FirstOrDefaultAsync(ct);
        application.Status = approve ? ApplicationStatus.Approved : ApplicationStatus.Rejected;
        application.AwardedFen = approve ? amount.Fen : 0;
        application.EvaluatedOn = Today;
        application.EvaluationNote = note.Trim();
        application.ScoreHundredths = score?.ScoreHundredths;
        application.Grade = score?.Grade;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The office pays an approved application, once.</summary>
    public async Task PayAsync(Guid applicationId, DateOnly paidOn, CancellationToken ct = default)
    {
        var application = await FindAsync(applicationId, ct);
        await access.RequireAtAsync(PatentsPermissions.Programmes, application.OrgId, "applicationId", ct);
        RuleViolation.ThrowIf(application.Status != ApplicationStatus.Approved, "applicationId", "patents.application-not-approved", "Only an approved application not yet paid can be paid.");
        RuleViolation.ThrowIf(paidOn > Today, "paidOn", "patents.date-future", $"{paidOn:yyyy-MM-dd} is in the future.", ("on", paidOn));
        RuleViolation.ThrowIf(paidOn < application.EvaluatedOn, "paidOn", "patents.paid-before-approval", "The payment is dated before the approval.");
        application.Status = ApplicationStatus.Paid;
        application.PaidOn = paidOn;
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ApplicationRow>> ApplicationsAsync(Guid? programmeId, ApplicationStatus? status, CancellationToken ct = default)
    {
        var q = db.ProgrammeApplications.AsNoTracking();
        if (programmeId is { } id)
        {
            q = q.Where(a => a.ProgrammeId == id);
        }

        if (status is { } s)
        {
            q = q.Where(a => a.Status == s);
        }

        return await q.OrderByDescending(a => a.AppliedOn).Take(1000)
            .Join(db.Patents, a => a.PatentId, p => p.Id, (a, p) => new { a, p })
            .Join(db.Programmes, x => x.a.ProgrammeId, g => g.Id, (x, g) => new ApplicationRow(x.a.Id, g.Id, g.Name, g.Kind, x.p.Id, x.p.ApplicationNumber, x.p.Title, x.a.OrgId,
                x.a.AppliedOn, x.a.RequestedFen, x.a.Status, x.a.ScoreHundredths, x.a.Grade, x.a.AwardedFen, x.a.EvaluationNote, x.a.PaidOn))
            .ToListAsync(ct);
    }

    private async Task<ProgrammeApplication> FindAsync(Guid id, CancellationToken ct) =>
        RuleViolation.Found(await db.ProgrammeApplications.SingleOrDefaultAsync(a => a.Id == id, ct), "applicationId", "patents.application-unknown", "No such application in your scope.");
}
