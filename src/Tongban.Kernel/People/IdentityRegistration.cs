using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tongban.Kernel.Data;

namespace Tongban.Kernel.People;

public static class IdentityRegistration
{
    public const int PasswordMinLength = 10;
    public const int LockoutAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Accounts on ASP.NET Core Identity over <see cref="KernelDb"/>: passwords of at least 10
    /// characters with a digit, an upper- and a lower-case letter; 5 failed checks lock an account
    /// (new ones too) for 15 minutes.
    /// </summary>
    public static IdentityBuilder AddTongbanIdentityCore(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddAuthentication();
        return services
            .AddIdentityCore<TongbanUser>(o =>
            {
                o.Password.RequiredLength = PasswordMinLength;
                o.Password.RequireDigit = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = LockoutAttempts;
                o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddPasswordValidator<CommonPasswords>()
            .AddEntityFrameworkStores<KernelDb>()
            .AddDefaultTokenProviders()
            .AddSignInManager();
    }

    /// <summary>Registers the roles of the running suite: <paramref name="roles"/> and the kernel's, which a module cannot redefine.</summary>
    public static IServiceCollection AddRoleCatalog(this IServiceCollection services, IEnumerable<RoleDefinition> roles)
    {
        services.RemoveAll<RoleCatalog>();
        services.AddSingleton(new RoleCatalog(roles.Concat(KernelPermissions.Roles)));
        return services;
    }
}
