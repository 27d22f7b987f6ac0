using Tongban.Kernel.Orgs;

namespace Tongban.Kernel.Matters;

/// <summary>How long a matter may stay in a state, counted from entering it.</summary>
public sealed record Deadline
{
    private Deadline(DeadlineKind kind, int amount)
    {
        Kind = kind;
        Amount = amount;
    }

    public DeadlineKind Kind { get; }

    /// <summary>Working days or hours, depending on <see cref="Kind"/>.</summary>
    public int Amount { get; }

    public static Deadline None { get; } = new(DeadlineKind.None, 0);

    public static Deadline WorkingDays(int n) => n > 0
        ? new(DeadlineKind.WorkingDays, n)
        : throw new ArgumentOutOfRangeException(nameof(n), n, "A working-day deadline needs at least one day.");

    public static Deadline Hours(int n) => n > 0
        ? new(DeadlineKind.Hours, n)
        : throw new ArgumentOutOfRangeException(nameof(n), n, "An hours deadline needs at least one hour.");

    /// <summary>Short text for diagrams and lists, e.g. "15 工作日" or "15 working days".</summary>
    public string Describe(bool chinese) => Kind switch
    {
        DeadlineKind.WorkingDays => chinese ? $"{Amount} 个工作日" : $"{Amount} working day{(Amount == 1 ? "" : "s")}",
        DeadlineKind.Hours => chinese ? $"{Amount} 小时" : $"{Amount} hour{(Amount == 1 ? "" : "s")}",
        _ => "",
    };
}

public enum DeadlineKind
{
    None,
    WorkingDays,
    Hours,
}

public enum InputKind
{
    Text,
    Number,

    /// <summary>Yuan with at most two decimals, e.g. "199999.99".</summary>
    Money,

    /// <summary>ISO date, yyyy-MM-dd.</summary>
    Date,
    Choice,
}

/// <summary>A field a transition (or the start of a matter) asks for.</summary>
public sealed record WorkflowInput(
    string Name,
    string LabelZh,
    string LabelEn,
    InputKind Kind,
    bool Required,
    IReadOnlyList<string> Choices)
{
    public string Label(bool chinese) => chinese ? LabelZh : LabelEn;
}

public sealed record WorkflowState(string Code, string TitleZh, string TitleEn, Deadline Deadline, bool IsFinal)
{
    public string Title(bool chinese) => chinese ? TitleZh : TitleEn;
}

/// <summary>
/// A step from one state to another. The actor must hold one of <see cref="Roles"/> at the org that
/// holds the matter, and that org must be of one of <see cref="OrgKinds"/> (empty: any kind).
/// When <see cref="Route"/> is set, the routing rules of the org's jurisdictions decide which org
/// holds the matter next; <see cref="HandTo"/> hands it on without a rule ("unit": back to the org
/// that started it, "competent", "finance" or an org kind name: the nearest such org).
/// </summary>
public sealed record WorkflowTransition(
    string Code,
    string TitleZh,
    string TitleEn,
    string From,
    string To,
    IReadOnlyList<string> Roles,
    IReadOnlyList<OrgKind> OrgKinds,
    IReadOnlyList<WorkflowInput> Inputs,
    bool Route,
    string? HandTo = null)
{
    public string Title(bool chinese) => chinese ? TitleZh : TitleEn;
}

/// <summary>A workflow defined in code. Immutable; build one with <see cref="Define"/>.</summary>
public sealed class WorkflowDefinition
{
    internal WorkflowDefinition(
        string name,
        string titleZh,
        string titleEn,
        string referencePrefix,
        IReadOnlyList<WorkflowState> states,
        IReadOnlyList<WorkflowTransition> transitions,
        IReadOnlyList<WorkflowInput> startInputs,
        string? moduleScreen,
        string? viewPermission = null)
    {
        ModuleScreen = moduleScreen;
        ViewPermission = viewPermission ?? $"{name.Split('.')[0]}.view";
        Name = name;
        TitleZh = titleZh;
        TitleEn = titleEn;
        ReferencePrefix = referencePrefix;
        States = states;
        Transitions = transitions;
        StartInputs = startInputs;
    }

    /// <summary>Stable name, e.g. "assets.disposal".</summary>
    public string Name { get; }

    public string TitleZh { get; }

    public string TitleEn { get; }

    /// <summary>Prefix of generated matter references, e.g. "DSP".</summary>
    public string ReferencePrefix { get; }

    /// <summary>The states in declaration order; the first is where every matter starts.</summary>
    public IReadOnlyList<WorkflowState> States { get; }

    public IReadOnlyList<WorkflowTransition> Transitions { get; }

    /// <summary>Inputs asked for when a matter is started.</summary>
    public IReadOnlyList<WorkflowInput> StartInputs { get; }

    /// <summary>
    /// The module's page where this workflow's steps are taken, when they write the module's own
    /// records with data the generic step form does not ask for (a school chosen, a placement
    /// made). The matter page and /api/matters then point there instead of taking steps.
    /// </summary>
    public string? ModuleScreen { get; }

    /// <summary>
    /// The permission that opens this workflow's matters (their lists, timelines, steps on offer): by default
    /// the module's view permission, "assets.view" for "assets.disposal".
    /// </summary>
    public string ViewPermission { get; }

    public WorkflowState Initial => States[0];

    public string Title(bool chinese) => chinese ? TitleZh : TitleEn;

    public WorkflowState? FindState(string code) => States.FirstOrDefault(s => s.Code == code);

    public WorkflowTransition? FindTransition(string code) => Transitions.FirstOrDefault(t => t.Code == code);

    public IEnumerable<WorkflowTransition> From(string state) => Transitions.Where(t => t.From == state);

    public static WorkflowBuilder Define(string name, string titleZh, string titleEn) => new(name, titleZh, titleEn);

    /// <summary>
    /// Refuses a definition that cannot run: no states, duplicate codes, transitions naming unknown
    /// states or leaving a final state, states no path reaches, open states with no way out.
    /// </summary>
    public void Validate()
    {
        Fail(string.IsNullOrWhiteSpace(Name), "has no name");
        Fail(ModuleScreen is not null && !ModuleScreen.StartsWith('/'), "has a module screen that is not a path of this site");
        Fail(States.Count == 0, "has no states");
        Fail(!States.Any(s => s.IsFinal), "has no final state");
        foreach (var dup in States.GroupBy(s => s.Code).Where(g => g.Count() > 1))
        {
            Fail(true, $"declares state '{dup.Key}' twice");
        }

        foreach (var dup in Transitions.GroupBy(t => t.Code).Where(g => g.Count() > 1))
        {
            Fail(true, $"declares transition '{dup.Key}' twice");
        }

        var codes = States.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var t in Transitions)
        {
            Fail(!codes.Contains(t.From), $"transition '{t.Code}' leaves unknown state '{t.From}'");
            Fail(!codes.Contains(t.To), $"transition '{t.Code}' enters unknown state '{t.To}'");
            Fail(FindState(t.From)?.IsFinal == true, $"transition '{t.Code}' leaves final state '{t.From}'");
            Fail(t.Roles.Count == 0, $"transition '{t.Code}' names no role");
            Fail(t.Route && t.HandTo is not null, $"transition '{t.Code}' is both routed and handed to '{t.HandTo}'");
            Fail(t.HandTo is not null && !ApprovalRouting.TryDecider(t.HandTo, out _), $"transition '{t.Code}' hands to unknown '{t.HandTo}'");
            foreach (var dup in t.Inputs.GroupBy(i => i.Name).Where(g => g.Count() > 1))
            {
                Fail(true, $"transition '{t.Code}' asks for input '{dup.Key}' twice");
            }

            foreach (var input in t.Inputs.Where(i => i.Kind == InputKind.Choice))
            {
                Fail(input.Choices.Count == 0, $"choice input '{input.Name}' of transition '{t.Code}' offers no choices");
            }
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { Initial.Code };
        var queue = new Queue<string>([Initial.Code]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var t in From(state).Where(t => reached.Add(t.To)))
            {
                queue.Enqueue(t.To);
            }
        }

        foreach (var s in States)
        {
            Fail(!reached.Contains(s.Code), $"state '{s.Code}' is unreachable from '{Initial.Code}'");
            Fail(!s.IsFinal && !From(s.Code).Any(), $"state '{s.Code}' is not final and has no transition out");
        }
    }

    private void Fail(bool condition, string what)
    {
        if (condition)
        {
            throw new InvalidOperationException($"Workflow '{Name}' {what}.");
        }
    }
}

/// <summary>Fluent builder for <see cref="WorkflowDefinition"/>; <see cref="Build"/> validates.</summary>
public sealed class WorkflowBuilder
{
    private readonly string _name;
    private readonly string _titleZh;
    private readonly string _titleEn;
    private readonly List<WorkflowState> _states = [];
    private readonly List<WorkflowTransition> _transitions = [];
    private readonly List<WorkflowInput> _startInputs = [];
    private string _prefix = "MT";
    private string? _moduleScreen;
    private string? _viewPermission;

    internal WorkflowBuilder(string name, string titleZh, string titleEn)
    {
        _name = name;
        _titleZh = titleZh;
        _titleEn = titleEn;
    }

    public WorkflowBuilder ReferencePrefix(string prefix)
    {
        _prefix = prefix;
        return this;
    }

    /// <summary>The permission that opens this workflow's matters, when it is not the module's "x.view".</summary>
    public WorkflowBuilder ViewedWith(string permission)
    {
        _viewPermission = permission;
        return this;
    }

    /// <summary>Steps are taken only on the module's page <paramref name="path"/> (see <see cref="WorkflowDefinition.ModuleScreen"/>).</summary>
    public WorkflowBuilder TakenOn(string path)
    {
        _moduleScreen = path;
        return this;
    }

    /// <summary>Adds a state; the first state added is the initial one.</summary>
    public WorkflowBuilder State(string code, string titleZh, string titleEn, Deadline? deadline = null)
    {
        _states.Add(new WorkflowState(code, titleZh, titleEn, deadline ?? Deadline.None, false));
        return this;
    }

    public WorkflowBuilder Final(string code, string titleZh, string titleEn)
    {
        _states.Add(new WorkflowState(code, titleZh, titleEn, Deadline.None, true));
        return this;
    }

    public WorkflowBuilder StartInput(WorkflowInput input)
    {
        _startInputs.Add(input);
        return this;
    }

    public WorkflowBuilder Transition(
        string code,
        string titleZh,
        string titleEn,
        string from,
        string to,
        Action<TransitionBuilder> configure)
    {
        var t = new TransitionBuilder();
        configure(t);
        _transitions.Add(new WorkflowTransition(code, titleZh, titleEn, from, to, t.RoleList, t.KindList, t.InputList, t.IsRouted, t.HandToTarget));
        return this;
    }

    public WorkflowDefinition Build()
    {
        var def = new WorkflowDefinition(_name, _titleZh, _titleEn, _prefix, [.. _states], [.. _transitions], [.. _startInputs], _moduleScreen, _viewPermission);
        def.Validate();
        return def;
    }
}

public sealed class TransitionBuilder
{
    internal List<string> RoleList { get; } = [];

    internal List<OrgKind> KindList { get; } = [];

    internal List<WorkflowInput> InputList { get; } = [];

    internal bool IsRouted { get; private set; }

    internal string? HandToTarget { get; private set; }

    public TransitionBuilder Roles(params string[] roles)
    {
        RoleList.AddRange(roles);
        return this;
    }

    public TransitionBuilder At(params OrgKind[] kinds)
    {
        KindList.AddRange(kinds);
        return this;
    }

    public TransitionBuilder Text(string name, string labelZh, string labelEn, bool required = true) =>
        Input(new WorkflowInput(name, labelZh, labelEn, InputKind.Text, required, []));

    public TransitionBuilder Number(string name, string labelZh, string labelEn, bool required = true) =>
        Input(new WorkflowInput(name, labelZh, labelEn, InputKind.Number, required, []));

    public TransitionBuilder Money(string name, string labelZh, string labelEn, bool required = true) =>
        Input(new WorkflowInput(name, labelZh, labelEn, InputKind.Money, required, []));

    public TransitionBuilder Date(string name, string labelZh, string labelEn, bool required = true) =>
        Input(new WorkflowInput(name, labelZh, labelEn, InputKind.Date, required, []));

    public TransitionBuilder Choice(string name, string labelZh, string labelEn, IReadOnlyList<string> choices, bool required = true) =>
        Input(new WorkflowInput(name, labelZh, labelEn, InputKind.Choice, required, choices));

    public TransitionBuilder Input(WorkflowInput input)
    {
        InputList.Add(input);
        return this;
    }

    /// <summary>The jurisdiction's routing rules decide which org holds the matter after this step.</summary>
    public TransitionBuilder Routed()
    {
        IsRouted = true;
        return this;
    }

    /// <summary>
    /// After this step the matter is held by <paramref name="decider"/>: "unit" (the org that
    /// started it), "competent", "finance" or an org kind name (the nearest such org).
    /// </summary>
    public TransitionBuilder HandTo(string decider)
    {
        HandToTarget = decider;
        return this;
    }
}
