using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Renewal;

/// <summary>
/// The module's permission decisions: rows are already limited to the orgs where the caller holds renewal.view by the
/// kernel's filter; every write is checked here at the record's org with the permission for the act.
/// </summary>
internal sealed class RenewalAccess(RenewalDb db, RoleCatalog roles)
{
    public CallerScope Caller => db.Scope;

    /// <summary>Offers a form or button only; the act is checked at the record's org (<see cref="EnsureAsync"/>).</summary>
    public bool Holds(string permission) => !Caller.For(permission, roles).IsEmpty;

    public async Task EnsureAsync(string permission, Guid orgId, CancellationToken ct) =>
        RuleViolation.ThrowIf(
            !await OrgScope.HasPermissionAtAsync(db.OrgClosures, Caller, roles, permission, orgId, ct),
            "orgId",
            "renewal.not-permitted",
            $"This needs the permission {permission} at the record's organisation.",
            ("permission", permission));
}
