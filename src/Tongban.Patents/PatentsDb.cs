using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Patents.Fees;
using Tongban.Patents.Inventors;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Programmes;
using Tongban.Patents.Transformation;
using Tongban.Patents.Value;

namespace Tongban.Patents;

/// <summary>The patents module's tables, all prefixed patents_; the owning org leads the large tables' indexes.</summary>
public sealed class PatentsDb(DbContextOptions<PatentsDb> options, KernelServices kernel) : TongbanDbContext(options, kernel)
{
    public const string PatentsTable = "patents_patents";

    public override string ViewPermission => PatentsPermissions.View;

    public DbSet<Patent> Patents => Set<Patent>();

    public DbSet<PatentOwner> Owners => Set<PatentOwner>();

    public DbSet<StatusEvent> StatusEvents => Set<StatusEvent>();

    public DbSet<NationalPhase> NationalPhases => Set<NationalPhase>();

    public DbSet<OfficeAction> OfficeActions => Set<OfficeAction>();

    public DbSet<FeePayment> FeePayments => Set<FeePayment>();

    public DbSet<WeightSet> WeightSets => Set<WeightSet>();

    public DbSet<ValueScore> Scores => Set<ValueScore>();

    public DbSet<TransformationRecord> Transformations => Set<TransformationRecord>();

    public DbSet<Alliance> Alliances => Set<Alliance>();

    public DbSet<AllianceMember> AllianceMembers => Set<AllianceMember>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<ProgrammeApplication> ProgrammeApplications => Set<ProgrammeApplication>();

    public DbSet<Inventor> Inventors => Set<Inventor>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Patent>(e =>
        {
            e.ToTable(PatentsTable);
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ApplicationNumber).IsUnique();
            e.HasIndex(x => new { x.OrgId, x.Status, x.Type });
            e.HasIndex(x => new { x.OrgId, x.FamilyCode });
            e.Property(x => x.ApplicationNumber).HasMaxLength(13);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Inventors).HasMaxLength(1000);
            e.Property(x => x.IpcClasses).HasMaxLength(500);
            e.Property(x => x.FamilyCode).HasMaxLength(40);
        });
        modelBuilder.Entity<PatentOwner>(e =>
        {
            e.ToTable("patents_owners");
            e.HasKey(x => new { x.PatentId, x.Seq });
            e.HasIndex(x => x.OrgId);
            e.Property(x => x.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<StatusEvent>(e =>
        {
            e.ToTable("patents_status_events");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.PatentId, x.On });
            e.Property(x => x.Note).HasMaxLength(500);
        });
        modelBuilder.Entity<NationalPhase>(e =>
        {
            e.ToTable("patents_national_phases");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.PatentId });
            e.Property(x => x.Office).HasMaxLength(2);
            e.Property(x => x.Number).HasMaxLength(40);
        });
        modelBuilder.Entity<OfficeAction>(e =>
        {
            e.ToTable("patents_office_actions");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.RespondBy });
            e.Property(x => x.Kind).HasMaxLength(100);
        });
        modelBuilder.Entity<FeePayment>(e =>
        {
            e.ToTable("patents_fee_payments");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.PatentId, x.Year }).IsUnique();
        });
        modelBuilder.Entity<WeightSet>(e =>
        {
            e.ToTable("patents_weight_sets");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Purpose, x.Version }).IsUnique();
            e.Property(x => x.Note).HasMaxLength(500);
        });
        modelBuilder.Entity<ValueScore>(e =>
        {
            e.ToTable("patents_scores");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.WeightSetId, x.ScoreHundredths });
            e.HasIndex(x => new { x.PatentId, x.WeightSetId });
            e.Property(x => x.Grade).HasMaxLength(1);
        });
        modelBuilder.Entity<TransformationRecord>(e =>
        {
            e.ToTable("patents_transformations");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.PatentId });
            e.Property(x => x.Counterparty).HasMaxLength(200);
            e.Property(x => x.Terms).HasMaxLength(1000);
        });
        modelBuilder.Entity<Alliance>(e =>
        {
            e.ToTable("patents_alliances");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Field).HasMaxLength(200);
        });
        modelBuilder.Entity<AllianceMember>(e =>
        {
            e.ToTable("patents_alliance_members");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.AllianceId });
            e.Property(x => x.MemberName).HasMaxLength(200);
        });
        modelBuilder.Entity<Programme>(e =>
        {
            e.ToTable("patents_programmes");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Kind, x.Year });
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Basis).HasMaxLength(500);
        });
        modelBuilder.Entity<ProgrammeApplication>(e =>
        {
            e.ToTable("patents_programme_applications");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.ProgrammeId, x.PatentId }).IsUnique();
            e.HasIndex(x => new { x.OrgId, x.Status });
            e.Property(x => x.Statement).HasMaxLength(1000);
            e.Property(x => x.EvaluationNote).HasMaxLength(500);
            e.Property(x => x.Grade).HasMaxLength(1);
        });
        modelBuilder.Entity<Inventor>(e =>
        {
            e.ToTable("patents_inventors");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.PatentId, x.Seq }).IsUnique();
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Department).HasMaxLength(200);
            e.Property(x => x.Phone).HasMaxLength(40);
            e.Property(x => x.Email).HasMaxLength(200);
            e.Property(x => x.IdNumber).HasMaxLength(18);
        });
    }
}
