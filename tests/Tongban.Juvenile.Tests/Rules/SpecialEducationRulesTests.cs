using Tongban.Juvenile.Rules;
using Tongban.Kernel.Errors;

namespace Tongban.Juvenile.Tests.Rules;

public sealed class SpecialEducationRulesTests
{
    private static readonly BehaviourCategory[] Serious = [BehaviourCategory.Serious];

    [Fact]
    public void Art43_guardians_or_school_apply_for_serious_bad_behaviour()
    {
        SpecialEducationRules.CheckApplication(SpecialEducationRoute.Application43, ActorKind.School, Serious, Art44Circumstance.None, Art43Ground.ManagementIneffective);
        SpecialEducationRules.CheckApplication(SpecialEducationRoute.Application43, ActorKind.Guardian, Serious, Art44Circumstance.None, Art43Ground.UnableToManage);
        Assert.Equal("juvenile.special.applicant", Assert.Throws<RuleViolation>(() =>
            SpecialEducationRules.CheckApplication(SpecialEducationRoute.Application43, ActorKind.ResidentsCommittee, Serious, Art44Circumstance.None)).Rule);
        Assert.Equal("juvenile.special.no-serious-behaviour", Assert.Throws<RuleViolation>(() =>
            SpecialEducationRules.CheckApplication(SpecialEducationRoute.Application43, ActorKind.School, [BehaviourCategory.Bad], Art44Circumstance.None)).Rule);
    }

    [Fact]
    public void Art43_applies_only_when_the_guardians_or_school_cannot_manage_or_their_discipline_failed()
    {
        var v = Assert.Throws<RuleViolation>(() =>
            SpecialEducationRules.CheckApplication(SpecialEducationRoute.Application43, ActorKind.Guardian, Serious, Art44Circumstance.None));
        Assert.Equal("juvenile.special.art43-ground", v.Rule);
        Assert.Equal("ground", v.Field);
    }

    [Fact]
    public void Art44_needs_one_of_its_four_circumstances()
    {
        SpecialEducationRules.CheckApplication(SpecialEducationRoute.Circumstance44, ActorKind.EducationDepartment, Serious, Art44Circumstance.RefusedArt41Measures);
        var v = Assert.Throws<RuleViolation>(() =>
            SpecialEducationRules.CheckApplication(SpecialEducationRoute.Circumstance44, ActorKind.EducationDepartment, Serious, Art44Circumstance.None));
        Assert.Contains("Art. 44", v.Message);
    }

    [Fact]
    public void Art45_corrective_education_needs_a_criminal_act_below_the_age_of_responsibility()
    {
        SpecialEducationRules.CheckApplication(SpecialEducationRoute.Corrective45, ActorKind.PublicSecurity, [BehaviourCategory.CriminalAct], Art44Circumstance.None);
        Assert.Equal("juvenile.special.no-criminal-act", Assert.Throws<RuleViolation>(() =>
            SpecialEducationRules.CheckApplication(SpecialEducationRoute.Corrective45, ActorKind.PublicSecurity, Serious, Art44Circumstance.None)).Rule);
    }

    [Theory]
    [InlineData(SpecialEducationRoute.Application43)]
    [InlineData(SpecialEducationRoute.Circumstance44)]
    [InlineData(SpecialEducationRoute.Corrective45)]
    public void A_decision_without_committee_consent_is_refused_naming_the_article(SpecialEducationRoute route)
    {
        var v = Assert.Throws<RuleViolation>(() => SpecialEducationRules.CheckDecision(route, committeeConsented: false, publicSecurityJoined: true));
        Assert.Equal("juvenile.special.no-consent", v.Rule);
        Assert.StartsWith($"Art. {(int)route}:", v.Message);
    }

    [Fact]
    public void Arts44_and_45_decisions_are_joint_with_public_security_and_art43_is_not()
    {
        SpecialEducationRules.CheckDecision(SpecialEducationRoute.Application43, true, false);
        Assert.Equal("juvenile.special.joint-decision", Assert.Throws<RuleViolation>(() =>
            SpecialEducationRules.CheckDecision(SpecialEducationRoute.Corrective45, true, false)).Rule);
    }

    [Fact]
    public void Art47_student_status_stays_with_the_original_school_and_art46_it_may_not_refuse_the_return()
    {
        var school = Guid.NewGuid();
        SpecialEducationRules.CheckStudentStatus(school, school);
        Assert.Equal("juvenile.special.student-status", Assert.Throws<RuleViolation>(() => SpecialEducationRules.CheckStudentStatus(school, Guid.NewGuid())).Rule);
        Assert.Equal("juvenile.special.school-may-not-refuse", Assert.Throws<RuleViolation>(() => SpecialEducationRules.CheckReturnAccepted(true, false)).Rule);
    }

    [Fact]
    public void Art46_an_evaluation_falls_due_in_each_semester_of_the_school_calendar()
    {
        // Placed at the start of the autumn semester: evaluated by its end; evaluated in January: by the end of the spring semester.
        Assert.Equal(new DateOnly(2026, 1, 31), SpecialEducationRules.NextEvaluationDue(new DateOnly(2025, 9, 1), null));
        Assert.Equal(new DateOnly(2026, 7, 31), SpecialEducationRules.NextEvaluationDue(new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 10)));
        // Placed late in the spring semester: still evaluated within it, not six months on.
        Assert.Equal(new DateOnly(2026, 7, 31), SpecialEducationRules.NextEvaluationDue(new DateOnly(2026, 6, 20), null));
        // Evaluated in the spring semester: next due by the end of the autumn semester.
        Assert.Equal(new DateOnly(2027, 1, 31), SpecialEducationRules.NextEvaluationDue(new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 15)));
    }
}
