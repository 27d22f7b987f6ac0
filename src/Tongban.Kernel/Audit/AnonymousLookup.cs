using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Audit;

/// <summary>
/// The one way a module answers a caller who has no account (an insured person asking after their transfer): the
/// lookup runs as the system actor in a scope of its own, keyed by what the person knows (an ID number and a code),
/// limited per key, audited found or not (the key as a keyed hash), and returns what the module's lookup returns:
/// only the fields the person may see. Module code does not switch to <see cref="CallerScope.System"/> itself; the
/// architecture tests keep it so.
/// </summary>
public sealed class AnonymousLookup(IServiceScopeFactory scopes)
{
    public const string Action = "anonymous-lookup";

    /// <summary>Lookups for one key in <see cref="Window"/>.</summary>
    public const int Limit = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Runs <paramref name="lookup"/> for <paramref name="key"/>. The lookup gets the scope's services and returns its
    /// answer (null: not found) and the org the answer belongs to, for the audit entry.
    /// </summary>
    public async Task<T?> FindAsync<TContext, T>(
        string subjectType, string key, Func<IServiceProvider, Task<(T? Answer, Guid? OrgId)>> lookup, CancellationToken ct = default)
        where TContext : TongbanDbContext
        where T : class
    {
        ArgumentNullException.ThrowIfNull(lookup);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System($"anonymous lookup ({subjectType})");
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var keyHash = db.Keyring.ValueHash(subjectType + "\u001f" + key);
        await scope.ServiceProvider.GetRequiredService<SensitiveRecordAccess>()
            .ThrottleAsync(db, Action, null, keyHash, Limit, Window, "lookup.rate-limited", ct);
        var (answer, orgId) = await lookup(scope.ServiceProvider);
        db.Audit(new AuditNote(Action, subjectType, keyHash, orgId, answer is null ? """{"found":false}""" : """{"found":true}"""));
        await db.SaveChangesAsync(ct);
        return answer;
    }
}
