namespace Tongban.Pensions.Amounts;

/// <summary>What one contribution month adds to the personal account that is transferred (Notice art. 7(1)).</summary>
internal static class AccountRules
{
    /// <summary>
    /// Notice art. 7(1): before 1998-01-01 only the individual's own contributions (with interest) are transferred;
    /// from 1998-01-01 the whole storage credited to the personal account.
    /// </summary>
    public static long TransferredCreditFen(YearMonth month, long individualFen, long creditedFen) =>
        month < YearMonth.January1998 ? individualFen : creditedFen;
}
