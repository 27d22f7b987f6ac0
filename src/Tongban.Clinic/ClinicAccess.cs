using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Clinic;

/// <summary>
/// The module's permission decisions: reads are limited to the teams the caller's grants carry clinic.view (the kernel
/// filter); every write is checked with its permission at the record's org (the patient's team).
/// </summary>
internal sealed class ClinicAccess(ClinicDb db, RoleCatalog roles)
{
    private CallerScope Caller => db.Scope;

    public string Me => Caller.ActorName;

    /// <summary>Offers a form or a button only; the act is checked at the record's org.</summary>
    public bool Holds(string permission) => !Caller.For(permission, roles).IsEmpty;

    public Task<bool> HoldsAtAsync(string permission, Guid orgId, CancellationToken ct) =>
        OrgScope.HasPermissionAtAsync(db.OrgClosures, Caller, roles, permission, orgId, ct);

    public async Task EnsureAsync(string permission, Guid orgId, CancellationToken ct) =>
        RuleViolation.ThrowIf(
            !await HoldsAtAsync(permission, orgId, ct),
            "orgId",
            "clinic.not-permitted",
            $"This needs the permission {permission} at the patient's team.",
            ("permission", permission));

    /// <summary>A catalogue edit (intervals, formulary): the permission at every org the caller's grant for it reaches is enough.</summary>
    public void EnsureHeld(string permission) =>
        RuleViolation.ThrowIf(!Holds(permission), "caller", "clinic.not-permitted", $"This needs the permission {permission}.", ("permission", permission));
}
