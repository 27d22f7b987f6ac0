using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Records;
using Tongban.Pensions.Transfers;

namespace Tongban.Pensions;

/// <summary>The pensions module's tables, all prefixed pensions_.</summary>
public sealed class PensionsDb(DbContextOptions<PensionsDb> options, KernelServices kernel) : TongbanDbContext(options, kernel)
{
    public override string ViewPermission => PensionsPermissions.View;

    public DbSet<InsuredPerson> Persons => Set<InsuredPerson>();

    public DbSet<InsuredPeriodRecord> Periods => Set<InsuredPeriodRecord>();

    public DbSet<ContributionRecord> Contributions => Set<ContributionRecord>();

    public DbSet<RateRecord> Rates => Set<RateRecord>();

    public DbSet<Transfer> Transfers => Set<Transfer>();

    public DbSet<TransferEvent> Events => Set<TransferEvent>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InsuredPerson>(e =>
        {
            e.ToTable("pensions_persons");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.IdNumber }).IsUnique();
            e.HasIndex(x => x.IdNumber);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.HouseholdDivisionCode).HasMaxLength(6);
        });
        modelBuilder.Entity<InsuredPeriodRecord>(e =>
        {
            e.ToTable("pensions_periods");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.PersonId });
            e.Property(x => x.DivisionCode).HasMaxLength(6);
            e.Property(x => x.HolderName).HasMaxLength(200);
            e.Property(x => x.CertificateNumber).HasMaxLength(64);
        });
        modelBuilder.Entity<ContributionRecord>(e =>
        {
            e.ToTable("pensions_contributions");
            e.HasKey(x => new { x.OrgId, x.PersonId, x.Month });
        });
        modelBuilder.Entity<RateRecord>(e =>
        {
            e.ToTable("pensions_rates");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
            e.Property(x => x.Source).HasMaxLength(1000);
        });
        modelBuilder.Entity<Transfer>(e =>
        {
            e.ToTable("pensions_transfers");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Step, x.DueOn });
            e.HasIndex(x => new { x.AgencyOrgId, x.Step, x.DueOn });
            e.HasIndex(x => x.PersonId);
            e.HasIndex(x => x.VoucherCode).IsUnique();
            // The owner is the military finance department; the column keeps its first name.
            e.Property(x => x.OrgId).HasColumnName("MilitaryOrgId");
            e.Property(x => x.VoucherCode).HasMaxLength(32);
        });
        modelBuilder.Entity<TransferEvent>(e =>
        {
            e.ToTable("pensions_transfer_events");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.TransferId, x.Step }).IsUnique();
            e.Property(x => x.Actor).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(1000);
        });
    }
}
