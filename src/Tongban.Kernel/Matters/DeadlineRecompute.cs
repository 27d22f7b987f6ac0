using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;

namespace Tongban.Kernel.Matters;

/// <summary>A due date that moved when the holiday notice of a year it was counted through was loaded.</summary>
public sealed record MovedDeadline(
    string Kind,
    Guid Id,
    string Reference,
    string Title,
    Guid OrgId,
    DateOnly? WasDueOn,
    DateOnly? DueOn,
    int? WasProvisionalYear,
    int? ProvisionalYear);

/// <summary>
/// Due dates counted through a year without a State Council notice are provisional (the days off derived from the
/// holiday regulation, without the adjusted working weekends). When the notice is loaded later (an override file,
/// or a new embedded year), each of these recounts its open due dates against it. The kernel's matters are one;
/// a module with due dates of its own registers another.
/// </summary>
public interface IDeadlineRecompute
{
    /// <summary>Recounts the open due dates that depended on a year that now has a notice; saves and returns the changed ones.</summary>
    Task<IReadOnlyList<MovedDeadline>> RecomputeAsync(CancellationToken ct);
}

/// <summary>The kernel's matters: a working-day due date is recounted from the instant its state was entered.</summary>
public sealed class MatterDeadlineRecompute(KernelDb db, WorkflowRegistry workflows, WorkingDayCalendar calendar) : IDeadlineRecompute
{
    public async Task<IReadOnlyList<MovedDeadline>> RecomputeAsync(CancellationToken ct)
    {
        // Only a year that has a notice now can change an answer; one that is still provisional gives the same one.
        var noticeYears = calendar.Years.ToList();
        var open = await db.Matters
            .Where(m => !m.Closed && m.DueProvisionalYear != null && noticeYears.Contains(m.DueProvisionalYear.Value))
            .ToListAsync(ct);
        var moved = new List<MovedDeadline>();
        foreach (var matter in open)
        {
            if (workflows.Find(matter.Workflow)?.FindState(matter.State) is not { } state)
            {
                continue;
            }

            var due = Deadlines.Due(state.Deadline, matter.StateEnteredUtc, calendar);
            moved.Add(new MovedDeadline(
                "matter", matter.Id, matter.Reference, matter.Title, matter.OrgId, matter.DueOn, due.On, matter.DueProvisionalYear, due.ProvisionalYear));
            matter.DueOn = due.On;
            matter.DueUtc = due.Utc;
            matter.DueProvisionalYear = due.ProvisionalYear;
        }

        // One audit entry per matter whose due date or mark changed, in one transaction.
        await db.SaveChangesAsync(ct);
        return moved;
    }
}
