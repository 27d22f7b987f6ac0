using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Assets.Depreciation;

public sealed record DepreciationTotals(Guid OrgId, Period Period, long Cards, long TotalFen);

/// <summary>
/// The monthly depreciation run for an org subtree, as three set-based statements in one
/// transaction: the month's charges are replaced (so a second run of a month, or a run after a
/// correction, gives the same result), and each card's accumulated depreciation is set to its
/// closed form (<see cref="DepreciationRules.AccumulatedFen"/>). One run record, audited once, carries the totals.
/// </summary>
public sealed class DepreciationRun(AssetsDb db, RoleCatalog roles, TimeProvider clock)
{
    public async Task<DepreciationTotals> RunAsync(Guid rootOrgId, Period period, CancellationToken ct = default)
    {
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Manage, rootOrgId, ct);
        RuleViolation.ThrowIf(period > Period.Of(AssetsAccess.Today(clock)), "period", "assets.depreciation.future", $"{period} has not begun; a month is depreciated once it has started.", ("period", period));
        var p = period.Index;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var subtree = await SubtreeOfAsync(db, rootOrgId, ct);
        await ExecuteAsync(db, rootOrgId, p, subtree, ct);
        var charges = db.Depreciation.Where(e => e.Period == p);
        if (subtree != Subtree.Whole)
        {
            var under = OrgScope.Under(db.OrgClosures, rootOrgId);
            charges = charges.Where(e => under.Contains(e.OrgId));
        }

        var totals = await charges.GroupBy(e => 1).Select(g => new { Cards = g.LongCount(), Total = g.Sum(e => e.AmountFen) }).SingleOrDefaultAsync(ct);
        var record = new DepreciationRunRecord
        {
            Id = Guid.CreateVersion7(),
            OrgId = rootOrgId,
            Period = p,
            Cards = totals?.Cards ?? 0,
            TotalFen = totals?.Total ?? 0,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Actor = db.Scope.ActorName,
        };
        db.DepreciationRuns.Add(record);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new DepreciationTotals(rootOrgId, period, record.Cards, record.TotalFen);
    }

    // {0} is the subtree test (see ExecuteAsync); @p is the period, @root the subtree's root.
    private const string InsertSql = """
            INSERT INTO assets_depreciation ("CardId", "Period", "OrgId", "AmountFen")
            SELECT c."Id", @p, c."OrgId",
                   CASE WHEN @p - c."StartPeriod" = c."LifeMonths" - 1
                        THEN c."OriginalValueFen" - (c."OriginalValueFen" / c."LifeMonths") * (c."LifeMonths" - 1)
                        ELSE c."OriginalValueFen" / c."LifeMonths" END
            FROM assets_cards c
            WHERE {0}c."Depreciable" AND c."LifeMonths" > 0
              AND @p >= c."StartPeriod" AND @p < c."StartPeriod" + c."LifeMonths"
              AND (c."LeftPeriod" IS NULL OR @p < c."LeftPeriod")
        """;

    private const string UpdateSql = """
            UPDATE assets_cards SET
              "AccumulatedFen" = CASE
                WHEN (CASE WHEN "LeftPeriod" IS NOT NULL AND "LeftPeriod" <= @p THEN "LeftPeriod" - 1 ELSE @p END) - "StartPeriod" + 1 <= 0 THEN 0
                WHEN (CASE WHEN "LeftPeriod" IS NOT NULL AND "LeftPeriod" <= @p THEN "LeftPeriod" - 1 ELSE @p END) - "StartPeriod" + 1 >= "LifeMonths" THEN "OriginalValueFen"
                ELSE ((CASE WHEN "LeftPeriod" IS NOT NULL AND "LeftPeriod" <= @p THEN "LeftPeriod" - 1 ELSE @p END) - "StartPeriod" + 1) * ("OriginalValueFen" / "LifeMonths")
              END,
              "DepreciatedThrough" = @p
            WHERE {0}"Depreciable" AND "LifeMonths" > 0
              AND ("DepreciatedThrough" IS NULL OR "DepreciatedThrough" <= @p)
        """;

    /// <summary>How much of the org tree a run covers, which decides how its statements find the cards.</summary>
    internal enum Subtree
    {
        /// <summary>A part of the tree: cards found through the org index.</summary>
        Small,

        /// <summary>A quarter of the organisations or more: on SQLite the cards are read straight through.</summary>
        Large,

        /// <summary>Every organisation (a province's run): every card is in it, so no card is tested.</summary>
        Whole,
    }

    /// <summary>
    /// The three statements. The subtree is "OrgId IN (closure descendants of the root)". On SQLite,
    /// whose planner would otherwise walk the cards through the org index one unit at a time (a random
    /// read per card), a run over a large part of the tree reads the cards table straight through and
    /// tests each card's org against the descendants instead (the unary + keeps the org index out).
    /// A run over the whole tree leaves the test out: every card belongs to an organisation of the tree.
    /// </summary>
    internal static async Task ExecuteAsync(AssetsDb db, Guid root, int p, Subtree subtree, CancellationToken ct)
    {
        const string Under = "\"OrgId\" IN (SELECT \"DescendantId\" FROM kernel_org_closure WHERE \"AncestorId\" = @root) AND ";
        var whole = subtree == Subtree.Whole;
        var scan = subtree == Subtree.Large && !db.Database.IsNpgsql() ? "+" : "";
        var delete = "DELETE FROM assets_depreciation WHERE " + (whole ? "" : Under) + "\"Period\" = @p";
        await db.Database.ExecuteSqlRawAsync(delete, Parameters(db, p, root), ct);
        await db.Database.ExecuteSqlRawAsync(string.Format(CultureInfo.InvariantCulture, InsertSql, whole ? "" : scan + "c." + Under), Parameters(db, p, root), ct);
        await db.Database.ExecuteSqlRawAsync(string.Format(CultureInfo.InvariantCulture, UpdateSql, whole ? "" : scan + Under), Parameters(db, p, root), ct);
    }

    internal static async Task<Subtree> SubtreeOfAsync(AssetsDb db, Guid root, CancellationToken ct)
    {
        var below = await OrgScope.Under(db.OrgClosures, root).CountAsync(ct);
        var all = await db.OrgClosures.CountAsync(c => c.Distance == 0, ct);
        return below == all ? Subtree.Whole : below * 4 >= all ? Subtree.Large : Subtree.Small;
    }

    private static object[] Parameters(AssetsDb db, int p, Guid root) =>
        db.Database.IsNpgsql()
            ? [new Npgsql.NpgsqlParameter("p", p), new Npgsql.NpgsqlParameter("root", root)]
            : [new Microsoft.Data.Sqlite.SqliteParameter("@p", p), new Microsoft.Data.Sqlite.SqliteParameter("@root", root.ToString().ToUpperInvariant())];

    public async Task<IReadOnlyList<DepreciationRunRecord>> RunsAsync(CancellationToken ct = default) =>
        await db.DepreciationRuns.AsNoTracking().OrderByDescending(r => r.AtUtc).Take(100).ToListAsync(ct);
}
