using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Errors;

namespace Tongban.Epidemic.Policy;

/// <summary>The city's policies as stored; the built-in seed 04 policy applies until one is recorded.</summary>
public sealed class PolicyStore(EpidemicDb db)
{
    private PolicyBook? _book;

    public async Task<PolicyBook> BookAsync(CancellationToken ct)
    {
        if (_book is null)
        {
            var rows = await db.Policies.AsNoTracking().OrderBy(p => p.EffectiveFrom).ToListAsync(ct);
            _book = rows.Count == 0 ? PolicyBook.Default : new PolicyBook(rows.Select(r => r.ToPolicy()));
        }

        return _book;
    }

    /// <summary>Records a policy from its effective date; a second one on the same date is refused.</summary>
    public async Task AddAsync(EpidemicPolicy policy, CancellationToken ct)
    {
        policy.Validate();
        RuleViolation.ThrowIf(
            await db.Policies.AnyAsync(p => p.EffectiveFrom == policy.EffectiveFrom, ct),
            nameof(policy.EffectiveFrom),
            "epidemic.policy.duplicate-date",
            $"A policy already takes effect on {policy.EffectiveFrom:yyyy-MM-dd}.");
        db.Policies.Add(PolicyRecord.From(policy));
        await db.SaveChangesAsync(ct);
        _book = null;
    }
}
