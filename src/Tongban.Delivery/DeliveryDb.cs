using Microsoft.EntityFrameworkCore;
using Tongban.Delivery.Orders;
using Tongban.Kernel.Data;

namespace Tongban.Delivery;

/// <summary>The delivery module's tables, all prefixed delivery_.</summary>
public sealed class DeliveryDb(DbContextOptions<DeliveryDb> options, KernelServices kernel) : TongbanDbContext(options, kernel)
{
    public override string ViewPermission => DeliveryPermissions.View;

    internal DbSet<Sector> Sectors => Set<Sector>();

    internal DbSet<ServingEntity> Entities => Set<ServingEntity>();

    internal DbSet<Customer> Customers => Set<Customer>();

    internal DbSet<Order> Orders => Set<Order>();

    internal DbSet<Milestone> Milestones => Set<Milestone>();

    internal DbSet<Collection> Collections => Set<Collection>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Sector>(e =>
        {
            e.ToTable("delivery_sectors");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.NameZh).HasMaxLength(100);
            e.Property(x => x.NameEn).HasMaxLength(100);
            e.HasData(SectorCatalog.Shipped.Select(s => new Sector { Code = s.Code, NameZh = s.NameZh, NameEn = s.NameEn }));
        });
        modelBuilder.Entity<ServingEntity>(e =>
        {
            e.ToTable("delivery_entities");
            e.HasKey(x => x.OrgId);
            e.Property(x => x.Country).HasMaxLength(2);
        });
        modelBuilder.Entity<Customer>(e =>
        {
            e.ToTable("delivery_customers");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Name }).IsUnique();
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.SectorCode).HasMaxLength(40);
            e.Property(x => x.RelatedParty).HasMaxLength(200);
        });
        modelBuilder.Entity<Order>(e =>
        {
            e.ToTable("delivery_orders");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => new { x.OrgId, x.AcceptedOn, x.PlannedAcceptance });
            e.HasIndex(x => new { x.OrgId, x.AcceptedYear });
            e.HasIndex(x => new { x.OrgId, x.ProjectManager });
            e.HasIndex(x => x.CustomerId);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.SectorCode).HasMaxLength(40);
            e.Property(x => x.ProjectManager).HasMaxLength(100);
            e.Property(x => x.Currency).HasMaxLength(3);
        });
        modelBuilder.Entity<Milestone>(e =>
        {
            e.ToTable("delivery_milestones");
            e.HasKey(x => new { x.OrgId, x.OrderId, x.Kind });
        });
        modelBuilder.Entity<Collection>(e =>
        {
            e.ToTable("delivery_collections");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.OrderId });
            e.Property(x => x.Note).HasMaxLength(200);
        });
    }
}
