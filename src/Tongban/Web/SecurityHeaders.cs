namespace Tongban.Web;

/// <summary>
/// Headers on every response. The CSP allows only this origin; MudBlazor sets inline styles, so
/// style-src needs 'unsafe-inline'; the Blazor circuit's WebSocket back to this origin is covered by 'self'
/// (CSP 3 matches ws:/wss: of the same host), so no other host is reachable (issue 22 (10)).
/// The API reference page (Scalar) runs inline bootstrap script, so it gets its own policy.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

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
                // API answers and downloads (exports, forms, PDFs) hold personal data: no browser or proxy keeps a copy.
                if (IsSensitive(context) && !headers.ContainsKey("Cache-Control"))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-reference") || context.Request.Path.StartsWithSegments("/scalar")
                    ? ApiReferencePolicy
                    : ContentSecurityPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>Everything but the static files (which carry their own caching) is personal or per-user.</summary>
    private static bool IsSensitive(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null
        && !context.Request.Path.StartsWithSegments("/_framework") && !context.Request.Path.StartsWithSegments("/_content");

    /// <summary>
    /// An unsafe API request carried by the browser's cookie must come from this site (issue 22 (10)): SameSite=Lax
    /// alone let a foreign page's form post reach an import's validation. A request with an API token carries no
    /// ambient credential, so it is not checked; a browser always sends Origin (or at least Sec-Fetch-Site) on such requests.
    /// </summary>
    public static IApplicationBuilder UseSameOriginApiWrites(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!request.Path.StartsWithSegments("/api")
                || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
                || context.User.Identity?.IsAuthenticated != true || context.User.ByApiToken()
                || SameOrigin(request))
            {
                return next(context);
            }

            var problem = ProblemMapping.RuleProblem(new Kernel.Errors.RuleViolation(
                "Origin", "request.cross-site", "A change through the API with the browser's session must come from this site."));
            problem.Status = StatusCodes.Status403Forbidden;
            return Results.Problem(problem).ExecuteAsync(context);
        });

    /// <summary>Origin equals this host, or (no Origin) Sec-Fetch-Site says same-origin; neither header: not a browser's cross-site request.</summary>
    public static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return Uri.TryCreate(origin, UriKind.Absolute, out var o)
                && string.Equals(o.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(o.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site.Length == 0 || site is "same-origin" or "none";
    }
}
