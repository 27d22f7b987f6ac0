using Microsoft.EntityFrameworkCore;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.Rules;
using Tongban.Juvenile.SpecialEducation;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Errors;

namespace Tongban.Juvenile.Access;

public sealed record SealedInquiry(
    string FullName,
    DateOnly BirthDate,
    InquiryBasis Basis,
    string LegalReference,
    string Purpose,
    Guid? ActingOrgId = null);

/// <summary>A sealed case as given to a lawful inquirer, with what is recorded on it.</summary>
public sealed record SealedCase(
    JuvenileCase Case,
    IReadOnlyList<BehaviourRecord> Behaviours,
    IReadOnlyList<MeasureRecord> Measures,
    IReadOnlyList<RecidivismRecord> Records,
    IReadOnlyList<Placement> Placements);

/// <summary>
/// Art. 59: the one way to a sealed record. The inquirer holds the inquiry permission at the organisation
/// they act for, acts as a judicial organ handling a case (or a unit under state provisions), names the
/// case or provision and the purpose; every record given out is written to the audit chain with the
/// purpose (kernel sensitive read) and to the oversight list (art. 60).
/// </summary>
public sealed class SealedRecords(JuvenileDb db, ActingOrg acting, SensitiveRecordAccess sensitive, TimeProvider clock)
{
    /// <summary>Inquiry by the minor's exact name and birth date; no fragments, no lists.</summary>
    public async Task<IReadOnlyList<SealedCase>> InquireAsync(SealedInquiry q, CancellationToken ct = default)
    {
        var who = await acting.ResolveAsync(q.ActingOrgId, JuvenilePermissions.SealedInquiry, ct);
        SealRules.CheckInquiry(q.Basis, q.LegalReference, q.Purpose);
        RuleViolation.ThrowIf(
            !SealRules.MayInquire(who.Actor, q.Basis),
            "basis",
            "juvenile.sealed.not-a-judicial-organ",
            $"Art. 59: only judicial organs handling a case inquire on that basis; {who.Org.NameEn} is a {who.Actor}.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(q.FullName), "fullName", "juvenile.sealed.identity-required", "Art. 59: an inquiry names the person exactly (full name and birth date).");
        var name = q.FullName.Trim();

        // Sealed cases lie outside everyone's scope: the inquiry reads past the filters for exactly this person.
        var cases = await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Sealed && c.FullName == name && c.BirthDate == q.BirthDate)
            .OrderBy(c => c.Reference)
            .ToListAsync(ct);
        var result = new List<SealedCase>();
        foreach (var c in cases)
        {
            result.Add(await GiveOutAsync(c, who, q.Basis, q.LegalReference, q.Purpose, ct));
        }

        return result;
    }

    /// <summary>The oversight list (art. 60): who opened which sealed record, when, why and on what basis.</summary>
    public async Task<IReadOnlyList<SealedAccess>> AccessesAsync(DateTime? fromUtc, DateTime? toUtc, CancellationToken ct = default)
    {
        using var reading = db.ReadAs(JuvenilePermissions.SealedOversight);
        RuleViolation.ThrowIf(db.ViewScope.IsEmpty, "permission", "juvenile.access.not-permitted", $"You do not hold {JuvenilePermissions.SealedOversight}.");
        var q = db.SealedAccesses.AsNoTracking();
        if (fromUtc is { } f)
        {
            q = q.Where(a => a.AtUtc >= f);
        }

        if (toUtc is { } t)
        {
            q = q.Where(a => a.AtUtc < t);
        }

        return await q.OrderByDescending(a => a.AtUtc).Take(1000).ToListAsync(ct);
    }

    private async Task<SealedCase> GiveOutAsync(JuvenileCase c, Acting who, InquiryBasis basis, string legalReference, string purpose, CancellationToken ct)
    {
        var behaviours = await db.Behaviours.IgnoreQueryFilters().AsNoTracking().Where(b => b.CaseId == c.Id).OrderBy(b => b.OccurredOn).ToListAsync(ct);
        var measures = await db.Measures.IgnoreQueryFilters().AsNoTracking().Where(m => m.CaseId == c.Id).OrderBy(m => m.DecidedUtc).ToListAsync(ct);
        var records = await db.RecidivismRecords.IgnoreQueryFilters().AsNoTracking().Where(r => r.CaseId == c.Id).OrderBy(r => r.On).ToListAsync(ct);
        var placements = await db.Placements.IgnoreQueryFilters().AsNoTracking().Where(p => p.CaseId == c.Id).ToListAsync(ct);
        db.SealedAccesses.Add(new SealedAccess
        {
            Id = Guid.CreateVersion7(),
            OrgId = who.Org.Id,
            CaseId = c.Id,
            CaseReference = c.Reference,
            InquirerUserId = who.UserId,
            Inquirer = who.Name,
            InquirerOrgId = who.Org.Id,
            Basis = basis,
            LegalReference = legalReference.Trim(),
            Purpose = purpose.Trim(),
            AtUtc = AuditHash.Truncate(clock.GetUtcNow()),
        });

        // The audit entry carries the case's owner, so that organisation's auditors see who read it.
        var stated = $"{purpose.Trim()} [art. 59, {basis}: {legalReference.Trim()}]";
        await sensitive.RecordReadAsync(db, nameof(JuvenileCase), c.Id.ToString(), c.OrgId, stated.Length <= SensitiveRecordAccess.PurposeMaxLength ? stated : stated[..SensitiveRecordAccess.PurposeMaxLength], ct);
        return new SealedCase(c, behaviours, measures, records, placements);
    }
}
