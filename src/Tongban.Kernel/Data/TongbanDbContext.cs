using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Data;

/// <summary>
/// The base of every module's context: the module's rows are scoped by the caller's grants, and
/// every SaveChanges writes its audit entries in the same transaction.
/// </summary>
public abstract class TongbanDbContext(DbContextOptions options, KernelServices kernel) : DbContext(options), IAuditedContext
{
    private readonly List<AuditNote> _notes = [];
    private string? _readingAs;

    public CallerScope Scope => kernel.Scope.Current;

    /// <summary>The module's view permission: every read of the module's org-owned rows is scoped by the grants carrying it.</summary>
    public abstract string ViewPermission { get; }

    public PermissionScope ViewScope => Scope.For(_readingAs ?? ViewPermission);

    /// <summary>
    /// Until disposed, reads (and the write check) of this context are scoped by <paramref name="permission"/>
    /// instead of the module's view permission: for a capability whose own permission decides what it reads
    /// (statistics, the oversight list). It narrows to that permission's grants; it never widens past them.
    /// </summary>
    public IDisposable ReadAs(string permission)
    {
        var previous = _readingAs;
        _readingAs = permission;
        return new Restore(() => _readingAs = previous);
    }

    public PermissionScope AuditScope => Scope.For(KernelPermissions.ViewAudit);

    /// <summary>The audit chain's key (outside the database), also for keyed hashes of values an entry must not carry.</summary>
    public AuditKeyring Keyring => kernel.Keyring;

    public DbSet<OrgClosure> OrgClosures => Set<OrgClosure>();

    public DbSet<RecordShare> RecordShares => Set<RecordShare>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Queues an explicit audit entry (e.g. a sensitive read) for the next SaveChanges.</summary>
    public void Audit(AuditNote note) => _notes.Add(note);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }

        try
        {
            return await AuditWriter.SaveAsync(this, Scope, ViewScope, kernel, _notes, ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);
        }
        catch (DbUpdateConcurrencyException e) when (e.Entries.Any(x => x.Entity is IVersioned))
        {
            // Another filing changed the record after this one read it: this one is refused whole.
            var stale = e.Entries.First(x => x.Entity is IVersioned);
            foreach (var entry in ChangeTracker.Entries().ToList())
            {
                entry.State = EntityState.Detached;
            }

            throw new RuleViolation(
                "id",
                "records.concurrent-change",
                $"The {stale.Metadata.ClrType.Name} was changed by another filing while this one was made; nothing was saved. Reload it and try again.",
                ("record", stale.Metadata.ClrType.Name));
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        KernelModel.MapShared(modelBuilder, ownsTables: false);
        ConfigureModule(modelBuilder);
        KernelModel.FilterByScope(modelBuilder, this);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }

        KernelModel.UseUtc(modelBuilder);
    }

    /// <summary>The module maps its own tables here, each named with the module's prefix.</summary>
    protected abstract void ConfigureModule(ModelBuilder modelBuilder);
}

/// <summary>What a Tongban context needs from the kernel: the caller's scope and the clock.</summary>
public sealed class KernelServices(CallerScopeAccessor scope, TimeProvider clock, AuditKeyring? keyring = null)
{
    /// <summary>The audit chain's key and anchors; absent only at design time (migrations), where nothing is written.</summary>
    public AuditKeyring Keyring => keyring ?? throw new InvalidOperationException("No audit keyring is registered (AddTongbanKernel registers one).");

    public CallerScopeAccessor Scope { get; } = scope;

    public TimeProvider Clock { get; } = clock;
}

internal sealed class Restore(Action restore) : IDisposable
{
    public void Dispose() => restore();
}
