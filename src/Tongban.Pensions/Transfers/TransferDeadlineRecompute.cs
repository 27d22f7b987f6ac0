using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Matters;

namespace Tongban.Pensions.Transfers;

/// <summary>
/// Notice art. 8(I)3-5 due dates of open transfers, recounted from the day the last step was taken once a holiday notice
/// is loaded. Transfers keep no provisional mark, so every open one with a deadline is recounted; only those whose date
/// changes are written (and audited).
/// </summary>
internal sealed class TransferDeadlineRecompute(PensionsDb db, WorkingDayCalendar calendar) : IDeadlineRecompute
{
    public async Task<IReadOnlyList<MovedDeadline>> RecomputeAsync(CancellationToken ct)
    {
        var open = await db.Transfers.Where(t => t.DueOn != null && t.Step != TransferStep.Completed).ToListAsync(ct);
        var moved = new List<MovedDeadline>();
        foreach (var transfer in open)
        {
            var due = TransferRules.DueAfter(transfer.Step, transfer.StepTakenOn, calendar);
            if (due == transfer.DueOn)
            {
                continue;
            }

            var year = due is { } d ? Deadlines.ProvisionalYear(calendar, transfer.StepTakenOn, d) : null;
            // The voucher code opens the progress page, so the listing names the transfer by its id.
            moved.Add(new MovedDeadline("pension-transfer", transfer.Id, transfer.Id.ToString(), transfer.Step.ToString(), transfer.OrgId, transfer.DueOn, due, null, year));
            transfer.DueOn = due;
        }

        await db.SaveChangesAsync(ct);
        return moved;
    }
}
