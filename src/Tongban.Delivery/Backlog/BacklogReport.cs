using Microsoft.EntityFrameworkCore;
using Tongban.Delivery.Cycles;
using Tongban.Kernel.Calendar;

namespace Tongban.Delivery.Backlog;

/// <summary>Orders in hand by quarter of planned acceptance, domestic and overseas; planned dates already past are "overdue".</summary>
internal sealed record BacklogQuarter(string Label, bool Overdue, int Orders, long DomesticFen, long OverseasFen)
{
    public long TotalFen => DomesticFen + OverseasFen;
}

internal sealed record BacklogOverview(DateOnly AsOf, int Orders, long DomesticFen, long OverseasFen, IReadOnlyList<BacklogQuarter> ByPlannedQuarter, IReadOnlyList<QuarterAmount> ExpectedRevenue);

/// <summary>Backlog and expected revenue by quarter: GROUP BY in the database, quarters and the forecast in memory over the groups.</summary>
internal sealed class BacklogReport(DeliveryAccess access, CycleReport cycles, TimeProvider clock)
{
    public async Task<BacklogOverview> ComputeAsync(DateOnly? asOf = null, CancellationToken ct = default)
    {
        var today = asOf ?? ChinaTime.Today(clock);
        var groups = await access.Orders().Where(o => o.AcceptedOn == null)
            .GroupBy(o => new { o.PlannedAcceptance, o.Overseas })
            .Select(g => new { g.Key.PlannedAcceptance, g.Key.Overseas, Fen = g.Sum(o => o.ContractExTaxFen), Orders = g.Count() })
            .ToListAsync(ct);
        var quarters = groups
            .GroupBy(g => g.PlannedAcceptance < today ? (Year: 0, Quarter: 0) : CycleRules.QuarterOf(g.PlannedAcceptance))
            .OrderBy(g => g.Key)
            .Select(g => new BacklogQuarter(
                g.Key.Year == 0 ? "overdue" : $"{g.Key.Year}Q{g.Key.Quarter}",
                g.Key.Year == 0,
                g.Sum(x => x.Orders),
                g.Where(x => !x.Overseas).Sum(x => x.Fen),
                g.Where(x => x.Overseas).Sum(x => x.Fen)))
            .ToList();
        var forecast = await cycles.ForecastAsync(today, ct);
        return new BacklogOverview(
            today,
            groups.Sum(g => g.Orders),
            groups.Where(g => !g.Overseas).Sum(g => g.Fen),
            groups.Where(g => g.Overseas).Sum(g => g.Fen),
            quarters,
            forecast);
    }
}
