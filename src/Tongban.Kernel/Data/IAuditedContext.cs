using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tongban.Kernel.Audit;

namespace Tongban.Kernel.Data;

/// <summary>
/// A context whose SaveChanges writes audit entries in the same transaction: <see cref="KernelDb"/>
/// and every module's <see cref="TongbanDbContext"/>.
/// </summary>
public interface IAuditedContext : IScopedContext
{
    /// <summary>Queues an explicit audit entry (a sensitive read, an import, a run) for the next SaveChanges.</summary>
    void Audit(AuditNote note);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    DbSet<TEntity> Set<TEntity>()
        where TEntity : class;

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;
}
