using Tongban.Kernel.Errors;

namespace Tongban.Juvenile.Rules;

/// <summary>The three routes into a special school.</summary>
public enum SpecialEducationRoute
{
    /// <summary>Art. 43: application by guardians or school when their discipline fails; the education department decides.</summary>
    Application43 = 43,

    /// <summary>Art. 44: the education department with public security decides in one of four circumstances.</summary>
    Circumstance44 = 44,

    /// <summary>Art. 45: special corrective education for criminal acts below the age of responsibility, closed-loop.</summary>
    Corrective45 = 45,
}

/// <summary>Art. 44's circumstances (1)-(4).</summary>
public enum Art44Circumstance
{
    None = 0,
    SeriousHarmBadCircumstances = 1,
    RepeatedSeriousHarm = 2,
    RefusedArt41Measures = 3,
    OtherByLaw = 4,
}

/// <summary>Art. 43: why the guardians or the school apply: they cannot manage the minor, or their discipline has failed.</summary>
public enum Art43Ground
{
    None = 0,

    /// <summary>无力管教: the guardians or school are unable to manage the minor.</summary>
    UnableToManage = 1,

    /// <summary>管教无效: their discipline has had no effect.</summary>
    ManagementIneffective = 2,
}

/// <summary>Arts. 43-49: who applies, what is needed, who decides, and the return to school.</summary>
public static class SpecialEducationRules
{
    /// <summary>Art. 43: the application comes from the guardians or the school, for serious bad behaviour.</summary>
    public static void CheckApplication(SpecialEducationRoute route, ActorKind applicant, IReadOnlyCollection<BehaviourCategory> recorded, Art44Circumstance circumstance, Art43Ground ground = Art43Ground.None)
    {
        switch (route)
        {
            case SpecialEducationRoute.Application43:
                RuleViolation.ThrowIf(
                    applicant is not (ActorKind.Guardian or ActorKind.School),
                    "applicant",
                    "juvenile.special.applicant",
                    $"Art. 43: guardians or the school apply for special education; a {applicant} may not.", ("applicant", applicant));
                RuleViolation.ThrowIf(
                    !recorded.Contains(BehaviourCategory.Serious) && !recorded.Contains(BehaviourCategory.CriminalAct),
                    "route",
                    "juvenile.special.no-serious-behaviour",
                    "Art. 43: special education is for minors with serious bad behaviour (art. 38), and none is recorded.");
                RuleViolation.ThrowIf(
                    ground == Art43Ground.None,
                    "ground",
                    "juvenile.special.art43-ground",
                    "Art. 43: the guardians or the school apply only when they cannot manage the minor or their discipline has failed; say which.");
                break;
            case SpecialEducationRoute.Circumstance44:
                RuleViolation.ThrowIf(
                    applicant is not (ActorKind.EducationDepartment or ActorKind.PublicSecurity),
                    "applicant",
                    "juvenile.special.applicant",
                    $"Art. 44: the education department with public security starts this route; a {applicant} may not.", ("applicant", applicant));
                RuleViolation.ThrowIf(
                    circumstance == Art44Circumstance.None,
                    "circumstance",
                    "juvenile.special.art44-circumstance",
                    "Art. 44: name which of the four circumstances (1)-(4) applies.");
                RuleViolation.ThrowIf(
                    !recorded.Contains(BehaviourCategory.Serious) && !recorded.Contains(BehaviourCategory.CriminalAct),
                    "route",
                    "juvenile.special.no-serious-behaviour",
                    "Art. 44: the circumstances concern acts seriously endangering society (art. 38), and none is recorded.");
                break;
            case SpecialEducationRoute.Corrective45:
                RuleViolation.ThrowIf(
                    applicant is not (ActorKind.EducationDepartment or ActorKind.PublicSecurity),
                    "applicant",
                    "juvenile.special.applicant",
                    $"Art. 45: the education department with public security starts special corrective education; a {applicant} may not.", ("applicant", applicant));
                RuleViolation.ThrowIf(
                    !recorded.Contains(BehaviourCategory.CriminalAct),
                    "route",
                    "juvenile.special.no-criminal-act",
                    "Art. 45: special corrective education needs a recorded act under the Criminal Law below the age of responsibility.");
                break;
            default:
                throw new RuleViolation("route", "juvenile.special.route", $"'{route}' is not art. 43, 44 or 45.", ("route", route));
        }
    }

    /// <summary>Arts. 43-45: no decision without the steering committee's evaluation and consent.</summary>
    public static void CheckDecision(SpecialEducationRoute route, bool committeeConsented, bool publicSecurityJoined)
    {
        RuleViolation.ThrowIf(
            !committeeConsented,
            "consent",
            "juvenile.special.no-consent",
            $"Art. {(int)route}: the education department decides only after the special education steering committee has evaluated and consented.", ("route", (int)route));
        RuleViolation.ThrowIf(
            route != SpecialEducationRoute.Application43 && !publicSecurityJoined,
            "publicSecurity",
            "juvenile.special.joint-decision",
            $"Art. {(int)route}: the education department decides together with the public security organ.", ("route", (int)route));
    }

    /// <summary>Art. 47: student status stays with the original school.</summary>
    public static void CheckStudentStatus(Guid originalSchool, Guid statusSchool) =>
        RuleViolation.ThrowIf(
            originalSchool != statusSchool,
            "studentStatusOrgId",
            "juvenile.special.student-status",
            "Art. 47: the student status of a minor in a special school stays with the original school.");

    /// <summary>Art. 46: the original school may not refuse a minor the deciding organ returns to it.</summary>
    public static void CheckReturnAccepted(bool returnDecided, bool schoolAccepts) =>
        RuleViolation.ThrowIf(
            returnDecided && !schoolAccepts,
            "accept",
            "juvenile.special.school-may-not-refuse",
            "Art. 46: once the original deciding organ decides the return, the original school may not refuse to accept the minor.");

    /// <summary>
    /// Art. 46: "in each semester" the special school asks the committee to evaluate. The first evaluation is due by the
    /// end of the semester the minor is placed in; after an evaluation, by the end of the following semester.
    /// </summary>
    public static DateOnly NextEvaluationDue(DateOnly placedOn, DateOnly? lastEvaluation) =>
        lastEvaluation is { } last
            ? SchoolSemesters.End(SchoolSemesters.End(last).AddDays(1))
            : SchoolSemesters.End(placedOn);
}
