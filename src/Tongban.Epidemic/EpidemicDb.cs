using Microsoft.EntityFrameworkCore;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.People;
using Tongban.Epidemic.Policy;
using Tongban.Kernel.Data;

namespace Tongban.Epidemic;

/// <summary>The epidemic module's tables (prefix epidemic_), scoped by district grants and audited on save.</summary>
public sealed class EpidemicDb(DbContextOptions<EpidemicDb> options, KernelServices kernel) : TongbanDbContext(options, kernel)
{
    public override string ViewPermission => EpidemicPermissions.View;

    public DbSet<EpidemicCase> Cases => Set<EpidemicCase>();

    public DbSet<ManagedPerson> People => Set<ManagedPerson>();

    public DbSet<TestRecord> Tests => Set<TestRecord>();

    public DbSet<SymptomAlertRecord> Alerts => Set<SymptomAlertRecord>();

    public DbSet<PolicyRecord> Policies => Set<PolicyRecord>();

    public DbSet<PointPositive> PointPositives => Set<PointPositive>();

    protected override void ConfigureModule(ModelBuilder b)
    {
        b.Entity<EpidemicCase>(e =>
        {
            e.ToTable("epidemic_cases");
            e.HasKey(x => x.Id);

            // The owning district leads every index. Line list and curve: by diagnosis date.
            e.HasIndex(x => new { x.OrgId, x.DiagnosisDate, x.ReportedAtUtc });
            e.HasIndex(x => new { x.OrgId, x.Class, x.DiagnosisDate, x.ReportedAtUtc });

            // Outcomes of a day (the bulletin's "cured and discharged"): most cases have none yet, so
            // a partial index holds only those that do and gives the planner true counts.
            e.HasIndex(x => new { x.DischargedOn, x.OrgId }).HasFilter("\"DischargedOn\" IS NOT NULL");
            e.Property(x => x.DistrictCode).HasMaxLength(6);
            e.Property(x => x.PersonName).HasMaxLength(100);
            e.Property(x => x.AddressZh).HasMaxLength(200);
            e.Property(x => x.AddressEn).HasMaxLength(200);
            e.Property(x => x.IsolationPoint).HasMaxLength(100);
            e.Property(x => x.NationalityZh).HasMaxLength(50);
            e.Property(x => x.NationalityEn).HasMaxLength(50);
            e.Property(x => x.OriginZh).HasMaxLength(100);
            e.Property(x => x.OriginEn).HasMaxLength(100);
            e.Property(x => x.PortZh).HasMaxLength(100);
            e.Property(x => x.PortEn).HasMaxLength(100);
        });
        b.Entity<ManagedPerson>(e =>
        {
            e.ToTable("epidemic_people");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.NextDueByUtc });
            e.HasIndex(x => new { x.OrgId, x.Kind, x.StartUtc });
            e.HasIndex(x => x.CertificateCode).IsUnique();
            e.HasIndex(x => x.ContactOfCaseId);
            e.HasIndex(x => x.RoommateOfId);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Phone).HasMaxLength(30);
            e.Property(x => x.AddressZh).HasMaxLength(200);
            e.Property(x => x.CertificateCode).HasMaxLength(20);
            e.Property(x => x.IsolationPoint).HasMaxLength(100);
        });
        b.Entity<TestRecord>(e =>
        {
            e.ToTable("epidemic_tests");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.PersonId, x.SampledAtUtc });
            e.HasIndex(x => new { x.PersonId, x.SampledAtUtc });
        });
        b.Entity<SymptomAlertRecord>(e =>
        {
            e.ToTable("epidemic_alerts");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.AcknowledgedAtUtc, x.RaisedAtUtc });
            e.Property(x => x.MessageZh).HasMaxLength(300);
            e.Property(x => x.MessageEn).HasMaxLength(400);
            e.Property(x => x.AcknowledgedBy).HasMaxLength(200);
        });
        b.Entity<PointPositive>(e =>
        {
            e.ToTable("epidemic_point_positives");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.IsolationPoint, x.DiagnosisDate });
            e.HasIndex(x => x.CaseId).IsUnique();
            e.Property(x => x.IsolationPoint).HasMaxLength(100);
        });
        b.Entity<PolicyRecord>(e =>
        {
            e.ToTable("epidemic_policies");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.EffectiveFrom).IsUnique();
            e.Property(x => x.Source).HasMaxLength(300);
            e.Property(x => x.HomeIsolationTestDays).HasMaxLength(100);
            e.Property(x => x.HomeMonitoringTestDays).HasMaxLength(100);
        });
    }
}
