using Tongban.Epidemic.Policy;
using Tongban.Epidemic.Symptoms;
using static Tongban.Epidemic.Tests.Rules.Times;

namespace Tongban.Epidemic.Tests.Rules;

public sealed class SymptomRuleTests
{
    [Theory]
    [InlineData(Symptom.Fever)]
    [InlineData(Symptom.DryCough)]
    [InlineData(Symptom.Fatigue)]
    [InlineData(Symptom.LossOfSmellOrTaste)]
    public void Each_symptom_the_text_names_raises_an_alert_at_once_seed04_symptoms(Symptom symptom)
    {
        var at = Bj("2022-10-30T10:00");
        var alert = SymptomRule.Evaluate(symptom, null, at, EpidemicPolicy.Seed04);
        Assert.NotNull(alert);
        Assert.Equal(at, alert.RaisedUtc);
        Assert.Contains("不得自行购药", alert.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_temperature_at_the_fever_threshold_counts_as_fever()
    {
        Assert.Null(SymptomRule.Evaluate(Symptom.None, 37.2m, Bj("2022-10-30T10:00"), EpidemicPolicy.Seed04));
        Assert.Equal(Symptom.Fever, SymptomRule.Evaluate(Symptom.None, 37.3m, Bj("2022-10-30T10:00"), EpidemicPolicy.Seed04)!.Symptoms);
    }

    [Fact]
    public void No_symptom_raises_no_alert()
    {
        Assert.Null(SymptomRule.Evaluate(Symptom.None, 36.5m, Bj("2022-10-30T10:00"), EpidemicPolicy.Seed04));
    }
}
