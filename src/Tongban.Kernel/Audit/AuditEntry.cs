namespace Tongban.Kernel.Audit;

/// <summary>
/// One link of the audit chain. <see cref="Hash"/> = HMAC-SHA-256 (key outside the database) over the previous entry's hash and
/// this entry's fields, so a changed, deleted or reordered entry breaks the chain from that point.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    /// <summary>Position in the chain, 1-based and gap-free.</summary>
    public long Seq { get; set; }

    /// <summary>UTC, truncated to the millisecond so both providers round-trip it exactly.</summary>
    public DateTime AtUtc { get; set; }

    public Guid? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    public Guid? OrgId { get; set; }

    /// <summary>create, update, delete, read, import, transition, ...</summary>
    public string Action { get; set; } = "";

    public string SubjectType { get; set; } = "";

    public string SubjectId { get; set; } = "";

    /// <summary>Field-level diff as canonical JSON: {"field":[old,new]}.</summary>
    public string Diff { get; set; } = "{}";

    /// <summary>The stated purpose, for reads of sensitive records.</summary>
    public string? Purpose { get; set; }

    public string PrevHash { get; set; } = "";

    public string Hash { get; set; } = "";
}

/// <summary>An audit entry the caller asks for explicitly (a sensitive read, an import, a run).</summary>
public sealed record AuditNote(string Action, string SubjectType, string SubjectId, Guid? OrgId, string Diff = "{}", string? Purpose = null);
