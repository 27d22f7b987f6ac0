using Microsoft.EntityFrameworkCore;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Formulary;
using Tongban.Clinic.Fund;
using Tongban.Clinic.Messages;
using Tongban.Clinic.Outreach;
using Tongban.Clinic.Patients;
using Tongban.Clinic.Scores;
using Tongban.Clinic.Visits;
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

    internal DbSet<LabLimit> LabLimits => Set<LabLimit>();

    internal DbSet<Visit> Visits => Set<Visit>();

    internal DbSet<VisitItem> VisitItems => Set<VisitItem>();

    internal DbSet<Drug> Drugs => Set<Drug>();

    internal DbSet<DrugCategory> DrugCategories => Set<DrugCategory>();

    internal DbSet<Examination> Examinations => Set<Examination>();

    internal DbSet<DrugOrder> DrugOrders => Set<DrugOrder>();

    internal DbSet<ExaminationOrder> ExaminationOrders => Set<ExaminationOrder>();

    internal DbSet<FundAccount> FundAccounts => Set<FundAccount>();

    internal DbSet<FundMovement> FundMovements => Set<FundMovement>();

    internal DbSet<PatientMessage> Messages => Set<PatientMessage>();

    internal DbSet<OutreachEvent> Outreach => Set<OutreachEvent>();

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
        modelBuilder.Entity<LabLimit>(e =>
        {
            e.ToTable("clinic_lab_limits");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Analyte, x.Sex, x.ValidFrom }).IsUnique();
            e.Property(x => x.Source).HasMaxLength(300);
            e.HasData(Scores.LabLimits.Shipped);
        });
        modelBuilder.Entity<Visit>(e =>
        {
            e.ToTable("clinic_visits");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.PatientId, x.On });
            e.Property(x => x.Doctor).HasMaxLength(100);
            e.Property(x => x.Imaging).HasMaxLength(1000);
            e.Property(x => x.Confirmed).HasMaxLength(200);
            e.Property(x => x.ScoreVersions).HasMaxLength(100);
        });
        modelBuilder.Entity<VisitItem>(e =>
        {
            e.ToTable("clinic_visit_items");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.PatientId, x.Item, x.On });
        });
        modelBuilder.Entity<Drug>(e =>
        {
            e.ToTable("clinic_drugs");
            e.HasKey(x => x.Code);
            e.HasIndex(x => x.Group);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.NameZh).HasMaxLength(200);
            e.Property(x => x.NameEn).HasMaxLength(200);
            e.Property(x => x.Group).HasMaxLength(40);
            e.Property(x => x.UnitPrice).HasPrecision(14, 4);
            e.Property(x => x.UnitsPerDay).HasPrecision(10, 3);
            e.Property(x => x.PriceSource).HasMaxLength(300);
        });
        modelBuilder.Entity<DrugCategory>(e =>
        {
            e.ToTable("clinic_drug_categories");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.DrugCode, x.Province, x.CatalogueYear }).IsUnique();
            e.Property(x => x.DrugCode).HasMaxLength(40);
            e.Property(x => x.Province).HasMaxLength(2);
            e.Property(x => x.SelfPayPercent).HasPrecision(5, 2);
            e.Property(x => x.Source).HasMaxLength(300);
        });
        modelBuilder.Entity<Examination>(e =>
        {
            e.ToTable("clinic_examinations");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.NameZh).HasMaxLength(200);
            e.Property(x => x.NameEn).HasMaxLength(200);
            e.Property(x => x.SkipWhenZh).HasMaxLength(300);
            e.Property(x => x.SkipWhenEn).HasMaxLength(300);
        });
        modelBuilder.Entity<DrugOrder>(e =>
        {
            e.ToTable("clinic_drug_orders");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Month, x.Doctor });
            e.HasIndex(x => new { x.OrgId, x.PatientId });
            e.Property(x => x.Doctor).HasMaxLength(100);
            e.Property(x => x.AskedCode).HasMaxLength(40);
            e.Property(x => x.GivenCode).HasMaxLength(40);
            e.Property(x => x.CheapestCode).HasMaxLength(40);
            e.Property(x => x.OffFormularyName).HasMaxLength(200);
            e.Property(x => x.AskedDailyCost).HasPrecision(14, 4);
            e.Property(x => x.CheapestDailyCost).HasPrecision(14, 4);
        });
        modelBuilder.Entity<ExaminationOrder>(e =>
        {
            e.ToTable("clinic_examination_orders");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.PatientId });
            e.Property(x => x.Doctor).HasMaxLength(100);
            e.Property(x => x.ExaminationCode).HasMaxLength(40);
        });
        modelBuilder.Entity<FundAccount>(e =>
        {
            e.ToTable("clinic_fund_accounts");
            e.HasKey(x => x.OrgId);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<FundMovement>(e =>
        {
            e.ToTable("clinic_fund_movements");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.On });
            e.Property(x => x.Purpose).HasMaxLength(200);
            e.Property(x => x.ApprovedBy).HasMaxLength(100);
            e.Property(x => x.SecondApprover).HasMaxLength(100);
        });
        modelBuilder.Entity<PatientMessage>(e =>
        {
            e.ToTable("clinic_messages");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Doctor, x.RepliedUtc, x.ReceivedUtc });
            e.HasIndex(x => x.PatientId);
            e.Property(x => x.Doctor).HasMaxLength(100);
            e.Property(x => x.Text).HasMaxLength(2000);
            e.Property(x => x.Reply).HasMaxLength(2000);
            e.Property(x => x.EnteredBy).HasMaxLength(100);
            e.Property(x => x.RepliedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<OutreachEvent>(e =>
        {
            e.ToTable("clinic_outreach");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.On });
            e.Property(x => x.Place).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(500);
        });
    }
}
