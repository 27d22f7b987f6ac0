using Microsoft.EntityFrameworkCore;
using Tongban.Juvenile.Access;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.Rules;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;

namespace Tongban.Juvenile.SpecialEducation;

public sealed record NewApplication(
    SpecialEducationRoute Route,
    Guid EducationOrgId,
    Guid CommitteeOrgId,
    Art44Circumstance Circumstance = Art44Circumstance.None,
    bool ForGuardians = false,
    Guid? PublicSecurityOrgId = null,
    Guid? ActingOrgId = null,
    Art43Ground Ground = Art43Ground.None);

public sealed record PlacementDecision(bool Place, Guid? SpecialSchoolOrgId, Guid? PublicSecurityOrgId, Guid? StudentStatusOrgId = null, Guid? ActingOrgId = null);

public sealed record PlacementView(Placement Placement, string Reference, IReadOnlyList<PlacementEvent> Events, IReadOnlyList<AvailableTransition> Steps);

/// <summary>
/// Arts. 43-49 on the kernel's matter engine: each step checks the law here (applicant, consent before
/// decision, joint decision, student status, return) and then moves the matter; the case is shared with
/// the committee, the education department, public security and the special school as each takes part.
/// </summary>
public sealed class SpecialEducationService(JuvenileDb db, ActingOrg acting, MatterEngine matters, KernelDb kernel, TimeProvider clock)
{
    public async Task<Placement> ApplyAsync(Guid caseId, NewApplication input, CancellationToken ct = default)
    {
        var who = await acting.ResolveAsync(input.ActingOrgId, JuvenilePermissions.SpecialEducation, ct);

        // Issue 23 (1, 2): the open-placement check, the matter, its submit step and the placement commit in one
        // transaction, so a double click files one application and a crash leaves no matter without its placement.
        return await matters.FileAsync(db, () => FileAsync(caseId, input, who, ct), ct);
    }

    private async Task<Placement> FileAsync(Guid caseId, NewApplication input, Acting who, CancellationToken ct)
    {
        var c = await CaseQueries.Unsealed(db).SingleOrDefaultAsync(x => x.Id == caseId, ct)
            ?? throw new RuleViolation("caseId", "juvenile.case.not-found", $"No case {caseId} among the cases you may see.");
        await OrgScope.RequirePermissionOnAsync(db, JuvenilePermissions.SpecialEducation, c, ct, "caseId");
        var applicant = input.ForGuardians ? ActorKind.Guardian : who.Actor;
        var recorded = await db.Behaviours.Where(b => b.CaseId == c.Id).Select(b => b.Category).Distinct().ToListAsync(ct);
        SpecialEducationRules.CheckApplication(input.Route, applicant, recorded, input.Circumstance, input.Ground);
        RuleViolation.ThrowIf(
            db.Placements.Any(p => p.CaseId == c.Id && p.ReturnedOn == null && p.State != "not-consented" && p.State != "not-placed"),
            "caseId",
            "juvenile.special.open-placement",
            "The case already has a special-education matter under way.");
        await ExpectKindAsync(input.EducationOrgId, OrgKind.EducationDepartment, "educationOrgId", ct);
        await ExpectKindAsync(input.CommitteeOrgId, OrgKind.SpecialEducationSteeringCommittee, "committeeOrgId", ct);
        if (input.PublicSecurityOrgId is { } ps)
        {
            await ExpectKindAsync(ps, OrgKind.PublicSecurityOrgan, "publicSecurityOrgId", ct);
        }

        // The application is lodged at the acting organisation and handed to the committee (art. 43: "after evaluation and consent").
        // The reference follows the case and its count of placements, so a demo seed gives the same references.
        var placements = await db.Placements.CountAsync(p => p.CaseId == c.Id, ct);
        var matter = await matters.StartAsync(new StartMatter(
            SpecialEducationWorkflow.Name,
            who.Org.Id,
            $"{c.Reference} art. {(int)input.Route}",
            nameof(JuvenileCase),
            c.Id.ToString(),
            Reference: $"ZMJY-{c.Reference}-{placements + 1}"), ct);
        var now = Now();
        var placement = new Placement
        {
            Id = Guid.CreateVersion7(),
            CaseId = c.Id,
            MatterId = matter.Id,
            Route = input.Route,
            Circumstance = input.Circumstance,
            Ground = input.Route == SpecialEducationRoute.Application43 ? input.Ground : Art43Ground.None,
            Applicant = applicant,
            ApplicantOrgId = who.Org.Id,
            EducationOrgId = input.EducationOrgId,
            CommitteeOrgId = input.CommitteeOrgId,
            PublicSecurityOrgId = input.PublicSecurityOrgId ?? (who.Actor == ActorKind.PublicSecurity ? who.Org.Id : null),
            OriginalSchoolOrgId = c.SchoolOrgId,
            AppliedUtc = now,
            State = "evaluation",
        };
        db.Placements.Add(placement);
        Share(c, input.CommitteeOrgId, "art. 43-45: steering committee evaluation", now);
        Share(c, input.EducationOrgId, "art. 43-45: education department decision", now);
        if (placement.PublicSecurityOrgId is { } police && police != c.OrgId)
        {
            Share(c, police, "art. 44-45: joint decision with public security", now);
        }

        await db.SaveChangesAsync(ct);
        await matters.TakeAsync(matter.Id, "submit", new Dictionary<string, string>(), null, ct);
        return placement;
    }

    /// <summary>Arts. 43-45: the steering committee evaluates and consents, or withholds consent.</summary>
    public async Task<Placement> EvaluateAsync(Guid placementId, bool consent, string evaluation, CancellationToken ct = default)
    {
        var p = await LoadAsync(placementId, ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(evaluation), "evaluation", "juvenile.special.evaluation-required", $"Art. {(int)p.Route}: the committee's evaluation is written down.", ("route", (int)p.Route));
        await matters.TakeAsync(p.MatterId, consent ? "consent" : "withhold", new Dictionary<string, string> { ["evaluation"] = evaluation.Trim() }, null, ct);
        p.CommitteeConsented = consent;
        p.CommitteeConsentUtc = Now();
        p.CommitteeEvaluation = evaluation.Trim();
        p.State = consent ? "consented" : "not-consented";
        await db.SaveChangesAsync(ct);
        return p;
    }

    /// <summary>Arts. 43-45, 47: the education department decides, only after consent; arts. 44-45 jointly with public security.</summary>
    public async Task<Placement> DecideAsync(Guid placementId, PlacementDecision input, CancellationToken ct = default)
    {
        var p = await LoadAsync(placementId, ct);
        await acting.ResolveAsync(input.ActingOrgId ?? p.EducationOrgId, JuvenilePermissions.SpecialEducation, ct);
        var police = input.PublicSecurityOrgId ?? p.PublicSecurityOrgId;
        SpecialEducationRules.CheckDecision(p.Route, p.CommitteeConsented == true, police is not null);
        if (!input.Place)
        {
            await matters.TakeAsync(p.MatterId, "decline", new Dictionary<string, string>(), null, ct);
            p.DecidedUtc = Now();
            p.State = "not-placed";
            await db.SaveChangesAsync(ct);
            return p;
        }

        var school = input.SpecialSchoolOrgId ?? throw new RuleViolation("specialSchoolOrgId", "juvenile.special.school-required", "Name the special school.");
        await ExpectKindAsync(school, OrgKind.SpecialSchool, "specialSchoolOrgId", ct);
        if (p.OriginalSchoolOrgId is { } original)
        {
            SpecialEducationRules.CheckStudentStatus(original, input.StudentStatusOrgId ?? original);
        }

        var c = await db.Cases.SingleAsync(x => x.Id == p.CaseId, ct);
        await matters.TakeAsync(p.MatterId, "decide", new Dictionary<string, string>(), null, ct);
        var now = Now();
        var today = ChinaTime.Today(clock);
        p.PublicSecurityOrgId = police;
        p.SpecialSchoolOrgId = school;
        p.DecidedUtc = now;
        p.PlacedOn = today;
        p.NextEvaluationDue = SpecialEducationRules.NextEvaluationDue(today, null);
        p.State = "placed";
        c.Stage = CaseStage.SpecialEducation;
        Share(c, school, "art. 47: placed in the special school", now);
        await db.SaveChangesAsync(ct);
        return p;
    }

    /// <summary>Art. 46: the special school asks the committee to evaluate this semester.</summary>
    public async Task<Placement> RequestEvaluationAsync(Guid placementId, CancellationToken ct = default)
    {
        var p = await LoadAsync(placementId, ct);
        await matters.TakeAsync(p.MatterId, "request-evaluation", new Dictionary<string, string>(), null, ct);
        p.State = "semester-evaluation";
        await db.SaveChangesAsync(ct);
        return p;
    }

    /// <summary>Art. 46: the committee's semester evaluation; a recommendation to return goes in writing to the original deciding organ.</summary>
    public async Task<Placement> SemesterEvaluationAsync(Guid placementId, bool recommendReturn, string note, CancellationToken ct = default)
    {
        var byName = acting.Caller.ActorName;
        var p = await LoadAsync(placementId, ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(note), "note", "juvenile.special.evaluation-required", "Art. 46: the evaluation is written down.");
        await matters.TakeAsync(p.MatterId, recommendReturn ? "recommend-return" : "continue", new Dictionary<string, string>(), note, ct);
        var today = ChinaTime.Today(clock);
        p.LastEvaluationOn = today;
        p.NextEvaluationDue = SpecialEducationRules.NextEvaluationDue(p.PlacedOn ?? today, today);
        p.State = recommendReturn ? "return-recommended" : "placed";
        if (recommendReturn)
        {
            p.ReturnRecommendedUtc = Now();
        }

        db.PlacementEvents.Add(new PlacementEvent
        {
            Id = Guid.CreateVersion7(),
            PlacementId = p.Id,
            CaseId = p.CaseId,
            Kind = PlacementEventKind.SemesterEvaluation,
            On = today,
            Note = note.Trim(),
            Outcome = recommendReturn ? "recommend-return" : "continue",
            By = byName,
        });
        await db.SaveChangesAsync(ct);
        return p;
    }

    /// <summary>Art. 46: the original deciding organ decides the return; the original school may not refuse (art. 47: status kept there).</summary>
    public async Task<Placement> DecideReturnAsync(Guid placementId, bool returnToSchool, CancellationToken ct = default)
    {
        var p = await LoadAsync(placementId, ct);
        await matters.TakeAsync(p.MatterId, returnToSchool ? "decide-return" : "decide-stay", new Dictionary<string, string>(), null, ct);
        p.State = returnToSchool ? "returned" : "placed";
        if (returnToSchool)
        {
            var c = await db.Cases.SingleAsync(x => x.Id == p.CaseId, ct);
            p.ReturnDecidedUtc = Now();
            p.ReturnedOn = ChinaTime.Today(clock);
            c.SchoolOrgId = p.OriginalSchoolOrgId ?? c.SchoolOrgId;
            c.Stage = CaseStage.Intervention;
        }

        await db.SaveChangesAsync(ct);
        return p;
    }

    /// <summary>Art. 46: the original school answers a return; a refusal is not lawful.</summary>
    public async Task AcknowledgeReturnAsync(Guid placementId, bool accept, CancellationToken ct = default)
    {
        var p = await LoadAsync(placementId, ct);
        SpecialEducationRules.CheckReturnAccepted(p.ReturnedOn is not null, accept);
        RuleViolation.ThrowIf(p.ReturnedOn is null, "placementId", "juvenile.special.no-return", "No return has been decided.");
    }

    /// <summary>Art. 48 feedback and visits; art. 49 reconsideration or lawsuit against a decision.</summary>
    public async Task<PlacementEvent> RecordEventAsync(Guid placementId, PlacementEventKind kind, DateOnly on, string note, string? outcome, CancellationToken ct = default)
    {
        var byName = acting.Caller.ActorName;
        var p = await LoadAsync(placementId, ct);
        RuleViolation.ThrowIf(kind == PlacementEventKind.SemesterEvaluation, "kind", "juvenile.special.event-kind", "Art. 46 evaluations are recorded by the committee's evaluation step.");
        RuleViolation.ThrowIf(
            kind is PlacementEventKind.GuardianFeedback or PlacementEventKind.GuardianVisit && p.PlacedOn is null,
            "kind",
            "juvenile.special.not-placed",
            "Art. 48: feedback and visits follow a placement in the special school.");
        RuleViolation.ThrowIf(
            kind is PlacementEventKind.Reconsideration or PlacementEventKind.Lawsuit && p.DecidedUtc is null && p.CommitteeConsentUtc is null,
            "kind",
            "juvenile.special.no-decision",
            "Art. 49: reconsideration or a lawsuit is brought against a decision, and none is taken yet.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(note), "note", "juvenile.special.note-required", "Say what happened.");
        var e = new PlacementEvent
        {
            Id = Guid.CreateVersion7(),
            PlacementId = p.Id,
            CaseId = p.CaseId,
            Kind = kind,
            On = on,
            Note = note.Trim(),
            Outcome = outcome?.Trim(),
            By = byName,
        };
        db.PlacementEvents.Add(e);
        await db.SaveChangesAsync(ct);
        return e;
    }

    public async Task<IReadOnlyList<Placement>> ForCaseAsync(Guid caseId, CancellationToken ct = default) =>
        await db.Placements.AsNoTracking().Where(p => p.CaseId == caseId && db.Cases.Any(c => c.Id == caseId && !c.Sealed)).OrderBy(p => p.AppliedUtc).ToListAsync(ct);

    public async Task<PlacementView?> GetAsync(Guid placementId, CancellationToken ct = default)
    {
        var p = await db.Placements.AsNoTracking().SingleOrDefaultAsync(x => x.Id == placementId && db.Cases.Any(c => c.Id == x.CaseId && !c.Sealed), ct);
        if (p is null)
        {
            return null;
        }

        var events = await db.PlacementEvents.AsNoTracking().Where(e => e.PlacementId == p.Id).OrderBy(e => e.On).ToListAsync(ct);
        var reference = await kernel.Matters.AsNoTracking().Where(m => m.Id == p.MatterId).Select(m => m.Reference).SingleOrDefaultAsync(ct) ?? "";
        var steps = await kernel.Matters.AnyAsync(m => m.Id == p.MatterId, ct) ? await matters.AvailableAsync(p.MatterId, ct) : [];
        return new PlacementView(p, reference, events, steps);
    }

    /// <summary>Open placements visible to the caller (their own cases and those shared with them).</summary>
    public async Task<IReadOnlyList<Placement>> OpenAsync(CancellationToken ct = default) =>
        await db.Placements.AsNoTracking()
            .Where(p => p.State != "returned" && p.State != "not-consented" && p.State != "not-placed" && db.Cases.Any(c => c.Id == p.CaseId && !c.Sealed))
            .OrderBy(p => p.AppliedUtc)
            .Take(500)
            .ToListAsync(ct);

    /// <summary>A placement of an unsealed case on which the caller holds the special-education permission (at the case's org or a share).</summary>
    private async Task<Placement> LoadAsync(Guid id, CancellationToken ct)
    {
        var p = await FindAsync(id, ct);
        var c = await db.Cases.SingleAsync(x => x.Id == p.CaseId, ct);
        await OrgScope.RequirePermissionOnAsync(db, JuvenilePermissions.SpecialEducation, c, ct, "placementId");
        return p;
    }

    private async Task<Placement> FindAsync(Guid id, CancellationToken ct) =>
        await db.Placements.SingleOrDefaultAsync(x => x.Id == id && db.Cases.Any(c => c.Id == x.CaseId && !c.Sealed), ct)
            ?? throw new RuleViolation("placementId", "juvenile.special.not-found", $"No special-education matter {id} among the cases you may see.", ("id", id));

    private async Task ExpectKindAsync(Guid orgId, OrgKind kind, string field, CancellationToken ct)
    {
        var org = await acting.FindAsync(orgId, ct);
        RuleViolation.ThrowIf(org is null || org.Kind != kind, field, "juvenile.special.org-kind", $"Organisation {orgId} is not a {kind}.", ("orgId", orgId), ("kind", kind));
    }

    private void Share(JuvenileCase c, Guid orgId, string reason, DateTime now)
    {
        if (orgId != c.OrgId && !db.RecordShares.Local.Any(s => s.RecordId == c.Id && s.OrgId == orgId)
            && !db.RecordShares.Any(s => s.RecordId == c.Id && s.OrgId == orgId))
        {
            db.RecordShares.Add(RecordShare.For(c, orgId, reason, now));
        }
    }

    private DateTime Now() => Tongban.Kernel.Audit.AuditHash.Truncate(clock.GetUtcNow());
}
