using Tongban.Assets.Allocation;
using Tongban.Kernel.People;

namespace Tongban.Assets;

/// <summary>The module's permissions and roles (seed 09 (3): unit, competent department, finance department).</summary>
public static class AssetsPermissions
{
    public const string View = "assets.view";
    public const string Manage = "assets.manage";
    public const string Approve = "assets.approve";
    public const string Settings = "assets.settings";
    public const string Import = "assets.import";

    public static IReadOnlyList<RoleDefinition> Roles { get; } =
    [
        new(AssetWorkflows.ClerkRole, "单位资产管理员", "Unit asset clerk", [View, Manage, Import, Approve]),
        new(AssetWorkflows.OfficerRole, "主管部门资产管理人员", "Competent department asset officer", [View, Approve]),
        new(AssetWorkflows.FinanceRole, "财政部门资产管理处", "Finance department asset office", [View, Approve, Settings]),
    ];
}
