using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Data;

/// <summary>The kernel's own tables: orgs, accounts and grants, API tokens, matters, the audit chain.</summary>
public sealed class KernelDb(DbContextOptions<KernelDb> options, KernelServices kernel)
    : IdentityDbContext<TongbanUser, IdentityRole<Guid>, Guid>(options), IAuditedContext
{
    private readonly List<AuditNote> _notes = [];

    public CallerScope Scope => kernel.Scope.Current;

    /// <summary>
    /// Matters are the kernel's org-owned rows: seen where the caller holds kernel.matters.view or a module's
    /// view permission; <see cref="Matters.MatterEngine"/> narrows each matter to its workflow's permission.
    /// </summary>
    public PermissionScope ViewScope => Scope.ForMatters();

    public PermissionScope AuditScope => Scope.For(KernelPermissions.ViewAudit);

    public DbSet<OrgNode> Orgs => Set<OrgNode>();

    public DbSet<OrgClosure> OrgClosures => Set<OrgClosure>();

    public DbSet<RecordShare> RecordShares => Set<RecordShare>();

    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Matter> Matters => Set<Matter>();

    public DbSet<MatterEvent> MatterEvents => Set<MatterEvent>();

    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();

    public void Audit(AuditNote note) => _notes.Add(note);

    /// <summary>The audit chain's key and anchor file (outside the database).</summary>
    public AuditKeyring Keyring => kernel.Keyring;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        AuditWriter.SaveAsync(this, Scope, ViewScope, kernel, _notes, ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<TongbanUser>().ToTable("kernel_users");
        b.Entity<TongbanUser>().Property(u => u.DisplayName).HasMaxLength(200);
        b.Entity<IdentityRole<Guid>>().ToTable("kernel_roles");
        b.Entity<IdentityUserRole<Guid>>().ToTable("kernel_user_roles");
        b.Entity<IdentityUserClaim<Guid>>().ToTable("kernel_user_claims");
        b.Entity<IdentityUserLogin<Guid>>().ToTable("kernel_user_logins");
        b.Entity<IdentityUserToken<Guid>>().ToTable("kernel_user_tokens");
        b.Entity<IdentityRoleClaim<Guid>>().ToTable("kernel_role_claims");

        KernelModel.MapShared(b, ownsTables: true);
        b.Entity<OrgNode>(e =>
        {
            e.ToTable("kernel_orgs");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ParentId);
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.NameZh).HasMaxLength(200);
            e.Property(x => x.NameEn).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(6);
            e.Property(x => x.ExternalCode).HasMaxLength(64);
            e.HasIndex(x => x.ExternalCode).IsUnique();
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(50);
        });
        b.Entity<Grant>(e =>
        {
            e.ToTable("kernel_grants");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.UserId, x.Role, x.OrgId }).IsUnique();
            e.HasIndex(x => x.OrgId);
            e.Property(x => x.Role).HasMaxLength(80);
        });
        b.Entity<ApiToken>(e =>
        {
            e.ToTable("kernel_api_tokens");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => x.UserId);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.Property(x => x.Prefix).HasMaxLength(16);
        });
        b.Entity<ReferenceCounter>(e =>
        {
            e.ToTable("kernel_reference_counters");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(60);
        });
        b.Entity<Matter>(e =>
        {
            e.ToTable("kernel_matters");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Closed, x.DueUtc });
            e.HasIndex(x => new { x.SubjectType, x.SubjectId });
            e.HasIndex(x => x.Reference).IsUnique();
            e.Property(x => x.Workflow).HasMaxLength(80);
            e.Property(x => x.Reference).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.SubjectType).HasMaxLength(100);
            e.Property(x => x.SubjectId).HasMaxLength(100);
            e.Property(x => x.State).HasMaxLength(80);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<MatterEvent>(e =>
        {
            e.ToTable("kernel_matter_events");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.MatterId, x.Seq }).IsUnique();
            e.Property(x => x.Transition).HasMaxLength(80);
            e.Property(x => x.FromState).HasMaxLength(80);
            e.Property(x => x.ToState).HasMaxLength(80);
            e.Property(x => x.ActorName).HasMaxLength(200);
            e.Property(x => x.RoutingRule).HasMaxLength(100);
        });
        b.Entity<RoutingRule>(e =>
        {
            e.ToTable("kernel_routing_rules");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.JurisdictionOrgId, x.Workflow });
            e.Property(x => x.Workflow).HasMaxLength(80);
            e.Property(x => x.Code).HasMaxLength(100);
            e.Property(x => x.DecidedBy).HasMaxLength(40);
        });

        KernelModel.FilterByScope(b, this);
        // A matter whose subject its module hid (a sealed record) is in no one's view.
        b.Entity<Matter>().HasQueryFilter(OrgScope.And(OrgScope.Sees<Matter>(() => ViewScope, () => OrgClosures, m => m.OrgId), m => !m.Hidden));
        KernelModel.UseUtc(b);
    }
}
