using Microsoft.EntityFrameworkCore;
using Tongban.Assets.Cards;

namespace Tongban.Assets.Reports;

public sealed record CompositionRow(Composition Composition, long Cards, long TotalFen, long NetFen);

public sealed record CompositionSummary(IReadOnlyList<CompositionRow> Rows, long TotalFen, long NetBookFen, long LiabilitiesFen, int LiabilitiesYear)
{
    /// <summary>Seed 09 (1): net assets are total assets after deducting liabilities.</summary>
    public long NetAssetsFen => TotalFen - LiabilitiesFen;
}

public sealed record YearValueRow(int Year, long TotalFen, long NetFen);

/// <summary>The roll-ups along the org tree: one GROUP BY over the subtree's cards, through the caller's scope.</summary>
public static class AssetQueries
{
    /// <summary>Cards held anywhere under <paramref name="root"/> (all visible cards when null).</summary>
    public static IQueryable<AssetCard> Under(AssetsDb db, Guid? root) =>
        root is { } r
            ? db.Cards.AsNoTracking().Where(c => db.OrgClosures.Any(x => x.AncestorId == r && x.DescendantId == c.OrgId))
            : db.Cards.AsNoTracking();

    /// <summary>Figure 5.2: total and net book value by composition class of the cards still on the books.</summary>
    public static async Task<CompositionSummary> CompositionAsync(AssetsDb db, Guid? root, CancellationToken ct)
    {
        var rows = await Under(db, root)
            .Where(c => c.Status != AssetStatus.Disposed)
            .GroupBy(c => c.Composition)
            .Select(g => new CompositionRow(g.Key, g.LongCount(), g.Sum(c => c.OriginalValueFen), g.Sum(c => c.OriginalValueFen - c.AccumulatedFen)))
            .ToListAsync(ct);
        var all = Enum.GetValues<Composition>().Select(k => rows.FirstOrDefault(r => r.Composition == k) ?? new CompositionRow(k, 0, 0, 0)).ToList();
        var liabilities = db.Liabilities.AsNoTracking().Where(l => root == null || db.OrgClosures.Any(x => x.AncestorId == root && x.DescendantId == l.OrgId));
        var year = await liabilities.Select(l => (int?)l.Year).MaxAsync(ct);
        var owed = year is null ? 0 : await liabilities.Where(l => l.Year == year).SumAsync(l => l.AmountFen, ct);
        return new CompositionSummary(all, all.Sum(r => r.TotalFen), all.Sum(r => r.NetFen), owed, year ?? 0);
    }

    /// <summary>Figure 5.1: total and net value at each year end from the final accounts, and now from the cards.</summary>
    public static async Task<IReadOnlyList<YearValueRow>> ByYearAsync(AssetsDb db, Guid? root, int currentYear, CancellationToken ct)
    {
        var history = await db.YearEnds.AsNoTracking()
            .Where(y => root == null || db.OrgClosures.Any(x => x.AncestorId == root && x.DescendantId == y.OrgId))
            .GroupBy(y => y.Year)
            .Select(g => new YearValueRow(g.Key, g.Sum(y => y.TotalFen), g.Sum(y => y.NetFen)))
            .ToListAsync(ct);
        var now = await CompositionAsync(db, root, ct);
        return [.. history.Where(h => h.Year < currentYear).OrderBy(h => h.Year), new YearValueRow(currentYear, now.TotalFen, now.NetBookFen)];
    }
}
