using Tongban.Juvenile.Rules;
using Tongban.Kernel.Orgs;

namespace Tongban.Juvenile.Tests.Rules;

public sealed class MeasureTests
{
    [Fact]
    public void The_school_has_six_measures_of_art31_and_police_nine_of_art41()
    {
        Assert.Equal(Enumerable.Range(1, 6), Measures.All.Where(m => m.Article == 31).Select(m => m.Item));
        Assert.Equal(Enumerable.Range(1, 9), Measures.All.Where(m => m.Article == 41).Select(m => m.Item));
        Assert.All(Measures.All.Where(m => m.Article == 31), m => Assert.Equal([ActorKind.School], m.Actors));
        Assert.All(Measures.All.Where(m => m.Article == 41), m => Assert.Equal([ActorKind.PublicSecurity], m.Actors));
    }

    [Fact]
    public void A_school_taking_an_art41_measure_is_refused_naming_art41()
    {
        var r = Measures.MayTake(Measures.Get("41.3"), ActorKind.School);
        Assert.False(r.IsAllowed);
        Assert.Equal("juvenile.measure.wrong-actor", r.Rule);
        Assert.StartsWith("Art. 41 item 3", r.Reason);
    }

    [Fact]
    public void Police_taking_an_art31_measure_is_refused_naming_art31()
    {
        var r = Measures.MayTake(Measures.Get("31.2"), ActorKind.PublicSecurity);
        Assert.False(r.IsAllowed);
        Assert.StartsWith("Art. 31 item 2", r.Reason);
    }

    [Theory]
    [InlineData("29", ActorKind.Guardian)] // art. 29
    [InlineData("30", ActorKind.ResidentsCommittee)] // art. 30
    [InlineData("30", ActorKind.VillagersCommittee)]
    [InlineData("30", ActorKind.PublicSecurity)]
    [InlineData("34", ActorKind.School)] // art. 34
    [InlineData("35", ActorKind.Guardian)] // art. 35
    [InlineData("36", ActorKind.PublicSecurity)] // art. 36
    [InlineData("40", ActorKind.PublicSecurity)] // art. 40
    [InlineData("42", ActorKind.PublicSecurity)] // art. 42
    [InlineData("61", ActorKind.Court)] // art. 61
    [InlineData("61", ActorKind.Procuratorate)]
    public void Each_measure_is_allowed_to_the_actor_the_law_names(string code, ActorKind actor) =>
        Assert.True(Measures.MayTake(Measures.Get(code), actor).IsAllowed);

    [Theory]
    [InlineData("29", ActorKind.School)]
    [InlineData("30", ActorKind.School)]
    [InlineData("34", ActorKind.PublicSecurity)]
    [InlineData("40", ActorKind.ResidentsCommittee)]
    [InlineData("61", ActorKind.School)]
    public void Other_actors_are_refused(string code, ActorKind actor) =>
        Assert.False(Measures.MayTake(Measures.Get(code), actor).IsAllowed);

    [Fact]
    public void Art41_measures_answer_serious_bad_behaviour_only()
    {
        Assert.False(Measures.Answers(Measures.Get("41.1"), [BehaviourCategory.Bad]).IsAllowed);
        Assert.True(Measures.Answers(Measures.Get("41.1"), [BehaviourCategory.Serious]).IsAllowed);
        // Art. 33: minor theft and bullying may be handled by the school under art. 31.
        Assert.True(Measures.Answers(Measures.Get("31.1"), [BehaviourCategory.Serious]).IsAllowed);
    }

    [Fact]
    public void Organisations_act_as_the_actor_of_their_kind()
    {
        Assert.Equal(ActorKind.School, Measures.ActorOf(OrgKind.School));
        Assert.Equal(ActorKind.PublicSecurity, Measures.ActorOf(OrgKind.PublicSecurityOrgan));
        Assert.Equal(ActorKind.SteeringCommittee, Measures.ActorOf(OrgKind.SpecialEducationSteeringCommittee));
        Assert.Equal(ActorKind.Other, Measures.ActorOf(OrgKind.Hospital));
    }

    [Fact]
    public void Art32_guardian_notice_is_tracked_from_decision_and_late_notice_flagged()
    {
        var decided = new DateTime(2025, 9, 1, 8, 0, 0, DateTimeKind.Utc);
        Assert.Equal(NoticeStatus.OnTime, NoticeRules.Status(true, decided, decided.AddHours(24), decided.AddDays(3)));
        Assert.Equal(NoticeStatus.Late, NoticeRules.Status(true, decided, decided.AddHours(25), decided.AddDays(3)));
        Assert.Equal(NoticeStatus.Pending, NoticeRules.Status(true, decided, null, decided.AddHours(5)));
        Assert.Equal(NoticeStatus.Overdue, NoticeRules.Status(true, decided, null, decided.AddHours(30)));
        Assert.Equal(NoticeStatus.NotRequired, NoticeRules.Status(false, decided, null, decided.AddHours(30)));
        Assert.True(Measures.Get("31.4").NotifiesGuardians);
        Assert.False(Measures.Get("41.4").NotifiesGuardians);
    }
}
