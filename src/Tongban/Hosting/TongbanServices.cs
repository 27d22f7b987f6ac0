using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;

namespace Tongban.Hosting;

/// <summary>
/// The composition of the whole suite on one database: the kernel, then every module in
/// <see cref="ModuleCatalog.All"/>. The web host and the CLI both start from this.
/// </summary>
internal static class TongbanServices
{
    public static IServiceCollection AddTongban(this IServiceCollection s, DatabaseTarget target)
    {
        s.AddLogging();
        s.AddTongbanKernel(target);
        s.AddIdentityCore<TongbanUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<KernelDb>();

        var roles = new List<RoleDefinition>(KernelPermissions.Roles);
        foreach (var module in ModuleCatalog.All)
        {
            s.AddSingleton(module);
            module.AddServices(s, target);
            roles.AddRange(module.Roles);
        }

        s.AddSingleton(new RoleCatalog(roles));
        return s;
    }

    /// <summary>Creates or migrates the kernel's tables, then every module's.</summary>
    public static async Task MigrateAsync(IServiceProvider sp, CancellationToken ct)
    {
        await using var scope = sp.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("migrate");
        await scope.ServiceProvider.GetRequiredService<KernelDb>().Database.MigrateAsync(ct);
        foreach (var module in ModuleCatalog.All)
        {
            foreach (var type in module.DbContextTypes)
            {
                await ((DbContext)scope.ServiceProvider.GetRequiredService(type)).Database.MigrateAsync(ct);
            }
        }
    }
}
