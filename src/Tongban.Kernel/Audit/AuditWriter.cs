using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Audit;

/// <summary>
/// Writes the audit entries of one SaveChanges in the same transaction as the change. The chain
/// head is read under a lock (an advisory transaction lock on PostgreSQL; SQLite's IMMEDIATE
/// transaction is already the database's single writer), so parallel writers never fork it.
/// </summary>
internal static class AuditWriter
{
    // Any fixed number: the key of the PostgreSQL advisory lock that serialises chain appends.
    private const long ChainLockKey = 0x7467_6261_6e5f_6175;

    private static readonly HashSet<string> RedactedNames = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash",
    };

    public static async Task<int> SaveAsync(
        DbContext ctx,
        CallerScope scope,
        PermissionScope writeScope,
        KernelServices kernel,
        List<AuditNote> notes,
        Func<CancellationToken, Task<int>> save,
        CancellationToken ct)
    {
        ctx.ChangeTracker.DetectChanges();
        // OrgClosure rows are not audited: they are derived from OrgNode.ParentId, whose changes are.
        var changed = ctx.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not (AuditEntry or OrgClosure))
            .ToList();
        var clock = kernel.Clock;
        var keyring = kernel.Keyring;
        var pending = new List<AuditEntry>();
        foreach (var e in changed)
        {
            if (Describe(e, keyring) is { } described)
            {
                // A child row (a behaviour on a case) has no org: its entry takes its parent's, so it follows that org's scope.
                if (described.OrgId is null && e.Entity is IChildRecord child)
                {
                    described.OrgId = await ParentOrgAsync(ctx, child, ct);
                }

                pending.Add(described);
            }
        }

        pending.AddRange(notes.Select(n => new AuditEntry
        {
            Action = n.Action,
            SubjectType = n.SubjectType,
            SubjectId = n.SubjectId,
            OrgId = n.OrgId,
            Diff = n.Diff,
            Purpose = n.Purpose,
        }));
        notes.Clear();
        if (pending.Count == 0)
        {
            return await save(ct);
        }

        await EnsureInScopeAsync(ctx, writeScope, changed, ct);

        var owned = ctx.Database.CurrentTransaction is null ? await ctx.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (ctx.Database.IsNpgsql())
            {
                await ctx.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", ct);
            }

            var head = await ctx.Set<AuditEntry>().IgnoreQueryFilters().AsNoTracking()
                .OrderByDescending(a => a.Seq).Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(ct);
            var seq = head?.Seq ?? 0;
            var prev = head?.Hash ?? AuditHash.Genesis;
            var at = AuditHash.Truncate(clock.GetUtcNow());
            foreach (var entry in pending)
            {
                entry.Id = Guid.CreateVersion7();
                entry.Seq = ++seq;
                entry.AtUtc = at;
                entry.ActorId = scope.UserId;
                entry.ActorName = scope.ActorName;
                entry.PrevHash = prev;
                entry.Hash = AuditHash.Compute(entry, prev, keyring);
                prev = entry.Hash;
                ctx.Add(entry);
            }

            var written = await save(ct);
            if (owned is not null)
            {
                await owned.CommitAsync(ct);
                // The head goes outside the database every so often; an enclosing transaction's owner may still roll
                // back, so only a save that committed its own transaction anchors.
                keyring.MaybeAnchor(seq, prev, at);
            }

            return written;
        }
        catch
        {
            foreach (var entry in pending)
            {
                ctx.Entry(entry).State = EntityState.Detached;
            }

            if (owned is not null)
            {
                await owned.RollbackQuietlyAsync();
            }

            throw;
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// A caller may only write rows of organisations the context's view permission opens to them, or shared records open to an
    /// organisation they cover, and those only where they stay with their owner.
    /// </summary>
    private static async Task EnsureInScopeAsync(DbContext ctx, PermissionScope scope, List<EntityEntry> changed, CancellationToken ct)
    {
        if (scope.Unrestricted)
        {
            return;
        }

        var closure = ctx.Set<OrgClosure>();
        foreach (var entry in changed.Where(e => e.Entity is IOrgOwned))
        {
            var orgId = ((IOrgOwned)entry.Entity).OrgId;
            // The org a row moves out of counts as much as the one it moves into.
            var original = entry.State == EntityState.Added ? orgId : (Guid)entry.Property(nameof(IOrgOwned.OrgId)).OriginalValue!;
            foreach (var org in original == orgId ? [orgId] : new[] { orgId, original })
            {
                if (await OrgScope.ReachesAsync(closure, scope, org, ct)
                    || (entry.State != EntityState.Added && original == orgId && entry.Entity is ISharedRecord shared
                        && await SharedWithCallerAsync(ctx, scope, shared.Id, ct)))
                {
                    continue;
                }

                throw new RuleViolation("orgId", "scope.outside-grants", $"Organisation {org} is outside your grants; nothing was saved.", ("org", org));
            }
        }

        // Opening or closing a share needs the caller to see the record (as its owner or through another share).
        var addedHere = changed.Where(e => e.State == EntityState.Added).Select(e => e.Entity).OfType<ISharedRecord>().Select(r => r.Id).ToHashSet();
        foreach (var share in changed.Select(e => e.Entity).OfType<RecordShare>().Where(s => !addedHere.Contains(s.RecordId)))
        {
            var type = ctx.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == share.RecordType && typeof(ISharedRecord).IsAssignableFrom(t.ClrType))
                ?? throw new RuleViolation("recordType", "scope.share-unknown-record", $"{share.RecordType} is not a shared record of this context; nothing was saved.", ("recordType", share.RecordType));
            var visible = (Task<bool>)VisibleMethod.MakeGenericMethod(type.ClrType).Invoke(null, [ctx, share.RecordId, ct])!;
            if (!await visible)
            {
                throw new RuleViolation("recordId", "scope.outside-grants", $"{share.RecordType} {share.RecordId} is outside your grants; nothing was saved.", ("recordType", share.RecordType), ("recordId", share.RecordId));
            }
        }
    }

    private static readonly MethodInfo VisibleMethod = typeof(AuditWriter).GetMethod(nameof(VisibleAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<bool> VisibleAsync<T>(DbContext ctx, Guid id, CancellationToken ct)
        where T : class, ISharedRecord =>
        ctx.Set<T>().AnyAsync(x => x.Id == id, ct);

    private static Task<bool> SharedWithCallerAsync(DbContext ctx, PermissionScope scope, Guid recordId, CancellationToken ct) =>
        ctx.Set<RecordShare>().Where(s => s.RecordId == recordId).AnyAsync(OrgScope.Sees<RecordShare>(() => scope, () => ctx.Set<OrgClosure>(), s => s.OrgId), ct);

    private static async Task<Guid?> ParentOrgAsync(DbContext ctx, IChildRecord child, CancellationToken ct)
    {
        var parent = ctx.Model.FindEntityType(child.ParentType);
        if (parent is null)
        {
            return null;
        }

        var found = await ctx.FindAsync(child.ParentType, [child.ParentRecordId], ct);
        return (found as IOrgOwned)?.OrgId;
    }

    private static AuditEntry? Describe(EntityEntry entry, AuditKeyring keyring)
    {
        var personal = entry.Metadata.ClrType.GetCustomAttribute<PersonalRecordAttribute>() is not null;
        var diff = new SortedDictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var prop in entry.Properties)
        {
            var name = prop.Metadata.Name;
            var redacted = RedactedNames.Contains(name)
                || prop.Metadata.PropertyInfo?.GetCustomAttribute<AuditRedactedAttribute>() is not null;
            var before = entry.State == EntityState.Added ? null : Format(prop.OriginalValue);
            var after = entry.State == EntityState.Deleted ? null : Format(prop.CurrentValue);
            if (entry.State == EntityState.Modified && (!prop.IsModified || before == after))
            {
                continue;
            }

            if (before is null && after is null)
            {
                continue;
            }

            if (redacted)
            {
                diff[name] = ["***", "***"];
            }
            else if (personal && !IsPlain(prop))
            {
                // Issue 21 (5): the diff of a personal record names the field and hashes the values (keyed).
                diff[name] = [before is null ? null : keyring.ValueHash(before), after is null ? null : keyring.ValueHash(after)];
            }
            else
            {
                diff[name] = [before, after];
            }
        }

        if (entry.State == EntityState.Modified && diff.Count == 0)
        {
            return null;
        }

        var key = entry.Metadata.FindPrimaryKey();
        var subjectId = key is null
            ? ""
            : string.Join(",", key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
        return new AuditEntry
        {
            Action = entry.State switch
            {
                EntityState.Added => "create",
                EntityState.Deleted => "delete",
                _ => "update",
            },
            SubjectType = entry.Metadata.ClrType.Name,
            SubjectId = subjectId,
            OrgId = entry.Entity switch
            {
                IOrgOwned owned => owned.OrgId,
                OrgNode node => node.Id,
                _ => null,
            },
            Diff = JsonSerializer.Serialize(diff),
        };
    }

    /// <summary>Keys and references (Guids), and properties marked plain, are not personal.</summary>
    private static bool IsPlain(PropertyEntry prop) =>
        prop.Metadata.ClrType == typeof(Guid) || prop.Metadata.ClrType == typeof(Guid?)
        || prop.Metadata.PropertyInfo?.GetCustomAttribute<AuditPlainAttribute>() is not null;

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
