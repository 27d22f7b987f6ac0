using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Audit;

/// <summary>
/// Reads of records a module treats as sensitive (sealed juvenile records, medical details, ...):
/// the reader states a purpose, and the read is written to the audit chain with it. The entry is
/// saved with the context's SaveChanges, so changes pending on that context are saved with it.
/// </summary>
public sealed class SensitiveRecordAccess(TimeProvider clock)
{
    public const int PurposeMinLength = 4;
    public const int PurposeMaxLength = 500;

    public static RuleResult PurposeRule(string? purpose)
    {
        var text = purpose?.Trim() ?? "";
        if (text.Length < PurposeMinLength)
        {
            return RuleResult.Refused("audit.purpose-required", $"Reading a sensitive record needs a stated purpose of at least {PurposeMinLength} characters.", ("purposeMinLength", PurposeMinLength));
        }

        return text.Length > PurposeMaxLength
            ? RuleResult.Refused("audit.purpose-too-long", $"The stated purpose is longer than {PurposeMaxLength} characters.", ("purposeMaxLength", PurposeMaxLength))
            : RuleResult.Allowed;
    }

    /// <summary>Writes a "read" entry for a record already loaded by the caller.</summary>
    public async Task RecordReadAsync(IAuditedContext context, string subjectType, string subjectId, Guid? orgId, string purpose, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        PurposeRule(purpose).ThrowIfRefused("purpose");
        context.Audit(new AuditNote("read", subjectType, subjectId, orgId, Purpose: purpose.Trim()));
        await context.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Loads the one record matching <paramref name="which"/> through the caller's scope and records
    /// the read. Null when no such record exists or it lies outside the caller's grants; nothing is
    /// recorded then.
    /// </summary>
    public async Task<T?> ReadAsync<T>(IAuditedContext context, Expression<Func<T, bool>> which, string purpose, CancellationToken ct = default)
        where T : class, IOrgOwned
    {
        ArgumentNullException.ThrowIfNull(context);
        PurposeRule(purpose).ThrowIfRefused("purpose");
        var record = await context.Set<T>().SingleOrDefaultAsync(which, ct);
        if (record is null)
        {
            return null;
        }

        await RecordReadAsync(context, typeof(T).Name, SubjectId(context.Entry(record)), record.OrgId, purpose, ct);
        return record;
    }

    /// <summary>
    /// Refuses (<paramref name="rule"/>) when <paramref name="limit"/> entries of <paramref name="action"/> were written in the last
    /// <paramref name="window"/> by the actor (or, for an anonymous lookup, for the subject). Counted from the audit chain
    /// itself, so every attempt that counts is one that was audited.
    /// </summary>
    public async Task ThrottleAsync(
        IAuditedContext context, string action, Guid? actorId, string? subjectId, int limit, TimeSpan window, string rule, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var since = AuditHash.Truncate(clock.GetUtcNow() - window);
        var recent = context.Set<AuditEntry>().IgnoreQueryFilters().AsNoTracking().Where(a => a.Action == action && a.AtUtc >= since);
        recent = actorId is { } actor ? recent.Where(a => a.ActorId == actor) : recent.Where(a => a.SubjectId == subjectId);
        var count = await recent.CountAsync(ct);
        RuleViolation.ThrowIf(
            count >= limit,
            actorId is null ? "subject" : "actor",
            rule,
            $"At most {limit} of these in {window.TotalMinutes:0} minutes; try again later.");
    }

    /// <summary>
    /// Writes one "read-list" entry for a list or export of sensitive records: who (the actor), why (the purpose, when
    /// stated), which filter and how many rows. Issue 21 (6): every such read goes through here.
    /// </summary>
    public async Task RecordListAsync(IAuditedContext context, string subjectType, string filter, int rows, Guid? orgId, string? purpose, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var filterJson = System.Text.Json.JsonSerializer.Serialize(new SortedDictionary<string, object>(StringComparer.Ordinal) { ["filter"] = filter, ["rows"] = rows });
        context.Audit(new AuditNote("read-list", subjectType, "", orgId, filterJson, string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim()));
        await context.SaveChangesAsync(ct);
    }

    /// <summary>The record's "Id" when it has one, else its primary key values joined by commas.</summary>
    private static string SubjectId(EntityEntry entry)
    {
        string[] names = entry.Metadata.FindProperty("Id") is { } id
            ? [id.Name]
            : entry.Metadata.FindPrimaryKey()!.Properties.Select(p => p.Name).ToArray();
        return string.Join(",", names.Select(n => Convert.ToString(entry.Property(n).CurrentValue, CultureInfo.InvariantCulture)));
    }
}
