using Tongban.Delivery.Orders;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Delivery;

/// <summary>
/// Every permission decision of the module, in one place: which orders a caller sees, and whether a write is allowed
/// at the record's org. Rows are already limited to the caller's orgs by the kernel's scope filter.
/// </summary>
internal sealed class DeliveryAccess(DeliveryDb db, RoleCatalog roles)
{
    private CallerScope Caller => db.Scope;

    /// <summary>Sees every order of the orgs in scope (else only the projects they manage).</summary>
    public bool SeesPortfolio => OrgScope.HasPermissionAnywhere(Caller, roles, DeliveryPermissions.Portfolio);

    public bool Holds(string permission) => OrgScope.HasPermissionAnywhere(Caller, roles, permission);

    /// <summary>The orders the caller may read: all in scope with the portfolio permission, else their own projects.</summary>
    public IQueryable<Order> Orders()
    {
        if (SeesPortfolio)
        {
            return db.Orders;
        }

        if (!Holds(DeliveryPermissions.View))
        {
            return db.Orders.Where(o => false);
        }

        var me = Caller.ActorName;
        return db.Orders.Where(o => o.ProjectManager == me);
    }

    /// <summary>Refuses unless the caller holds <paramref name="permission"/> at <paramref name="orgId"/>.</summary>
    public async Task EnsureAsync(string permission, Guid orgId, CancellationToken ct) =>
        RuleViolation.ThrowIf(
            !await OrgScope.HasPermissionAtAsync(db.OrgClosures, Caller, roles, permission, orgId, ct),
            "orgId",
            "delivery.not-permitted",
            $"This needs the permission {permission} at the order's organisation.",
            ("permission", permission));

    /// <summary>Refuses a disclosure read (margins, concentration, related parties) to a caller without the permission.</summary>
    public void EnsureDisclosure() =>
        RuleViolation.ThrowIf(
            !Holds(DeliveryPermissions.Disclosure),
            "caller",
            "delivery.not-permitted",
            $"This needs the permission {DeliveryPermissions.Disclosure}.",
            ("permission", DeliveryPermissions.Disclosure));

    /// <summary>
    /// A milestone's actual date: the permission at the order's org, and, for a project manager without the portfolio
    /// permission, only on their own project.
    /// </summary>
    public async Task EnsureMilestoneAsync(Order order, CancellationToken ct)
    {
        await EnsureAsync(DeliveryPermissions.RecordMilestones, order.OrgId, ct);
        RuleViolation.ThrowIf(
            !SeesPortfolio && order.ProjectManager != Caller.ActorName,
            "orderId",
            "delivery.not-your-project",
            "Only the project's manager or the project office records its milestones.");
    }
}
