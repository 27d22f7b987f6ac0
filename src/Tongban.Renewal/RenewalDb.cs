using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Renewal.Communities;
using Tongban.Renewal.Concerns;
using Tongban.Renewal.Lifeline;

namespace Tongban.Renewal;

/// <summary>The renewal module's tables, all prefixed renewal_.</summary>
public sealed class RenewalDb(DbContextOptions<RenewalDb> options, KernelServices kernel) : TongbanDbContext(options, kernel)
{
    public override string ViewPermission => RenewalPermissions.View;

    internal DbSet<ContentItem> ContentItems => Set<ContentItem>();

    internal DbSet<Community> Communities => Set<Community>();

    internal DbSet<Project> Projects => Set<Project>();

    internal DbSet<ProjectItem> ProjectItems => Set<ProjectItem>();

    internal DbSet<Funding> Fundings => Set<Funding>();

    internal DbSet<AnnualPlan> Plans => Set<AnnualPlan>();

    internal DbSet<AnswerLimit> AnswerLimits => Set<AnswerLimit>();

    internal DbSet<Concern> Concerns => Set<Concern>();

    internal DbSet<Sensor> Sensors => Set<Sensor>();

    internal DbSet<Reading> Readings => Set<Reading>();

    internal DbSet<AlarmRule> Rules => Set<AlarmRule>();

    internal DbSet<RuleState> RuleStates => Set<RuleState>();

    internal DbSet<Alarm> Alarms => Set<Alarm>();

    internal DbSet<AlarmNote> AlarmNotes => Set<AlarmNote>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentItem>(e =>
        {
            e.ToTable("renewal_content_items");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.NameZh).HasMaxLength(100);
            e.Property(x => x.NameEn).HasMaxLength(100);
            e.HasData(ContentCatalog.Shipped);
        });
        modelBuilder.Entity<Community>(e =>
        {
            e.ToTable("renewal_communities");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => new { x.OrgId, x.StartedYear });
            e.HasIndex(x => new { x.OrgId, x.CompletedYear });
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.FloorAreaM2).HasPrecision(14, 2);
        });
        modelBuilder.Entity<Project>(e =>
        {
            e.ToTable("renewal_projects");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.CommunityId);
            e.HasIndex(x => new { x.OrgId, x.PlanYear });
            e.Property(x => x.Code).HasMaxLength(40);
        });
        modelBuilder.Entity<ProjectItem>(e =>
        {
            e.ToTable("renewal_project_items");
            e.HasKey(x => new { x.ProjectId, x.ItemCode });
            e.Property(x => x.ItemCode).HasMaxLength(40);
        });
        modelBuilder.Entity<Funding>(e =>
        {
            e.ToTable("renewal_funding");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.ProjectId);
            e.HasIndex(x => new { x.OrgId, x.Channel });
        });
        modelBuilder.Entity<AnnualPlan>(e =>
        {
            e.ToTable("renewal_plans");
            e.HasKey(x => new { x.OrgId, x.Year });
        });
        modelBuilder.Entity<AnswerLimit>(e =>
        {
            e.ToTable("renewal_answer_limits");
            e.HasKey(x => x.Topic);
            e.HasData(ConcernRules.DefaultLimits.Select(l => new AnswerLimit { Topic = l.Key, WorkingDays = l.Value }));
        });
        modelBuilder.Entity<Concern>(e =>
        {
            e.ToTable("renewal_concerns");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.ReceivedOn });
            e.HasIndex(x => x.CommunityId);
            e.Property(x => x.Summary).HasMaxLength(500);
            e.Property(x => x.AssignedTo).HasMaxLength(100);
            e.Property(x => x.Answer).HasMaxLength(2000);
        });
        modelBuilder.Entity<Sensor>(e =>
        {
            e.ToTable("renewal_sensors");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => new { x.OrgId, x.DistrictOrgId });
            e.Property(x => x.Code).HasMaxLength(60);
            e.Property(x => x.Asset).HasMaxLength(200);
        });
        modelBuilder.Entity<Reading>(e =>
        {
            e.ToTable("renewal_readings");
            e.HasKey(x => new { x.SensorId, x.Metric, x.AtUtc });
            e.Property(x => x.Metric).HasMaxLength(40);
        });
        modelBuilder.Entity<AlarmRule>(e =>
        {
            e.ToTable("renewal_alarm_rules");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Kind, x.Metric });
            e.Property(x => x.Metric).HasMaxLength(40);
            e.Property(x => x.Standard).HasMaxLength(200);
        });
        modelBuilder.Entity<RuleState>(e =>
        {
            e.ToTable("renewal_rule_states");
            e.HasKey(x => new { x.SensorId, x.RuleId });
        });
        modelBuilder.Entity<Alarm>(e =>
        {
            e.ToTable("renewal_alarms");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.Status });
            e.HasIndex(x => x.SensorId);
            e.Property(x => x.Metric).HasMaxLength(40);
            e.Property(x => x.AcknowledgedBy).HasMaxLength(100);
            e.Property(x => x.ClearedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<AlarmNote>(e =>
        {
            e.ToTable("renewal_alarm_notes");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.AlarmId);
            e.Property(x => x.Author).HasMaxLength(100);
            e.Property(x => x.Text).HasMaxLength(2000);
        });
    }
}
