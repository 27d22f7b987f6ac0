using Tongban.Kernel.People;

namespace Tongban.Patents;

/// <summary>The module's permissions and the roles that carry them.</summary>
public static class PatentsPermissions
{
    public const string View = "patents.view";
    public const string Keep = "patents.portfolio.keep";
    public const string PayFees = "patents.fees.pay";
    public const string Evaluate = "patents.value.evaluate";
    public const string EditWeights = "patents.weights.edit";
    public const string Transform = "patents.transformations.record";
    public const string Operate = "patents.operation.take";
    public const string Programmes = "patents.programmes.manage";

    public const string IpManager = "patents.ip-manager";
    public const string ResultsOffice = "patents.results-office";
    public const string IpOffice = "patents.ip-office";
    public const string Reader = "patents.reader";

    public static readonly IReadOnlyList<RoleDefinition> Roles =
    [
        new(IpManager, "知识产权管理人员", "IP manager", [View, Keep, PayFees, Evaluate, Transform, Operate]),
        new(ResultsOffice, "成果管理科（成果转化办公室）", "Results-management office", [View, Transform, Operate]),
        new(Reader, "专利信息查阅人员", "Patent portfolio reader", [View]),
        new(IpOffice, "知识产权局评价与资助人员", "IP office (evaluation and subsidies)", [View, Evaluate, EditWeights, Programmes]),
    ];
}
