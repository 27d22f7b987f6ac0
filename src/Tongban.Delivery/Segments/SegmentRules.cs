using Tongban.Delivery.Orders;

namespace Tongban.Delivery.Segments;

/// <summary>Margins, concentration and related-party flags: pure arithmetic over the grouped figures.</summary>
internal static class SegmentRules
{
    /// <summary>Gross margin in percent with two decimals, half away from zero: (revenue - cost) / revenue; null without revenue.</summary>
    public static decimal? MarginPercent(long revenueFen, long costFen) =>
        revenueFen == 0 ? null : decimal.Round((revenueFen - costFen) * 100m / revenueFen, 2, MidpointRounding.AwayFromZero);

    /// <summary>A share in percent with two decimals.</summary>
    public static decimal SharePercent(long partFen, long totalFen) =>
        totalFen == 0 ? 0m : decimal.Round(partFen * 100m / totalFen, 2, MidpointRounding.AwayFromZero);

    /// <summary>The top <paramref name="n"/> amounts (largest first, ties by key) and their share of the total.</summary>
    public static (IReadOnlyList<(TKey Key, long Fen)> Top, decimal SharePercent) Top<TKey>(IEnumerable<(TKey Key, long Fen)> amounts, int n = 5)
        where TKey : IComparable<TKey>
    {
        var all = amounts.ToList();
        var total = all.Sum(a => a.Fen);
        var top = all.OrderByDescending(a => a.Fen).ThenBy(a => a.Key).Take(n).ToList();
        return (top, SharePercent(top.Sum(t => t.Fen), total));
    }

    // The Listing Rules count a legal person holding 5 % or more of the company's shares as a related party; seed 02's
    // Shenzhen Shunfeng Investment holds 11.14 %, so it and the group it belongs to (SF Express) are related. A company
    // where the company's management serve is related whatever the shareholding.
    public const int RelatedShareholdingBasisPoints = 500;

    public static bool IsRelated(Relationship relationship, int shareholdingBasisPoints) => relationship switch
    {
        Relationship.None => false,
        Relationship.Shareholder or Relationship.ShareholderAffiliate => shareholdingBasisPoints >= RelatedShareholdingBasisPoints,
        _ => true,
    };
}
