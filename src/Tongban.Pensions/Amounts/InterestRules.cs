namespace Tongban.Pensions.Amounts;

/// <summary>
/// Personal-account interest for one year. The Notice (art. 2, art. 7(1)) says the account storage "continues to bear
/// interest according to regulations"; the regulation is the yearly bookkeeping rate with the month-product method
/// (月积数法) for the year's credits and the conventional factor 1.083 x 1/2 where only a yearly credit is known.
/// </summary>
internal static class InterestRules
{
    /// <summary>The conventional factor for a yearly credit: 12 equal monthly credits held 12..1 months = 78/144 ≈ 1.083 x 1/2.</summary>
    public const decimal YearlyCreditFactor = 1.083m / 2m;

    /// <summary>Months a credit of <paramref name="creditMonth"/> is held by the end of <paramref name="throughMonth"/> (January -> 12 at December).</summary>
    public static int MonthsHeld(int creditMonth, int throughMonth) => throughMonth - creditMonth + 1;

    /// <summary>
    /// One year's interest in exact (unrounded) fen: the opening balance earns the rate for the months through
    /// <paramref name="throughMonth"/> (the full year at 12); monthly credits earn credit-months x rate / 12;
    /// yearly credits earn credit x rate x 1.083 x 1/2.
    /// </summary>
    public static decimal ExactInterestFen(long openingFen, decimal creditFenMonths, long yearlyCreditFen, decimal ratePercent, int throughMonth) =>
        ((((decimal)openingFen * throughMonth) + creditFenMonths) * ratePercent / 1200m)
        + ((decimal)yearlyCreditFen * ratePercent / 100m * YearlyCreditFactor);

    /// <summary>A year's interest is booked rounded to the fen, half away from zero, and from then on is principal.</summary>
    public static long BookedInterestFen(decimal exactFen) => decimal.ToInt64(decimal.Round(exactFen, MidpointRounding.AwayFromZero));
}
