using Tongban.Kernel.Matters;

namespace Tongban.Patents.Transformation;

/// <summary>
/// The text's "seven-step patent precise operation" (retrieval - analysis - audit - layout - transfer/licensing -
/// re-layout - linking industries) as a kernel workflow, its steps taken by the results-management office (or the IP
/// manager) of the patent's organisation on the kernel's matter page.
/// </summary>
public static class OperationWorkflow
{
    public const string Name = "patents.operation";

    private static readonly string[] Takers = [PatentsPermissions.ResultsOffice, PatentsPermissions.IpManager];

    public static WorkflowDefinition Definition { get; } = WorkflowDefinition.Define(Name, "专利七步精准运营", "Seven-step patent operation")
        .ReferencePrefix("ZLYY")
        .State("retrieval", "1 检索", "1 Retrieval", Deadline.WorkingDays(20))
        .State("analysis", "2 分析", "2 Analysis", Deadline.WorkingDays(20))
        .State("audit", "3 审核", "3 Audit", Deadline.WorkingDays(10))
        .State("layout", "4 布局", "4 Layout", Deadline.WorkingDays(30))
        .State("transfer-licensing", "5 转让/许可", "5 Transfer or licensing", Deadline.WorkingDays(60))
        .State("re-layout", "6 再布局", "6 Re-layout", Deadline.WorkingDays(30))
        .State("linking", "7 链接产业", "7 Linking industries", Deadline.WorkingDays(30))
        .Final("done", "运营完成", "Operation completed")
        .Final("stopped", "终止运营", "Operation stopped")
        .Transition("retrieved", "完成检索", "Retrieval done", "retrieval", "analysis", t => t.Roles(Takers).Text("result", "检索结果（文献数、范围）", "Retrieval result (documents, scope)"))
        .Transition("analysed", "完成分析", "Analysis done", "analysis", "audit", t => t.Roles(Takers).Text("result", "分析结论", "Analysis conclusion"))
        .Transition("audited", "审核通过", "Audit passed", "audit", "layout", t => t.Roles(Takers).Text("result", "审核意见", "Audit opinion"))
        .Transition("audit-failed", "审核不通过", "Audit failed", "audit", "stopped", t => t.Roles(Takers).Text("result", "不通过的理由", "Why it failed"))
        .Transition("laid-out", "完成布局", "Layout done", "layout", "transfer-licensing", t => t.Roles(Takers).Text("result", "布局（国家、外围专利）", "Layout (countries, peripheral patents)"))
        .Transition("transferred", "完成转让或许可", "Transferred or licensed", "transfer-licensing", "re-layout", t => t.Roles(Takers)
            .Text("counterparty", "受让人/被许可人", "Transferee or licensee").Money("amount", "合同金额（元）", "Contract amount (yuan)"))
        .Transition("re-laid-out", "完成再布局", "Re-layout done", "re-layout", "linking", t => t.Roles(Takers).Text("result", "改进专利与再布局", "Improvement patents and re-layout"))
        .Transition("linked", "链接产业", "Industries linked", "linking", "done", t => t.Roles(Takers).Text("result", "对接的产业与投融资", "Industries and financing linked"))
        .Transition("stop", "终止", "Stop", "transfer-licensing", "stopped", t => t.Roles(Takers).Text("result", "终止理由", "Why stopped"))
        .Build();
}
