using Microsoft.EntityFrameworkCore;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Assets.Depreciation;
using Tongban.Assets.Disposal;
using Tongban.Assets.Reports;
using Tongban.Assets.Software;
using Tongban.Assets.Stocktake;
using Tongban.Assets.Use;
using Tongban.Assets.Vehicles;
using Tongban.Kernel.Data;

namespace Tongban.Assets;

/// <summary>The assets module's tables (prefix assets_), scoped by the caller's grants and audited on save.</summary>
public sealed class AssetsDb(DbContextOptions<AssetsDb> options, KernelServices kernel) : TongbanDbContext(options, kernel)
{
    public const string CardsTable = "assets_cards";
    public const string DepreciationTable = "assets_depreciation";

    public override string ViewPermission => AssetsPermissions.View;

    public DbSet<AssetCard> Cards => Set<AssetCard>();

    public DbSet<CardEvent> CardEvents => Set<CardEvent>();

    public DbSet<DepreciationEntry> Depreciation => Set<DepreciationEntry>();

    public DbSet<DepreciationRunRecord> DepreciationRuns => Set<DepreciationRunRecord>();

    public DbSet<UsefulLifeSetting> UsefulLives => Set<UsefulLifeSetting>();

    public DbSet<AllocationRequest> AllocationRequests => Set<AllocationRequest>();

    public DbSet<UseRecord> Uses => Set<UseRecord>();

    public DbSet<IncomeLine> Income => Set<IncomeLine>();

    public DbSet<DisposalRequest> Disposals => Set<DisposalRequest>();

    public DbSet<DisposalItem> DisposalItems => Set<DisposalItem>();

    public DbSet<StocktakePlan> Stocktakes => Set<StocktakePlan>();

    public DbSet<StocktakeLine> StocktakeLines => Set<StocktakeLine>();

    public DbSet<Vehicle> Vehicles => Set<Vehicle>();

    public DbSet<VehicleQuota> VehicleQuotas => Set<VehicleQuota>();

    public DbSet<VehicleCost> VehicleCosts => Set<VehicleCost>();

    public DbSet<SoftwareLicence> Licences => Set<SoftwareLicence>();

    public DbSet<SoftwareInstallation> Installations => Set<SoftwareInstallation>();

    public DbSet<YearEndValue> YearEnds => Set<YearEndValue>();

    public DbSet<UnitLiability> Liabilities => Set<UnitLiability>();

    protected override void ConfigureModule(ModelBuilder b)
    {
        b.Entity<AssetCard>(e =>
        {
            e.ToTable(CardsTable);
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Code).IsUnique();

            // The holding unit leads: roll-ups group by org and composition; spare-asset lookups by class and status.
            e.HasIndex(x => new { x.OrgId, x.Composition, x.OriginalValueFen, x.AccumulatedFen });
            e.HasIndex(x => new { x.OrgId, x.ClassCode, x.Status });
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.ClassCode).HasMaxLength(8);
            e.Property(x => x.UserDepartment).HasMaxLength(100);
            e.Property(x => x.Custodian).HasMaxLength(100);
            e.Property(x => x.Location).HasMaxLength(200);
            e.Property(x => x.PropertyRight).HasMaxLength(100);
            e.Ignore(x => x.NetFen);
        });
        b.Entity<CardEvent>(e =>
        {
            e.ToTable("assets_card_events");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.CardId, x.AtUtc });
            e.HasIndex(x => new { x.OrgId, x.AtUtc });
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Detail).HasMaxLength(500);
            e.Property(x => x.Actor).HasMaxLength(200);
        });
        b.Entity<DepreciationEntry>(e =>
        {
            e.ToTable(DepreciationTable);
            e.HasKey(x => new { x.CardId, x.Period });
            e.HasIndex(x => new { x.OrgId, x.Period });
        });
        b.Entity<DepreciationRunRecord>(e =>
        {
            e.ToTable("assets_depreciation_runs");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Period });
            e.Property(x => x.Actor).HasMaxLength(200);
        });
        b.Entity<UsefulLifeSetting>(e =>
        {
            e.ToTable("assets_useful_lives");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.ClassCode }).IsUnique();
            e.Property(x => x.ClassCode).HasMaxLength(8);
        });
        b.Entity<AllocationRequest>(e =>
        {
            e.ToTable("assets_allocation_requests");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Status, x.CreatedUtc });
            e.HasIndex(x => x.MatterId);
            e.Property(x => x.ItemCode).HasMaxLength(40);
            e.Property(x => x.ClassCode).HasMaxLength(8);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.BudgetLine).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Ignore(x => x.TotalFen);
        });
        b.Entity<UseRecord>(e =>
        {
            e.ToTable("assets_uses");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Kind, x.EndedOn });
            e.HasIndex(x => x.CardId);
            e.Property(x => x.Counterparty).HasMaxLength(200);
            e.Property(x => x.Contract).HasMaxLength(100);
        });
        b.Entity<IncomeLine>(e =>
        {
            e.ToTable("assets_income");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.HandledOn, x.DueOn });
            e.HasIndex(x => x.UseId);
        });
        b.Entity<DisposalRequest>(e =>
        {
            e.ToTable("assets_disposals");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Status, x.Kind });
            e.HasIndex(x => x.MatterId);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.Documents).HasMaxLength(500);
        });
        b.Entity<DisposalItem>(e =>
        {
            e.ToTable("assets_disposal_items");
            e.HasKey(x => new { x.DisposalId, x.CardId });
            e.HasIndex(x => x.CardId);
        });
        b.Entity<StocktakePlan>(e =>
        {
            e.ToTable("assets_stocktakes");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Status });
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Location).HasMaxLength(200);
        });
        b.Entity<StocktakeLine>(e =>
        {
            e.ToTable("assets_stocktake_lines");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.PlanId, x.Code }).IsUnique();
            e.HasIndex(x => new { x.OrgId, x.PlanId, x.Result });
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.BookLocation).HasMaxLength(200);
            e.Property(x => x.BookCustodian).HasMaxLength(100);
            e.Property(x => x.SeenLocation).HasMaxLength(200);
            e.Property(x => x.SeenCustodian).HasMaxLength(100);
        });
        b.Entity<Vehicle>(e =>
        {
            e.ToTable("assets_vehicles");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Category, x.Retired });
            e.HasIndex(x => x.Plate).IsUnique();
            e.Property(x => x.Plate).HasMaxLength(20);
            e.Property(x => x.Model).HasMaxLength(100);
        });
        b.Entity<VehicleQuota>(e =>
        {
            e.ToTable("assets_vehicle_quotas");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Category }).IsUnique();
        });
        b.Entity<VehicleCost>(e =>
        {
            e.ToTable("assets_vehicle_costs");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.On });
            e.HasIndex(x => x.VehicleId);
        });
        b.Entity<SoftwareLicence>(e =>
        {
            e.ToTable("assets_software_licences");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Expires });
            e.Property(x => x.Product).HasMaxLength(200);
            e.Property(x => x.Vendor).HasMaxLength(200);
        });
        b.Entity<SoftwareInstallation>(e =>
        {
            e.ToTable("assets_software_installations");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.LicenceId });
            e.HasIndex(x => x.LicenceId);
            e.Property(x => x.Device).HasMaxLength(100);
        });
        b.Entity<YearEndValue>(e =>
        {
            e.ToTable("assets_year_ends");
            e.HasKey(x => new { x.OrgId, x.Year, x.Composition });
        });
        b.Entity<UnitLiability>(e =>
        {
            e.ToTable("assets_liabilities");
            e.HasKey(x => new { x.OrgId, x.Year });
        });
    }
}
