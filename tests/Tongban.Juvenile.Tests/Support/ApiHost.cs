using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Juvenile.Tests.Support;

/// <summary>
/// The module's endpoints in a test web host over a migrated database: the same services, scope
/// middleware, permission policies and 422 mapping of refusals as the real host, with a header naming
/// the caller instead of a cookie. Access is tested through HTTP against this.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    public const string UserHeader = "X-Test-User";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly Dictionary<Guid, CallerScope> _users = [];
    private readonly WebApplication _app;

    private ApiHost(TestDatabase db, WebApplication app, IReadOnlyDictionary<string, Guid> orgs)
    {
        Db = db;
        _app = app;
        Orgs = orgs;
    }

    public TestDatabase Db { get; }

    public IReadOnlyDictionary<string, Guid> Orgs { get; }

    public static async Task<ApiHost> StartAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(provider, JuvenileWorld.AddModule, typeof(JuvenileDb));
        var orgs = await JuvenileWorld.CreateOrgsAsync(db.Services);
        ApiHost? host = null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var s = builder.Services;
        s.AddTongbanKernel(db.Target);
        s.AddSingleton<TimeProvider>(db.Clock);
        s.AddTongbanIdentityCore();
        s.AddTongbanKernelServices();
        JuvenileWorld.AddModule(s, db.Target);
        s.AddRouting();
        s.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        s.AddAuthentication(TestAuth.Name).AddScheme<AuthenticationSchemeOptions, TestAuth>(TestAuth.Name, null);
        s.AddAuthorization();
        s.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicies>();
        s.AddScoped<IAuthorizationHandler, PermissionHandler>();
        s.AddSingleton<Func<Guid, CallerScope?>>(_ => id => host!._users.GetValueOrDefault(id));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (RuleViolation v)
            {
                context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                await context.Response.WriteAsJsonAsync(new { status = 422, field = v.Field, rule = v.Rule, detail = v.Message });
            }
        });
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && host!._users.TryGetValue(Guid.Parse(id), out var scope))
            {
                context.RequestServices.GetRequiredService<CallerScopeAccessor>().Current = scope;
            }

            await next(context);
        });
        app.UseAuthorization();
        new JuvenileModule().MapEndpoints(app);
        await app.StartAsync();
        host = new ApiHost(db, app, orgs);
        return host;
    }

    /// <summary>An HTTP client acting as a user with <paramref name="role"/> at <paramref name="orgKey"/>.</summary>
    public HttpClient As(string role, string orgKey, Guid? userId = null) => As(JuvenileWorld.Caller(role, Orgs[orgKey], userId));

    /// <summary>A user with <paramref name="role"/> at <paramref name="orgKey"/> and everything under it.</summary>
    public HttpClient AsSubtree(string role, string orgKey)
    {
        var id = Guid.NewGuid();
        return As(CallerScope.ForUser(id, role + "@subtree", [new Grant { UserId = id, Role = role, OrgId = Orgs[orgKey], CoversDescendants = true }], JuvenileWorld.Roles));
    }

    public HttpClient As(CallerScope scope)
    {
        _users[scope.UserId!.Value] = scope;
        var client = _app.GetTestClient();
        client.DefaultRequestHeaders.Add(UserHeader, scope.UserId.Value.ToString());
        return client;
    }

    public HttpClient Anonymous() => _app.GetTestClient();

    public AsyncServiceScope System() => Db.Open(CallerScope.System("test"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Db.DisposeAsync();
    }

    private sealed class TestAuth(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string Name = "Test";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(UserHeader, out var id))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString())], Name);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Name)));
        }
    }

    private sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

    private sealed class PermissionPolicies(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
    {
        public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
            await base.GetPolicyAsync(policyName)
            ?? new AuthorizationPolicyBuilder(TestAuth.Name).RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build();
    }

    private sealed class PermissionHandler(Func<Guid, CallerScope?> users, RoleCatalog roles) : AuthorizationHandler<PermissionRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
        {
            if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && users(Guid.Parse(id)) is { } scope
                && OrgScope.HasPermissionAnywhere(scope, roles, requirement.Permission))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}

internal static class HttpJson
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<T>(ApiHost.Json))!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) => client.PostAsJsonAsync(url, body, ApiHost.Json);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.ReadAsync<JsonElement>();
}
