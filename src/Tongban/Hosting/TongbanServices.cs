using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tongban.Demo;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;
using Tongban.Kernel.Reports;

namespace Tongban.Hosting;

/// <summary>
/// The composition of the whole suite on one database: the kernel, then every module in
/// <see cref="ModuleCatalog.All"/>. The web host and the CLI both start from this.
/// </summary>
internal static class TongbanServices
{
    /// <summary>Optional local calendar file (holiday-cn JSON) on top of the embedded State Council notices.</summary>
    public const string CalendarVariable = "TONGBAN_CALENDAR";

    /// <summary>The suite on <paramref name="target"/>; <paramref name="clock"/> replaces the system clock (the demo's <c>--today</c>, tests).</summary>
    public static IServiceCollection AddTongban(this IServiceCollection s, DatabaseTarget target, TimeProvider? clock = null)
    {
        s.AddLogging();
        s.AddTongbanKernel(target);
        if (clock is not null)
        {
            s.Replace(ServiceDescriptor.Singleton(clock));
        }

        s.AddTongbanIdentityCore();
        s.AddWorkingDayCalendar(Environment.GetEnvironmentVariable(CalendarVariable));
        s.AddMatters();
        s.AddWorkflow(DemoWorkflow.Definition);
        s.AddReports([]);
        s.AddImports([]);

        var roles = new List<RoleDefinition> { DemoWorkflow.Clerk };
        foreach (var module in ModuleCatalog.All)
        {
            s.AddSingleton(module);
            module.AddServices(s, target);
            s.AddReports(module.Reports);
            s.AddImports(module.Imports);
            roles.AddRange(module.Roles);
        }

        s.AddRoleCatalog(roles);
        s.AddTongbanKernelServices();
        return s;
    }

    /// <summary>Creates or migrates the kernel's tables, then every module's.</summary>
    public static async Task MigrateAsync(IServiceProvider sp, CancellationToken ct)
    {
        await using var scope = sp.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("migrate");
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
        await kernel.Database.MigrateAsync(ct);
        if (kernel.Database.IsSqlite())
        {
            // Write-ahead logging (kept in the file): pages keep reading while a clerk's save commits,
            // instead of waiting on the rollback journal's exclusive lock.
            await kernel.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        foreach (var module in scope.ServiceProvider.GetServices<ITongbanModule>())
        {
            foreach (var type in module.DbContextTypes)
            {
                await ((DbContext)scope.ServiceProvider.GetRequiredService(type)).Database.MigrateAsync(ct);
            }
        }
    }

    /// <summary>
    /// Recounts the open due dates that were provisional for a year whose holiday notice is now loaded, as the
    /// system, each change audited; run at start-up and by <c>tongban calendar recompute</c>.
    /// </summary>
    public static async Task<IReadOnlyList<MovedDeadline>> RecomputeDeadlinesAsync(IServiceProvider sp, CancellationToken ct)
    {
        await using var scope = sp.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("calendar-recompute");
        var moved = new List<MovedDeadline>();
        foreach (var recompute in scope.ServiceProvider.GetServices<IDeadlineRecompute>())
        {
            moved.AddRange(await recompute.RecomputeAsync(ct));
        }

        return moved;
    }
}
