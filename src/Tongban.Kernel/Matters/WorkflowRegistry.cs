using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tongban.Kernel.Texts;

namespace Tongban.Kernel.Matters;

/// <summary>Every workflow the running suite knows; modules register theirs at startup.</summary>
public sealed class WorkflowRegistry
{
    private readonly Dictionary<string, WorkflowDefinition> _byName = new(StringComparer.Ordinal);

    public WorkflowRegistry()
    {
    }

    public WorkflowRegistry(IEnumerable<WorkflowDefinition> definitions)
    {
        foreach (var def in definitions)
        {
            Register(def);
        }
    }

    public IReadOnlyCollection<WorkflowDefinition> All => _byName.Values;

    public void Register(WorkflowDefinition def)
    {
        def.Validate();
        if (!_byName.TryAdd(def.Name, def))
        {
            throw new InvalidOperationException($"Workflow '{def.Name}' is registered twice.");
        }
    }

    public WorkflowDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>A workflow's title in the UI language; a workflow no module registers shows its code.</summary>
    public string WorkflowTitle(string workflow) => Find(workflow)?.Title(TextCatalog.IsChinese) ?? workflow;

    /// <summary>A state's title in the UI language, as the workflow names it.</summary>
    public string StateTitle(string workflow, string state) => Find(workflow)?.FindState(state)?.Title(TextCatalog.IsChinese) ?? state;

    /// <summary>A transition's title in the UI language, as the workflow names it.</summary>
    public string TransitionTitle(string workflow, string transition) => Find(workflow)?.FindTransition(transition)?.Title(TextCatalog.IsChinese) ?? transition;
}

public static class MattersRegistration
{
    /// <summary>Registers the matters engine, routing settings and the workflow registry.</summary>
    public static IServiceCollection AddMatters(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new WorkflowRegistry(sp.GetServices<WorkflowDefinition>()));
        services.TryAddScoped<MatterEngine>();
        services.TryAddScoped<RoutingSettings>();
        services.AddScoped<IDeadlineRecompute, MatterDeadlineRecompute>();
        return services;
    }

    /// <summary>Adds a workflow to the registry (call from a module's AddServices).</summary>
    public static IServiceCollection AddWorkflow(this IServiceCollection services, WorkflowDefinition def)
    {
        def.Validate();
        services.AddSingleton(def);
        return services;
    }
}
