using Microsoft.EntityFrameworkCore;
using Tongban.Juvenile.Access;
using Tongban.Juvenile.Rules;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;

namespace Tongban.Juvenile.Cases;

public sealed record NewCase(
    string FullName,
    string Gender,
    DateOnly BirthDate,
    string Guardians,
    string? GuardianPhone = null,
    Guid? SchoolOrgId = null,
    string Residence = "",
    Guid? CommunityOrgId = null,
    string? IdNumber = null,
    Guid? ActingOrgId = null);

public sealed record NewBehaviour(
    string Item,
    DateOnly OccurredOn,
    string Description,
    OffenceTier? OffenceTier = null,
    bool Instigated = false,
    string? InstigationNote = null,
    Guid? ActingOrgId = null);

public sealed record NewMeasure(
    string Code,
    string Owner,
    DateOnly? ReviewOn = null,
    string Notes = "",
    bool ForGuardians = false,
    DateTime? GuardiansNotifiedUtc = null,
    Guid? ActingOrgId = null,
    MeasureGround Ground = MeasureGround.None);

public sealed record NewRecidivismRecord(
    RecidivismRecordKind Kind,
    DateOnly On,
    string Summary,
    bool MinorConsented = false,
    bool RepresentativeConsented = false,
    string? GuarantorName = null,
    Guid? ActingOrgId = null);

public sealed record CaseSearch(
    string? Name = null,
    CaseStage? Stage = null,
    RiskLevel? MinRisk = null,
    Guid? SchoolOrgId = null,
    Guid? CaseworkerId = null,
    int Page = 1,
    int PageSize = 50);

/// <summary>A row of a case list: no identity number, no guardian phone.</summary>
public sealed record CaseRow(Guid Id, string Reference, string FullName, string Gender, DateOnly BirthDate, Guid OrgId, CaseStage Stage, RiskLevel Risk, string CaseworkerName, DateOnly OpenedOn);

public sealed record CasePage(IReadOnlyList<CaseRow> Rows, int Total, int Page, int PageSize);

public sealed record MeasureView(MeasureRecord Measure, NoticeStatus Notice);

public sealed record CaseDetail(
    JuvenileCase Case,
    IReadOnlyList<BehaviourRecord> Behaviours,
    IReadOnlyList<MeasureView> Measures,
    IReadOnlyList<RecidivismRecord> Records,
    IReadOnlyList<Referral> Referrals);

/// <summary>Cases, behaviour records, measures and recidivism records, each as the acting organisation.</summary>
public sealed class CaseService(JuvenileDb db, ActingOrg acting, MatterEngine matters, SensitiveRecordAccess sensitive, TimeProvider clock)
{
    public async Task<JuvenileCase> OpenAsync(NewCase input, CancellationToken ct = default)
    {
        var who = await acting.ResolveAsync(input.ActingOrgId, JuvenilePermissions.Record, ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(input.FullName), "fullName", "juvenile.case.name-required", "A case needs the minor's name.");
        RuleViolation.ThrowIf(input.FullName.Trim().Length > 100, "fullName", "juvenile.case.name-too-long", "A name has at most 100 characters.");
        var today = Today();
        AgeRules.CheckMinorOn(input.BirthDate, today, "birthDate");
        RuleViolation.ThrowIf(input.IdNumber is { Length: > 0 } id && id.Trim().Length != 18, "idNumber", "juvenile.case.id-number", "A resident identity number has 18 characters.");
        var now = Now();
        var caseId = Guid.CreateVersion7();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var c = new JuvenileCase
        {
            Id = caseId,
            OrgId = who.Org.Id,
            Reference = await ReferenceNumbers.NextAsync(db, "JV", today.Year, ct),
            FullName = input.FullName.Trim(),
            Gender = input.Gender.Trim(),
            BirthDate = input.BirthDate,
            IdNumber = string.IsNullOrWhiteSpace(input.IdNumber) ? null : input.IdNumber.Trim(),
            Guardians = input.Guardians.Trim(),
            GuardianPhone = input.GuardianPhone?.Trim(),
            SchoolOrgId = input.SchoolOrgId ?? (who.Actor == ActorKind.School ? who.Org.Id : null),
            Residence = input.Residence.Trim(),
            CommunityOrgId = input.CommunityOrgId,
            DistrictCode = who.Org.DivisionCode,
            CaseworkerId = who.UserId,
            CaseworkerName = who.Name,
            OpenedOn = today,
            CreatedUtc = now,
        };
        db.Cases.Add(c);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return c;
    }

    /// <summary>Name fragment and filters over the caller's unsealed cases (own organisation and referred to it).</summary>
    public async Task<CasePage> SearchAsync(CaseSearch q, CancellationToken ct = default)
    {
        var offset = Tongban.Kernel.Data.Paging.Offset(q.Page, q.PageSize);
        var query = await NarrowAsync(Filter(q), ct);
        var total = await query.CountAsync(ct);
        var rows = await Rows(query.OrderBy(c => c.FullName).ThenBy(c => c.Id).Skip(offset).Take(q.PageSize)).ToListAsync(ct);
        await sensitive.RecordListAsync(db, nameof(JuvenileCase), Describe(q), rows.Count, null, null, ct);
        return new CasePage(rows, total, q.Page, q.PageSize);
    }

    /// <summary>Every matching unsealed case, for export.</summary>
    public async IAsyncEnumerable<CaseRow> StreamAsync(CaseSearch q, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var query = await NarrowAsync(Filter(q), ct);
        // The export is audited before the first row leaves: who, the filter, how many rows.
        await sensitive.RecordListAsync(db, nameof(JuvenileCase) + ".export", Describe(q), await query.CountAsync(ct), null, null, ct);
        await foreach (var row in Rows(query.OrderBy(c => c.FullName).ThenBy(c => c.Id)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    /// <summary>
    /// Repeats the kernel's scope as an index-friendly predicate: the organisations the caller's grants
    /// cover and the cases shared with them, looked up first. The kernel filter still applies; this only
    /// lets the database start from the (OrgId, ...) index instead of testing every row.
    /// </summary>
    private async Task<IQueryable<JuvenileCase>> NarrowAsync(IQueryable<JuvenileCase> query, CancellationToken ct)
    {
        var scope = db.ViewScope;
        if (scope.Unrestricted)
        {
            return query;
        }

        var roots = scope.SubtreeRootIds;
        var below = roots.Count == 0 ? [] : await db.OrgClosures.Where(c => roots.Contains(c.AncestorId)).Select(c => c.DescendantId).ToListAsync(ct);
        var orgs = scope.ExactOrgIds.Concat(below).Distinct().ToList();
        var shared = await db.RecordShares.Where(s => s.RecordType == nameof(JuvenileCase) && orgs.Contains(s.OrgId)).Select(s => s.RecordId).Distinct().ToListAsync(ct);
        if (shared.Count == 0 && orgs.Count == 1)
        {
            // One organisation and nothing shared: an equality lets the database walk the (OrgId, Sealed, FullName) index in order.
            var only = orgs[0];
            return query.Where(c => c.OrgId == only);
        }

        return query.Where(c => orgs.Contains(c.OrgId) || shared.Contains(c.Id));
    }

    /// <summary>The search as the audit entry records it; a name fragment is personal, so only its keyed hash.</summary>
    private string Describe(CaseSearch q) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            name = string.IsNullOrWhiteSpace(q.Name) ? null : db.Keyring.ValueHash(q.Name.Trim()),
            stage = q.Stage?.ToString(),
            minRisk = q.MinRisk?.ToString(),
            q.SchoolOrgId,
            q.CaseworkerId,
            q.Page,
            q.PageSize,
        });

    internal IQueryable<JuvenileCase> Filter(CaseSearch q)
    {
        var query = CaseQueries.Unsealed(db);
        if (!string.IsNullOrWhiteSpace(q.Name))
        {
            var fragment = q.Name.Trim();
            query = query.Where(c => c.FullName.Contains(fragment));
        }

        if (q.Stage is { } stage)
        {
            query = query.Where(c => c.Stage == stage);
        }

        if (q.MinRisk is { } risk)
        {
            query = query.Where(c => c.Risk >= risk);
        }

        if (q.SchoolOrgId is { } school)
        {
            query = query.Where(c => c.SchoolOrgId == school);
        }

        if (q.CaseworkerId is { } worker)
        {
            query = query.Where(c => c.CaseworkerId == worker);
        }

        return query;
    }

    private static IQueryable<CaseRow> Rows(IQueryable<JuvenileCase> q) =>
        q.Select(c => new CaseRow(c.Id, c.Reference, c.FullName, c.Gender, c.BirthDate, c.OrgId, c.Stage, c.Risk, c.CaseworkerName, c.OpenedOn));

    /// <summary>An unsealed case the caller can see, with what is recorded on it; null otherwise (sealed ones too).</summary>
    public async Task<CaseDetail?> GetAsync(Guid id, CancellationToken ct = default) => await GetAsync(id, CaseworkPurpose, ct);

    /// <summary>The purpose recorded for a read in the course of casework when none is stated.</summary>
    public const string CaseworkPurpose = "casework on the case";

    /// <summary>As <see cref="GetAsync(Guid, CancellationToken)"/>; the read is audited with <paramref name="purpose"/>.</summary>
    public async Task<CaseDetail?> GetAsync(Guid id, string purpose, CancellationToken ct = default)
    {
        var c = await CaseQueries.Unsealed(db).AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return null;
        }

        await sensitive.RecordReadAsync(db, nameof(JuvenileCase), c.Id.ToString(), c.OrgId, purpose, ct);

        var now = Now();
        var behaviours = await db.Behaviours.AsNoTracking().Where(b => b.CaseId == id).OrderBy(b => b.OccurredOn).ToListAsync(ct);
        var measures = await db.Measures.AsNoTracking().Where(m => m.CaseId == id).OrderBy(m => m.DecidedUtc).ToListAsync(ct);
        var records = await db.RecidivismRecords.AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.On).ToListAsync(ct);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.CreatedUtc).ToListAsync(ct);
        return new CaseDetail(
            c,
            behaviours,
            measures.Select(m => new MeasureView(m, NoticeRules.Status(Rules.Measures.Get(m.Code).NotifiesGuardians, m.DecidedUtc, m.GuardiansNotifiedUtc, now))).ToList(),
            records,
            referrals);
    }

    /// <summary>Arts. 28, 38, 45: a behaviour classified item by item; arts. 10, 39: instigation raises the police report at once.</summary>
    public async Task<BehaviourRecord> RecordBehaviourAsync(Guid caseId, NewBehaviour input, CancellationToken ct = default)
    {
        var who = await acting.ResolveAsync(input.ActingOrgId, JuvenilePermissions.Record, ct);
        var c = await LoadAsync(caseId, JuvenilePermissions.Record, ct);
        var item = Behaviours.Classify(input.Item);
        var age = AgeRules.CheckMinorOn(c.BirthDate, input.OccurredOn, "occurredOn");
        RuleViolation.ThrowIf(input.OccurredOn > Today(), "occurredOn", "juvenile.behaviour.future", "The behaviour cannot be recorded for a future date.");
        if (item.Category == BehaviourCategory.CriminalAct)
        {
            var tier = input.OffenceTier ?? throw new RuleViolation("offenceTier", "juvenile.behaviour.tier-required", "Art. 45: say which tier of Criminal Law art. 17 the act falls in.");
            AgeRules.CheckCriminalActAge(age, tier);
        }

        var now = Now();
        var b = new BehaviourRecord
        {
            Id = Guid.CreateVersion7(),
            CaseId = c.Id,
            ItemCode = item.Code,
            Category = item.Category,
            OccurredOn = input.OccurredOn,
            Age = age,
            OffenceTier = item.Category == BehaviourCategory.CriminalAct ? input.OffenceTier : null,
            Description = input.Description.Trim(),
            RecordedByOrgId = who.Org.Id,
            RecordedBy = who.Name,
            RecordedAtUtc = now,
            Instigated = input.Instigated,
            InstigationNote = input.Instigated ? input.InstigationNote?.Trim() : null,
            PoliceReportDueUtc = RiskRules.PoliceReportDue(item.Category, input.Instigated) ? now : null,
        };
        db.Behaviours.Add(b);
        await RegradeAsync(c, [new RecordedBehaviour(b.Category, b.OccurredOn)], ct);
        if (item.Category != BehaviourCategory.Bad && c.Stage < CaseStage.Correction)
        {
            c.Stage = CaseStage.Correction;
        }

        await db.SaveChangesAsync(ct);
        return b;
    }

    /// <summary>Art. 39: the report to police is made.</summary>
    public async Task<BehaviourRecord> ReportedToPoliceAsync(Guid behaviourId, DateTime atUtc, CancellationToken ct = default)
    {
        var b = await db.Behaviours.SingleOrDefaultAsync(x => x.Id == behaviourId, ct)
            ?? throw new RuleViolation("behaviourId", "juvenile.behaviour.not-found", $"No behaviour record {behaviourId} among your cases.");
        await LoadAsync(b.CaseId, JuvenilePermissions.Record, ct);
        b.PoliceReportedUtc = atUtc;
        await db.SaveChangesAsync(ct);
        return b;
    }

    /// <summary>Arts. 29-42, 61: a measure, taken only by the actor the law gives it to, answering recorded behaviour.</summary>
    public async Task<MeasureRecord> TakeMeasureAsync(Guid caseId, NewMeasure input, CancellationToken ct = default)
    {
        var who = await acting.ResolveAsync(input.ActingOrgId, JuvenilePermissions.TakeMeasures, ct);
        var c = await LoadAsync(caseId, JuvenilePermissions.TakeMeasures, ct);
        var kind = Rules.Measures.Get(input.Code);
        var actor = input.ForGuardians ? ActorKind.Guardian : who.Actor;
        Rules.Measures.MayTake(kind, actor).ThrowIfRefused("measure");
        var recorded = await db.Behaviours.Where(b => b.CaseId == c.Id).Select(b => b.ItemCode).Distinct().ToListAsync(ct);
        Rules.Measures.Answers(kind, recorded).ThrowIfRefused("measure");
        Rules.Measures.GroundHolds(kind, actor, input.Ground).ThrowIfRefused("ground");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(input.Owner), "owner", "juvenile.measure.owner-required", "A measure in the plan needs an owner.");
        var now = Now();
        RuleViolation.ThrowIf(input.ReviewOn is { } r && r < Today(), "reviewOn", "juvenile.measure.review-past", "The review date lies in the past.");
        RuleViolation.ThrowIf(input.GuardiansNotifiedUtc is { } n && n < now.AddMinutes(-1) && !kind.NotifiesGuardians, "guardiansNotifiedUtc", "juvenile.measure.notice-not-applicable", "Art. 32 notice applies to the school's measures.");
        var m = new MeasureRecord
        {
            Id = Guid.CreateVersion7(),
            CaseId = c.Id,
            Code = kind.Code,
            Article = kind.Article,
            Item = kind.Item,
            Actor = actor,
            DecidedByOrgId = actor == ActorKind.Guardian ? null : who.Org.Id,
            DecidedBy = actor == ActorKind.Guardian ? $"{c.Guardians} (recorded by {who.Name})" : who.Name,
            DecidedUtc = now,
            Owner = input.Owner.Trim(),
            ReviewOn = input.ReviewOn,
            GuardiansNotifiedUtc = input.GuardiansNotifiedUtc,
            Notes = input.Notes.Trim(),
            Ground = kind.Article is 31 or 35 ? input.Ground : MeasureGround.None,
        };
        db.Measures.Add(m);
        var stage = kind.Article is >= 40 and <= 42 or 61 ? CaseStage.Correction : CaseStage.Intervention;
        if (c.Stage < stage)
        {
            c.Stage = stage;
        }

        await db.SaveChangesAsync(ct);
        return m;
    }

    /// <summary>Art. 32: the guardians were told of the school's measure at <paramref name="atUtc"/>.</summary>
    public async Task<MeasureView> GuardiansNotifiedAsync(Guid measureId, DateTime atUtc, CancellationToken ct = default)
    {
        var m = await db.Measures.SingleOrDefaultAsync(x => x.Id == measureId, ct)
            ?? throw new RuleViolation("measureId", "juvenile.measure.not-found", $"No measure {measureId} among your cases.");
        await LoadAsync(m.CaseId, JuvenilePermissions.TakeMeasures, ct);
        var kind = Rules.Measures.Get(m.Code);
        RuleViolation.ThrowIf(!kind.NotifiesGuardians, "measureId", "juvenile.measure.notice-not-applicable", "Art. 32 notice applies to the school's measures (art. 31).");
        RuleViolation.ThrowIf(atUtc < m.DecidedUtc, "atUtc", "juvenile.measure.notice-before-decision", "The guardians cannot be told before the decision.");
        m.GuardiansNotifiedUtc = atUtc;
        await db.SaveChangesAsync(ct);
        return new MeasureView(m, NoticeRules.Status(true, m.DecidedUtc, atUtc, Now()));
    }

    public async Task<MeasureRecord> RecordOutcomeAsync(Guid measureId, string outcome, CancellationToken ct = default)
    {
        var m = await db.Measures.SingleOrDefaultAsync(x => x.Id == measureId, ct)
            ?? throw new RuleViolation("measureId", "juvenile.measure.not-found", $"No measure {measureId} among your cases.");
        await LoadAsync(m.CaseId, JuvenilePermissions.TakeMeasures, ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(outcome), "outcome", "juvenile.measure.outcome-required", "Say what came of the measure.");
        m.Outcome = outcome.Trim();
        await db.SaveChangesAsync(ct);
        return m;
    }

    /// <summary>Arts. 51-57: investigation and evaluation reports (evaluation only with consent), guarantors, correction, resettlement.</summary>
    public async Task<RecidivismRecord> AddRecidivismRecordAsync(Guid caseId, NewRecidivismRecord input, CancellationToken ct = default)
    {
        var who = await acting.ResolveAsync(input.ActingOrgId, JuvenilePermissions.Record, ct);
        var c = await LoadAsync(caseId, JuvenilePermissions.Record, ct);
        ReportRules.Check(input.Kind, who.Actor, input.MinorConsented, input.RepresentativeConsented);
        RuleViolation.ThrowIf(input.Kind == RecidivismRecordKind.GuarantorDesignation && string.IsNullOrWhiteSpace(input.GuarantorName), "guarantorName", "juvenile.report.guarantor-required", "Art. 52: name the designated guarantor.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(input.Summary), "summary", "juvenile.report.summary-required", "A record needs its summary.");
        var r = new RecidivismRecord
        {
            Id = Guid.CreateVersion7(),
            CaseId = c.Id,
            Kind = input.Kind,
            Actor = who.Actor,
            ByOrgId = who.Org.Id,
            By = who.Name,
            On = input.On,
            MinorConsented = input.MinorConsented,
            RepresentativeConsented = input.RepresentativeConsented,
            GuarantorName = input.GuarantorName?.Trim(),
            Summary = input.Summary.Trim(),
        };
        db.RecidivismRecords.Add(r);
        if (c.Stage < CaseStage.Recidivism)
        {
            c.Stage = CaseStage.Recidivism;
        }

        await db.SaveChangesAsync(ct);
        return r;
    }

    /// <summary>
    /// Art. 59: the case's records are sealed from now on; it leaves every list, search and statistic. In the same
    /// transaction its pending referrals are withdrawn (their shares closed, so no one can still accept them) and
    /// its matters (special education) are hidden from the kernel's lists and timelines.
    /// </summary>
    public async Task<JuvenileCase> SealAsync(Guid caseId, SealBasis basis, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(!Enum.IsDefined(basis), "basis", "juvenile.sealed.basis", "Art. 59 seals criminal records, special (corrective) education, administrative punishment, compulsory measures and non-prosecution.");
        var c = await LoadAsync(caseId, JuvenilePermissions.Seal, ct);
        var now = Now();
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        c.Sealed = true;
        c.SealBasis = basis;
        c.SealedAtUtc = now;
        var pending = await db.Referrals.Where(r => r.CaseId == c.Id && r.Status == ReferralStatus.Pending).ToListAsync(ct);
        foreach (var r in pending)
        {
            r.Status = ReferralStatus.Withdrawn;
            r.DecidedUtc = now;
            r.DecidedBy = "art. 59: sealed";
        }

        var accepted = await db.Referrals.Where(r => r.CaseId == c.Id && r.Status == ReferralStatus.Accepted).Select(r => r.ToOrgId).ToListAsync(ct);
        var closing = pending.Select(r => r.ToOrgId).Except(accepted).ToList();
        db.RecordShares.RemoveRange(await db.RecordShares.Where(s => s.RecordId == c.Id && closing.Contains(s.OrgId)).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        await matters.HideSubjectAsync(nameof(JuvenileCase), c.Id.ToString(), db, ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return c;
    }

    /// <summary>Closes a case that needs no more work.</summary>
    public async Task<JuvenileCase> CloseAsync(Guid caseId, CancellationToken ct = default)
    {
        var c = await LoadAsync(caseId, JuvenilePermissions.Record, ct);
        c.Stage = CaseStage.Closed;
        await db.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>
    /// An unsealed case the caller can see, tracked, on which the caller holds <paramref name="permission"/>
    /// (at the case's org or an org it is shared with); refused otherwise.
    /// </summary>
    internal async Task<JuvenileCase> LoadAsync(Guid caseId, string permission, CancellationToken ct)
    {
        var c = await LoadAsync(caseId, ct);
        await OrgScope.RequirePermissionOnAsync(db, permission, c, ct, "caseId");
        return c;
    }

    /// <summary>An unsealed case the caller can see, tracked; refused otherwise.</summary>
    internal async Task<JuvenileCase> LoadAsync(Guid caseId, CancellationToken ct) =>
        await CaseQueries.Unsealed(db).SingleOrDefaultAsync(x => x.Id == caseId, ct)
            ?? throw new RuleViolation("caseId", "juvenile.case.not-found", $"No case {caseId} among the cases you may see.", ("caseId", caseId));

    private async Task RegradeAsync(JuvenileCase c, IReadOnlyList<RecordedBehaviour> pending, CancellationToken ct)
    {
        var recorded = await db.Behaviours.Where(b => b.CaseId == c.Id).Select(b => new RecordedBehaviour(b.Category, b.OccurredOn)).ToListAsync(ct);
        c.Risk = RiskRules.Level([.. recorded, .. pending], Today());
    }

    private DateTime Now() => Tongban.Kernel.Audit.AuditHash.Truncate(clock.GetUtcNow());

    private DateOnly Today() => ChinaTime.Today(clock);
}
