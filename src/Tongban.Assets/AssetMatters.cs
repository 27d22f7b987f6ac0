using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;

namespace Tongban.Assets;

/// <summary>Where an asset matter stands, read back from the kernel's matter.</summary>
public sealed record MatterState(Guid MatterId, string Reference, string State, bool Closed, Guid HeldBy, string? RoutedBy);

internal static class AssetMatters
{
    /// <summary>Starts a matter for an assets record and submits it at once: the routing rules send it to whoever decides.</summary>
    public static async Task<Matter> StartAndSubmitAsync(MatterEngine engine, string workflow, Guid orgId, string title, string subjectType, Guid subjectId, long amountFen, CancellationToken ct)
    {
        var matter = await engine.StartAsync(new StartMatter(workflow, orgId, title, subjectType, subjectId.ToString(), amountFen), ct);
        await engine.TakeAsync(matter.Id, "submit", new Dictionary<string, string>(), null, ct);
        return matter;
    }

    public static async Task<MatterState?> StateAsync(KernelDb kernel, Guid? matterId, CancellationToken ct)
    {
        if (matterId is not { } id)
        {
            return null;
        }

        var m = await kernel.Matters.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null)
        {
            return null;
        }

        var rule = await kernel.MatterEvents.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.MatterId == id && e.RoutingRule != null).OrderByDescending(e => e.Seq).Select(e => e.RoutingRule).FirstOrDefaultAsync(ct);
        return new MatterState(m.Id, m.Reference, m.State, m.Closed, m.OrgId, rule);
    }

    /// <summary>
    /// After the engine accepted a decision step, the decider's scope is widened to the applicant
    /// unit for the write that carries the decision out (cards disposed, request approved): the
    /// step is the authority for that one write, as the kernel does when it hands a matter over.
    /// </summary>
    public static IDisposable ActingFor(CallerScopeAccessor caller, Guid originOrgId)
    {
        var own = caller.Current;
        if (own.Unrestricted || own.UserId is not { } userId)
        {
            return new Restore(caller, own);
        }

        caller.Current = CallerScope.ForUser(userId, own.ActorName, [.. own.Grants, new Grant { UserId = userId, Role = "assets.decision", OrgId = originOrgId }]);
        return new Restore(caller, own);
    }

    public static Task DecideAsync(MatterEngine engine, Guid matterId, string transition, string? opinion, CancellationToken ct) =>
        engine.TakeAsync(
            matterId,
            transition,
            transition is "approve" or "reject" ? new Dictionary<string, string> { ["opinion"] = string.IsNullOrWhiteSpace(opinion) ? "-" : opinion.Trim() } : new Dictionary<string, string>(),
            opinion,
            ct);
}

internal sealed class Restore(CallerScopeAccessor caller, CallerScope scope) : IDisposable
{
    public void Dispose() => caller.Current = scope;
}
