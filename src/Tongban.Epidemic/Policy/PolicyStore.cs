using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;

namespace Tongban.Epidemic.Policy;

/// <summary>
/// The policy book kept for the process: every schedule, certificate check and bulletin reads it,
/// and it changes only through <see cref="PolicyStore.AddAsync"/>, which drops it here. Kept for
/// <see cref="MaxAge"/> at most, so a policy recorded by another process is seen soon after.
/// </summary>
public sealed class PolicyCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private (PolicyBook Book, long Ticks)? _current;

    internal PolicyBook? Get()
    {
        var current = _current;
        return current is { } c && Environment.TickCount64 - c.Ticks < (long)MaxAge.TotalMilliseconds ? c.Book : null;
    }

    internal void Set(PolicyBook book) => _current = (book, Environment.TickCount64);

    internal void Drop() => _current = null;
}

/// <summary>The city's policies as stored; the built-in seed 04 policy applies until one is recorded.</summary>
public sealed class PolicyStore(EpidemicDb db, PolicyCache cache, TimeProvider clock)
{
    public async Task<PolicyBook> BookAsync(CancellationToken ct)
    {
        if (cache.Get() is { } book)
        {
            return book;
        }

        var rows = await db.Policies.AsNoTracking().OrderBy(p => p.EffectiveFrom).ToListAsync(ct);
        book = rows.Count == 0 ? PolicyBook.Default : new PolicyBook(rows.Select(r => r.ToPolicy()));
        cache.Set(book);
        return book;
    }

    /// <summary>Records a policy from its effective date; a second one on the same date is refused.</summary>
    public async Task AddAsync(EpidemicPolicy policy, CancellationToken ct)
    {
        // The book governs the whole city: it is written with the policy permission at the root.
        await OrgScope.RequirePermissionAtRootAsync(db.OrgClosures, db.Scope, EpidemicPermissions.ManagePolicy, ct);
        policy.Validate();
        var today = ChinaTime.Today(clock);
        RuleViolation.ThrowIf(
            policy.EffectiveFrom > today.AddYears(MaxYearsAhead),
            nameof(policy.EffectiveFrom),
            "epidemic.policy.too-far-ahead",
            $"A policy takes effect at most {MaxYearsAhead} year ahead, not on {policy.EffectiveFrom:yyyy-MM-dd}.", ("years", MaxYearsAhead), ("date", policy.EffectiveFrom));
        RuleViolation.ThrowIf(
            await db.Policies.AnyAsync(p => p.EffectiveFrom == policy.EffectiveFrom, ct),
            nameof(policy.EffectiveFrom),
            "epidemic.policy.duplicate-date",
            $"A policy already takes effect on {policy.EffectiveFrom:yyyy-MM-dd}.", ("effectiveFrom", policy.EffectiveFrom));
        db.Policies.Add(PolicyRecord.From(policy));
        await db.SaveChangesAsync(ct);
        cache.Drop();
    }

    /// <summary>How far ahead a policy may be dated.</summary>
    public const int MaxYearsAhead = 1;

    /// <summary>Retires (deletes) a recorded policy; the deletion is audited with the whole record, and needs the permission at the root.</summary>
    public async Task RetireAsync(Guid policyId, CancellationToken ct)
    {
        await OrgScope.RequirePermissionAtRootAsync(db.OrgClosures, db.Scope, EpidemicPermissions.ManagePolicy, ct);
        var record = await db.Policies.SingleOrDefaultAsync(p => p.Id == policyId, ct)
            ?? throw new RuleViolation("policyId", "epidemic.policy.unknown", $"No recorded policy {policyId}.", ("id", policyId));
        db.Policies.Remove(record);
        await db.SaveChangesAsync(ct);
        cache.Drop();
    }
}
