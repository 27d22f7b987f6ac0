using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;

namespace Tongban.Assets.Allocation;

/// <summary>
/// The approval process of seed 09 (4) "Approval process" (Figure 5.3): the unit applies, the
/// competent department examines, and the finance department approves when the routing rules
/// send the matter on. One definition per link (allocation, use, disposal), so each jurisdiction
/// routes each link by its own thresholds.
/// </summary>
public static class AssetWorkflows
{
    public const string Allocation = "assets.allocation";
    public const string Use = "assets.use";
    public const string Disposal = "assets.disposal";
    public const string Verification = "assets.verification";

    public const string ClerkRole = "assets.clerk";
    public const string OfficerRole = "assets.officer";
    public const string FinanceRole = "assets.finance";

    public static WorkflowDefinition AllocationDefinition { get; } = Build(Allocation, "资产配置审批", "Asset allocation approval", "ZCPZ");

    public static WorkflowDefinition UseDefinition { get; } = Build(Use, "资产出租出借与对外投资审批", "Asset use approval (leasing, lending, investment)", "ZCSY");

    public static WorkflowDefinition DisposalDefinition { get; } = Build(Disposal, "资产处置审批", "Asset disposal approval", "ZCCZ");

    /// <summary>Asset verification (seed 09 (4) "Other basic work"): losses and surpluses a stocktake found.</summary>
    public static WorkflowDefinition VerificationDefinition { get; } = Build(Verification, "资产清查核实", "Asset verification", "ZCHS");

    public static IReadOnlyList<WorkflowDefinition> All { get; } = [AllocationDefinition, UseDefinition, DisposalDefinition, VerificationDefinition];

    private static WorkflowDefinition Build(string name, string zh, string en, string prefix) =>
        WorkflowDefinition.Define(name, zh, en)
            .ReferencePrefix(prefix)
            .State("submitted", "单位申报", "Submitted by the unit", Deadline.WorkingDays(5))
            .State("examining", "审核中", "Being examined", Deadline.WorkingDays(15))
            .Final("approved", "已批准", "Approved")
            .Final("rejected", "未批准", "Rejected")
            .Final("withdrawn", "已撤回", "Withdrawn")

            // The unit sends the application on; the jurisdiction's thresholds say who decides.
            .Transition("submit", "提交审批", "Submit for approval", "submitted", "examining", t => t.Roles(ClerkRole).Routed())
            .Transition("withdraw", "撤回", "Withdraw", "submitted", "withdrawn", t => t.Roles(ClerkRole))
            .Transition("approve", "批准", "Approve", "examining", "approved", t => t.Roles(ClerkRole, OfficerRole, FinanceRole)
                .Text("opinion", "审批意见", "Opinion"))
            .Transition("reject", "不予批准", "Reject", "examining", "rejected", t => t.Roles(ClerkRole, OfficerRole, FinanceRole)
                .Text("opinion", "审批意见", "Opinion"))
            .Build();

    /// <summary>The org kinds along Figure 5.3's path, from the applicant up.</summary>
    public static IReadOnlyList<OrgKind> Path { get; } = [OrgKind.AdministrativeUnit, OrgKind.CompetentDepartment, OrgKind.FinanceDepartment];
}
