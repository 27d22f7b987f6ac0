using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tongban.Kernel.People;

namespace Tongban.Web;

/// <summary>
/// Schemes: the Identity cookie for people in the browser, a bearer API token (tb_...) for
/// programs. "Tongban" picks between them by the Authorization header.
/// </summary>
internal static class TongbanAuth
{
    public const string Scheme = "Tongban";
    public const string ApiTokenScheme = "ApiToken";
    public const string TokenIdClaim = "tb:token";

    /// <summary>When the session signed in with a password (Unix seconds): sliding renewal does not move it, so the absolute lifetime holds.</summary>
    public const string SignedInClaim = "tb:signed-in";

    public const string CookieName = "tongban.auth";

    /// <summary>Behind TLS the cookie is Secure, host-only and path "/" (the <c>__Host-</c> prefix makes browsers hold it to that).</summary>
    public const string TlsCookieName = "__Host-tongban.auth";

    public static void AddTongbanAuthentication(this IServiceCollection services, WebAppOptions web)
    {
        // Identity (with lockout: 5 failures, 15 minutes) comes from the kernel's AddTongbanIdentityCore.
        new IdentityBuilder(typeof(TongbanUser), services).AddSignInManager();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or API token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenScheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenScheme, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = web.Tls ? TlsCookieName : CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = web.Tls ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/";
            o.LoginPath = "/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/denied";
            // ASVS 3.3.2 (L2): idle sessions end after 30 minutes; every session after 12 hours (SessionValidation).
            o.ExpireTimeSpan = web.SessionIdle;
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        });
    }

    /// <summary>Programs get a status code; browsers get the sign-in page.</summary>
    private static Task Answer(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>Whether the request came with an API token rather than a signed-in browser session.</summary>
    public static bool ByApiToken(this ClaimsPrincipal user) => user.HasClaim(c => c.Type == TokenIdClaim);
}

/// <summary>
/// Every request's session cookie is checked against the account (issue 22 (1), (2)): its security stamp must be
/// the account's current one (sign-out, sign-out everywhere, a password change or reset, disabling renew it), the
/// account must not be disabled, and the session must be younger than the absolute lifetime. One indexed read; the
/// request's scope load follows anyway.
/// </summary>
internal static class SessionValidation
{
    public static async Task ValidateAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var web = services.GetRequiredService<WebAppOptions>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var principal = context.Principal;
        var stampType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var valid = principal?.UserId() is { } userId
            && long.TryParse(principal.FindFirstValue(TongbanAuth.SignedInClaim), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var signedIn)
            && SessionAlive(DateTimeOffset.FromUnixTimeSeconds(signedIn), now, web.SessionAbsolute)
            && await services.GetRequiredService<PeopleDirectory>().SessionStateAsync(userId, context.HttpContext.RequestAborted) is { Disabled: false } state
            && state.Stamp is not null
            && string.Equals(state.Stamp, principal.FindFirstValue(stampType), StringComparison.Ordinal);
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>ASVS 3.3.2: a session ends at its absolute lifetime however busy it is (and before it starts: a cookie from the future).</summary>
    public static bool SessionAlive(DateTimeOffset signedIn, DateTimeOffset now, TimeSpan absolute) =>
        signedIn <= now + TimeSpan.FromMinutes(5) && now - signedIn < absolute;
}

/// <summary>Authenticates "Authorization: Bearer tb_..." as the token's user; revoked tokens fail.</summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ScopeLoader loader)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        var found = await loader.FindByApiTokenAsync(secret, Context.RequestAborted);
        if (found is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API token.");
        }

        var (user, tokenId) = found.Value;
        // The token's id tells the API that this request is no browser session (only a session mints tokens, issue 22 (4)).
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
                new Claim(ClaimTypes.Name, user.UserName ?? ""),
                new Claim(TongbanAuth.TokenIdClaim, tokenId.ToString()),
            ],
            TongbanAuth.ApiTokenScheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), TongbanAuth.ApiTokenScheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
