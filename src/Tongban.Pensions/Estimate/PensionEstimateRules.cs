using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Pensions.Estimate;

/// <summary>
/// The monthly basic pension at retirement under 国发〔2005〕38号, which Doc. 66 art. 7 names as the benefit formula
/// after a transfer (shared/reference/pension-transfer-rules.md §1 "Arts 7–13": computed from the contribution wage
/// index, the contribution years and the average on-post wage of the benefit-receiving place). An estimate only: the
/// transitional pension for deemed years and later adjustments are not included.
/// </summary>
internal static class PensionEstimateRules
{
    /// <summary>
    /// 国发〔2005〕38号 annex (计发月数): months the personal-account balance is divided by, for the statutory
    /// retirement ages 50, 55 and 60. Other ages are not shipped and are refused, never guessed.
    /// </summary>
    private static readonly IReadOnlyDictionary<int, int> Divisors = new Dictionary<int, int> { [50] = 195, [55] = 170, [60] = 139 };

    public static IReadOnlyCollection<int> Ages => [.. Divisors.Keys];

    /// <summary>国发〔2005〕38号: the months divisor of the account part at <paramref name="age"/>.</summary>
    public static int MonthsDivisor(int age) =>
        Divisors.TryGetValue(age, out var months)
            ? months
            : throw new RuleViolation("retirementAge", "pensions.estimate-age", $"No months divisor is shipped for retirement at {age}; the statutory ages 50, 55 and 60 are (国发〔2005〕38号).", ("age", age));

    /// <summary>
    /// The average contribution index is the contribution base over the local average wage; bases lie between 60 % and
    /// 300 % of that wage (reference §2 "Contribution base"), so the index lies between 0.6 and 3.
    /// </summary>
    public static void CheckIndex(decimal index) =>
        RuleViolation.ThrowIf(index is < 0.6m or > 3m, "index", "pensions.estimate-index", $"An average contribution index lies between 0.6 and 3 (got {index}).", ("index", index));

    /// <summary>
    /// 国发〔2005〕38号 basic part (基础养老金): the average monthly wage W of the previous year at the benefit place and
    /// the indexed wage W x I, averaged, times 1 % per contribution year: W x (1 + I) / 2 x (months / 12) x 1 %.
    /// Rounded to the fen, half away from zero.
    /// </summary>
    public static Cny BasicPart(Cny averageMonthlyWage, decimal index, int insuredMonths)
    {
        RuleViolation.ThrowIf(averageMonthlyWage.Fen <= 0, "averageWage", "pensions.estimate-wage", "The local average monthly wage must be above zero.");
        CheckIndex(index);
        var fen = (decimal)averageMonthlyWage.Fen * (1m + index) / 2m * insuredMonths / 12m / 100m;
        return new Cny(decimal.ToInt64(decimal.Round(fen, MidpointRounding.AwayFromZero)));
    }

    /// <summary>国发〔2005〕38号 account part (个人账户养老金): the account balance over the months divisor of the retirement age.</summary>
    public static Cny AccountPart(Cny balance, int retirementAge) =>
        new(decimal.ToInt64(decimal.Round((decimal)balance.Fen / MonthsDivisor(retirementAge), MidpointRounding.AwayFromZero)));
}
