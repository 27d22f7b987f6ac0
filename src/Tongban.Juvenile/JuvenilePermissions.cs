using Tongban.Kernel.People;

namespace Tongban.Juvenile;

/// <summary>The module's permissions and roles. Which measure an organisation may take follows from its kind (arts. 29-42, 61), not from the role.</summary>
public static class JuvenilePermissions
{
    public const string View = "juvenile.view";
    public const string Record = "juvenile.cases.record";
    public const string TakeMeasures = "juvenile.measures.take";
    public const string Refer = "juvenile.referrals";
    public const string Reassign = "juvenile.reassign";
    public const string Seal = "juvenile.seal";
    public const string SealedInquiry = "juvenile.sealed.inquire";
    public const string SealedOversight = "juvenile.sealed.oversight";

    /// <summary>Art. 59: a unit an administrator has listed as inquiring under state provisions (granting the role is the listing).</summary>
    public const string SealedInquiryByProvision = "juvenile.sealed.inquire-provision";
    public const string Statistics = "juvenile.statistics";
    public const string SpecialEducation = "juvenile.special-education";

    public const string SchoolRole = "juvenile.school";
    public const string PoliceRole = "juvenile.police";
    public const string CommitteeWorkerRole = "juvenile.community";
    public const string EducationRole = "juvenile.education";
    public const string SteeringRole = "juvenile.steering";
    public const string SpecialSchoolRole = "juvenile.special-school";
    public const string SocialWorkerRole = "juvenile.social-worker";
    public const string JudicialRole = "juvenile.judicial";
    public const string OversightRole = "juvenile.oversight";
    public const string SupervisorRole = "juvenile.supervisor";
    public const string ProvisionUnitRole = "juvenile.provision-unit";

    public static IReadOnlyList<RoleDefinition> Roles { get; } =
    [
        new(SchoolRole, "学校德育/安全工作人员", "School staff (moral education and safety)",
            [View, Record, TakeMeasures, Refer, SpecialEducation]),
        new(PoliceRole, "公安机关民警", "Public security officer",
            [View, Record, TakeMeasures, Refer, Seal, SealedInquiry, SpecialEducation]),
        new(CommitteeWorkerRole, "居（村）民委员会工作人员", "Residents'/villagers' committee worker", [View, Record, TakeMeasures, Refer]),
        new(EducationRole, "教育行政部门工作人员", "Education department officer",
            [View, Record, TakeMeasures, Refer, Seal, Statistics, SpecialEducation]),
        new(SteeringRole, "专门教育指导委员会成员", "Special education steering committee member", [View, SpecialEducation]),
        new(SpecialSchoolRole, "专门学校工作人员", "Special school staff", [View, Record, SpecialEducation]),
        new(SocialWorkerRole, "社会工作者", "Social worker", [View, Record, TakeMeasures, Refer]),
        new(JudicialRole, "司法机关办案人员", "Judicial officer (court, procuratorate)", [View, Record, TakeMeasures, Seal, SealedInquiry]),
        new(OversightRole, "检察监督人员", "Procuratorial oversight (art. 60)", [SealedOversight, Statistics]),
        new(SupervisorRole, "个案工作主管", "Casework supervisor", [View, Reassign, Refer, Statistics]),
        new(ProvisionUnitRole, "依国家规定查询封存记录的单位", "Unit inquiring under state provisions (art. 59)", [SealedInquiry, SealedInquiryByProvision]),
    ];
}
