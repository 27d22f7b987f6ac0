using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tongban.Kernel.Data;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Web;

/// <summary>Loads who the signed-in user is for the kernel: their grants as a <see cref="CallerScope"/>.</summary>
internal sealed class ScopeLoader(PeopleDirectory people)
{
    /// <summary>A deleted account keeps its cookie until it expires; it then sees nothing.</summary>
    public async Task<CallerScope> LoadAsync(Guid userId, CancellationToken ct)
    {
        try
        {
            return await people.LoadScopeAsync(userId, ct);
        }
        catch (Tongban.Kernel.Errors.RuleViolation)
        {
            return CallerScope.Nobody;
        }
    }

    public Task<(TongbanUser User, Guid TokenId)?> FindByApiTokenAsync(string secret, CancellationToken ct) =>
        people.AuthenticateApiTokenAsync(secret, ct);
}

/// <summary>Sets the request's <see cref="CallerScopeAccessor"/> from the authenticated user, before any data loads.</summary>
internal static class ScopeMiddleware
{
    public static IApplicationBuilder UseCallerScope(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.UserId() is { } userId)
            {
                var loader = context.RequestServices.GetRequiredService<ScopeLoader>();
                context.RequestServices.GetRequiredService<CallerScopeAccessor>().Current = await loader.LoadAsync(userId, context.RequestAborted);
            }

            await next(context);
        });
}

/// <summary>
/// In an interactive circuit the DI scope is the circuit's, not a request's: this sets its
/// <see cref="CallerScopeAccessor"/> from the authenticated user. The layout awaits it before
/// rendering any page, so no page queries with an empty scope.
/// </summary>
internal sealed class CircuitScope(AuthenticationStateProvider auth, CallerScopeAccessor accessor, ScopeLoader loader)
{
    private Task<CallerScope>? _loading;

    public Task<CallerScope> EnsureAsync() => _loading ??= LoadAsync();

    /// <summary>Reloads after the user changes grants, so the UI follows at once.</summary>
    public Task<CallerScope> RefreshAsync() => _loading = LoadAsync();

    private async Task<CallerScope> LoadAsync()
    {
        var state = await auth.GetAuthenticationStateAsync();
        accessor.Current = state.User.UserId() is { } id ? await loader.LoadAsync(id, CancellationToken.None) : CallerScope.Nobody;
        return accessor.Current;
    }
}

/// <summary>
/// Module endpoints say RequireAuthorization("assets.view"): the coarse gate, a permission held at some org. It opens
/// no row: reads are filtered by the module's view permission and writes are checked at the record's org.
/// </summary>
internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        await base.GetPolicyAsync(policyName)
        ?? new AuthorizationPolicyBuilder(TongbanAuth.Scheme).RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build();
}

internal sealed class PermissionHandler(ScopeLoader loader, CallerScopeAccessor current, RoleCatalog roles) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.UserId() is not { } id)
        {
            return;
        }

        // The request's (or circuit's) scope was loaded for this user already by the caller-scope middleware: one load per request.
        var scope = current.Current.UserId == id ? current.Current : await loader.LoadAsync(id, CancellationToken.None);
        if (OrgScope.HasPermissionAnywhere(scope, roles, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
