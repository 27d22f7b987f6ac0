using Microsoft.EntityFrameworkCore;
using Tongban.Clinic.Patients;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic.FollowUp;

/// <summary>A line of the due list: overdue first, with days overdue, last contact and phone (Simple.org's overdue list).</summary>
public sealed record DueRow(
    Guid DueItemId,
    Guid PatientId,
    Guid TeamOrgId,
    string Name,
    string Phone,
    string Doctor,
    Programme Programme,
    FollowUpItem Item,
    DateOnly NextDueOn,
    int DaysOverdue,
    DateOnly? LastContactOn);

public sealed record DueFilter(Guid? TeamOrgId = null, string? Doctor = null, bool OverdueOnly = false, int WithinDays = 30, int Take = 500);

public sealed record IntervalView(Guid Id, Programme Programme, FollowUpItem Item, int IntervalMonths, DateOnly ValidFrom, string Source, bool InForce);

/// <summary>Follow-up intervals as dated data, items done, the due and overdue lists and reminder attempts.</summary>
internal sealed class FollowUpService(ClinicDb db, ClinicAccess access, SensitiveRecordAccess sensitive, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<IntervalView>> IntervalsAsync(CancellationToken ct = default)
    {
        var today = Today;
        var rows = await db.Intervals.AsNoTracking().ToListAsync(ct);
        var inForce = Enum.GetValues<Programme>().SelectMany(p => FollowUpRules.InForce(rows, p, today)).Select(r => r.Id).ToHashSet();
        return rows.OrderBy(r => r.Programme).ThenBy(r => r.Item).ThenByDescending(r => r.ValidFrom)
            .Select(r => new IntervalView(r.Id, r.Programme, r.Item, r.IntervalMonths, r.ValidFrom, r.Source, inForce.Contains(r.Id))).ToList();
    }

    /// <summary>
    /// A new interval for a programme's item from a date, with its source. Items of running enrolments follow it from
    /// that day: when it is in force today their next due date is recomputed from the last one done.
    /// </summary>
    public async Task SetIntervalAsync(Programme programme, FollowUpItem item, int months, DateOnly validFrom, string source, CancellationToken ct = default)
    {
        access.EnsureHeld(ClinicPermissions.EditSchedules);
        RuleViolation.ThrowIf(!Enum.IsDefined(programme), "programme", "clinic.programme-unknown", "Unknown programme.");
        RuleViolation.ThrowIf(!Enum.IsDefined(item), "item", "clinic.item-unknown", "Unknown follow-up item.");
        FollowUpRules.Interval(months);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(source) || source.Trim().Length > 300, "source", "clinic.interval-source", "Name the interval's source (at most 300 characters).");
        RuleViolation.ThrowIf(await db.Intervals.AnyAsync(i => i.Programme == programme && i.Item == item && i.ValidFrom == validFrom, ct), "validFrom", "clinic.interval-exists", "An interval for this item from this date exists.");
        db.Intervals.Add(new FollowUpInterval { Id = Guid.CreateVersion7(), Programme = programme, Item = item, IntervalMonths = months, ValidFrom = validFrom, Source = source.Trim() });
        var all = await db.Intervals.AsNoTracking().Where(i => i.Programme == programme && i.Item == item).ToListAsync(ct);
        if (validFrom <= Today && all.All(i => i.ValidFrom < validFrom))
        {
            foreach (var d in await db.DueItems.Where(d => d.Programme == programme && d.Item == item).ToListAsync(ct))
            {
                d.IntervalMonths = months;
                if (d.LastDoneOn is { } last)
                {
                    d.NextDueOn = FollowUpRules.NextDue(last, last, months);
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The due and overdue items of the teams the caller sees (one team or one doctor when asked): overdue first, the
    /// most overdue at the top, then those due within <see cref="DueFilter.WithinDays"/>. The read is audited.
    /// </summary>
    public async Task<IReadOnlyList<DueRow>> DueAsync(DueFilter filter, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var day = asOf ?? Today;
        var until = filter.OverdueOnly ? day.AddDays(-1) : day.AddDays(Math.Clamp(filter.WithinDays, 0, 366));
        var q = db.DueItems.AsNoTracking().Where(d => d.NextDueOn <= until);
        if (filter.TeamOrgId is { } team)
        {
            q = q.Where(d => d.OrgId == team);
        }

        if (!string.IsNullOrWhiteSpace(filter.Doctor))
        {
            var doctor = filter.Doctor.Trim();
            q = q.Where(d => d.Doctor == doctor);
        }

        var rows = await q.OrderBy(d => d.NextDueOn).ThenBy(d => d.Id).Take(Math.Clamp(filter.Take, 1, 5000))
            .Join(db.Patients, d => d.PatientId, p => p.Id, (d, p) => new { d, p.Name, p.Phone, p.LastContactOn })
            .ToListAsync(ct);
        await sensitive.RecordListAsync(db, nameof(DueItem), $"team={filter.TeamOrgId};doctor={filter.Doctor};overdue={filter.OverdueOnly};asOf={day:yyyy-MM-dd}", rows.Count, filter.TeamOrgId, null, ct);
        return rows.Select(r => new DueRow(r.d.Id, r.d.PatientId, r.d.OrgId, r.Name, r.Phone, r.d.Doctor, r.d.Programme, r.d.Item, r.d.NextDueOn, FollowUpRules.DaysOverdue(r.d.NextDueOn, day), r.LastContactOn)).ToList();
    }

    /// <summary>Items done on a day (at a visit): each one's next due date moves to the day plus its interval.</summary>
    public async Task RecordDoneAsync(Guid patientId, IReadOnlyCollection<FollowUpItem> items, DateOnly on, CancellationToken ct = default)
    {
        var patient = RuleViolation.Found(await db.Patients.SingleOrDefaultAsync(p => p.Id == patientId, ct), "patientId", "clinic.patient-unknown", "No such patient in your teams.");
        await access.EnsureAsync(ClinicPermissions.Treat, patient.OrgId, ct);
        RuleViolation.ThrowIf(on > Today, "on", "clinic.date-future", "The date is after today.");
        RuleViolation.ThrowIf(items.Count == 0, "items", "clinic.items-required", "Name at least one item done.");
        MarkDone(await db.DueItems.Where(d => d.PatientId == patientId).ToListAsync(ct), items, on);
        patient.LastContactOn = Max(patient.LastContactOn, on);
        await db.SaveChangesAsync(ct);
    }

    internal static void MarkDone(IEnumerable<DueItem> due, IReadOnlyCollection<FollowUpItem> items, DateOnly on)
    {
        foreach (var d in due.Where(d => items.Contains(d.Item) && (d.LastDoneOn is null || d.LastDoneOn < on)))
        {
            d.LastDoneOn = on;
            d.NextDueOn = FollowUpRules.NextDue(on, on, d.IntervalMonths);
        }
    }

    internal static DateOnly Max(DateOnly? a, DateOnly b) => a is { } x && x > b ? x : b;

    /// <summary>A reminder attempt: called or messaged, and the outcome (issue 14 item 1).</summary>
    public async Task RecordReminderAsync(Guid patientId, ReminderChannel channel, ReminderOutcome outcome, string? note, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(!Enum.IsDefined(channel), "channel", "clinic.channel-unknown", "Unknown channel.");
        RuleViolation.ThrowIf(!Enum.IsDefined(outcome), "outcome", "clinic.outcome-unknown", "Unknown outcome.");
        RuleViolation.ThrowIf((channel == ReminderChannel.Message) != (outcome == ReminderOutcome.MessageSent), "outcome", "clinic.outcome-channel", "A message's outcome is 'message sent'; a call's is what the patient said.");
        var patient = RuleViolation.Found(await db.Patients.SingleOrDefaultAsync(p => p.Id == patientId, ct), "patientId", "clinic.patient-unknown", "No such patient in your teams.");
        await access.EnsureAsync(ClinicPermissions.Remind, patient.OrgId, ct);
        var today = Today;
        db.Reminders.Add(new Reminder { Id = Guid.CreateVersion7(), OrgId = patient.OrgId, PatientId = patientId, Channel = channel, Outcome = outcome, On = today, By = access.Me, Note = note?.Trim() ?? "" });
        if (outcome is ReminderOutcome.Reached or ReminderOutcome.WillCome or ReminderOutcome.Declined or ReminderOutcome.MessageSent)
        {
            patient.LastContactOn = Max(patient.LastContactOn, today);
        }

        await db.SaveChangesAsync(ct);
    }
}
