using Tongban.Kernel.Data;

namespace Tongban.Kernel.Matters;

/// <summary>One case moving through a workflow defined in code.</summary>
public sealed class Matter : IOrgOwned
{
    public Guid Id { get; set; }

    /// <summary>The organisation that holds the matter now (it is where it is due).</summary>
    public Guid OrgId { get; set; }

    public string Workflow { get; set; } = "";

    /// <summary>Human reference, e.g. "DSP-2025-0012".</summary>
    public string Reference { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The module record this matter is about, e.g. "DisposalRequest:8f1...".</summary>
    public string SubjectType { get; set; } = "";

    public string SubjectId { get; set; } = "";

    public string State { get; set; } = "";

    public DateTime StateEnteredUtc { get; set; }

    /// <summary>Working-day deadlines: the last day (China time) on which the state is on time.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>The instant after which the matter is overdue, whatever the rule kind.</summary>
    public DateTime? DueUtc { get; set; }

    /// <summary>
    /// The year without a State Council holiday notice that the due date was counted through (its days off derived
    /// from the holiday regulation); null when every year on the way had its notice. Recomputed when a notice is loaded.
    /// </summary>
    public int? DueProvisionalYear { get; set; }

    public bool Closed { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Inputs collected so far, as a JSON object.</summary>
    public string Data { get; set; } = "{}";

    /// <summary>Amount in fen, when the workflow routes by amount.</summary>
    public long? AmountFen { get; set; }

    /// <summary>The org that started the matter (the "unit" of an approval chain).</summary>
    public Guid OriginOrgId { get; set; }

    /// <summary>
    /// The subject was hidden by its module (a sealed juvenile record, art. 59): the matter leaves every list,
    /// timeline and step, and its deadline stops counting.
    /// </summary>
    public bool Hidden { get; set; }

    /// <summary>1 when started, +1 on every transition; a concurrency token, so two takes of one step cannot both land.</summary>
    public int Version { get; set; }
}

/// <summary>One step on a matter's timeline.</summary>
public sealed class MatterEvent : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid MatterId { get; set; }

    /// <summary>The org that held the matter when the step was taken.</summary>
    public Guid OrgId { get; set; }

    /// <summary>Position on the matter's timeline: the matter's <see cref="Matter.Version"/> after this step.</summary>
    public int Seq { get; set; }

    /// <summary>The org that holds the matter after this step (differs from <see cref="OrgId"/> when routed).</summary>
    public Guid ToOrgId { get; set; }

    public DateTime AtUtc { get; set; }

    public Guid? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    public string Transition { get; set; } = "";

    public string FromState { get; set; } = "";

    public string ToState { get; set; } = "";

    /// <summary>Inputs given with this transition, as a JSON object.</summary>
    public string Inputs { get; set; } = "{}";

    /// <summary>The routing rule that sent the matter on, when one applied.</summary>
    public string? RoutingRule { get; set; }

    public string? Comment { get; set; }
}

/// <summary>
/// A jurisdiction setting: within <see cref="JurisdictionOrgId"/>'s subtree, matters of
/// <see cref="Workflow"/> whose amount is in [min, max) are decided at <see cref="DecidedBy"/>.
/// </summary>
public sealed class RoutingRule
{
    public Guid Id { get; set; }

    public Guid JurisdictionOrgId { get; set; }

    public string Workflow { get; set; } = "";

    /// <summary>Stable name recorded on each decision, e.g. "central-2004-under-200k".</summary>
    public string Code { get; set; } = "";

    public long MinFen { get; set; }

    public long? MaxFen { get; set; }

    /// <summary>The deciding step, e.g. "unit", "competent", "finance".</summary>
    public string DecidedBy { get; set; } = "";

    /// <summary>Where the rule comes from, e.g. "Caizi [2004] ... art. 12".</summary>
    public string Citation { get; set; } = "";

    public int Priority { get; set; }
}
