using Microsoft.EntityFrameworkCore;
using Tongban.Assets.Cards;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Assets;

/// <summary>What every assets service needs to know about the caller and the org tree.</summary>
internal static class AssetsAccess
{
    public static async Task EnsureAsync(AssetsDb db, RoleCatalog roles, string permission, Guid orgId, CancellationToken ct)
    {
        RuleViolation.ThrowIf(
            !await OrgScope.HasPermissionAtAsync(db.OrgClosures, db.Scope, roles, permission, orgId, ct),
            "orgId",
            "assets.not-permitted",
            $"This needs the permission {permission} at the organisation.");
    }

    public static async Task<OrgNode> OrgAsync(KernelDb kernel, Guid orgId, CancellationToken ct) =>
        await kernel.Orgs.AsNoTracking().IgnoreQueryFilters().SingleOrDefaultAsync(o => o.Id == orgId, ct)
            ?? throw new RuleViolation("orgId", "assets.org.unknown", $"No organisation {orgId}.");

    public static async Task<UnitKind> UnitKindAsync(KernelDb kernel, Guid orgId, CancellationToken ct) =>
        UnitKinds.Of((await OrgAsync(kernel, orgId, ct)).Kind);

    public static DateOnly Today(TimeProvider clock) => Kernel.Calendar.ChinaTime.Today(clock);
}
