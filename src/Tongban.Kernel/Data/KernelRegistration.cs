using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Data;

public static class KernelRegistration
{
    /// <summary>Configures a context for the chosen provider, with migrations in that provider's assembly.</summary>
    public static DbContextOptionsBuilder UseTarget(this DbContextOptionsBuilder options, DatabaseTarget target)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(target.ConnectionString, o => o.MigrationsAssembly(target.MigrationsAssembly));
        }
        else
        {
            options.UseNpgsql(target.ConnectionString, o => o.MigrationsAssembly(target.MigrationsAssembly));
        }

        return options.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
    }

    /// <summary>Registers the kernel's context, scope and clock; the host adds Identity on top.</summary>
    public static IServiceCollection AddTongbanKernel(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddSingleton(target);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(AuditKeyring.ForTarget(target));
        services.AddScoped<CallerScopeAccessor>();
        services.AddScoped<KernelServices>();
        // Options depend only on the target: built once, not per request or circuit.
        services.AddDbContext<KernelDb>(o => o.UseTarget(target), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        return services;
    }

    /// <summary>
    /// Registers the kernel's services over <see cref="KernelDb"/>: the org tree, people and grants,
    /// audit verification, the audit log and sensitive reads. The role catalog holds the kernel's
    /// roles unless <see cref="IdentityRegistration.AddRoleCatalog"/> registers the suite's.
    /// </summary>
    public static IServiceCollection AddTongbanKernelServices(this IServiceCollection services)
    {
        services.TryAddSingleton(new RoleCatalog(KernelPermissions.Roles));
        services.TryAddScoped<OrgTree>();
        services.TryAddScoped<PeopleDirectory>();
        services.TryAddScoped<AuditVerifier>();
        services.TryAddScoped<AuditLog>();
        services.TryAddScoped<SensitiveRecordAccess>();
        services.TryAddScoped<AnonymousLookup>();
        return services;
    }

    /// <summary>Registers a module's context on the same database.</summary>
    public static IServiceCollection AddModuleDb<TContext>(this IServiceCollection services, DatabaseTarget target)
        where TContext : TongbanDbContext =>
        services.AddDbContext<TContext>(o => o.UseTarget(target), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
}
