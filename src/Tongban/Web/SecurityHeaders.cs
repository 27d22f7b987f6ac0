namespace Tongban.Web;

/// <summary>
/// Headers on every response. The CSP allows only this origin; MudBlazor sets inline styles, so
/// style-src needs 'unsafe-inline'; the Blazor circuit needs a WebSocket back to this origin.
/// The API reference page (Scalar) runs inline bootstrap script, so it gets its own policy.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-reference") || context.Request.Path.StartsWithSegments("/scalar")
                    ? ApiReferencePolicy
                    : ContentSecurityPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
}
