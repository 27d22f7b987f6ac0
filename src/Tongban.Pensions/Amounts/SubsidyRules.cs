using Tongban.Kernel.Money;

namespace Tongban.Pensions.Amounts;

/// <summary>The military subsidy (军队补助) of Notice art. 7(2).</summary>
internal static class SubsidyRules
{
    /// <summary>Notice art. 7(2): the subsidy is 12 % of the actual contribution base.</summary>
    public const decimal SubsidyShare = 0.12m;

    /// <summary>Notice art. 7(2): only the base from 1998-01-01 on earns a subsidy; earlier months earn none.</summary>
    public static bool EarnsSubsidy(YearMonth month) => month >= YearMonth.January1998;

    /// <summary>Notice art. 7(2): 12 % of one year's actual base (a part year: the base of its actual months), rounded to the fen.</summary>
    public static Cny ForYear(Cny baseOfYear) => baseOfYear.Multiply(SubsidyShare);
}
