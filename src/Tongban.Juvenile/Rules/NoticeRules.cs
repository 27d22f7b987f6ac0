namespace Tongban.Juvenile.Rules;

public enum NoticeStatus
{
    NotRequired,
    Pending,
    OnTime,
    Late,
    Overdue,
}

/// <summary>Art. 32: a school that decides a management and education measure informs the guardians promptly.</summary>
public static class NoticeRules
{
    /// <summary>"Promptly" read as within 24 hours of the decision; later is flagged late.</summary>
    public static readonly TimeSpan Promptly = TimeSpan.FromHours(24);

    /// <summary>Art. 32: on time, late, still pending, or overdue (no notice and the window has passed).</summary>
    public static NoticeStatus Status(bool required, DateTime decidedUtc, DateTime? notifiedUtc, DateTime nowUtc)
    {
        if (!required)
        {
            return NoticeStatus.NotRequired;
        }

        if (notifiedUtc is { } n)
        {
            return n - decidedUtc <= Promptly ? NoticeStatus.OnTime : NoticeStatus.Late;
        }

        return nowUtc - decidedUtc <= Promptly ? NoticeStatus.Pending : NoticeStatus.Overdue;
    }
}
