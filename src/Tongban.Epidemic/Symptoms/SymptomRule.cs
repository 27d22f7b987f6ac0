using Tongban.Epidemic.Policy;

namespace Tongban.Epidemic.Symptoms;

/// <summary>The symptoms seed 04 names.</summary>
[Flags]
public enum Symptom
{
    None = 0,
    Fever = 1,
    DryCough = 2,
    Fatigue = 4,
    LossOfSmellOrTaste = 8,
}

/// <summary>What must happen now: report to the community at once, and no medicine bought on one's own.</summary>
public sealed record SymptomAlert(Symptom Symptoms, DateTime RaisedUtc, string MessageZh, string MessageEn);

public static class SymptomRule
{
    /// <summary>
    /// Seed 04: "Once symptoms such as fever, dry cough, fatigue, and decreased sense of smell and
    /// taste appear, they will not buy medicines by themselves, and immediately report to the
    /// community". A temperature at or above the policy's threshold counts as fever. The alert is
    /// raised at the time of the report, not later.
    /// </summary>
    public static SymptomAlert? Evaluate(Symptom reported, decimal? temperatureCelsius, DateTime reportedUtc, EpidemicPolicy policy)
    {
        var symptoms = reported;
        if (temperatureCelsius is { } t && t >= policy.FeverFromCelsius)
        {
            symptoms |= Symptom.Fever;
        }

        if (symptoms == Symptom.None)
        {
            return null;
        }

        return new SymptomAlert(
            symptoms,
            reportedUtc,
            $"出现{Describe(symptoms, true)}症状：立即报告社区，配合落实相应管控措施，不得自行购药。",
            $"Symptoms reported ({Describe(symptoms, false)}): report to the community at once and follow its control measures; do not buy medicine on your own.");
    }

    public static string Describe(Symptom symptoms, bool chinese)
    {
        var names = new List<string>();
        foreach (var (flag, zh, en) in Names)
        {
            if (symptoms.HasFlag(flag))
            {
                names.Add(chinese ? zh : en);
            }
        }

        return string.Join(chinese ? "、" : ", ", names);
    }

    private static readonly (Symptom Flag, string Zh, string En)[] Names =
    [
        (Symptom.Fever, "发热", "fever"),
        (Symptom.DryCough, "干咳", "dry cough"),
        (Symptom.Fatigue, "乏力", "fatigue"),
        (Symptom.LossOfSmellOrTaste, "嗅（味）觉减退", "decreased sense of smell or taste"),
    ];
}
