using Microsoft.EntityFrameworkCore;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.SpecialEducation;
using Tongban.Kernel.Data;
using Tongban.Kernel.Orgs;

namespace Tongban.Juvenile;

/// <summary>
/// The juvenile module's tables (prefix juvenile_). Cases are org-owned and scoped by the kernel; the rows
/// recorded on a case (behaviours, measures, placements, reports, referrals) are filtered here to the
/// cases the caller can see, so they follow the case's owner and its shares.
/// </summary>
public sealed class JuvenileDb(DbContextOptions<JuvenileDb> options, KernelServices kernel) : TongbanDbContext(options, kernel)
{
    public override string ViewPermission => JuvenilePermissions.View;

    public DbSet<JuvenileCase> Cases => Set<JuvenileCase>();

    public DbSet<BehaviourRecord> Behaviours => Set<BehaviourRecord>();

    public DbSet<MeasureRecord> Measures => Set<MeasureRecord>();

    public DbSet<RecidivismRecord> RecidivismRecords => Set<RecidivismRecord>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<PlacementEvent> PlacementEvents => Set<PlacementEvent>();

    public DbSet<SealedAccess> SealedAccesses => Set<SealedAccess>();

    protected override void ConfigureModule(ModelBuilder b)
    {
        b.Entity<JuvenileCase>(e =>
        {
            e.ToTable("juvenile_cases");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Reference).IsUnique();

            // The owning organisation leads: lists and searches are per org, unsealed first.
            e.HasIndex(x => new { x.OrgId, x.Sealed, x.Stage, x.Risk });
            e.HasIndex(x => new { x.OrgId, x.Sealed, x.FullName });
            e.HasIndex(x => new { x.OrgId, x.CaseworkerId });
            e.HasIndex(x => new { x.FullName, x.BirthDate });
            e.Property(x => x.Reference).HasMaxLength(40);
            e.Property(x => x.FullName).HasMaxLength(100);
            e.Property(x => x.Gender).HasMaxLength(10);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.Guardians).HasMaxLength(300);
            e.Property(x => x.GuardianPhone).HasMaxLength(30);
            e.Property(x => x.Residence).HasMaxLength(300);
            e.Property(x => x.DistrictCode).HasMaxLength(6);
            e.Property(x => x.CaseworkerName).HasMaxLength(200);
        });
        b.Entity<BehaviourRecord>(e =>
        {
            e.ToTable("juvenile_behaviours");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.CaseId, x.OccurredOn });
            e.HasIndex(x => new { x.PoliceReportDueUtc, x.PoliceReportedUtc });
            e.Property(x => x.ItemCode).HasMaxLength(8);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.Property(x => x.InstigationNote).HasMaxLength(1000);
            e.HasQueryFilter(x => Cases.Select(c => c.Id).Contains(x.CaseId));
        });
        b.Entity<MeasureRecord>(e =>
        {
            e.ToTable("juvenile_measures");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.CaseId, x.DecidedUtc });
            e.Property(x => x.Code).HasMaxLength(8);
            e.Property(x => x.DecidedBy).HasMaxLength(200);
            e.Property(x => x.Owner).HasMaxLength(200);
            e.Property(x => x.Outcome).HasMaxLength(1000);
            e.Property(x => x.Notes).HasMaxLength(2000);
            e.HasQueryFilter(x => Cases.Select(c => c.Id).Contains(x.CaseId));
        });
        b.Entity<RecidivismRecord>(e =>
        {
            e.ToTable("juvenile_recidivism_records");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.CaseId, x.On });
            e.Property(x => x.By).HasMaxLength(200);
            e.Property(x => x.GuarantorName).HasMaxLength(100);
            e.Property(x => x.Summary).HasMaxLength(4000);
            e.HasQueryFilter(x => Cases.Select(c => c.Id).Contains(x.CaseId));
        });
        b.Entity<Referral>(e =>
        {
            e.ToTable("juvenile_referrals");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.ToOrgId, x.Status, x.CreatedUtc });
            e.HasIndex(x => new { x.CaseId, x.CreatedUtc });
            e.Property(x => x.CaseReference).HasMaxLength(40);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Property(x => x.DecidedBy).HasMaxLength(200);
            e.Property(x => x.DeclineReason).HasMaxLength(1000);

            // Seen by those who see the case, and by the receiving organisation while it waits (its inbox).
            // The inbox sees a referral while it waits; after that, the case's share (if any) decides.
            var inbox = OrgScope.And(x => x.Status == ReferralStatus.Pending, OrgScope.Sees<Referral>(() => ViewScope, () => OrgClosures, x => x.ToOrgId));
            e.HasQueryFilter(OrgScope.Or(x => Cases.Select(c => c.Id).Contains(x.CaseId), inbox));
        });
        b.Entity<Placement>(e =>
        {
            e.ToTable("juvenile_placements");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => x.MatterId).IsUnique();
            e.Property(x => x.CommitteeEvaluation).HasMaxLength(4000);
            e.Property(x => x.State).HasMaxLength(40);
            e.HasQueryFilter(x => Cases.Select(c => c.Id).Contains(x.CaseId));
        });
        b.Entity<PlacementEvent>(e =>
        {
            e.ToTable("juvenile_placement_events");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.PlacementId, x.On });
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.Outcome).HasMaxLength(1000);
            e.Property(x => x.By).HasMaxLength(200);
            e.HasQueryFilter(x => Cases.Select(c => c.Id).Contains(x.CaseId));
        });
        b.Entity<SealedAccess>(e =>
        {
            e.ToTable("juvenile_sealed_accesses");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.OrgId, x.AtUtc });
            e.HasIndex(x => new { x.CaseId, x.AtUtc });
            e.Property(x => x.CaseReference).HasMaxLength(40);
            e.Property(x => x.Inquirer).HasMaxLength(200);
            e.Property(x => x.LegalReference).HasMaxLength(300);
            e.Property(x => x.Purpose).HasMaxLength(500);
        });
    }
}
