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
            $"This needs the permission {permission} at the organisation.", ("permission", permission));
    }

    public static async Task<OrgNode> OrgAsync(KernelDb kernel, Guid orgId, CancellationToken ct) =>
        await kernel.Orgs.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgId, ct)
            ?? throw new RuleViolation("orgId", "assets.org.unknown", $"No organisation {orgId}.", ("orgId", orgId));

    public static async Task<UnitKind> UnitKindAsync(KernelDb kernel, Guid orgId, CancellationToken ct) =>
        UnitKinds.Of((await OrgAsync(kernel, orgId, ct)).Kind);

    /// <summary>
    /// Saves, turning a unique-index violation into a refusal: codes and plates are unique across
    /// the whole database, including rows the caller cannot see, so the index is the check.
    /// </summary>
    public static async Task SaveUniqueAsync(AssetsDb db, string field, string rule, string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(x => x.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }

            throw new RuleViolation(field, rule, message);
        }
    }

    private static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException switch
        {
            Npgsql.PostgresException pg => pg.SqlState == "23505",
            Microsoft.Data.Sqlite.SqliteException lite => lite.SqliteExtendedErrorCode is 2067 or 1555,
            _ => false,
        };

    public static DateOnly Today(TimeProvider clock) => Kernel.Calendar.ChinaTime.Today(clock);
}
