using Microsoft.EntityFrameworkCore;
using Tongban.Delivery.Orders;
using Tongban.Kernel.Calendar;

namespace Tongban.Delivery.Cycles;

/// <summary>A late or slipping project: acceptance days late (0 while not yet due) and the first milestone that slipped.</summary>
internal sealed record LateEntry(
    Guid OrderId,
    string Code,
    string Title,
    string ProjectManager,
    BusinessArea Area,
    DateOnly Signed,
    DateOnly PlannedAcceptance,
    DateOnly? AcceptedOn,
    int AcceptanceDaysLate,
    MilestoneKind? Slipped,
    int SlippedDaysLate,
    int ForecastDays,
    int? ActualDays);

/// <summary>Cycle counts by whole month (30.44 days) for one area or sector, with the median and the share in the 9-12 month band.</summary>
internal sealed record CycleDistribution(string Key, int Accepted, int? MedianDays, decimal InBandPercent, IReadOnlyList<int> ByMonth);

internal sealed record CycleOverview(
    DateOnly AsOf,
    IReadOnlyList<LateEntry> Late,
    IReadOnlyList<CycleDistribution> ByArea,
    IReadOnlyList<CycleDistribution> BySector,
    IReadOnlyList<QuarterAmount> Forecast);

/// <summary>Delivery cycles over the orders the caller may see: late list, distributions and the acceptance forecast.</summary>
internal sealed class CycleReport(DeliveryDb db, DeliveryAccess access, TimeProvider clock)
{
    public const int MaxMonths = 24;

    // Seed 02: 9-12 months; in days of the distribution (months of 365.25 / 12 days).
    public static readonly int BandFromDays = (int)Math.Ceiling(CycleRules.BandFromMonths * 365.25 / 12);
    public static readonly int BandToDays = (int)Math.Floor(CycleRules.BandToMonths * 365.25 / 12);

    public static int MonthOf(int days) => Math.Min(MaxMonths, (int)(days * 12 / 365.25));

    public async Task<CycleOverview> ComputeAsync(DateOnly? asOf = null, CancellationToken ct = default)
    {
        var today = asOf ?? ChinaTime.Today(clock);
        var late = await LateAsync(today, 500, ct);
        var counts = await access.Orders().Where(o => o.CycleDays != null)
            .GroupBy(o => new { o.Area, o.SectorCode, Days = o.CycleDays!.Value })
            .Select(g => new { g.Key.Area, g.Key.SectorCode, g.Key.Days, Orders = g.Count() })
            .ToListAsync(ct);
        var byArea = counts.GroupBy(c => Areas.Code(c.Area)).Select(g => Distribution(g.Key, g.Select(c => (c.Days, c.Orders)))).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        var bySector = counts.GroupBy(c => c.SectorCode).Select(g => Distribution(g.Key, g.Select(c => (c.Days, c.Orders)))).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        var forecast = await ForecastAsync(today, ct);
        return new CycleOverview(today, late, byArea, bySector, forecast);
    }

    public async Task<IReadOnlyList<QuarterAmount>> ForecastAsync(DateOnly asOf, CancellationToken ct = default)
    {
        var orders = access.Orders();
        var backlog = await orders.Where(o => o.AcceptedOn == null)
            .GroupBy(o => new { o.Area, o.Signed, o.Overseas })
            .Select(g => new { g.Key.Area, g.Key.Signed, g.Key.Overseas, Fen = g.Sum(o => o.ContractExTaxFen), Orders = g.Count() })
            .ToListAsync(ct);
        var history = await orders.Where(o => o.CycleDays != null)
            .GroupBy(o => new { o.Area, Days = o.CycleDays!.Value })
            .Select(g => new { g.Key.Area, g.Key.Days, Orders = g.Count() })
            .ToListAsync(ct);
        return AcceptanceForecast.Compute(
            backlog.Select(b => new BacklogGroup(b.Area, b.Signed, b.Overseas, b.Fen, b.Orders)),
            history.Select(h => new CycleCount(h.Area, h.Days, h.Orders)),
            asOf);
    }

    private static CycleDistribution Distribution(string key, IEnumerable<(int Days, int Orders)> counts)
    {
        var list = counts.ToList();
        var byMonth = new int[MaxMonths + 1];
        foreach (var (days, n) in list)
        {
            byMonth[MonthOf(days)] += n;
        }

        var total = list.Sum(c => c.Orders);
        var inBand = list.Where(c => c.Days >= BandFromDays && c.Days <= BandToDays).Sum(c => c.Orders);
        return new CycleDistribution(key, total, MedianOfCounts(list), total == 0 ? 0 : decimal.Round(inBand * 100m / total, 1, MidpointRounding.AwayFromZero), byMonth);
    }

    /// <summary>The median of grouped values (same rule as <see cref="CycleRules.Median"/>) without expanding them.</summary>
    internal static int? MedianOfCounts(IReadOnlyList<(int Days, int Orders)> counts)
    {
        var total = counts.Sum(c => (long)c.Orders);
        if (total == 0)
        {
            return null;
        }

        int At(long index)
        {
            long seen = 0;
            foreach (var (days, n) in counts.OrderBy(c => c.Days))
            {
                seen += n;
                if (index < seen)
                {
                    return days;
                }
            }

            throw new InvalidOperationException();
        }

        return total % 2 == 1 ? At(total / 2) : CycleRules.Median([At((total / 2) - 1), At(total / 2)]);
    }

    /// <summary>
    /// Projects accepted after their planned date, and open projects past their planned acceptance or with a
    /// milestone behind plan; the most late first.
    /// </summary>
    public async Task<IReadOnlyList<LateEntry>> LateAsync(DateOnly asOf, int take = 500, CancellationToken ct = default)
    {
        var orders = access.Orders();
        var slippedIds = db.Milestones.Where(m => (m.Actual == null && m.Planned < asOf) || m.Actual > m.Planned).Select(m => m.OrderId);
        var candidates = await orders
            .Where(o => o.AcceptedOn > o.PlannedAcceptance || (o.AcceptedOn == null && (o.PlannedAcceptance < asOf || slippedIds.Contains(o.Id))))
            .ToListAsync(ct);
        var ids = candidates.Select(o => o.Id).ToList();
        var milestones = (await db.Milestones.Where(m => ids.Contains(m.OrderId)).ToListAsync(ct)).ToLookup(m => m.OrderId);
        return candidates
            .Select(o =>
            {
                var slipped = CycleRules.Slipped(milestones[o.Id].Select(m => (m.Kind, m.Planned, m.Actual)), asOf);
                return new LateEntry(
                    o.Id, o.Code, o.Title, o.ProjectManager, o.Area, o.Signed, o.PlannedAcceptance, o.AcceptedOn,
                    CycleRules.DaysLate(o.PlannedAcceptance, o.AcceptedOn, asOf),
                    slipped?.Kind,
                    slipped?.DaysLate ?? 0,
                    o.PlannedAcceptance.DayNumber - o.Signed.DayNumber,
                    o.CycleDays);
            })
            .OrderByDescending(e => e.AcceptanceDaysLate).ThenByDescending(e => e.SlippedDaysLate).ThenBy(e => e.Code)
            .Take(take)
            .ToList();
    }
}
