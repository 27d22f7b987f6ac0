namespace Tongban.Kernel.Data;

/// <summary>
/// An org-owned row that its owner can share with other organisations: a transfer held by two offices,
/// a case referred to another agency. Callers whose grants cover a share's organisation see and update
/// the row as if it were theirs, but cannot move it to another owner.
/// </summary>
public interface ISharedRecord : IOrgOwned
{
    Guid Id { get; }
}

/// <summary>One organisation a shared record is open to (table kernel_record_shares).</summary>
public sealed class RecordShare
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The record's entity name, e.g. "JuvenileCase", for listings and the audit trail.</summary>
    public required string RecordType { get; set; }

    public Guid RecordId { get; set; }

    /// <summary>The organisation the record is open to; its subtree follows the caller's grants as usual.</summary>
    public Guid OrgId { get; set; }

    public required string Reason { get; set; }

    public DateTime SharedAtUtc { get; set; }

    /// <summary>A share of <paramref name="record"/> with <paramref name="orgId"/>; saving it needs the caller to see the record.</summary>
    public static RecordShare For<T>(T record, Guid orgId, string reason, DateTime atUtc)
        where T : ISharedRecord =>
        new() { RecordType = typeof(T).Name, RecordId = record.Id, OrgId = orgId, Reason = reason, SharedAtUtc = atUtc };
}
