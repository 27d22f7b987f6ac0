using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
