using System.Threading.RateLimiting;
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
        account.MapPost("/logout", LogoutAsync);
        app.MapGet("/culture", SetCulture).ExcludeFromDescription();
    }

    private static async Task<IResult> LoginAsync(
        [FromForm] string? userName,
        [FromForm] string? password,
        [FromForm] string? returnUrl,
        SignInManager<TongbanUser> signIn)
    {
        var back = LocalOnly(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return Results.Redirect($"/login?error=missing&returnUrl={Uri.EscapeDataString(back)}");
        }

        var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(back);
        }

        var error = result.IsLockedOut ? "locked" : result.IsNotAllowed ? "notallowed" : "invalid";
        return Results.Redirect($"/login?error={error}&returnUrl={Uri.EscapeDataString(back)}");
    }

    /// <summary>
    /// Too many sign-ins from one address: back to the form with a message and Retry-After,
    /// rather than a bare 429 page the user cannot act on.
    /// </summary>
    public static async ValueTask SignInThrottledAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        var returnUrl = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct))["returnUrl"].ToString() : null;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        http.Response.StatusCode = StatusCodes.Status303SeeOther;
        http.Response.Headers.Location = $"/login?error=throttled&returnUrl={Uri.EscapeDataString(LocalOnly(returnUrl))}";
    }

    private static async Task<IResult> LogoutAsync(SignInManager<TongbanUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/login");
    }

    private static IResult SetCulture(string? c, string? r, HttpContext context)
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
    public static string LocalOnly(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
