using Microsoft.EntityFrameworkCore;
using Tongban.Juvenile.Cases;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Juvenile.Access;

public sealed record NewReferral(Guid ToOrgId, ReferralKind Kind, string Reason, Guid? ActingOrgId = null);

public sealed record ReassignResult(int Reassigned, IReadOnlyList<string> References);

/// <summary>
/// Need-to-know (arts. 3, 59): a case is seen by its owner and by organisations it is referred to.
/// A referral opens the case to the receiving organisation at once, through a kernel record share, so
/// it can read it before answering; declining (or withdrawing) closes the share again, accepting keeps it.
/// A transfer moves ownership when the receiver accepts; the sender keeps no access.
/// </summary>
public sealed class Referrals(JuvenileDb db, ActingOrg acting, CallerScopeAccessor caller, TimeProvider clock)
{
    public async Task<Referral> SendAsync(Guid caseId, NewReferral input, CancellationToken ct = default)
    {
        var who = await acting.ResolveAsync(input.ActingOrgId, JuvenilePermissions.Refer, ct);
        var c = await CaseQueries.Unsealed(db).SingleOrDefaultAsync(x => x.Id == caseId, ct)
            ?? throw new RuleViolation("caseId", "juvenile.case.not-found", $"No case {caseId} among the cases you may see.");
        await OrgScope.RequirePermissionOnAsync(db, JuvenilePermissions.Refer, c, ct, "caseId");
        RuleViolation.ThrowIf(input.Kind == ReferralKind.Transfer && c.OrgId != who.Org.Id, "caseId", "juvenile.referral.not-owner", "Only the owning organisation transfers a case.");
        var to = await acting.FindAsync(input.ToOrgId, ct) ?? throw new RuleViolation("toOrgId", "juvenile.referral.unknown-org", $"No organisation {input.ToOrgId}.", ("toOrgId", input.ToOrgId));
        RuleViolation.ThrowIf(to.Id == c.OrgId, "toOrgId", "juvenile.referral.same-org", "The case already belongs to that organisation.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(input.Reason), "reason", "juvenile.referral.reason-required", "Art. 3: say why the other organisation needs to know.");
        RuleViolation.ThrowIf(
            await db.Referrals.AnyAsync(r => r.CaseId == c.Id && r.ToOrgId == to.Id && r.Status == ReferralStatus.Pending, ct),
            "toOrgId",
            "juvenile.referral.pending",
            "A referral of this case to that organisation is already waiting for an answer.");
        var now = Now();
        var referral = new Referral
        {
            Id = Guid.CreateVersion7(),
            CaseId = c.Id,
            CaseReference = c.Reference,
            Kind = input.Kind,
            FromOrgId = who.Org.Id,
            ToOrgId = to.Id,
            Reason = input.Reason.Trim(),
            Status = ReferralStatus.Pending,
            CreatedUtc = now,
            CreatedBy = who.Name,
        };
        db.Referrals.Add(referral);
        if (!await db.RecordShares.AnyAsync(s => s.RecordId == c.Id && s.OrgId == to.Id, ct))
        {
            db.RecordShares.Add(RecordShare.For(c, to.Id, $"{input.Kind}: {input.Reason.Trim()}", now));
        }

        await db.SaveChangesAsync(ct);
        return referral;
    }

    /// <summary>Referrals waiting at the caller's organisations.</summary>
    public async Task<IReadOnlyList<Referral>> InboxAsync(CancellationToken ct = default)
    {
        var scope = caller.Current.For(JuvenilePermissions.Refer);
        return await db.Referrals.AsNoTracking()
            .Where(r => r.Status == ReferralStatus.Pending)
            .Where(OrgScope.Sees<Referral>(() => scope, () => db.OrgClosures, r => r.ToOrgId))
            .OrderBy(r => r.CreatedUtc)
            .Take(500)
            .ToListAsync(ct);
    }

    public async Task<Referral> AcceptAsync(Guid referralId, CancellationToken ct = default)
    {
        var (referral, who) = await PendingForMeAsync(referralId, ct);
        referral.Status = ReferralStatus.Accepted;
        referral.DecidedUtc = Now();
        referral.DecidedBy = who.Name;
        if (referral.Kind == ReferralKind.Referral)
        {
            await db.SaveChangesAsync(ct);
            return referral;
        }

        // Transfer: the receiver sees the case through the share; ownership moves with the sender's
        // authority given when it sent the transfer, so this one save also covers the sending org.
        var c = await db.Cases.SingleAsync(x => x.Id == referral.CaseId, ct);
        c.OrgId = referral.ToOrgId;
        c.CaseworkerId = who.UserId;
        c.CaseworkerName = who.Name;
        var shares = await db.RecordShares.Where(s => s.RecordId == c.Id && (s.OrgId == referral.ToOrgId || s.OrgId == referral.FromOrgId)).ToListAsync(ct);
        db.RecordShares.RemoveRange(shares);
        var own = caller.Current;
        caller.Current = own.AuthorisedAt(referral.FromOrgId, "juvenile.transfer");

        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            caller.Current = own;
        }

        return referral;
    }

    public async Task<Referral> DeclineAsync(Guid referralId, string reason, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(reason), "reason", "juvenile.referral.reason-required", "Say why the referral is declined.");
        var (referral, who) = await PendingForMeAsync(referralId, ct);
        referral.Status = ReferralStatus.Declined;
        referral.DecidedUtc = Now();
        referral.DecidedBy = who.Name;
        referral.DeclineReason = reason.Trim();
        await CloseShareAsync(referral, ct);
        await db.SaveChangesAsync(ct);
        return referral;
    }

    public async Task<Referral> WithdrawAsync(Guid referralId, CancellationToken ct = default)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId && r.Status == ReferralStatus.Pending, ct)
            ?? throw new RuleViolation("referralId", "juvenile.referral.not-found", $"No pending referral {referralId}.", ("referralId", referralId));
        var who = await acting.ResolveAsync(referral.FromOrgId, JuvenilePermissions.Refer, ct);
        referral.Status = ReferralStatus.Withdrawn;
        referral.DecidedUtc = Now();
        referral.DecidedBy = who.Name;
        await CloseShareAsync(referral, ct);
        await db.SaveChangesAsync(ct);
        return referral;
    }

    /// <summary>
    /// Bulk reassignment of a departing caseworker's open cases at the organisation the supervisor acts
    /// for; sealed cases stay as they are (art. 59). One save, one audit entry per case.
    /// </summary>
    public async Task<ReassignResult> ReassignAsync(Guid fromCaseworkerId, Guid toCaseworkerId, string toName, Guid? actingOrgId, CancellationToken ct = default)
    {
        var who = await acting.ResolveAsync(actingOrgId, JuvenilePermissions.Reassign, ct);
        RuleViolation.ThrowIf(fromCaseworkerId == toCaseworkerId, "toCaseworkerId", "juvenile.reassign.same", "The cases already belong to that caseworker.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(toName), "toName", "juvenile.reassign.name-required", "Name the new caseworker.");
        var cases = await CaseQueries.Unsealed(db)
            .Where(c => c.OrgId == who.Org.Id && c.CaseworkerId == fromCaseworkerId && c.Stage != CaseStage.Closed)
            .ToListAsync(ct);
        foreach (var c in cases)
        {
            c.CaseworkerId = toCaseworkerId;
            c.CaseworkerName = toName.Trim();
        }

        await db.SaveChangesAsync(ct);
        return new ReassignResult(cases.Count, cases.Select(c => c.Reference).OrderBy(r => r, StringComparer.Ordinal).ToList());
    }

    private async Task CloseShareAsync(Referral referral, CancellationToken ct)
    {
        var stillReferred = await db.Referrals.AnyAsync(
            r => r.Id != referral.Id && r.CaseId == referral.CaseId && r.ToOrgId == referral.ToOrgId && r.Status == ReferralStatus.Accepted, ct);
        if (!stillReferred)
        {
            db.RecordShares.RemoveRange(await db.RecordShares.Where(s => s.RecordId == referral.CaseId && s.OrgId == referral.ToOrgId).ToListAsync(ct));
        }
    }

    private async Task<(Referral Referral, Acting Who)> PendingForMeAsync(Guid referralId, CancellationToken ct)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId, ct)
            ?? throw new RuleViolation("referralId", "juvenile.referral.not-found", $"No referral {referralId} for your organisations.", ("referralId", referralId));
        var who = await acting.ResolveAsync(referral.ToOrgId, JuvenilePermissions.Refer, ct);
        RuleViolation.ThrowIf(referral.Status != ReferralStatus.Pending, "referralId", "juvenile.referral.answered", $"The referral is already {referral.Status}.", ("status", referral.Status));
        return (referral, who);
    }

    private DateTime Now() => Tongban.Kernel.Audit.AuditHash.Truncate(clock.GetUtcNow());
}
