using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Demo;

/// <summary>
/// The kernel's sample workflow, so a fresh demo has matters on the dashboard before any module
/// adds its own: a unit's funding request, accepted by the finance department within 5 working
/// days and decided within 10.
/// </summary>
internal static class DemoWorkflow
{
    public const string Name = "kernel.funding-request";
    public const string ClerkRole = "kernel.clerk";

    public static RoleDefinition Clerk { get; } = new(
        ClerkRole,
        "经办人",
        "Clerk",
        [KernelPermissions.ViewOrgs, KernelPermissions.ViewMatters]);

    public static WorkflowDefinition Definition { get; } = WorkflowDefinition.Define(Name, "经费申请", "Funding request")
        .ReferencePrefix("JF")
        // A kernel workflow of no module: seen with the matters permission itself.
        .ViewedWith(KernelPermissions.ViewMatters)
        .State("submitted", "已提交", "Submitted", Deadline.WorkingDays(5))
        .State("review", "审核中", "Under review", Deadline.WorkingDays(10))
        .Final("approved", "已批准", "Approved")
        .Final("rejected", "已退回", "Rejected")
        .Transition("accept", "受理", "Accept", "submitted", "review", t => t.Roles(ClerkRole, KernelPermissions.AdministratorRole))
        .Transition("approve", "批准", "Approve", "review", "approved", t => t.Roles(ClerkRole, KernelPermissions.AdministratorRole).Text("opinion", "审核意见", "Opinion"))
        .Transition("reject", "退回", "Reject", "review", "rejected", t => t.Roles(ClerkRole, KernelPermissions.AdministratorRole).Text("reason", "退回理由", "Reason"))
        .Build();

    /// <summary>Kinds of organisation that may file a request (every kind but the finance departments).</summary>
    public static bool MayRequest(OrgKind kind) => kind is not (OrgKind.FinanceDepartment or OrgKind.MilitaryLogisticsFinanceDepartment);
}
