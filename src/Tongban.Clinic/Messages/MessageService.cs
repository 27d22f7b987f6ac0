using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic.Messages;

/// <summary>The message centre (issue 14 item 6): messages entered for patients, each doctor's inbox with how long each has waited, replies and the median reply time.</summary>
internal sealed class MessageService(ClinicDb db, ClinicAccess access, SensitiveRecordAccess sensitive, TimeProvider clock)
{
    public async Task<Guid> ReceiveAsync(Guid patientId, string text, CancellationToken ct = default)
    {
        var patient = RuleViolation.Found(await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, ct), "patientId", "clinic.patient-unknown", "No such patient in your teams.");
        await access.EnsureAsync(ClinicPermissions.Remind, patient.OrgId, ct);
        var message = new PatientMessage
        {
            Id = Guid.CreateVersion7(),
            OrgId = patient.OrgId,
            PatientId = patient.Id,
            Doctor = patient.Doctor,
            Text = MessageRules.Text(text, "text"),
            ReceivedUtc = clock.GetUtcNow().UtcDateTime,
            EnteredBy = access.Me,
        };
        db.Messages.Add(message);
        await db.SaveChangesAsync(ct);
        return message.Id;
    }

    public async Task ReplyAsync(Guid messageId, string text, CancellationToken ct = default)
    {
        var message = RuleViolation.Found(await db.Messages.SingleOrDefaultAsync(m => m.Id == messageId, ct), "messageId", "clinic.message-unknown", "No such message in your teams.");
        await access.EnsureAsync(ClinicPermissions.Treat, message.OrgId, ct);
        RuleViolation.ThrowIf(message.RepliedUtc is not null, "messageId", "clinic.message-replied", "This message has its reply.");
        var now = clock.GetUtcNow().UtcDateTime;
        message.Reply = MessageRules.Text(text, "reply");
        message.RepliedUtc = now;
        message.RepliedBy = access.Me;
        message.ReplyMinutes = (int)Math.Max(0, (now - message.ReceivedUtc).TotalMinutes);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A doctor's inbox (or all the caller's teams'), unanswered first and the longest waiting at the top; the read is audited.</summary>
    public async Task<IReadOnlyList<InboxRow>> InboxAsync(string? doctor, bool unansweredOnly, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var q = db.Messages.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(doctor))
        {
            var d = doctor.Trim();
            q = q.Where(m => m.Doctor == d);
        }

        if (unansweredOnly)
        {
            q = q.Where(m => m.RepliedUtc == null);
        }

        var rows = await q.OrderBy(m => m.RepliedUtc != null).ThenBy(m => m.ReceivedUtc).Take(500)
            .Join(db.Patients, m => m.PatientId, p => p.Id, (m, p) => new { m, p.Name }).ToListAsync(ct);
        await sensitive.RecordListAsync(db, nameof(PatientMessage), $"doctor={doctor};unanswered={unansweredOnly}", rows.Count, null, null, ct);
        return rows.Select(r => new InboxRow(r.m.Id, r.m.PatientId, r.Name, r.m.Doctor, r.m.Text, r.m.ReceivedUtc,
            (int)((r.m.RepliedUtc ?? now) - r.m.ReceivedUtc).TotalMinutes, r.m.Reply, r.m.RepliedUtc)).ToList();
    }

    /// <summary>Per doctor: messages, replied, unanswered and the median reply time in hours.</summary>
    public async Task<IReadOnlyList<ReplyStat>> StatsAsync(CancellationToken ct = default)
    {
        var rows = await db.Messages.AsNoTracking().Select(m => new { m.Doctor, m.ReplyMinutes }).ToListAsync(ct);
        return rows.GroupBy(r => r.Doctor).OrderBy(g => g.Key)
            .Select(g => new ReplyStat(g.Key, g.Count(), g.Count(r => r.ReplyMinutes is not null), g.Count(r => r.ReplyMinutes is null), MessageRules.MedianHours(g.Where(r => r.ReplyMinutes is not null).Select(r => r.ReplyMinutes!.Value).ToList())))
            .ToList();
    }
}
