using Tongban.Kernel.Errors;

namespace Tongban.Patents.Value;

/// <summary>The three first-level groups of GB/T 42748-2023: legal, technical and economic value.</summary>
public enum IndicatorGroup
{
    Legal,
    Technical,
    Economic,
}

/// <summary>
/// The indicators scored, grouped as in GB/T 42748-2023. The standard's 14 second-level names are not confirmed
/// (reference §6), so these follow the task and the 2012 CNIPA manual's lineage; each is scored 0-100 from stored inputs.
/// </summary>
public enum Indicator
{
    Stability,
    ClaimBreadth,
    RemainingTerm,
    FamilyCountries,
    Advancement,
    Citations,
    IpcBreadth,
    Implementation,
    Licensing,
    Market,
}

/// <summary>What an evaluation uses the score for; GB/T 42748 adjusts indicator weights per scenario.</summary>
public enum ValuePurpose
{
    Licensing,
    Pledge,
    Management,
}

/// <summary>
/// The stored inputs of one patent's score, from which it is recomputed: expert ratings (0-100), counts from the
/// register and the transformation ledger, and money in fen.
/// </summary>
public readonly record struct ValueInputs(
    int StabilityRating,
    int IndependentClaims,
    int RemainingYears,
    int TermYears,
    int FamilyCountries,
    int AdvancementRating,
    int ForwardCitations,
    int IpcSubclasses,
    bool Implemented,
    int Licences,
    long IncomeFen);

/// <summary>Ten weights in percent, in <see cref="Indicator"/> order, and the grade bounds.</summary>
public sealed record Weights(IReadOnlyList<int> Percent, int GradeA, int GradeB, int GradeC)
{
    public int this[Indicator i] => Percent[(int)i];
}

/// <summary>Scores, grades and weight checks of the value evaluation (GB/T 42748-2023 shape).</summary>
internal static class ValueRules
{
    public static IndicatorGroup GroupOf(Indicator i) => i switch
    {
        <= Indicator.FamilyCountries => IndicatorGroup.Legal,
        <= Indicator.IpcBreadth => IndicatorGroup.Technical,
        _ => IndicatorGroup.Economic,
    };

    /// <summary>
    /// The points (0-100) of one indicator. The scales are this suite's, stated here and shown with each score:
    /// ratings as entered; 25 a independent claim; remaining term as a share of the term; 10 a country of the family
    /// (the text's family of 21 countries and regions scores full); 10 a forward citation; 25 an IPC subclass;
    /// implementation 100 or 0; 40 a licence; 20 per tenfold of income above 1,000 yuan.
    /// </summary>
    public static int Points(Indicator indicator, in ValueInputs v) => indicator switch
    {
        Indicator.Stability => Clamp(v.StabilityRating),
        Indicator.ClaimBreadth => Clamp(25 * v.IndependentClaims),
        Indicator.RemainingTerm => v.TermYears <= 0 ? 0 : Clamp(100 * Math.Max(0, v.RemainingYears) / v.TermYears),
        Indicator.FamilyCountries => Clamp(10 * v.FamilyCountries),
        Indicator.Advancement => Clamp(v.AdvancementRating),
        Indicator.Citations => Clamp(10 * v.ForwardCitations),
        Indicator.IpcBreadth => Clamp(25 * v.IpcSubclasses),
        Indicator.Implementation => v.Implemented ? 100 : 0,
        Indicator.Licensing => Clamp(40 * v.Licences),
        Indicator.Market => IncomePoints(v.IncomeFen),
        _ => 0,
    };

    private static int IncomePoints(long fen)
    {
        // 1,000 yuan = 100,000 fen scores 0; each tenfold adds 20: 10,000 yuan 20, 100,000 yuan 40 ... 100 million yuan 100.
        var points = 0;
        for (var step = 1_000_000L; fen >= step && points < 100; step *= 10)
        {
            points += 20;
        }

        return points;
    }

    private static int Clamp(int x) => Math.Clamp(x, 0, 100);

    /// <summary>The score in hundredths of a point: Σ points × weight %, so 100.00 is 10000 and nothing is rounded away.</summary>
    public static int ScoreHundredths(in ValueInputs v, Weights w)
    {
        var total = 0;
        for (var i = 0; i < 10; i++)
        {
            total += Points((Indicator)i, v) * w.Percent[i];
        }

        return total;
    }

    // Grades by the weight set's bounds: A at or above GradeA, then B, C, else D.
    public static char Grade(int scoreHundredths, Weights w) =>
        scoreHundredths >= w.GradeA * 100 ? 'A' : scoreHundredths >= w.GradeB * 100 ? 'B' : scoreHundredths >= w.GradeC * 100 ? 'C' : 'D';

    // GB/T 42748 weights a scenario's indicators; as shares of one score they must add up to 100 %.
    public static RuleResult WeightsValid(IReadOnlyList<int> percent, int gradeA, int gradeB, int gradeC)
    {
        if (percent.Count != 10 || percent.Any(p => p < 0))
        {
            return RuleResult.Refused("patents.weights-shape", "Give ten weights, one per indicator, none negative.");
        }

        var sum = percent.Sum();
        if (sum != 100)
        {
            return RuleResult.Refused("patents.weights-sum", $"The weights add up to {sum} %, not 100 %.", ("sum", sum));
        }

        return gradeA > gradeB && gradeB > gradeC && gradeC > 0 && gradeA <= 100
            ? RuleResult.Allowed
            : RuleResult.Refused("patents.grade-bounds", "Grade bounds must fall: 100 ≥ A > B > C > 0.");
    }
}
