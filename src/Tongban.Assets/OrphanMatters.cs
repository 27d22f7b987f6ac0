using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tongban.Assets.Allocation;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;

namespace Tongban.Assets;

/// <summary>An open asset matter with no record behind it.</summary>
public sealed record OrphanMatter(Guid MatterId, string Reference, string Workflow, string SubjectType, string SubjectId);

/// <summary>
/// Open asset matters whose record is missing: an older version committed the matter before the
/// module's record, so a crash between the two left the matter alone. Filing is one transaction
/// now (<see cref="Kernel.Matters.MatterEngine.FileAsync{T}"/>); these are the leftovers, listed at
/// start-up so an administrator can reject or withdraw them.
/// </summary>
public sealed class OrphanMatters(KernelDb kernel, AssetsDb db)
{
    public async Task<IReadOnlyList<OrphanMatter>> ListAsync(CancellationToken ct = default)
    {
        var workflows = AssetWorkflows.All.Select(w => w.Name).ToArray();
        var open = await kernel.Matters.AsNoTracking()
            .Where(m => !m.Closed && workflows.Contains(m.Workflow))
            .Select(m => new { m.Id, m.Reference, m.Workflow, m.SubjectType, m.SubjectId })
            .ToListAsync(ct);
        var orphans = new List<OrphanMatter>();
        foreach (var group in open.GroupBy(m => m.Workflow))
        {
            foreach (var chunk in group.Chunk(500))
            {
                var ids = chunk.Select(m => Guid.TryParse(m.SubjectId, out var g) ? g : Guid.Empty).ToList();
                var found = (await FiledAsync(group.Key, ids, ct)).ToHashSet();
                orphans.AddRange(chunk.Where(m => !Guid.TryParse(m.SubjectId, out var g) || !found.Contains(g))
                    .Select(m => new OrphanMatter(m.Id, m.Reference, m.Workflow, m.SubjectType, m.SubjectId)));
            }
        }

        return orphans;
    }

    private async Task<List<Guid>> FiledAsync(string workflow, List<Guid> ids, CancellationToken ct) => workflow switch
    {
        AssetWorkflows.Allocation => await db.AllocationRequests.Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct),
        AssetWorkflows.Disposal => await db.Disposals.Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct),
        AssetWorkflows.Use => await db.Uses.Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct),
        AssetWorkflows.Verification => await db.StocktakeLines.Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct),
        _ => ids,
    };
}

/// <summary>Lists orphan asset matters in the server's log when it starts.</summary>
internal sealed class OrphanMatterCheck(IServiceScopeFactory scopes, ILogger<OrphanMatterCheck> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("orphan-matter-check");
        try
        {
            foreach (var m in await scope.ServiceProvider.GetRequiredService<OrphanMatters>().ListAsync(cancellationToken))
            {
                log.LogWarning("Orphan matter {Reference} ({Workflow}): no {SubjectType} {SubjectId} behind it; reject or withdraw it.", m.Reference, m.Workflow, m.SubjectType, m.SubjectId);
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // Before the first migration there are no tables yet; the check runs again at the next start.
            log.LogInformation("Orphan matter check skipped: {Reason}", e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
