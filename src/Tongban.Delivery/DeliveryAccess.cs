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

    /// <summary>
    /// Whether some grant of the caller carries <paramref name="permission"/>: offers a form or a button only; the act
    /// itself is checked at the record's org (<see cref="EnsureAsync"/>).
    /// </summary>
    public bool Holds(string permission) => !Caller.For(permission, roles).IsEmpty;

    /// <summary>
    /// The orders the caller may read: those of the orgs where a grant carries the portfolio permission, and their own
    /// projects elsewhere in the module's view scope (the kernel filter already limits rows to it).
    /// </summary>
    public IQueryable<Order> Orders()
    {
        var portfolio = Caller.For(DeliveryPermissions.Portfolio, roles);
        if (portfolio.Unrestricted)
        {
            return db.Orders;
        }

        var me = Caller.ActorName;
        return db.Orders.Where(OrgScope.Or(OrgScope.Sees<Order>(() => portfolio, () => db.OrgClosures, o => o.OrgId), o => o.ProjectManager == me));
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
            order.ProjectManager != Caller.ActorName
                && !await OrgScope.HasPermissionAtAsync(db.OrgClosures, Caller, roles, DeliveryPermissions.Portfolio, order.OrgId, ct),
            "orderId",
            "delivery.not-your-project",
            "Only the project's manager or the project office records its milestones.");
    }
}
