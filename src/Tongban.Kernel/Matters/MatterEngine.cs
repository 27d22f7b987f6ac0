using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Matters;

public sealed record StartMatter(
    string Workflow,
    Guid OrgId,
    string Title,
    string SubjectType,
    string SubjectId,
    long? AmountFen = null,
    IReadOnlyDictionary<string, string>? Inputs = null,
    string? Reference = null);

/// <summary>A step the caller may take now, with the inputs it asks for.</summary>
public sealed record AvailableTransition(
    string Code,
    string TitleZh,
    string TitleEn,
    string To,
    bool Route,
    string? HandTo,
    IReadOnlyList<WorkflowInput> Inputs);

/// <summary>
/// Which open matters to list. <see cref="OrgId"/> narrows to one org (and its descendants when
/// <see cref="IncludeDescendants"/>); the caller's scope always applies.
/// </summary>
public sealed record DueQuery(
    Guid? OrgId = null,
    bool IncludeDescendants = true,
    bool OverdueOnly = false,
    string? Workflow = null,
    int Skip = 0,
    int Take = 50);

public sealed record DueItem(
    Guid MatterId,
    string Reference,
    string Title,
    string Workflow,
    string State,
    Guid OrgId,
    DateTime StateEnteredUtc,
    DateOnly DueOn,
    DateTime DueUtc,
    int WorkingDaysLeft,
    bool Overdue,
    int? ProvisionalYear)
{
    /// <summary>The due date was counted through a year without a State Council notice (see <see cref="ProvisionalYear"/>).</summary>
    public bool Provisional => ProvisionalYear is not null;
}

/// <summary>Open matters with a deadline held by one org, and how many of them are overdue.</summary>
public sealed record DueSummary(Guid OrgId, int Open, int Overdue, DateTime NextDueUtc);

/// <summary>
/// Starts matters and moves them along their workflow. A step is taken whole or not at all: the
/// state change, the timeline event and their audit entries commit in one SaveChanges, and the
/// matter's <see cref="Matter.Version"/> makes a second, concurrent take of the same step fail.
/// </summary>
public sealed class MatterEngine(
    KernelDb db,
    WorkflowRegistry workflows,
    WorkingDayCalendar calendar,
    TimeProvider clock,
    CallerScopeAccessor caller,
    RoutingSettings routing,
    IEnumerable<IStepConsequence> consequences)
{
    public const string StartTransition = "start";

    private const int MaxTake = 500;

    public async Task<Matter> StartAsync(StartMatter cmd, CancellationToken ct = default)
    {
        var def = Workflow(cmd.Workflow);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(cmd.Title), "title", "matters.input-missing", "A matter needs a title.");
        RuleViolation.ThrowIf(cmd.AmountFen < 0, "amountFen", "matters.input-invalid", "The amount may not be negative.");
        RuleViolation.ThrowIf(
            !await db.Orgs.AnyAsync(o => o.Id == cmd.OrgId, ct),
            "orgId",
            "matters.unknown-org",
            $"No organisation {cmd.OrgId}.", ("orgId", cmd.OrgId));
        var inputs = cmd.Inputs ?? new Dictionary<string, string>();
        InputRules.Check(def.StartInputs, inputs);

        var now = Now();
        var id = Guid.CreateVersion7();
        var state = def.Initial;
        var due = Deadlines.Due(state.Deadline, now, calendar);

        // The number and the matter commit together, so a refused filing gives its number back.
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var reference = string.IsNullOrWhiteSpace(cmd.Reference)
            ? await ReferenceNumbers.NextAsync(db, def.ReferencePrefix, ChinaTime.DateOf(now).Year, ct)
            : cmd.Reference.Trim();
        var matter = new Matter
        {
            Id = id,
            OrgId = cmd.OrgId,
            OriginOrgId = cmd.OrgId,
            Workflow = def.Name,
            Reference = reference,
            Title = cmd.Title.Trim(),
            SubjectType = cmd.SubjectType,
            SubjectId = cmd.SubjectId,
            State = state.Code,
            StateEnteredUtc = now,
            DueOn = due.On,
            DueUtc = due.Utc,
            DueProvisionalYear = due.ProvisionalYear,
            Closed = state.IsFinal,
            CreatedUtc = now,
            Data = Json(inputs),
            AmountFen = cmd.AmountFen,
            Version = 1,
        };
        db.Matters.Add(matter);
        db.MatterEvents.Add(new MatterEvent
        {
            Id = Guid.CreateVersion7(),
            MatterId = id,
            OrgId = cmd.OrgId,
            ToOrgId = cmd.OrgId,
            Seq = 1,
            AtUtc = now,
            ActorId = caller.Current.UserId,
            ActorName = caller.Current.ActorName,
            Transition = StartTransition,
            FromState = "",
            ToState = state.Code,
            Inputs = Json(inputs),
        });
        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return matter;
    }

    /// <summary>
    /// Files a module record with its matter in one transaction: <paramref name="file"/> starts (and
    /// submits) the matter through this engine and saves the module's record; both commit together or
    /// neither does, so a crash between them leaves no matter without its record. The transaction is
    /// opened before <paramref name="file"/> reads, so on SQLite (BEGIN IMMEDIATE) filings queue behind
    /// each other and each sees the last one's result; the module's concurrency tokens
    /// (<see cref="IVersioned"/>) refuse the second of two filings on PostgreSQL.
    /// </summary>
    public async Task<T> FileAsync<T>(DbContext module, Func<Task<T>> file, CancellationToken ct = default)
    {
        if (module.Database.CurrentTransaction is not null || db.Database.CurrentTransaction is not null)
        {
            return await file();
        }

        await using var transaction = await module.Database.BeginTransactionAsync(ct);
        db.Database.SetDbConnection(module.Database.GetDbConnection());
        await db.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
        try
        {
            var result = await file();
            await transaction.CommitAsync(ct);
            return result;
        }
        catch (Exception e)
        {
            await transaction.RollbackQuietlyAsync();
            module.ChangeTracker.Clear();
            db.ChangeTracker.Clear();
            if (e is DbUpdateException update && IsUniqueViolation(update))
            {
                // Two filings of the same thing at once on PostgreSQL: the second meets the first's key (its reference).
                var record = update.Entries.FirstOrDefault()?.Metadata.ClrType.Name ?? "record";
                throw new RuleViolation("id", "records.concurrent-change", $"The {record} was changed by another filing while this one was made; nothing was saved. Reload it and try again.", ("record", record));
            }

            throw;
        }
        finally
        {
            await db.Database.UseTransactionAsync(null, CancellationToken.None);
        }
    }

    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException p => p.SqlState == "23505",
        _ => false,
    };

    /// <summary>
    /// Takes <paramref name="transition"/> on the matter, or refuses with the reason
    /// (matters.closed, matters.unknown-transition, matters.wrong-state, matters.wrong-org-kind,
    /// matters.wrong-actor, matters.input-missing, matters.input-invalid, matters.no-route,
    /// matters.concurrent-change) and changes nothing.
    /// </summary>
    public async Task<MatterEvent> TakeAsync(
        Guid matterId,
        string transition,
        IReadOnlyDictionary<string, string> inputs,
        string? comment,
        CancellationToken ct = default)
    {
        var matter = await Load(matterId, ct);
        var def = Workflow(matter.Workflow);
        RuleViolation.ThrowIf(matter.Closed, "transition", "matters.closed", $"Matter {matter.Reference} is closed ({matter.State}).", ("matter", matter.Reference), ("state", matter.State));
        var step = def.FindTransition(transition)
            ?? throw new RuleViolation("transition", "matters.unknown-transition", $"Workflow {def.Name} has no step '{transition}'.", ("def", def.Name), ("transition", transition));
        RuleViolation.ThrowIf(
            step.From != matter.State,
            "transition",
            "matters.wrong-state",
            $"'{step.Code}' is taken from '{step.From}', but matter {matter.Reference} is in '{matter.State}'.", ("step", step.Code), ("from", step.From), ("matter", matter.Reference), ("state", matter.State));
        var org = await db.Orgs.AsNoTracking().SingleAsync(o => o.Id == matter.OrgId, ct);
        RuleViolation.ThrowIf(
            !caller.Current.Unrestricted && step.OrgKinds.Count > 0 && !step.OrgKinds.Contains(org.Kind),
            "transition",
            "matters.wrong-org-kind",
            $"'{step.Code}' is taken at {string.Join(" / ", step.OrgKinds)}; the matter is held by {org.NameEn} ({org.Kind}).", ("step", step.Code), ("kinds", string.Join(" / ", step.OrgKinds)), ("org", org.NameEn), ("kind", org.Kind));
        RuleViolation.ThrowIf(
            !await HoldsRoleAsync(step.Roles, matter.OrgId, ct),
            "transition",
            "matters.wrong-actor",
            $"'{step.Code}' needs the role {string.Join(" or ", step.Roles)} at {org.NameEn}.", ("step", step.Code), ("roles", string.Join(" or ", step.Roles)), ("org", org.NameEn));
        InputRules.Check(step.Inputs, inputs);

        var fromOrg = matter.OrgId;
        var toOrg = fromOrg;
        RoutingRule? rule = null;
        if (step.Route)
        {
            (rule, toOrg) = await RouteAsync(matter, ct);
        }
        else if (step.HandTo is { } handTo)
        {
            toOrg = await routing.DecidingOrgAsync(matter.OrgId, matter.OriginOrgId, handTo, ct)
                ?? throw new RuleViolation("transition", "matters.no-route", $"'{step.Code}' hands the matter to '{handTo}', and there is no such organisation above {org.NameEn}.", ("step", step.Code), ("handTo", handTo), ("org", org.NameEn));
        }

        var now = Now();
        var target = def.FindState(step.To)!;
        var due = Deadlines.Due(target.Deadline, now, calendar);
        matter.State = target.Code;
        matter.StateEnteredUtc = now;
        matter.DueOn = due.On;
        matter.DueUtc = due.Utc;
        matter.DueProvisionalYear = due.ProvisionalYear;
        matter.Closed = target.IsFinal;
        matter.OrgId = toOrg;
        matter.Data = Json(Merge(matter.Data, inputs));
        matter.Version++;
        var ev = new MatterEvent
        {
            Id = Guid.CreateVersion7(),
            MatterId = matter.Id,
            OrgId = fromOrg,
            ToOrgId = toOrg,
            Seq = matter.Version,
            AtUtc = now,
            ActorId = caller.Current.UserId,
            ActorName = caller.Current.ActorName,
            Transition = step.Code,
            FromState = step.From,
            ToState = target.Code,
            Inputs = Json(inputs),
            RoutingRule = rule?.Code,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        };
        db.MatterEvents.Add(ev);
        await SaveStepAsync(matter, ev, toOrg != fromOrg, ct);
        return ev;
    }

    /// <summary>
    /// A step taken through the generic doors (the matter page, /api/matters): refused for a
    /// workflow whose steps are taken on its module's page, since the generic form would move the
    /// matter without the module's records following (matters.module-screen).
    /// </summary>
    public async Task<MatterEvent> TakeOnMatterAsync(
        Guid matterId,
        string transition,
        IReadOnlyDictionary<string, string> inputs,
        string? comment,
        CancellationToken ct = default)
    {
        var matter = await Load(matterId, ct, track: false);
        if (workflows.Find(matter.Workflow)?.ModuleScreen is { } screen)
        {
            throw new RuleViolation("transition", "matters.module-screen", $"Steps of {matter.Reference} are taken on {screen}, where the module's own records follow them.", ("matter", matter.Reference), ("screen", screen));
        }

        return await TakeAsync(matterId, transition, inputs, comment, ct);
    }

    /// <summary>The steps the caller may take on the matter now.</summary>
    public async Task<IReadOnlyList<AvailableTransition>> AvailableAsync(Guid matterId, CancellationToken ct = default)
    {
        var matter = await Load(matterId, ct, track: false);
        if (matter.Closed)
        {
            return [];
        }

        var def = Workflow(matter.Workflow);
        var kind = await db.Orgs.Where(o => o.Id == matter.OrgId).Select(o => o.Kind).SingleAsync(ct);
        var result = new List<AvailableTransition>();
        foreach (var t in def.From(matter.State))
        {
            if ((caller.Current.Unrestricted || t.OrgKinds.Count == 0 || t.OrgKinds.Contains(kind)) && await HoldsRoleAsync(t.Roles, matter.OrgId, ct))
            {
                result.Add(new AvailableTransition(t.Code, t.TitleZh, t.TitleEn, t.To, t.Route, t.HandTo, t.Inputs));
            }
        }

        return result;
    }

    /// <summary>
    /// The matter's steps in order. Whoever sees the matter sees its whole timeline, including
    /// steps taken while another org held it.
    /// </summary>
    public async Task<IReadOnlyList<MatterEvent>> TimelineAsync(Guid matterId, CancellationToken ct = default)
    {
        await Load(matterId, ct, track: false);
        return await db.MatterEvents.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.MatterId == matterId)
            .OrderBy(e => e.Seq)
            .ToListAsync(ct);
    }

    /// <summary>Open matters with a due date, soonest first, among the orgs the caller sees.</summary>
    public async Task<IReadOnlyList<DueItem>> DueAsync(DueQuery q, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(q.Skip < 0, "skip", "matters.paging", "Skip may not be negative.");
        RuleViolation.ThrowIf(q.Take is < 1 or > MaxTake, "take", "matters.paging", $"Take is between 1 and {MaxTake}.", ("maxTake", MaxTake));
        var now = Now();
        var query = Visible(db.Matters.AsNoTracking()).Where(m => !m.Closed && m.DueUtc != null);
        if (q.OrgId is { } orgId)
        {
            var under = OrgScope.Under(db.OrgClosures, orgId);
            query = q.IncludeDescendants
                ? query.Where(m => under.Contains(m.OrgId))
                : query.Where(m => m.OrgId == orgId);
        }

        if (q.Workflow is { } workflow)
        {
            query = query.Where(m => m.Workflow == workflow);
        }

        if (q.OverdueOnly)
        {
            query = query.Where(m => m.DueUtc <= now);
        }

        var rows = await query
            .OrderBy(m => m.DueUtc).ThenBy(m => m.Reference)
            .Skip(q.Skip).Take(q.Take)
            .Select(m => new { m.Id, m.Reference, m.Title, m.Workflow, m.State, m.OrgId, m.StateEnteredUtc, m.DueOn, DueUtc = m.DueUtc!.Value, m.DueProvisionalYear })
            .ToListAsync(ct);
        var today = ChinaTime.Today(clock);
        return rows.Select(m =>
        {
            var dueOn = m.DueOn ?? ChinaTime.DateOf(m.DueUtc);
            return new DueItem(
                m.Id, m.Reference, m.Title, m.Workflow, m.State, m.OrgId, m.StateEnteredUtc, dueOn, m.DueUtc,
                Deadlines.WorkingDaysLeft(today, dueOn, calendar),
                now >= m.DueUtc,
                m.DueProvisionalYear ?? Deadlines.ProvisionalYear(calendar, today, dueOn));
        }).ToList();
    }

    /// <summary>Per org the caller sees: open matters with a deadline, how many are overdue, the soonest due (GROUP BY in SQL).</summary>
    public async Task<IReadOnlyList<DueSummary>> DueSummaryAsync(CancellationToken ct = default)
    {
        var now = Now();
        var rows = await Visible(db.Matters.AsNoTracking())
            .Where(m => !m.Closed && m.DueUtc != null)
            .GroupBy(m => m.OrgId)
            .Select(g => new
            {
                OrgId = g.Key,
                Open = g.Count(),
                Overdue = g.Count(m => m.DueUtc <= now),
                Next = g.Min(m => m.DueUtc),
            })
            .ToListAsync(ct);
        return rows.Select(r => new DueSummary(r.OrgId, r.Open, r.Overdue, r.Next!.Value))
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.NextDueUtc).ToList();
    }

    private async Task<(RoutingRule Rule, Guid ToOrg)> RouteAsync(Matter matter, CancellationToken ct)
    {
        var amount = matter.AmountFen
            ?? throw new RuleViolation("amountFen", "matters.input-missing", $"Matter {matter.Reference} has no amount to route by.", ("matter", matter.Reference));
        var rule = await routing.ResolveAsync(matter.OrgId, matter.Workflow, amount, ct)
            ?? throw new RuleViolation("amountFen", "matters.no-route", $"No jurisdiction of this organisation has a routing rule for {matter.Workflow} at {amount} fen.", ("workflow", matter.Workflow), ("amount", amount));
        var toOrg = await routing.DecidingOrgAsync(matter.OrgId, matter.OriginOrgId, rule.DecidedBy, ct)
            ?? throw new RuleViolation("amountFen", "matters.no-route", $"Rule '{rule.Code}' sends the matter to '{rule.DecidedBy}', and no such organisation is above this one.", ("rule", rule.Code), ("decidedBy", rule.DecidedBy));
        return (rule, toOrg);
    }

    /// <summary>
    /// Saves a step and applies its consequences in the modules, in one transaction. A routed step
    /// hands the matter to an org the actor may not cover; the rule that routed it is the
    /// authority for that one write, so the save runs with the actor's own scope plus that org,
    /// and the consequences with the actor's scope plus the matter's origin org (the audit entries
    /// still name the actor).
    /// </summary>
    private async Task SaveStepAsync(Matter matter, MatterEvent ev, bool handedOver, CancellationToken ct)
    {
        var own = caller.Current;
        var following = consequences.Where(c => c.Workflows.Contains(matter.Workflow)).ToList();
        var transaction = following.Count > 0 && db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var taken = new TakenStep(matter, ev, db);
        var committed = false;
        try
        {
            if (handedOver)
            {
                caller.Current = Widened(own, matter.OrgId, "matters.handover");
            }

            await db.SaveChangesAsync(ct);
            caller.Current = Widened(own, matter.OriginOrgId, "matters.step-consequence");
            foreach (var consequence in following)
            {
                await consequence.ApplyAsync(taken, ct);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }

            committed = true;
        }
        catch (DbUpdateException ex)
        {
            await RollBackAsync(transaction, matter, ev);
            // A concurrent step shows as a stale version token or as the event's (matter, seq) key taken.
            if (ex is DbUpdateConcurrencyException || await Moved(matter.Id, matter.Version - 1))
            {
                throw new RuleViolation("transition", "matters.concurrent-change", $"Matter {matter.Reference} moved on while this step was being taken; reload it and try again.", ("matter", matter.Reference));
            }

            throw;
        }
        catch
        {
            await RollBackAsync(transaction, matter, ev);
            throw;
        }
        finally
        {
            caller.Current = own;
            taken.Release(transactionEnded: transaction is not null, failed: !committed);
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    /// <summary>The caller's scope plus one org, for a write the accepted step authorises.</summary>
    private static CallerScope Widened(CallerScope own, Guid orgId, string role) => own.AuthorisedAt(orgId, role);

    private async Task RollBackAsync(IDbContextTransaction? transaction, Matter matter, MatterEvent ev)
    {
        if (transaction is not null)
        {
            await transaction.RollbackQuietlyAsync();
        }

        Detach(matter, ev);
    }

    /// <summary>After a failed save: whether another step landed on the matter meanwhile.</summary>
    private async Task<bool> Moved(Guid matterId, int version) =>
        await db.Matters.IgnoreQueryFilters().AsNoTracking().AnyAsync(m => m.Id == matterId && m.Version != version, CancellationToken.None);

    private void Detach(Matter matter, MatterEvent ev)
    {
        db.Entry(ev).State = EntityState.Detached;
        db.Entry(matter).State = EntityState.Detached;
    }

    private async Task<Matter> Load(Guid matterId, CancellationToken ct, bool track = true)
    {
        var query = Visible(track ? db.Matters : db.Matters.AsNoTracking());
        return await query.SingleOrDefaultAsync(m => m.Id == matterId, ct)
            ?? throw new RuleViolation("matterId", "matters.not-found", $"No matter {matterId} among the organisations you see.", ("matterId", matterId));
    }

    /// <summary>
    /// Each matter as its workflow's permission opens it: the matters of a workflow in the orgs where the caller
    /// holds that workflow's view permission (a grant of another module opens none of them).
    /// </summary>
    private IQueryable<Matter> Visible(IQueryable<Matter> query)
    {
        var scope = caller.Current;
        if (scope.Unrestricted)
        {
            return query;
        }

        Expression<Func<Matter, bool>>? visible = null;
        foreach (var group in workflows.All.GroupBy(w => w.ViewPermission, StringComparer.Ordinal))
        {
            var opened = scope.For(group.Key);
            if (opened.IsEmpty)
            {
                continue;
            }

            var names = group.Select(w => w.Name).ToArray();
            var these = OrgScope.And(m => names.Contains(m.Workflow), OrgScope.Sees<Matter>(() => opened, () => db.OrgClosures, m => m.OrgId));
            visible = visible is null ? these : OrgScope.Or(visible, these);
        }

        return query.Where(visible ?? (m => false));
    }

    /// <summary>
    /// Hides the matters about a subject its module has put out of reach (a sealed record, art. 59): they leave every
    /// list, timeline and step. Written in <paramref name="joining"/>'s transaction when it has one, so the module's
    /// change and the hiding commit together. The module decided the authority; the matters may sit at orgs
    /// the caller does not see (a committee's evaluation), so the write is authorised at each.
    /// </summary>
    public async Task<int> HideSubjectAsync(string subjectType, string subjectId, DbContext? joining, CancellationToken ct = default)
    {
        var joined = false;
        if (joining?.Database.CurrentTransaction is { } transaction && db.Database.CurrentTransaction is null)
        {
            db.Database.SetDbConnection(joining.Database.GetDbConnection());
            await db.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
            joined = true;
        }

        var own = caller.Current;
        var found = await db.Matters.IgnoreQueryFilters().Where(m => m.SubjectType == subjectType && m.SubjectId == subjectId && !m.Hidden).ToListAsync(ct);
        try
        {
            foreach (var m in found)
            {
                m.Hidden = true;
                caller.Current = caller.Current.AuthorisedAt(m.OrgId, "matters.hidden-subject");
            }

            await db.SaveChangesAsync(ct);
        }
        finally
        {
            caller.Current = own;
            if (joined)
            {
                await db.Database.UseTransactionAsync(null, CancellationToken.None);
            }
        }

        return found.Count;
    }

    private WorkflowDefinition Workflow(string name) =>
        workflows.Find(name) ?? throw new RuleViolation("workflow", "matters.unknown-workflow", $"No workflow '{name}' is registered.", ("name", name));

    /// <summary>
    /// Whether the caller holds one of <paramref name="roles"/> at the org: granted there, or
    /// granted with descendants at one of its ancestors (closure table).
    /// </summary>
    private async Task<bool> HoldsRoleAsync(IReadOnlyList<string> roles, Guid orgId, CancellationToken ct)
    {
        var scope = caller.Current;
        if (scope.Unrestricted)
        {
            return true;
        }

        var grants = scope.Grants.Where(g => roles.Contains(g.Role)).ToList();
        var holding = new PermissionScope(
            false,
            grants.Where(g => !g.CoversDescendants).Select(g => g.OrgId).Distinct().ToArray(),
            grants.Where(g => g.CoversDescendants).Select(g => g.OrgId).Distinct().ToArray());
        return await OrgScope.ReachesAsync(db.OrgClosures, holding, orgId, ct);
    }

    private DateTime Now() => AuditHash.Truncate(clock.GetUtcNow());

    private static Dictionary<string, string> Merge(string json, IReadOnlyDictionary<string, string> inputs)
    {
        var data = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        foreach (var (k, v) in inputs)
        {
            data[k] = v;
        }

        return data;
    }

    private static string Json(IReadOnlyDictionary<string, string> values) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(values.ToDictionary(), StringComparer.Ordinal));
}
