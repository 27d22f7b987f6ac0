using Tongban.Kernel.People;

namespace Tongban.Delivery;

/// <summary>The module's permissions and the roles of the integrator's project office, finance, management and board office.</summary>
public static class DeliveryPermissions
{
    /// <summary>See orders; without <see cref="Portfolio"/> only the projects one manages.</summary>
    public const string View = "delivery.view";

    /// <summary>See every order of the orgs granted (the PMO, finance, management, the board office).</summary>
    public const string Portfolio = "delivery.portfolio";

    /// <summary>Enter and import orders, customers and planned milestones.</summary>
    public const string EditOrders = "delivery.orders.edit";

    /// <summary>Record actual milestone dates (a project manager on their own projects, the PMO on any).</summary>
    public const string RecordMilestones = "delivery.milestones.record";

    public const string RecordCollections = "delivery.collections.record";

    /// <summary>Segment margins, customer concentration and the related-party view.</summary>
    public const string Disclosure = "delivery.disclosure.view";

    public const string ProjectManagerRole = "delivery.project-manager";
    public const string PmoRole = "delivery.pmo";
    public const string FinanceRole = "delivery.finance";
    public const string ManagementRole = "delivery.management";
    public const string BoardOfficeRole = "delivery.board-office";

    public static readonly IReadOnlyList<RoleDefinition> Roles =
    [
        new(ProjectManagerRole, "项目经理", "Project manager", [View, RecordMilestones]),
        new(PmoRole, "项目管理办公室", "Project management office", [View, Portfolio, EditOrders, RecordMilestones]),
        new(FinanceRole, "财务", "Finance", [View, Portfolio, RecordCollections, Disclosure]),
        new(ManagementRole, "管理层", "Management", [View, Portfolio, Disclosure]),
        new(BoardOfficeRole, "董事会办公室", "Board office", [View, Portfolio, Disclosure]),
    ];
}
