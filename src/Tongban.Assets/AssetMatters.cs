using Microsoft.EntityFrameworkCore;
using Tongban.Assets.Allocation;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;

namespace Tongban.Assets;

/// <summary>Where an asset matter went when it was submitted: who holds it and the rule that routed it.</summary>
public sealed record MatterState(Guid MatterId, string Reference, string State, Guid HeldBy, string? RoutedBy);

internal static class AssetMatters
{
    /// <summary>Starts a matter for an assets record and submits it at once: the routing rules send it to whoever decides.</summary>
    public static async Task<MatterState> StartAndSubmitAsync(MatterEngine engine, string workflow, Guid orgId, string title, string subjectType, Guid subjectId, long amountFen, CancellationToken ct)
    {
        // One matter per subject, so the reference follows the subject: the same demo seed gives the same references.
        var prefix = AssetWorkflows.All.Single(d => d.Name == workflow).ReferencePrefix;
        var reference = $"{prefix}-{subjectId.ToString("N")[^12..].ToUpperInvariant()}";
        var matter = await engine.StartAsync(new StartMatter(workflow, orgId, title, subjectType, subjectId.ToString(), amountFen, Reference: reference), ct);
        var step = await engine.TakeAsync(matter.Id, "submit", new Dictionary<string, string>(), null, ct);
        return new MatterState(matter.Id, matter.Reference, step.ToState, step.ToOrgId, step.RoutingRule);
    }

    /// <summary>
    /// Takes a decision step (approve, reject, withdraw) on the matter about <paramref name="subjectId"/>. The
    /// matter is found among those the caller sees (the decider sees what it holds); the engine checks the role.
    /// </summary>
    public static async Task<MatterEvent> DecideAsync(KernelDb kernel, MatterEngine engine, string subjectType, Guid subjectId, string transition, string? opinion, CancellationToken ct)
    {
        var id = subjectId.ToString();
        var matterId = await kernel.Matters.AsNoTracking().Where(m => m.SubjectType == subjectType && m.SubjectId == id)
            .Select(m => (Guid?)m.Id).SingleOrDefaultAsync(ct)
            ?? throw new RuleViolation("id", "assets.matter.unknown", $"No approval matter for {subjectType} {subjectId} among the matters you may see.", ("subjectType", subjectType), ("subjectId", subjectId));
        return await engine.TakeAsync(matterId, transition, DecisionInputs(transition, opinion), opinion, ct);
    }

    /// <summary>The inputs of a decision step: approve and reject carry the opinion ("-" when none is written).</summary>
    public static Dictionary<string, string> DecisionInputs(string transition, string? opinion) =>
        transition is "approve" or "reject"
            ? new Dictionary<string, string> { ["opinion"] = string.IsNullOrWhiteSpace(opinion) ? "-" : opinion.Trim() }
            : [];

    /// <summary>
    /// Widens the caller's scope to <paramref name="orgId"/>'s subtree until disposed, for one
    /// read a rule of the text asks for (spare assets in the jurisdiction, seed 09 (4)).
    /// </summary>
    public static IDisposable ActingFor(CallerScopeAccessor caller, Guid orgId)
    {
        var own = caller.Current;
        if (own.Unrestricted || own.UserId is not { } userId)
        {
            return new Restore(caller, own);
        }

        caller.Current = own.AuthorisedAt(orgId, "assets.decision", coversDescendants: true);
        return new Restore(caller, own);
    }

    public static Allocation.RequestStatus StatusAfter(string state) => state switch
    {
        "approved" => Allocation.RequestStatus.Approved,
        "rejected" => Allocation.RequestStatus.Rejected,
        "withdrawn" => Allocation.RequestStatus.Withdrawn,
        _ => Allocation.RequestStatus.Pending,
    };
}

internal sealed class Restore(CallerScopeAccessor caller, CallerScope scope) : IDisposable
{
    public void Dispose() => caller.Current = scope;
}
