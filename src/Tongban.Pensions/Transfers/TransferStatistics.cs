using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;

namespace Tongban.Pensions.Transfers;

public sealed record MonthCount(int Year, int Month, int Transfers);

public sealed record StepAverage(TransferStep Step, int Taken, double AverageWorkingDays);

/// <summary>Transfers by voucher month, working days per step, and the share of steps finished late or open past due.</summary>
public sealed record TransferStatisticsView(IReadOnlyList<MonthCount> ByMonth, IReadOnlyList<StepAverage> Steps, int DeadlineSteps, int Late, double ShareOverdue);

/// <summary>Statistics over the transfers the caller may see; the counting runs in the database.</summary>
public sealed class TransferStatistics(PensionsDb db, TransferService transfers, TimeProvider clock)
{
    public async Task<TransferStatisticsView> ComputeAsync(CancellationToken ct = default)
    {
        var visible = transfers.Visible().Select(t => t.Id);
        var events = db.Events.Where(e => visible.Contains(e.TransferId));
        var byMonth = await events.Where(e => e.Step == TransferStep.VoucherIssued)
            .GroupBy(e => new { e.TakenOn.Year, e.TakenOn.Month })
            .Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Count()))
            .ToListAsync(ct);
        var steps = await events.Where(e => e.Step != TransferStep.VoucherIssued)
            .GroupBy(e => e.Step)
            .Select(g => new StepAverage(g.Key, g.Count(), g.Average(e => (double)e.WorkingDays)))
            .ToListAsync(ct);

        // A deadline step is one with a due date: finished (late when after its due date) or still open past it.
        var today = ChinaTime.Today(clock);
        var finished = await events.Where(e => e.DueOn != null).CountAsync(ct);
        var finishedLate = await events.Where(e => e.DueOn != null && e.TakenOn > e.DueOn).CountAsync(ct);
        var open = await transfers.Visible().Where(t => t.DueOn != null && t.Step != TransferStep.Completed).CountAsync(ct);
        var openLate = await transfers.Visible().Where(t => t.DueOn != null && t.Step != TransferStep.Completed && t.DueOn < today).CountAsync(ct);
        var total = finished + open;
        var late = finishedLate + openLate;
        return new TransferStatisticsView(
            byMonth.OrderBy(m => m.Year).ThenBy(m => m.Month).ToList(),
            steps.OrderBy(s => s.Step).ToList(),
            total,
            late,
            total == 0 ? 0 : (double)late / total);
    }
}
