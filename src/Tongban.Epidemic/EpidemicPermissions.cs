using Tongban.Kernel.People;

namespace Tongban.Epidemic;

/// <summary>The module's permissions and roles; every grant is on a district (or the city) and what lies under it.</summary>
public static class EpidemicPermissions
{
    public const string View = "epidemic.view";
    public const string RecordCases = "epidemic.cases.record";
    public const string ReadHealthData = "epidemic.health-data.read";
    public const string FollowUp = "epidemic.follow-up";
    public const string Bulletin = "epidemic.bulletin";
    public const string CheckCertificate = "epidemic.certificate.check";
    public const string ManagePolicy = "epidemic.policy.manage";
    public const string Import = "epidemic.import";

    public static IReadOnlyList<RoleDefinition> Roles { get; } =
    [
        new("epidemic.cdc", "疾控/卫健工作人员", "District CDC and health commission staff",
            [View, RecordCases, ReadHealthData, FollowUp, Bulletin, CheckCertificate, Import]),
        new("epidemic.community", "社区工作者", "Community worker", [View, FollowUp, ReadHealthData]),
        new("epidemic.isolation-point", "隔离点工作人员", "Isolation point staff", [View, FollowUp, ReadHealthData]),
        new("epidemic.bulletin-desk", "通报发布人员", "Bulletin desk", [View, Bulletin]),
        new("epidemic.checkpoint", "场所核验人员", "Public-place checkpoint", [CheckCertificate]),
        new("epidemic.policy", "防控政策管理员", "Policy administrator", [View, ManagePolicy]),
    ];
}
