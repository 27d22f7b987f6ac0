using Microsoft.EntityFrameworkCore;
using Tongban.Assets.Cards;
using Tongban.Kernel.Data;

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
    /// <summary>
    /// Cards held anywhere under <paramref name="root"/> that the caller may see (all visible cards when null).
    /// When a grant with descendants reaches <paramref name="root"/> (or the caller is the system), every card
    /// under it is in the caller's scope: the scope is then checked once, here, instead of row by row by the
    /// kernel's filter, and the subtree is a plain join on the closure table, the shape a hand-written GROUP BY
    /// takes. Otherwise the kernel's filter applies and the subtree is one uncorrelated IN (closure descendants).
    /// </summary>
    public static async Task<IQueryable<AssetCard>> UnderAsync(AssetsDb db, Guid? root, CancellationToken ct) =>
        root is { } r ? Within(db, db.Cards, r, await SeesWholeSubtreeAsync(db, r, ct)) : db.Cards.AsNoTracking();

    /// <summary>The rows of <paramref name="set"/> held under <paramref name="root"/>; see <see cref="UnderAsync"/>.</summary>
    private static IQueryable<T> Within<T>(AssetsDb db, DbSet<T> set, Guid root, bool wholeSubtreeVisible)
        where T : class, IOrgOwned =>
        wholeSubtreeVisible
            ? from e in set.AsNoTracking().IgnoreQueryFilters()
              join x in db.OrgClosures on e.OrgId equals x.DescendantId
              where x.AncestorId == root
              select e
            : set.AsNoTracking().Where(e => db.OrgClosures.Where(x => x.AncestorId == root).Select(x => x.DescendantId).Contains(e.OrgId));

    /// <summary>Whether every organisation under <paramref name="root"/> is inside the caller's grants.</summary>
    internal static async Task<bool> SeesWholeSubtreeAsync(AssetsDb db, Guid root, CancellationToken ct)
    {
        var scope = db.Scope;
        if (scope.Unrestricted)
        {
            return true;
        }

        var subtrees = scope.SubtreeRootIds;
        return subtrees.Count > 0 && await db.OrgClosures.AnyAsync(c => c.DescendantId == root && subtrees.Contains(c.AncestorId), ct);
    }

    /// <summary>Figure 5.2: total and net book value by composition class of the cards still on the books.</summary>
    public static async Task<CompositionSummary> CompositionAsync(AssetsDb db, Guid? root, CancellationToken ct)
    {
        var whole = root is not null && await SeesWholeSubtreeAsync(db, root.Value, ct);
        var cards = root is null ? db.Cards.AsNoTracking() : Within(db, db.Cards, root.Value, whole);
        var rows = await cards
            .Where(c => c.Status != AssetStatus.Disposed)
            .GroupBy(c => c.Composition)
            .Select(g => new CompositionRow(g.Key, g.LongCount(), g.Sum(c => c.OriginalValueFen), g.Sum(c => c.OriginalValueFen - c.AccumulatedFen)))
            .ToListAsync(ct);
        var all = Enum.GetValues<Composition>().Select(k => rows.FirstOrDefault(r => r.Composition == k) ?? new CompositionRow(k, 0, 0, 0)).ToList();
        var liabilities = root is null ? db.Liabilities.AsNoTracking() : Within(db, db.Liabilities, root.Value, whole);
        var year = await liabilities.Select(l => (int?)l.Year).MaxAsync(ct);
        var owed = year is null ? 0 : await liabilities.Where(l => l.Year == year).SumAsync(l => l.AmountFen, ct);
        return new CompositionSummary(all, all.Sum(r => r.TotalFen), all.Sum(r => r.NetFen), owed, year ?? 0);
    }

    /// <summary>Figure 5.1: total and net value at each year end from the final accounts, and now from the cards.</summary>
    public static async Task<IReadOnlyList<YearValueRow>> ByYearAsync(AssetsDb db, Guid? root, int currentYear, CancellationToken ct)
    {
        var yearEnds = root is null ? db.YearEnds.AsNoTracking() : Within(db, db.YearEnds, root.Value, await SeesWholeSubtreeAsync(db, root.Value, ct));
        var history = await yearEnds
            .GroupBy(y => y.Year)
            .Select(g => new YearValueRow(g.Key, g.Sum(y => y.TotalFen), g.Sum(y => y.NetFen)))
            .ToListAsync(ct);
        var now = await CompositionAsync(db, root, ct);
        return [.. history.Where(h => h.Year < currentYear).OrderBy(h => h.Year), new YearValueRow(currentYear, now.TotalFen, now.NetBookFen)];
    }
}
