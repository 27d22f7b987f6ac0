using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Audit;

/// <summary>Filters for the audit log; <see cref="ToUtc"/> is exclusive.</summary>
public sealed record AuditQuery(
    string? Action = null,
    string? SubjectType = null,
    string? SubjectId = null,
    Guid? ActorId = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    int Page = 1,
    int PageSize = 50);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, long Total, int Page, int PageSize);

/// <summary>
/// The audit log as the UI and API show it: newest first, paged, filtered, and limited to the
/// orgs where the caller holds kernel.audit.view; entries that belong to no org (accounts,
/// grants, tree imports) only for administrators at the root.
/// </summary>
public sealed class AuditLog(KernelDb db)
{
    public const int MaxPageSize = 500;

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        RuleViolation.ThrowIf(query.Page < 1, "page", "audit.page-invalid", "The page number starts at 1.");
        RuleViolation.ThrowIf(query.PageSize is < 1 or > MaxPageSize, "pageSize", "audit.page-size-invalid", $"A page holds 1 to {MaxPageSize} entries.", ("maxPageSize", MaxPageSize));
        var from = Utc(query.FromUtc);
        var to = Utc(query.ToUtc);
        RuleViolation.ThrowIf(from is not null && to is not null && to < from, "toUtc", "audit.date-range-reversed", "The end of the period is before its start.");

        // The kernel's filter on the audit table does the scoping: entries of orgs where the caller holds
        // kernel.audit.view, and entries of no org for administrators at the root.
        var scope = db.Scope;
        RuleViolation.ThrowIf(
            !scope.Unrestricted && db.AuditScope.IsEmpty && !scope.AdministersAtRoot,
            "permission",
            "audit.not-permitted",
            $"You do not hold {KernelPermissions.ViewAudit} anywhere.", ("viewAudit", KernelPermissions.ViewAudit));

        IQueryable<AuditEntry> q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            q = q.Where(e => e.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.SubjectType))
        {
            q = q.Where(e => e.SubjectType == query.SubjectType);
        }

        if (!string.IsNullOrWhiteSpace(query.SubjectId))
        {
            q = q.Where(e => e.SubjectId == query.SubjectId);
        }

        if (query.ActorId is { } actor)
        {
            q = q.Where(e => e.ActorId == actor);
        }

        if (from is { } f)
        {
            q = q.Where(e => e.AtUtc >= f);
        }

        if (to is { } t)
        {
            q = q.Where(e => e.AtUtc < t);
        }

        var total = await q.LongCountAsync(ct);
        var items = await q.OrderByDescending(e => e.Seq)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(ct);
        return new AuditPage(items, total, query.Page, query.PageSize);
    }

    private static DateTime? Utc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Utc } v => v,
        { Kind: DateTimeKind.Local } v => v.ToUniversalTime(),
        { } v => DateTime.SpecifyKind(v, DateTimeKind.Utc),
    };
}
