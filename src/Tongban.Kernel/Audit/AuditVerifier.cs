using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;

namespace Tongban.Kernel.Audit;

/// <summary>The verdict on the chain: OK with the number of entries, or the first entry that does not hold.</summary>
public sealed record AuditVerification(bool Ok, long Count, Guid? FirstBadId, long? FirstBadSeq, string? Reason);

/// <summary>
/// Walks the whole chain in Seq order, in batches (constant memory), recomputing every hash.
/// A changed field breaks the entry's own hash; a deleted entry leaves a Seq gap and a broken
/// previous-hash link at the next one; swapped entries break both at the first of them. Removing
/// entries from the end of the chain leaves no trace in the chain itself: compare the count with
/// one recorded earlier (e.g. printed by a previous `tongban audit verify`).
/// </summary>
public sealed class AuditVerifier(KernelDb db)
{
    public const int BatchSize = 2000;

    public async Task<AuditVerification> VerifyAsync(IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var count = 0L;
        var lastSeq = 0L;
        var prev = AuditHash.Genesis;
        while (true)
        {
            var from = lastSeq;
            var batch = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.Seq > from)
                .OrderBy(a => a.Seq)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                return new AuditVerification(true, count, null, null, null);
            }

            foreach (var entry in batch)
            {
                var reason = Check(entry, lastSeq, prev);
                if (reason is not null)
                {
                    return new AuditVerification(false, count, entry.Id, entry.Seq, reason);
                }

                prev = entry.Hash;
                lastSeq = entry.Seq;
                count++;
            }

            progress?.Report(count);
        }
    }

    /// <summary>Why <paramref name="entry"/> does not follow the entry (<paramref name="prevSeq"/>, <paramref name="prevHash"/>), or null.</summary>
    public static string? Check(AuditEntry entry, long prevSeq, string prevHash)
    {
        if (entry.Seq != prevSeq + 1)
        {
            return $"Entry {prevSeq + 1} is missing: the chain goes from {prevSeq} to {entry.Seq}.";
        }

        if (!string.Equals(entry.PrevHash, prevHash, StringComparison.Ordinal))
        {
            return "Its previous-hash link does not match the entry before it: an entry was removed, replaced or reordered.";
        }

        return string.Equals(AuditHash.Compute(entry, prevHash), entry.Hash, StringComparison.Ordinal)
            ? null
            : "Its hash does not match its fields: the entry was changed after it was written.";
    }
}
