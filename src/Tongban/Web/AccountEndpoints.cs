using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Tongban.Kernel.People;
using Tongban.Kernel.Texts;

namespace Tongban.Web;

/// <summary>Sign-in, sign-out and the language switch: plain form posts, since a circuit cannot set cookies.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/login", LoginAsync).RequireRateLimiting(WebApp.LoginRateLimit);
        // Unsafe and cookie-authenticated: the form's antiforgery token is required (issue 22 (10)).
        account.MapPost("/logout", LogoutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        account.MapPost("/sign-out-everywhere", SignOutEverywhereAsync).RequireAuthorization().WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapGet("/culture", SetCulture).ExcludeFromDescription();
    }

    /// <summary>
    /// Unknown, locked, disabled and wrong-password sign-ins get the same answer after the same work (issue 22 (5)):
    /// a password hash is checked in every case, against a dummy hash when there is no account to check, so
    /// neither the answer nor its timing tells which accounts exist.
    /// </summary>
    private static async Task<IResult> LoginAsync(
        [FromForm] string? userName,
        [FromForm] string? password,
        [FromForm] string? returnUrl,
        SignInManager<TongbanUser> signIn,
        TimeProvider clock)
    {
        var back = LocalOnly(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || userName.Length > MaxUserNameLength || password.Length > MaxPasswordLength)
        {
            return Results.Redirect($"/login?error=missing&returnUrl={Uri.EscapeDataString(back)}");
        }

        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null || user.DisabledAt is not null || await users.IsLockedOutAsync(user))
        {
            DummyCheck(users, password);
            return Results.Redirect($"/login?error=invalid&returnUrl={Uri.EscapeDataString(back)}");
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return Results.Redirect($"/login?error=invalid&returnUrl={Uri.EscapeDataString(back)}");
        }

        var signedIn = clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new System.Security.Claims.Claim(TongbanAuth.SignedInClaim, signedIn)]);
        return Results.LocalRedirect(back);
    }

    public const int MaxUserNameLength = 256;
    public const int MaxPasswordLength = 1024;

    private static string? _dummyHash;

    /// <summary>Spends the time of one real password check, so an unknown or locked account answers no faster.</summary>
    private static void DummyCheck(UserManager<TongbanUser> users, string password)
    {
        var probe = new TongbanUser();
        var hash = _dummyHash ??= users.PasswordHasher.HashPassword(probe, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
        _ = users.PasswordHasher.VerifyHashedPassword(probe, hash, password);
    }

    /// <summary>
    /// Too many sign-ins from one address: back to the form with a message and Retry-After,
    /// rather than a bare 429 page the user cannot act on.
    /// </summary>
    public static async ValueTask ThrottledAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            // A program gets 429 with Retry-After and a problem naming the rule.
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var problem = ProblemMapping.RuleProblem(new Kernel.Errors.RuleViolation("client", "request.rate-limited", "Too many requests from this address: try again in a minute."));
            problem.Status = StatusCodes.Status429TooManyRequests;
            await Results.Problem(problem).ExecuteAsync(http);
            return;
        }

        var returnUrl = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct))["returnUrl"].ToString() : null;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        http.Response.StatusCode = StatusCodes.Status303SeeOther;
        http.Response.Headers.Location = $"/login?error=throttled&returnUrl={Uri.EscapeDataString(LocalOnly(returnUrl))}";
    }

    /// <summary>
    /// Ends the session for good (issue 22 (1)): the account's security stamp is renewed, which every request checks,
    /// so a copy of the cookie stops answering too. The stamp is the account's, so its other sessions end with it.
    /// </summary>
    private static async Task<IResult> LogoutAsync(HttpContext context, SignInManager<TongbanUser> signIn)
    {
        if (!AntiforgeryValid(context))
        {
            return Results.BadRequest();
        }

        if (context.User.UserId() is { } id && !context.User.ByApiToken() && await signIn.UserManager.FindByIdAsync(id.ToString()) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Results.LocalRedirect("/login");
    }

    /// <summary>
    /// The antiforgery middleware only records its verdict for an endpoint that binds no form field; a post that
    /// reads nothing from the form must look at it itself.
    /// </summary>
    private static bool AntiforgeryValid(HttpContext context) =>
        context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true };

    /// <summary>The account page's button: every session of the account ends (issue 22 (1)), this browser's too.</summary>
    private static async Task<IResult> SignOutEverywhereAsync(HttpContext context, PeopleDirectory people, SignInManager<TongbanUser> signIn)
    {
        if (!AntiforgeryValid(context))
        {
            return Results.BadRequest();
        }

        if (context.User.UserId() is { } id && !context.User.ByApiToken())
        {
            await people.SignOutEverywhereAsync(id, context.RequestAborted);
        }

        await signIn.SignOutAsync();
        return Results.LocalRedirect("/login");
    }

    private static IResult SetCulture([FromQuery(Name = "c")] string? c, [FromQuery(Name = "r")] string? r, HttpContext context)
    {
        var culture = TextCatalog.Cultures.FirstOrDefault(x => string.Equals(x, c, StringComparison.OrdinalIgnoreCase)) ?? TextCatalog.Cultures[0];
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                // Relative to the browser's own clock: no server clock (a demo's shifted one included) is read.
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                IsEssential = true,
            });
        return Results.LocalRedirect(LocalOnly(r));
    }

    /// <summary>Only paths on this site: an open redirect would let a phishing link borrow our login page.</summary>
    /// <remarks>
    /// Printable ASCII only (issue 22 (15)): a control character would make the redirect throw and a non-ASCII one is no
    /// valid Location header; both answered 500. Links on our pages are percent-encoded, so nothing real is lost.
    /// </remarks>
    public static string LocalOnly(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2048 && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && url.All(ch => ch is > ' ' and < '\x7f')
            ? url
            : "/";
}
