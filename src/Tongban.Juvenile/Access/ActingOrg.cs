using Microsoft.EntityFrameworkCore;
using Tongban.Juvenile.Rules;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Juvenile.Access;

/// <summary>The organisation a caller acts for, and the actor kind the law sees in it.</summary>
public sealed record Acting(OrgNode Org, ActorKind Actor, Guid? UserId, string Name);

/// <summary>
/// Resolves which organisation the caller acts for: the one named, if the caller holds the permission
/// there, or the caller's only organisation holding it. Measures, applications and inquiries are taken
/// as that organisation, so the law's actor rules apply to its kind.
/// </summary>
public sealed class ActingOrg(KernelDb kernel, CallerScopeAccessor caller, RoleCatalog roles)
{
    public CallerScope Caller => caller.Current;

    public async Task<Acting> ResolveAsync(Guid? orgId, string permission, CancellationToken ct)
    {
        var scope = caller.Current;
        Guid chosen;
        if (orgId is { } given)
        {
            RuleViolation.ThrowIf(
                !await OrgScope.HasPermissionAtAsync(kernel.OrgClosures, scope, roles, permission, given, ct),
                "actingOrgId",
                "juvenile.access.not-permitted",
                $"You do not hold {permission} at organisation {given}.", ("permission", permission), ("given", given));
            chosen = given;
        }
        else
        {
            RuleViolation.ThrowIf(scope.Unrestricted, "actingOrgId", "juvenile.access.acting-org-required", "Name the organisation this is done for.");
            var orgs = scope.Grants.Where(g => roles.Grants(g.Role, permission)).Select(g => g.OrgId).Distinct().ToList();
            RuleViolation.ThrowIf(orgs.Count == 0, "actingOrgId", "juvenile.access.not-permitted", $"You do not hold {permission} at any organisation.", ("permission", permission));
            RuleViolation.ThrowIf(orgs.Count > 1, "actingOrgId", "juvenile.access.acting-org-required", "You act for several organisations; name the one you act for.");
            chosen = orgs[0];
        }

        var org = await kernel.Orgs.AsNoTracking().SingleOrDefaultAsync(o => o.Id == chosen, ct)
            ?? throw new RuleViolation("actingOrgId", "juvenile.access.unknown-org", $"No organisation {chosen}.", ("chosen", chosen));
        return new Acting(org, Measures.ActorOf(org.Kind), scope.UserId, scope.ActorName);
    }

    public Task<OrgNode?> FindAsync(Guid orgId, CancellationToken ct) => kernel.Orgs.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgId, ct);

    /// <summary>Live organisations of the given kinds, for pickers (referral targets, committees, special schools).</summary>
    public async Task<IReadOnlyList<OrgNode>> OfKindsAsync(IReadOnlyCollection<OrgKind> kinds, CancellationToken ct) =>
        await kernel.Orgs.AsNoTracking().Where(o => kinds.Contains(o.Kind) && !o.Archived).OrderBy(o => o.DivisionCode).ThenBy(o => o.NameZh).Take(500).ToListAsync(ct);

    public async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, bool chinese, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        var orgs = await kernel.Orgs.AsNoTracking().Where(o => list.Contains(o.Id)).ToListAsync(ct);
        return orgs.ToDictionary(o => o.Id, o => o.Name(chinese));
    }
}
