using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MudBlazor.Services;
using Scalar.AspNetCore;
using Tongban.Api;
using Tongban.Cli;
using Tongban.Components;
using Tongban.Demo;
using Tongban.Hosting;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Texts;
using Tongban.Texts;

namespace Tongban.Web;

/// <summary>The web host: Blazor UI, the REST API, OpenAPI, health, over the chosen database.</summary>
internal static class WebApp
{
    public const string LoginRateLimit = "login";

    public static WebApplication Build(WebAppOptions options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = options.ContentRoot,
        });
        builder.WebHost.UseUrls(options.Urls);
        // No "Server: Kestrel" (issue 22 (10)): the answer names no software to look up flaws for.
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        options = ProductionSettings.Read(options, builder.Configuration);
        builder.WebHost.UseStaticWebAssets();
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        // Request lines carry query strings (ID numbers, names searched, purposes): ASP.NET Core's own request and
        // routing logs stay below Information, so no personal data reaches the logs (issue 22 (9)).
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var services = builder.Services;
        services.AddTongban(options.Target, options.Clock);
        services.AddSingleton(options);
        services.AddSingleton(_ => ModuleCatalog.Texts);
        services.AddScoped<ScopeLoader>();
        services.AddScoped<CircuitScope>();
        services.AddTongbanAuthentication(options);
        services.AddProductionSettings(options);
        services.AddAuthorization();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, PermissionHandler>();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();

        services.AddRazorComponents().AddInteractiveServerComponents(o => o.DetailedErrors = builder.Environment.IsDevelopment());
        services.AddMudServices();
        services.AddTransient<MudBlazor.MudLocalizer, MudTexts>();
        services.AddProblemDetails();
        services.AddSingleton<IdempotencyStore>();
        services.AddExceptionHandler<ProblemMapping>();
        // Binding failures throw, so ProblemMapping can answer with the parameter's name.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "tongban.af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Sign-in attempts per address (password spraying), on top of the per-account lockout.
            o.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Anonymous lookups (the pension progress) per client address, on top of the kernel's limit per ID number.
            o.AddPolicy(Kernel.Audit.AnonymousLookup.ClientRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.AnonymousLookupsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = AccountEndpoints.ThrottledAsync;
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = TextCatalog.Cultures.Select(c => new CultureInfo(c)).ToList();
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        var app = builder.Build();
        app.UseForwardedHeaders();
        if (options.Tls)
        {
            app.UseHsts();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseSameOriginApiWrites();
        app.UseCallerScope();
        app.UseAuthorization();
        app.UseIdempotencyKeys();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapOpenApi();
        app.MapScalarApiReference("/api-reference", o => o.WithTitle("Tongban API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapAccountEndpoints();
        // Every API handler's input passes the boundary checks first (issue 22 (12)-(15)).
        var api = app.MapGroup("");
        api.AddEndpointFilter(InputGuard.FilterAsync);
        api.MapKernelApi();
        foreach (var module in app.Services.GetServices<ITongbanModule>())
        {
            module.MapEndpoints(api);
        }

        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(ModuleAssemblies);
        return app;
    }

    /// <summary>Modules may carry their own pages.</summary>
    public static System.Reflection.Assembly[] ModuleAssemblies =>
        ModuleCatalog.All.Select(m => m.GetType().Assembly).Where(a => a != typeof(WebApp).Assembly).Distinct().ToArray();

    public static async Task<int> RunAsync(WebAppOptions options, CancellationToken ct)
    {
        var app = Build(options);
        await TongbanServices.MigrateAsync(app.Services, ct);
        if (options.Demo)
        {
            var accounts = await DemoWorld.SeedAsync(app.Services, options.Seed, ct);
            Console.WriteLine("Demo accounts (user / password):");
            foreach (var a in accounts)
            {
                Console.WriteLine($"  {a.UserName,-16} {a.Password,-16} {a.Description}");
            }
        }

        foreach (var line in CalendarCommands.Describe(await TongbanServices.RecomputeDeadlinesAsync(app.Services, ct)))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"Tongban on {options.Urls} over {options.Target}");
        await app.RunAsync(ct);
        return 0;
    }
}

/// <summary>Ready means the database answers.</summary>
internal sealed class DatabaseHealthCheck(KernelDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await db.Orgs.AnyAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
