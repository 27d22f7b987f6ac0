namespace Tongban.Api;

/// <summary>The kernel's REST API under /api/kernel.</summary>
internal static class KernelApi
{
    public static void MapKernelApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/kernel").WithTags("Kernel").RequireAuthorization();
        api.MapGet("/me", (HttpContext http) => TypedResults.Ok(new { name = http.User.Identity?.Name }));
    }
}
