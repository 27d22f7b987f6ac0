using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;

namespace Tongban.Architecture.Tests;

/// <summary>No model change lacks a migration: every context the host composes, on both providers.</summary>
public sealed class MigrationCompletenessTests
{
    public static TheoryData<string> Targets => new()
    {
        Path.Combine(Path.GetTempPath(), $"tongban-arch-{Environment.ProcessId}.db"),
        "Host=127.0.0.1;Port=1;Database=never_connected",
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_context_model_matches_its_provider_migrations(string db)
    {
        var target = DatabaseTarget.Parse(db);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTongbanKernel(target);
        var contexts = new List<Type> { typeof(KernelDb) };
        foreach (var module in Modules())
        {
            module.AddServices(services, target);
            contexts.AddRange(module.DbContextTypes);
        }

        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("migration-check");
        var pending = contexts
            .Where(t => ((DbContext)scope.ServiceProvider.GetRequiredService(t)).Database.HasPendingModelChanges())
            .Select(t => t.Name)
            .ToList();
        Assert.True(pending.Count == 0, $"{target.Provider}: model changes without a migration in {string.Join(", ", pending)}");
    }

    /// <summary>Every module found among the Tongban assemblies next to the tests.</summary>
    private static IEnumerable<ITongbanModule> Modules() =>
        ModuleBoundaries.ReadAll(AppContext.BaseDirectory)
            .Where(a => ModuleBoundaries.RoleOf(a.Name) == AssemblyRole.Module)
            .Select(a => Assembly.Load(new AssemblyName(a.Name)))
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITongbanModule).IsAssignableFrom(t))
            .Select(t => (ITongbanModule)Activator.CreateInstance(t)!);
}
