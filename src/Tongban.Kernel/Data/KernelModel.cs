using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Data;

/// <summary>Model pieces every Tongban context shares: the audit table, the org closure, the scope filter.</summary>
internal static class KernelModel
{
    private static readonly ValueConverter<DateTime, DateTime> Utc = new(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public static void MapShared(ModelBuilder b, bool ownsTables)
    {
        b.Entity<AuditEntry>(e =>
        {
            e.ToTable("kernel_audit", t => t.ExcludeFromMigrations(!ownsTables));
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Seq).IsUnique();
            e.HasIndex(x => new { x.OrgId, x.Seq });
            e.HasIndex(x => new { x.SubjectType, x.SubjectId });
            e.HasIndex(x => new { x.ActorId, x.Seq });
            e.HasIndex(x => x.AtUtc);
            e.Property(x => x.ActorName).HasMaxLength(200);
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.SubjectType).HasMaxLength(100);
            e.Property(x => x.SubjectId).HasMaxLength(200);
            e.Property(x => x.PrevHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
        });
        b.Entity<OrgClosure>(e =>
        {
            e.ToTable("kernel_org_closure", t => t.ExcludeFromMigrations(!ownsTables));
            e.HasKey(x => new { x.AncestorId, x.DescendantId });
            e.HasIndex(x => new { x.DescendantId, x.AncestorId });
        });
        b.Entity<RecordShare>(e =>
        {
            e.ToTable("kernel_record_shares", t => t.ExcludeFromMigrations(!ownsTables));
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.RecordId, x.OrgId }).IsUnique();
            e.HasIndex(x => new { x.OrgId, x.RecordId });
            e.Property(x => x.RecordType).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(500);
        });
    }

    /// <summary>Every DateTime is UTC in and out (SQLite forgets the kind).</summary>
    public static void UseUtc(ModelBuilder b)
    {
        foreach (var prop in b.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (prop.ClrType == typeof(DateTime) || prop.ClrType == typeof(DateTime?))
            {
                prop.SetValueConverter(Utc);
            }
        }
    }

    /// <summary>
    /// Filters every <see cref="IOrgOwned"/> entity by the orgs of the caller's grants whose role carries the
    /// context's view permission (<see cref="IScopedContext.ViewScope"/>), and the audit entries by those
    /// carrying kernel.audit.view. The context is the root of the expression, so EF reads the scope of the
    /// context running the query. The predicate is <see cref="OrgScope.Sees{T}"/> (uncorrelated set).
    /// </summary>
    public static void FilterByScope(ModelBuilder b, IScopedContext ctx)
    {
        var template = OrgScope.Sees<IOrgOwned>(() => ctx.ViewScope, () => ctx.OrgClosures, e => e.OrgId);
        // A shared record is also visible where one of its shares points inside the caller's view scope.
        // Written as "id IN (records shared with the caller)", not correlated to the row, so the
        // database computes the caller's shared records once per query rather than once per row.
        var shareSeen = OrgScope.Sees<RecordShare>(() => ctx.ViewScope, () => ctx.OrgClosures, s => s.OrgId);
        var viaShare = OrgScope.Inline<Func<ISharedRecord, bool>>(e => ctx.RecordShares.Where(shareSeen).Select(s => s.RecordId).Contains(e.Id));
        var sharedBody = Expression.OrElse(
            new Rebind(template.Parameters[0], viaShare.Parameters[0]).Visit(template.Body),
            viaShare.Body);
        var shared = Expression.Lambda<Func<ISharedRecord, bool>>(sharedBody, viaShare.Parameters[0]);
        foreach (var type in b.Model.GetEntityTypes().Where(t => typeof(IOrgOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null).ToList())
        {
            type.SetQueryFilter(typeof(ISharedRecord).IsAssignableFrom(type.ClrType)
                ? OrgScope.ForEntity(type.ClrType, shared)
                : OrgScope.ForEntity(type.ClrType, template));
        }

        // Audit entries follow the org they belong to, for holders of kernel.audit.view there; those of no
        // org (accounts, grants, tree imports) are for administrators at the root.
        var auditSeen = OrgScope.SeesNullable<AuditEntry>(() => ctx.AuditScope, () => ctx.OrgClosures, e => e.OrgId);
        Expression<Func<AuditEntry, bool>> orgless = e => e.OrgId == null && (ctx.Scope.Unrestricted || ctx.Scope.AdministersAtRoot);
        b.Entity<AuditEntry>().HasQueryFilter(Expression.Lambda<Func<AuditEntry, bool>>(
            Expression.OrElse(orgless.Body, new Rebind(auditSeen.Parameters[0], orgless.Parameters[0]).Visit(auditSeen.Body)),
            orgless.Parameters[0]));
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

/// <summary>A context whose queries are scoped by the caller's grants.</summary>
public interface IScopedContext
{
    CallerScope Scope { get; }

    /// <summary>The orgs the context's view permission opens to the caller: what its org-owned rows are filtered by.</summary>
    PermissionScope ViewScope { get; }

    /// <summary>The orgs kernel.audit.view opens to the caller: what the audit entries are filtered by.</summary>
    PermissionScope AuditScope { get; }

    DbSet<OrgClosure> OrgClosures { get; }

    DbSet<RecordShare> RecordShares { get; }
}
