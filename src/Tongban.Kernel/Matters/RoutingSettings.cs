using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Matters;

/// <summary>
/// Approval thresholds as jurisdiction settings: list, add, change and remove the routing rules of
/// an org, and resolve which rules apply to an org (its own first, then each ancestor's).
/// Changing a jurisdiction's rules needs the administer permission at that org.
/// </summary>
public sealed class RoutingSettings(KernelDb db, CallerScopeAccessor caller, RoleCatalog roles)
{
    /// <summary>Code of the example rule below the 2004 central-state-organ threshold.</summary>
    public const string ExampleUnderCode = "central-2004-under-200k";

    /// <summary>Code of the example rule at and above the 2004 central-state-organ threshold.</summary>
    public const string ExampleFromCode = "central-2004-from-200k";

    /// <summary>200,000.00 yuan in fen.</summary>
    public const long ExampleThresholdFen = 200_000_00;

    private const string ExampleCitation =
        "Central state organs' state-owned asset disposal measures (2004): under 200,000 yuan the department decides, 200,000 yuan and above the finance side (example default, editable)";

    /// <summary>
    /// The example defaults: the 2004 central-state-organ rule, under 200,000 yuan decided by the
    /// competent department, 200,000 yuan and above by the finance department. Rows, not saved.
    /// </summary>
    public static IReadOnlyList<RoutingRule> SeedExample(Guid jurisdictionOrgId, string workflow) =>
    [
        new()
        {
            Id = Guid.CreateVersion7(),
            JurisdictionOrgId = jurisdictionOrgId,
            Workflow = workflow,
            Code = ExampleUnderCode,
            MinFen = 0,
            MaxFen = ExampleThresholdFen,
            DecidedBy = ApprovalRouting.Competent,
            Citation = ExampleCitation,
            Priority = 1,
        },
        new()
        {
            Id = Guid.CreateVersion7(),
            JurisdictionOrgId = jurisdictionOrgId,
            Workflow = workflow,
            Code = ExampleFromCode,
            MinFen = ExampleThresholdFen,
            MaxFen = null,
            DecidedBy = ApprovalRouting.Finance,
            Citation = ExampleCitation,
            Priority = 1,
        },
    ];

    /// <summary>Saves the example defaults for a jurisdiction (validated like any other rule).</summary>
    public async Task<IReadOnlyList<RoutingRule>> SeedExampleAsync(Guid jurisdictionOrgId, string workflow, CancellationToken ct = default)
    {
        var rules = SeedExample(jurisdictionOrgId, workflow);
        await EnsureMayEditAsync(jurisdictionOrgId, ct);
        var existing = await ListAsync(jurisdictionOrgId, workflow, ct);
        var accepted = new List<RoutingRule>();
        foreach (var rule in rules)
        {
            Check(rule, [.. existing, .. accepted]);
            accepted.Add(rule);
        }

        db.RoutingRules.AddRange(accepted);
        await db.SaveChangesAsync(ct);
        return accepted;
    }

    public async Task<IReadOnlyList<RoutingRule>> ListAsync(Guid jurisdictionOrgId, string? workflow = null, CancellationToken ct = default) =>
        await db.RoutingRules.AsNoTracking()
            .Where(r => r.JurisdictionOrgId == jurisdictionOrgId && (workflow == null || r.Workflow == workflow))
            .OrderBy(r => r.Workflow).ThenBy(r => r.MinFen).ThenBy(r => r.Priority)
            .ToListAsync(ct);

    public async Task<RoutingRule> AddAsync(RoutingRule rule, CancellationToken ct = default)
    {
        await EnsureMayEditAsync(rule.JurisdictionOrgId, ct);
        if (rule.Id == Guid.Empty)
        {
            rule.Id = Guid.CreateVersion7();
        }

        Check(rule, await ListAsync(rule.JurisdictionOrgId, rule.Workflow, ct));
        db.RoutingRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return rule;
    }

    /// <summary>Replaces the rule with the same id; its jurisdiction cannot change.</summary>
    public async Task<RoutingRule> UpdateAsync(RoutingRule rule, CancellationToken ct = default)
    {
        var stored = await db.RoutingRules.SingleOrDefaultAsync(r => r.Id == rule.Id, ct)
            ?? throw new RuleViolation("id", "routing.not-found", $"No routing rule {rule.Id}.", ("rule", rule.Id));
        RuleViolation.ThrowIf(
            stored.JurisdictionOrgId != rule.JurisdictionOrgId,
            "jurisdictionOrgId",
            "routing.jurisdiction-fixed",
            "A rule stays with its jurisdiction; delete it and add it to the other org instead.");
        await EnsureMayEditAsync(stored.JurisdictionOrgId, ct);
        var others = (await ListAsync(rule.JurisdictionOrgId, rule.Workflow, ct)).Where(r => r.Id != rule.Id).ToList();
        Check(rule, others);
        stored.Workflow = rule.Workflow;
        stored.Code = rule.Code;
        stored.MinFen = rule.MinFen;
        stored.MaxFen = rule.MaxFen;
        stored.DecidedBy = rule.DecidedBy;
        stored.Citation = rule.Citation;
        stored.Priority = rule.Priority;
        await db.SaveChangesAsync(ct);
        return stored;
    }

    public async Task DeleteAsync(Guid ruleId, CancellationToken ct = default)
    {
        var stored = await db.RoutingRules.SingleOrDefaultAsync(r => r.Id == ruleId, ct)
            ?? throw new RuleViolation("id", "routing.not-found", $"No routing rule {ruleId}.", ("ruleId", ruleId));
        await EnsureMayEditAsync(stored.JurisdictionOrgId, ct);
        db.RoutingRules.Remove(stored);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The rules for <paramref name="workflow"/> that apply at an org: its own, then each ancestor's, nearest first.</summary>
    public async Task<IReadOnlyList<RoutingRule>> RulesForAsync(Guid orgId, string workflow, CancellationToken ct = default) =>
        await (from c in db.OrgClosures
               where c.DescendantId == orgId
               join r in db.RoutingRules on c.AncestorId equals r.JurisdictionOrgId
               where r.Workflow == workflow
               orderby c.Distance, r.MinFen, r.Priority, r.Code
               select r).AsNoTracking().ToListAsync(ct);

    /// <summary>The rule that routes an amount at an org, or null when no jurisdiction has one.</summary>
    public async Task<RoutingRule?> ResolveAsync(Guid orgId, string workflow, long amountFen, CancellationToken ct = default) =>
        ApprovalRouting.Choose(await RulesForAsync(orgId, workflow, ct), workflow, amountFen);

    /// <summary>
    /// The org that decides for <paramref name="decidedBy"/>: the starting org for "unit";
    /// otherwise the nearest org of that kind seen from <paramref name="currentOrgId"/>, looking at
    /// each ancestor (itself first) and then that ancestor's direct children, so the finance
    /// department of the same government level is found beside a competent department.
    /// </summary>
    public async Task<Guid?> DecidingOrgAsync(Guid currentOrgId, Guid originOrgId, string decidedBy, CancellationToken ct = default)
    {
        if (!ApprovalRouting.TryDecider(decidedBy, out var kind))
        {
            return null;
        }

        if (kind is null)
        {
            return originOrgId;
        }

        var ancestors = await db.OrgClosures.Where(c => c.DescendantId == currentOrgId)
            .Select(c => new { c.AncestorId, c.Distance }).ToListAsync(ct);
        var distance = ancestors.ToDictionary(a => a.AncestorId, a => a.Distance);
        var ids = distance.Keys.ToList();
        var wanted = kind.Value;
        var candidates = await db.Orgs.AsNoTracking()
            .Where(o => o.Kind == wanted && !o.Archived && (ids.Contains(o.Id) || (o.ParentId != null && ids.Contains(o.ParentId.Value))))
            .Select(o => new { o.Id, o.ParentId, o.NameZh })
            .ToListAsync(ct);
        return candidates
            .Select(o => distance.TryGetValue(o.Id, out var self)
                ? (o.Id, Distance: self, Child: 0, o.NameZh)
                : (o.Id, Distance: distance[o.ParentId!.Value], Child: 1, o.NameZh))
            .OrderBy(o => o.Distance).ThenBy(o => o.Child).ThenBy(o => o.NameZh, StringComparer.Ordinal).ThenBy(o => o.Id)
            .Select(o => (Guid?)o.Id)
            .FirstOrDefault();
    }

    private async Task EnsureMayEditAsync(Guid jurisdictionOrgId, CancellationToken ct)
    {
        RuleViolation.ThrowIf(
            !await db.Orgs.AnyAsync(o => o.Id == jurisdictionOrgId, ct),
            "jurisdictionOrgId",
            "routing.unknown-org",
            $"No organisation {jurisdictionOrgId}.", ("jurisdictionOrgId", jurisdictionOrgId));
        RuleViolation.ThrowIf(
            !await OrgScope.HasPermissionAtAsync(db.OrgClosures, caller.Current, roles, KernelPermissions.Administer, jurisdictionOrgId, ct),
            "jurisdictionOrgId",
            "routing.not-permitted",
            "Changing a jurisdiction's routing rules needs the administer permission at that organisation.");
    }

    /// <summary>Field checks, then the overlap check against the jurisdiction's other rules for the workflow.</summary>
    private static void Check(RoutingRule rule, IReadOnlyList<RoutingRule> others)
    {
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(rule.Workflow), "workflow", "routing.workflow-missing", "Name the workflow the rule routes.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(rule.Code), "code", "routing.code-missing", "Give the rule a code; every decision records it.");
        RuleViolation.ThrowIf(rule.MinFen < 0, "minFen", "routing.range", "The lower bound may not be negative.");
        RuleViolation.ThrowIf(
            rule.MaxFen is { } max && max <= rule.MinFen,
            "maxFen",
            "routing.range",
            $"The upper bound ({rule.MaxFen} fen) must be above the lower bound ({rule.MinFen} fen).", ("maxFen", rule.MaxFen), ("minFen", rule.MinFen));
        RuleViolation.ThrowIf(
            !ApprovalRouting.TryDecider(rule.DecidedBy, out _),
            "decidedBy",
            "routing.decider-unknown",
            $"'{rule.DecidedBy}' is not a decider: use unit, competent, finance or an org kind name.", ("decidedBy", rule.DecidedBy));
        var sameCode = others.FirstOrDefault(o => o.Code == rule.Code);
        RuleViolation.ThrowIf(
            sameCode is not null,
            "code",
            "routing.code-taken",
            $"This jurisdiction already has a rule '{rule.Code}' for {rule.Workflow}.", ("rule", rule.Code), ("workflow", rule.Workflow));
        var overlap = others.FirstOrDefault(o => ApprovalRouting.Overlaps(o, rule));
        RuleViolation.ThrowIf(
            overlap is not null,
            "minFen",
            "routing.overlap",
            $"The range overlaps rule '{overlap?.Code}' ([{overlap?.MinFen}, {overlap?.MaxFen?.ToString() ?? "∞"}) fen) of the same jurisdiction and workflow.", ("overlap", overlap?.Code), ("minFen", overlap?.MinFen), ("maxFen", overlap?.MaxFen?.ToString() ?? "∞"));
    }
}
