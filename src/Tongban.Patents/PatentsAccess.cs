using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Patents;

/// <summary>
/// Every permission check of the module, in one place: reads are scoped by the kernel's filter on the module's
/// org-owned rows; a write needs the act's permission at the record's org.
/// </summary>
internal sealed class PatentsAccess(PatentsDb db, RoleCatalog roles)
{
    public CallerScope Caller => db.Scope;

    /// <summary>Refuses unless the caller holds <paramref name="permission"/> at <paramref name="orgId"/> (or above it with descendants).</summary>
    public async Task RequireAtAsync(string permission, Guid orgId, string field, CancellationToken ct)
    {
        var ok = await OrgScope.HasPermissionAtAsync(db.OrgClosures, db.Scope, roles, permission, orgId, ct);
        RuleViolation.ThrowIf(!ok, field, "patents.not-permitted", $"This needs the permission {permission} at the record's organisation.", ("permission", permission));
    }

    public Task<bool> HoldsAtAsync(string permission, Guid orgId, CancellationToken ct) =>
        OrgScope.HasPermissionAtAsync(db.OrgClosures, db.Scope, roles, permission, orgId, ct);

    /// <summary>
    /// Whether some grant of the caller carries <paramref name="permission"/>: offers a form or a button only; the act
    /// itself is checked at the record's org (<see cref="RequireAtAsync"/>).
    /// </summary>
    public bool Holds(string permission) => !Caller.For(permission, roles).IsEmpty;

    /// <summary>The orgs of the caller's grants whose role carries <paramref name="permission"/> (where a form acts, e.g. the office running a programme).</summary>
    public IReadOnlyList<Guid> OrgsCarrying(string permission) =>
        Caller.Grants.Where(g => roles.Grants(g.Role, permission)).Select(g => g.OrgId).Distinct().ToList();

    /// <summary>National settings (weights) need the permission at a root of the tree.</summary>
    public async Task RequireAtRootAsync(string permission, Guid rootId, string field, CancellationToken ct) =>
        await RequireAtAsync(permission, rootId, field, ct);
}
