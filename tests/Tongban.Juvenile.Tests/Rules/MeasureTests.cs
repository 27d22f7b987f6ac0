using Tongban.Juvenile.Rules;
using Tongban.Kernel.Orgs;

namespace Tongban.Juvenile.Tests.Rules;

public sealed class MeasureTests
{
    [Fact]
    public void The_school_has_six_measures_of_art31_and_police_nine_of_art41()
    {
        Assert.Equal(Enumerable.Range(0, 7), Measures.All.Where(m => m.Article == 31).Select(m => m.Item)); // 0: the sanction (处分)
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
        Assert.False(Measures.Answers(Measures.Get("41.1"), ["28.1"]).IsAllowed);
        Assert.True(Measures.Answers(Measures.Get("41.1"), ["38.1"]).IsAllowed);
        // Art. 33: minor theft and bullying (art. 38 items 3-4) may be handled by the school under art. 31.
        Assert.True(Measures.Answers(Measures.Get("31.1"), ["38.4"]).IsAllowed);
        Assert.True(Measures.Answers(Measures.Get("31.1"), ["38.3"]).IsAllowed);
        Assert.False(Measures.Answers(Measures.Get("31.1"), ["38.7"]).IsAllowed);
    }

    [Fact]
    public void Art31_is_not_for_an_art45_act()
    {
        var r = Measures.Answers(Measures.Get("31.2"), ["45"]);
        Assert.False(r.IsAllowed);
        Assert.Equal("juvenile.measure.no-behaviour", r.Rule);
    }

    [Theory]
    [InlineData(MeasureGround.None, false)]
    [InlineData(MeasureGround.NotCorrected, true)] // art. 31: 拒不改正
    [InlineData(MeasureGround.Serious, true)] // art. 31: 情节严重
    public void Art31_the_school_acts_only_when_the_student_refuses_to_correct_or_it_is_serious(MeasureGround ground, bool allowed)
    {
        Assert.Equal(allowed, Measures.GroundHolds(Measures.Get("31.1"), ActorKind.School, ground).IsAllowed);
        Assert.Equal(allowed, Measures.GroundHolds(Measures.Get("31.0"), ActorKind.School, ground).IsAllowed);
        Assert.Equal("予以处分", Measures.Get("31.0").Zh);
    }

    [Fact]
    public void Art35_of_schools_only_the_boarding_school_looks_for_a_runaway()
    {
        var m = Measures.Get("35");
        Assert.Equal("juvenile.measure.art35-boarding", Measures.GroundHolds(m, ActorKind.School, MeasureGround.None).Rule);
        Assert.True(Measures.GroundHolds(m, ActorKind.School, MeasureGround.BoardingSchool).IsAllowed);
        Assert.True(Measures.GroundHolds(m, ActorKind.Guardian, MeasureGround.None).IsAllowed);
        Assert.True(Measures.Answers(m, ["28.3"]).IsAllowed); // art. 28 item 3: staying out, running away
        Assert.False(Measures.Answers(m, ["28.1"]).IsAllowed);
    }

    [Fact]
    public void Art37_guardians_and_the_school_stop_a_gang_and_report_it_to_public_security()
    {
        foreach (var code in new[] { "37.1", "37.2" })
        {
            var m = Measures.Get(code);
            Assert.Equal(37, m.Article);
            Assert.True(Measures.MayTake(m, ActorKind.Guardian).IsAllowed);
            Assert.True(Measures.MayTake(m, ActorKind.School).IsAllowed);
            Assert.False(Measures.MayTake(m, ActorKind.PublicSecurity).IsAllowed);
            Assert.True(Measures.Answers(m, ["28.5"]).IsAllowed); // art. 28 item 5: gangs doing bad behaviour
            Assert.False(Measures.Answers(m, ["28.4"]).IsAllowed);
        }
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
