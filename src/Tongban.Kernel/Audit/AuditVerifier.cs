using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;

namespace Tongban.Kernel.Audit;

/// <summary>The verdict on the chain: OK with the number of entries, or the first entry that does not hold.</summary>
public sealed record AuditVerification(bool Ok, long Count, Guid? FirstBadId, long? FirstBadSeq, string? Reason);

/// <summary>
/// Walks the whole chain in Seq order, in batches (constant memory), recomputing every hash.
/// A changed field breaks the entry's own hash; a deleted entry leaves a Seq gap and a broken
/// previous-hash link at the next one; swapped entries break both at the first of them. The hashes
/// are keyed (HMAC, key outside the database), so a rewritten entry cannot be given a valid hash;
/// the head is anchored outside the database (<see cref="AuditKeyring"/>), so removing entries from
/// the end shows against the latest anchor.
/// </summary>
public sealed class AuditVerifier(KernelDb db)
{
    public const int BatchSize = 2000;

    public async Task<AuditVerification> VerifyAsync(IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var anchor = db.Keyring.LatestAnchor();
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
                // The anchor outside the database names an entry the chain no longer reaches: the tail was cut.
                return anchor is not null && anchor.Seq > lastSeq
                    ? new AuditVerification(false, count, null, lastSeq + 1, $"The chain ends at entry {lastSeq}, but entry {anchor.Seq} was anchored outside the database at {anchor.AtUtc:O}: entries were removed from the end.")
                    : new AuditVerification(true, count, null, null, null);
            }

            foreach (var entry in batch)
            {
                var reason = Check(entry, lastSeq, prev, db.Keyring);
                if (reason is null && anchor is not null && entry.Seq == anchor.Seq && !string.Equals(entry.Hash, anchor.Hash, StringComparison.Ordinal))
                {
                    reason = $"Its hash is not the one anchored outside the database at {anchor.AtUtc:O}: the chain was rewritten up to here.";
                }

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
    public static string? Check(AuditEntry entry, long prevSeq, string prevHash, AuditKeyring keyring)
    {
        if (entry.Seq != prevSeq + 1)
        {
            return $"Entry {prevSeq + 1} is missing: the chain goes from {prevSeq} to {entry.Seq}.";
        }

        if (!string.Equals(entry.PrevHash, prevHash, StringComparison.Ordinal))
        {
            return "Its previous-hash link does not match the entry before it: an entry was removed, replaced or reordered.";
        }

        return string.Equals(AuditHash.Compute(entry, prevHash, keyring), entry.Hash, StringComparison.Ordinal)
            ? null
            : "Its hash does not match its fields: the entry was changed after it was written.";
    }
}
