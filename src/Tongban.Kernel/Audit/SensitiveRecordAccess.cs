using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Audit;

/// <summary>
/// Reads of records a module treats as sensitive (sealed juvenile records, medical details, ...):
/// the reader states a purpose, and the read is written to the audit chain with it. The entry is
/// saved with the context's SaveChanges, so changes pending on that context are saved with it.
/// </summary>
public sealed class SensitiveRecordAccess
{
    public const int PurposeMinLength = 4;
    public const int PurposeMaxLength = 500;

    public static RuleResult PurposeRule(string? purpose)
    {
        var text = purpose?.Trim() ?? "";
        if (text.Length < PurposeMinLength)
        {
            return RuleResult.Refused("audit.purpose-required", $"Reading a sensitive record needs a stated purpose of at least {PurposeMinLength} characters.");
        }

        return text.Length > PurposeMaxLength
            ? RuleResult.Refused("audit.purpose-too-long", $"The stated purpose is longer than {PurposeMaxLength} characters.")
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
    /// Loads one record by key through the caller's scope and records the read. Null when the record
    /// does not exist or lies outside the caller's grants; nothing is recorded then.
    /// </summary>
    public async Task<T?> ReadAsync<T>(IAuditedContext context, object id, string purpose, CancellationToken ct = default)
        where T : class, IOrgOwned
    {
        ArgumentNullException.ThrowIfNull(context);
        PurposeRule(purpose).ThrowIfRefused("purpose");
        var record = await context.Set<T>().FindAsync([id], ct);
        if (record is null)
        {
            return null;
        }

        var entry = context.Entry(record);
        var key = entry.Metadata.FindPrimaryKey()!.Properties
            .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture));
        await RecordReadAsync(context, typeof(T).Name, string.Join(",", key), record.OrgId, purpose, ct);
        return record;
    }
}
