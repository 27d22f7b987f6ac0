using Microsoft.EntityFrameworkCore;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.Rules;
using Tongban.Juvenile.SpecialEducation;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

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
public sealed class SealedRecords(JuvenileDb db, ActingOrg acting, SensitiveRecordAccess sensitive, CallerScopeAccessor caller, TimeProvider clock)
{
    /// <summary>Inquiries one user may make in <see cref="InquiryWindow"/>; guessing a birth date takes many more.</summary>
    public const int InquiryLimit = 5;

    public static readonly TimeSpan InquiryWindow = TimeSpan.FromHours(1);

    /// <summary>
    /// Inquiry by the minor's exact name and birth date; no fragments, no lists. Art. 59 names who may ask: a judicial
    /// organ handling a case, or a unit an administrator listed (the provision-unit role) under state provisions.
    /// Every inquiry is audited, misses included, and limited per user; each opening is listed under the inquirer's
    /// org and the case owner's, so the owner's oversight sees outside readers.
    /// </summary>
    public async Task<IReadOnlyList<SealedCase>> InquireAsync(SealedInquiry q, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(q);
        var who = await acting.ResolveAsync(q.ActingOrgId, JuvenilePermissions.SealedInquiry, ct);
        SealRules.CheckInquiry(q.Basis, q.LegalReference, q.Purpose);
        RuleViolation.ThrowIf(
            q.Basis == InquiryBasis.JudicialCaseHandling && !SealRules.MayInquire(who.Actor, q.Basis),
            "basis",
            "juvenile.sealed.not-a-judicial-organ",
            $"Art. 59: only judicial organs handling a case inquire on that basis; {who.Org.NameEn} is a {who.Actor}.");
        RuleViolation.ThrowIf(
            q.Basis == InquiryBasis.StateProvisions
                && !await OrgScope.HasPermissionAtAsync(db.OrgClosures, db.Scope, JuvenilePermissions.SealedInquiryByProvision, who.Org.Id, ct),
            "basis",
            "juvenile.sealed.not-a-listed-unit",
            $"Art. 59: {who.Org.NameEn} is not listed as a unit inquiring under state provisions.", ("org", who.Org.NameZh));
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(q.FullName), "fullName", "juvenile.sealed.identity-required", "Art. 59: an inquiry names the person exactly (full name and birth date).");
        await sensitive.ThrottleAsync(db, InquiryAction, who.UserId, null, InquiryLimit, InquiryWindow, "juvenile.sealed.inquiry-rate", ct);
        var name = q.FullName.Trim();

        // Sealed cases lie outside everyone's scope: the inquiry reads past the filters for exactly this person.
        var cases = await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Sealed && c.FullName == name && c.BirthDate == q.BirthDate)
            .OrderBy(c => c.Reference)
            .ToListAsync(ct);

        // The inquiry itself, found or not: who asked, for whom (a keyed hash, not the name), on what basis, how many.
        db.Audit(new AuditNote(
            InquiryAction,
            "JuvenileCase.inquiry",
            db.Keyring.ValueHash($"{name}\u001f{q.BirthDate:yyyy-MM-dd}"),
            who.Org.Id,
            $"{{\"basis\":\"{q.Basis}\",\"found\":{cases.Count}}}",
            Stated(q.Basis, q.LegalReference, q.Purpose)));
        await db.SaveChangesAsync(ct);

        var result = new List<SealedCase>();
        foreach (var c in cases)
        {
            result.Add(await GiveOutAsync(c, who, q.Basis, q.LegalReference, q.Purpose, ct));
        }

        return result;
    }

    public const string InquiryAction = "sealed-inquiry";

    private static string Stated(InquiryBasis basis, string legalReference, string purpose)
    {
        var stated = $"{purpose.Trim()} [art. 59, {basis}: {legalReference.Trim()}]";
        return stated.Length <= SensitiveRecordAccess.PurposeMaxLength ? stated : stated[..SensitiveRecordAccess.PurposeMaxLength];
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
        var at = AuditHash.Truncate(clock.GetUtcNow());
        foreach (var org in who.Org.Id == c.OrgId ? [c.OrgId] : new[] { who.Org.Id, c.OrgId })
        {
            db.SealedAccesses.Add(new SealedAccess
            {
                Id = Guid.CreateVersion7(),
                OrgId = org,
                CaseId = c.Id,
                CaseReference = c.Reference,
                InquirerUserId = who.UserId,
                Inquirer = who.Name,
                InquirerOrgId = who.Org.Id,
                Basis = basis,
                LegalReference = legalReference.Trim(),
                Purpose = purpose.Trim(),
                AtUtc = at,
            });
        }

        // The audit entry carries the case's owner, so that organisation's auditors see who read it; the oversight
        // list rows (the inquirer's org and the owner's) are written on the authority of the lawful inquiry, which a
        // listed unit makes without any view of juvenile cases.
        var own = caller.Current;
        caller.Current = own.AuthorisedAt(c.OrgId, "juvenile.sealed-inquiry").AuthorisedAt(who.Org.Id, "juvenile.sealed-inquiry");
        try
        {
            await sensitive.RecordReadAsync(db, nameof(JuvenileCase), c.Id.ToString(), c.OrgId, Stated(basis, legalReference, purpose), ct);
        }
        finally
        {
            caller.Current = own;
        }

        return new SealedCase(c, behaviours, measures, records, placements);
    }
}
