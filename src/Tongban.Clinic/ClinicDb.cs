using Microsoft.EntityFrameworkCore;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Patients;
using Tongban.Kernel.Data;

namespace Tongban.Clinic;

/// <summary>The clinic module's tables, all prefixed clinic_.</summary>
public sealed class ClinicDb(DbContextOptions<ClinicDb> options, KernelServices kernel) : TongbanDbContext(options, kernel)
{
    public override string ViewPermission => ClinicPermissions.View;

    internal DbSet<Team> Teams => Set<Team>();

    internal DbSet<Patient> Patients => Set<Patient>();

    internal DbSet<Enrolment> Enrolments => Set<Enrolment>();

    internal DbSet<FollowUpInterval> Intervals => Set<FollowUpInterval>();

    internal DbSet<DueItem> DueItems => Set<DueItem>();

    internal DbSet<Reminder> Reminders => Set<Reminder>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Team>(e =>
        {
            e.ToTable("clinic_teams");
            e.HasKey(x => x.OrgId);
        });
        modelBuilder.Entity<Patient>(e =>
        {
            e.ToTable("clinic_patients");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.IdNumber).IsUnique();
            e.HasIndex(x => new { x.OrgId, x.Doctor });
            e.HasIndex(x => new { x.OrgId, x.Name });
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.Phone).HasMaxLength(15);
            e.Property(x => x.DivisionCode).HasMaxLength(6);
            e.Property(x => x.Doctor).HasMaxLength(100);
        });
        modelBuilder.Entity<Enrolment>(e =>
        {
            e.ToTable("clinic_enrolments");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.PatientId });
            e.Property(x => x.Doctor).HasMaxLength(100);
        });
        modelBuilder.Entity<FollowUpInterval>(e =>
        {
            e.ToTable("clinic_intervals");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Programme, x.Item, x.ValidFrom }).IsUnique();
            e.Property(x => x.Source).HasMaxLength(300);
            var i = 0;
            e.HasData(FollowUpRules.Shipped.Select(s => new FollowUpInterval
            {
                Id = new Guid(0x0c11_0000 + ++i, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
                Programme = s.Programme,
                Item = s.Item,
                IntervalMonths = s.Months,
                ValidFrom = FollowUpRules.ShippedFrom,
                Source = s.Source,
            }));
        });
        modelBuilder.Entity<DueItem>(e =>
        {
            e.ToTable("clinic_due_items");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.NextDueOn });
            e.HasIndex(x => new { x.OrgId, x.Doctor, x.NextDueOn });
            e.HasIndex(x => new { x.EnrolmentId, x.Item }).IsUnique();
            e.HasIndex(x => x.PatientId);
            e.Property(x => x.Doctor).HasMaxLength(100);
        });
        modelBuilder.Entity<Reminder>(e =>
        {
            e.ToTable("clinic_reminders");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.PatientId, x.On });
            e.Property(x => x.By).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(300);
        });
    }
}
