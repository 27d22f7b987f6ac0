using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;

namespace Tongban.Juvenile.SpecialEducation;

/// <summary>
/// Arts. 43-46 as a kernel workflow: application, the steering committee's evaluation and consent, the
/// education department's decision, placement in the special school, a committee evaluation each
/// semester, and the original deciding organ's decision on return. Drawn on /workflows by the kernel.
/// </summary>
public static class SpecialEducationWorkflow
{
    public const string Name = "juvenile.special-education";

    public static WorkflowDefinition Definition { get; } = WorkflowDefinition.Define(Name, "专门教育", "Special education (arts. 43-46)")
        .ReferencePrefix("ZMJY")
        // Each step records the placement (school, consent, evaluation): taken on the module page only.
        .TakenOn("/juvenile/special-education")
        .State("application", "申请（第43-45条）", "Application (arts. 43-45)")
        .State("evaluation", "指导委员会评估", "Steering committee evaluation", Deadline.WorkingDays(20))
        .State("consented", "委员会同意，待决定", "Committee consented, awaiting decision", Deadline.WorkingDays(10))
        .State("placed", "专门学校就读", "In the special school")
        .State("semester-evaluation", "学期评估（第46条）", "Semester evaluation (art. 46)", Deadline.WorkingDays(20))
        .State("return-recommended", "建议转回，原决定机关决定", "Return recommended, original organ decides", Deadline.WorkingDays(10))
        .Final("not-consented", "委员会不同意", "Committee did not consent")
        .Final("not-placed", "决定不送专门学校", "Decided not to place")
        .Final("returned", "转回普通学校", "Returned to ordinary school")
        .Transition("submit", "提交评估", "Submit for evaluation", "application", "evaluation", t => t
            .Roles(JuvenilePermissions.SchoolRole, JuvenilePermissions.EducationRole, JuvenilePermissions.PoliceRole)
            .At(OrgKind.School, OrgKind.EducationDepartment, OrgKind.PublicSecurityOrgan)
            .HandTo(nameof(OrgKind.SpecialEducationSteeringCommittee)))
        .Transition("consent", "评估同意", "Evaluate and consent", "evaluation", "consented", t => t
            .Roles(JuvenilePermissions.SteeringRole).At(OrgKind.SpecialEducationSteeringCommittee)
            .Text("evaluation", "评估意见", "Evaluation")
            .HandTo(nameof(OrgKind.EducationDepartment)))
        .Transition("withhold", "不同意", "Withhold consent", "evaluation", "not-consented", t => t
            .Roles(JuvenilePermissions.SteeringRole).At(OrgKind.SpecialEducationSteeringCommittee)
            .Text("evaluation", "评估意见", "Evaluation"))
        .Transition("decide", "决定送专门学校", "Decide placement", "consented", "placed", t => t
            .Roles(JuvenilePermissions.EducationRole).At(OrgKind.EducationDepartment)
            .HandTo(nameof(OrgKind.SpecialSchool)))
        .Transition("decline", "决定不送", "Decide not to place", "consented", "not-placed", t => t
            .Roles(JuvenilePermissions.EducationRole).At(OrgKind.EducationDepartment))
        .Transition("request-evaluation", "提请学期评估", "Request semester evaluation", "placed", "semester-evaluation", t => t
            .Roles(JuvenilePermissions.SpecialSchoolRole).At(OrgKind.SpecialSchool)
            .HandTo(nameof(OrgKind.SpecialEducationSteeringCommittee)))
        .Transition("continue", "继续专门教育", "Continue special education", "semester-evaluation", "placed", t => t
            .Roles(JuvenilePermissions.SteeringRole).At(OrgKind.SpecialEducationSteeringCommittee)
            .HandTo(nameof(OrgKind.SpecialSchool)))
        .Transition("recommend-return", "书面建议转回", "Recommend return in writing", "semester-evaluation", "return-recommended", t => t
            .Roles(JuvenilePermissions.SteeringRole).At(OrgKind.SpecialEducationSteeringCommittee)
            .HandTo(nameof(OrgKind.EducationDepartment)))
        .Transition("decide-return", "决定转回", "Decide return", "return-recommended", "returned", t => t
            .Roles(JuvenilePermissions.EducationRole).At(OrgKind.EducationDepartment))
        .Transition("decide-stay", "决定暂不转回", "Decide to stay", "return-recommended", "placed", t => t
            .Roles(JuvenilePermissions.EducationRole).At(OrgKind.EducationDepartment)
            .HandTo(nameof(OrgKind.SpecialSchool)))
        .Build();
}
