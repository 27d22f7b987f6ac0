using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic.Messages;

/// <summary>A patient's message to their doctor and the doctor's reply (seed 01: "he will reply one by one").</summary>
[PersonalRecord]
public sealed class PatientMessage : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid PatientId { get; set; }

    /// <summary>The doctor it is addressed to (user name).</summary>
    [AuditPlain]
    public string Doctor { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTime ReceivedUtc { get; set; }

    /// <summary>Who entered it: a staff member's user name.</summary>
    [AuditPlain]
    public string EnteredBy { get; set; } = "";

    public string? Reply { get; set; }

    public DateTime? RepliedUtc { get; set; }

    [AuditPlain]
    public string? RepliedBy { get; set; }

    /// <summary>Minutes from receipt to reply, kept so the median is computed from one column.</summary>
    public int? ReplyMinutes { get; set; }
}

public sealed record InboxRow(Guid Id, Guid PatientId, string Patient, string Doctor, string Text, DateTime ReceivedUtc, int WaitedMinutes, string? Reply, DateTime? RepliedUtc);

public sealed record ReplyStat(string Doctor, int Messages, int Replied, int Unanswered, double? MedianReplyHours);

/// <summary>Message rules.</summary>
public static class MessageRules
{
    public static string Text(string? text, string field)
    {
        var t = text?.Trim() ?? "";
        RuleViolation.ThrowIf(t.Length is 0 or > 2000, field, "clinic.message-text", "A message or reply is 1 to 2000 characters.");
        return t;
    }

    /// <summary>The median of the reply times (the middle one, or the mean of the two middle ones), in hours.</summary>
    public static double? MedianHours(IReadOnlyList<int> minutes)
    {
        if (minutes.Count == 0)
        {
            return null;
        }

        var sorted = minutes.Order().ToList();
        var mid = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        return Math.Round(median / 60.0, 1, MidpointRounding.AwayFromZero);
    }
}
