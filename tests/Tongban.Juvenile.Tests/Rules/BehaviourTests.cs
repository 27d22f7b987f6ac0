using Tongban.Juvenile.Rules;
using Tongban.Kernel.Errors;

namespace Tongban.Juvenile.Tests.Rules;

public sealed class BehaviourTests
{
    [Fact]
    public void Art28_lists_nine_bad_behaviours_and_art38_nine_serious_ones()
    {
        Assert.Equal(Enumerable.Range(1, 9), Behaviours.All.Where(b => b.Article == 28).Select(b => b.Item));
        Assert.Equal(Enumerable.Range(1, 9), Behaviours.All.Where(b => b.Article == 38).Select(b => b.Item));
        Assert.All(Behaviours.All.Where(b => b.Article == 28), b => Assert.Equal(BehaviourCategory.Bad, b.Category));
        Assert.All(Behaviours.All.Where(b => b.Article == 38), b => Assert.Equal(BehaviourCategory.Serious, b.Category));
    }

    [Theory]
    [InlineData("28.2", BehaviourCategory.Bad)] // art. 28 (2): repeated truancy
    [InlineData("38.4", BehaviourCategory.Serious)] // art. 38 (4): theft
    [InlineData("45", BehaviourCategory.CriminalAct)] // art. 45
    public void A_record_is_classified_item_by_item(string code, BehaviourCategory expected) =>
        Assert.Equal(expected, Behaviours.Classify(code).Category);

    [Theory]
    [InlineData("28.10")]
    [InlineData("38.0")]
    [InlineData("37")]
    [InlineData(null)]
    public void An_unknown_item_is_refused_naming_arts_28_and_38(string? code)
    {
        var v = Assert.Throws<RuleViolation>(() => Behaviours.Classify(code));
        Assert.Equal("item", v.Field);
        Assert.Equal("juvenile.behaviour.unknown-item", v.Rule);
        Assert.Contains("art. 28", v.Message);
        Assert.Contains("art. 38", v.Message);
    }

    [Fact]
    public void Instigated_serious_behaviour_raises_the_art39_report_at_once_and_bad_behaviour_does_not()
    {
        Assert.True(RiskRules.PoliceReportDue(BehaviourCategory.Serious, instigated: true));
        Assert.True(RiskRules.PoliceReportDue(BehaviourCategory.CriminalAct, instigated: true));
        Assert.False(RiskRules.PoliceReportDue(BehaviourCategory.Bad, instigated: true));
        Assert.False(RiskRules.PoliceReportDue(BehaviourCategory.Serious, instigated: false));
    }

    [Fact]
    public void Risk_is_graded_from_what_is_recorded_art2()
    {
        var today = new DateOnly(2025, 9, 1);
        Assert.Equal(RiskLevel.None, RiskRules.Level([], today));
        Assert.Equal(RiskLevel.Low, RiskRules.Level([new(BehaviourCategory.Bad, today)], today));
        Assert.Equal(RiskLevel.Elevated, RiskRules.Level([new(BehaviourCategory.Bad, today), new(BehaviourCategory.Bad, today.AddDays(-10)), new(BehaviourCategory.Bad, today.AddDays(-179))], today));
        Assert.Equal(RiskLevel.Low, RiskRules.Level([new(BehaviourCategory.Bad, today), new(BehaviourCategory.Bad, today.AddDays(-10)), new(BehaviourCategory.Bad, today.AddDays(-180))], today));
        Assert.Equal(RiskLevel.High, RiskRules.Level([new(BehaviourCategory.Serious, today)], today));
        Assert.Equal(RiskLevel.Critical, RiskRules.Level([new(BehaviourCategory.Serious, today), new(BehaviourCategory.Serious, today)], today));
        Assert.Equal(RiskLevel.Critical, RiskRules.Level([new(BehaviourCategory.CriminalAct, today)], today));
    }
}
