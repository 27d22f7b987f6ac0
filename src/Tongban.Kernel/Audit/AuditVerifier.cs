using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Audit;

/// <summary>The verdict on the chain: OK with the number of entries, or the first entry that does not hold.
/// <c>NeedsAdoption</c>: the first bad entry is an unkeyed one of an earlier version, not a changed one.</summary>
public sealed record AuditVerification(bool Ok, long Count, Guid? FirstBadId, long? FirstBadSeq, string? Reason, bool NeedsAdoption = false);

/// <summary>What <see cref="AuditVerifier.AdoptLegacyAsync"/> found: the unkeyed entries adopted and the keyed ones after them.</summary>
public sealed record AuditAdoption(long Adopted, long KeyedAfter);

/// <summary>
/// Walks the whole chain in Seq order, in batches (constant memory), recomputing every hash.
/// A changed field breaks the entry's own hash; a deleted entry leaves a Seq gap and a broken
/// previous-hash link at the next one; swapped entries break both at the first of them. The hashes
/// are keyed (HMAC, key outside the database), so a rewritten entry cannot be given a valid hash;
/// the head is anchored outside the database (<see cref="AuditKeyring"/>), so removing entries from
/// the end shows against the latest anchor. A database written before the chain was keyed starts with
/// unkeyed entries: once adopted (<see cref="AdoptLegacyAsync"/>), that prefix is checked by the old rule
/// and its head against the keyed legacy anchor.
/// </summary>
public sealed class AuditVerifier(KernelDb db)
{
    public const int BatchSize = 2000;

    private const string Unadopted = "It was written by a version before the chain was keyed (2026-12-07) and has not been adopted: run `tongban audit adopt-legacy` once.";

    public async Task<AuditVerification> VerifyAsync(IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var anchor = db.Keyring.LatestAnchor();
        var legacy = db.Keyring.LegacyHead();
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
                var unkeyed = legacy is not null && entry.Seq <= legacy.Seq;
                var reason = Check(entry, lastSeq, prev, db.Keyring, unkeyed);
                if (reason is null && unkeyed && entry.Seq == legacy!.Seq && !string.Equals(entry.Hash, legacy.Hash, StringComparison.Ordinal))
                {
                    reason = $"It ends the unkeyed entries adopted at {legacy.AtUtc:O}, but its hash is not the one adopted then: an unkeyed entry was rewritten since.";
                }

                if (reason is null && anchor is not null && entry.Seq == anchor.Seq && !string.Equals(entry.Hash, anchor.Hash, StringComparison.Ordinal))
                {
                    reason = $"Its hash is not the one anchored outside the database at {anchor.AtUtc:O}: the chain was rewritten up to here.";
                }

                if (reason is not null)
                {
                    return new AuditVerification(false, count, entry.Id, entry.Seq, reason, reason == Unadopted);
                }

                prev = entry.Hash;
                lastSeq = entry.Seq;
                count++;
            }

            progress?.Report(count);
        }
    }

    /// <summary>
    /// Adopts the unkeyed entries a database written before 2026-12-07 starts with: the longest prefix that follows the
    /// old unkeyed rule, provided every entry after it follows the keyed rule, gets its head anchored under the key.
    /// Refused (nothing written) when there is nothing to adopt, when it was adopted already, or when the chain is
    /// broken; the refusal names the first bad entry. Returns the number of entries adopted.
    /// </summary>
    public async Task<AuditAdoption> AdoptLegacyAsync(DateTime nowUtc, CancellationToken ct = default)
    {
        await OrgScope.RequirePermissionAtRootAsync(db.OrgClosures, db.Scope, KernelPermissions.Administer, ct);
        var adopted = db.Keyring.LegacyHead();
        RuleViolation.ThrowIf(adopted is not null, "audit", "audit.legacy-adopted", $"The unkeyed entries 1 to {adopted?.Seq} were adopted already at {adopted?.AtUtc:O}.", ("seq", adopted?.Seq), ("at", adopted?.AtUtc));

        long lastSeq = 0, legacyCount = 0, keyedCount = 0;
        var prev = AuditHash.Genesis;
        var legacyHash = AuditHash.Genesis;
        var inLegacy = true;
        while (true)
        {
            var from = lastSeq;
            var batch = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.Seq > from).OrderBy(a => a.Seq).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var entry in batch)
            {
                if (inLegacy && Check(entry, lastSeq, prev, db.Keyring, unkeyed: true) is null)
                {
                    legacyCount++;
                    legacyHash = entry.Hash;
                }
                else
                {
                    inLegacy = false;
                    var reason = Check(entry, lastSeq, prev, db.Keyring, unkeyed: false);
                    RuleViolation.ThrowIf(
                        reason is not null,
                        "audit",
                        "audit.chain-broken",
                        $"Entry {entry.Seq} breaks the chain: {reason}",
                        ("seq", entry.Seq),
                        ("reason", reason));
                    keyedCount++;
                }

                prev = entry.Hash;
                lastSeq = entry.Seq;
            }
        }

        RuleViolation.ThrowIf(legacyCount == 0, "audit", "audit.no-legacy", "The chain has no unkeyed entries of an earlier version: there is nothing to adopt.");
        db.Keyring.AnchorLegacy(legacyCount, legacyHash, nowUtc);
        db.Audit(new AuditNote("adopt-legacy", "audit-chain", legacyCount.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        await db.SaveChangesAsync(ct);
        return new AuditAdoption(legacyCount, keyedCount);
    }

    /// <summary>
    /// Why <paramref name="entry"/> does not follow the entry (<paramref name="prevSeq"/>, <paramref name="prevHash"/>),
    /// or null; <paramref name="unkeyed"/> checks it by the rule of databases written before the chain was keyed.
    /// </summary>
    public static string? Check(AuditEntry entry, long prevSeq, string prevHash, AuditKeyring keyring, bool unkeyed = false)
    {
        if (entry.Seq != prevSeq + 1)
        {
            return $"Entry {prevSeq + 1} is missing: the chain goes from {prevSeq} to {entry.Seq}.";
        }

        if (!string.Equals(entry.PrevHash, prevHash, StringComparison.Ordinal))
        {
            return "Its previous-hash link does not match the entry before it: an entry was removed, replaced or reordered.";
        }

        if (string.Equals(unkeyed ? AuditHash.ComputeLegacy(entry, prevHash) : AuditHash.Compute(entry, prevHash, keyring), entry.Hash, StringComparison.Ordinal))
        {
            return null;
        }

        return !unkeyed && string.Equals(AuditHash.ComputeLegacy(entry, prevHash), entry.Hash, StringComparison.Ordinal)
            ? Unadopted
            : "Its hash does not match its fields: the entry was changed after it was written.";
    }
}
