using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;

namespace Tongban.Tests.Web;

public sealed class ApiTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task Health_live_and_ready_answer_healthy()
    {
        using var client = host.Client();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Api_without_credentials_is_401_not_a_redirect_to_sign_in()
    {
        using var client = host.Client();
        var response = await client.GetAsync("/api/kernel/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_rule_violation_is_a_422_problem_document_naming_field_and_rule()
    {
        var (_, secret) = await host.TokenForAsync("admin");
        using var client = host.Client(secret);
        var response = await client.GetAsync("/api/kernel/money/words?amount=12.345");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Equal("amount", problem.GetProperty("field").GetString());
        Assert.Equal("money.too-many-decimals", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Unreadable_input_is_a_400_problem_document_naming_the_parameter()
    {
        var (_, secret) = await host.TokenForAsync("admin");
        using var client = host.Client(secret);
        var response = await client.GetAsync("/api/kernel/calendar/add-workdays?from=2025-09-26&days=many");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("days", problem.GetProperty("field").GetString());
        Assert.Equal("request.unreadable", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Adding_working_days_over_the_api_skips_national_day()
    {
        var (_, secret) = await host.TokenForAsync("admin");
        using var client = host.Client(secret);
        // State Council 2025 notice: 1-8 October off, Sunday 28 September worked: 28, 29, 30 September, then 9 October.
        var result = await client.GetFromJsonAsync<JsonElement>("/api/kernel/calendar/add-workdays?from=2025-09-26&days=4");
        Assert.Equal("2025-10-09", result.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Api_token_authenticates_as_its_user_and_a_revoked_token_is_refused()
    {
        var (id, secret) = await host.TokenForAsync("auditor");
        using var client = host.Client(secret);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/kernel/me");
        Assert.Equal("auditor", me.GetProperty("userName").GetString());

        var revoke = await client.DeleteAsync($"/api/kernel/tokens/{id}");
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);

        var after = await client.GetAsync("/api/kernel/me");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task A_made_up_token_is_refused()
    {
        using var client = host.Client("tb_not-a-real-token-at-all");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/kernel/me")).StatusCode);
    }

    [Fact]
    public async Task A_user_sees_only_the_matters_of_their_organisations()
    {
        Guid county;
        HashSet<Guid> inCounty;
        int all;
        await using (var system = await host.OpenAsync())
        {
            var db = system.ServiceProvider.GetRequiredService<KernelDb>();
            var first = await db.Matters.OrderBy(m => m.Reference).FirstAsync();
            county = (await db.Orgs.SingleAsync(o => o.Id == first.OrgId)).ParentId!.Value;
            inCounty = (await db.OrgClosures.Where(c => c.AncestorId == county).Select(c => c.DescendantId).ToListAsync()).ToHashSet();
            all = await db.Matters.CountAsync(m => !m.Closed && m.DueUtc != null);
            var people = system.ServiceProvider.GetRequiredService<PeopleDirectory>();
            var user = await people.CreateUserAsync(new NewUser("scope.tester", "Scope Tester", "Scope-Tester-2025", county, null));
            await people.GrantAsync(user.Id, KernelPermissions.AuditorRole, county, coversDescendants: true);
        }

        var (_, secret) = await host.TokenForAsync("scope.tester");
        using var client = host.Client(secret);
        var due = await client.GetFromJsonAsync<JsonElement>("/api/kernel/matters/due?take=200");
        var orgs = due.EnumerateArray().Select(e => e.GetProperty("orgId").GetGuid()).ToList();

        Assert.NotEmpty(orgs);
        Assert.True(orgs.Count < all, $"saw {orgs.Count} of {all}");
        Assert.All(orgs, o => Assert.Contains(o, inCounty));
    }

    [Fact]
    public async Task The_matters_endpoints_need_the_matters_permission_issue21_3()
    {
        Guid anyMatter;
        await using (var system = await host.OpenAsync())
        {
            anyMatter = await system.ServiceProvider.GetRequiredService<KernelDb>().Matters.Select(m => m.Id).FirstAsync();
        }

        // The review's case: a sealed-records overseer (art. 60 oversight role only) listed every module's matters.
        var (_, secret) = await host.TokenForAsync("juv.oversight");
        using var client = host.Client(secret);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/kernel/matters/due")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/kernel/matters/{anyMatter}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/kernel/matters/{anyMatter}/available")).StatusCode);
    }

    [Fact]
    public async Task An_auditor_with_the_matters_permission_sees_no_module_matter_without_that_modules_view_permission_issue21_3()
    {
        Guid county;
        await using (var system = await host.OpenAsync())
        {
            var db = system.ServiceProvider.GetRequiredService<KernelDb>();
            var asset = await db.Matters.Where(m => m.Workflow.StartsWith("assets.") && !m.Closed).FirstAsync();
            county = (await db.Orgs.SingleAsync(o => o.Id == asset.OrgId)).ParentId ?? asset.OrgId;
            var people = system.ServiceProvider.GetRequiredService<PeopleDirectory>();
            var user = await people.CreateUserAsync(new NewUser("matters.auditor", "Matters Auditor", "Matters-Auditor-2025", county, null));
            await people.GrantAsync(user.Id, KernelPermissions.AuditorRole, county, coversDescendants: true);
        }

        var (_, secret) = await host.TokenForAsync("matters.auditor");
        using var client = host.Client(secret);
        var due = await client.GetFromJsonAsync<JsonElement>("/api/kernel/matters/due?take=200");
        var workflows = due.EnumerateArray().Select(e => e.GetProperty("workflow").GetString()).Distinct().ToList();
        Assert.All(workflows, w => Assert.Equal("kernel.funding-request", w));
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/health/live")]
    [InlineData("/api/kernel/me")]
    public async Task Security_headers_are_on_every_response(string path)
    {
        using var client = host.Client();
        var response = await client.GetAsync(path);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    [Fact]
    public async Task Openapi_document_lists_the_kernel_api()
    {
        using var client = host.Client();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/kernel/matters/due", out _));
        Assert.True(paths.TryGetProperty("/api/kernel/audit/verify", out _));
    }

    [Fact]
    public async Task Audit_verify_reports_an_unbroken_chain()
    {
        var (_, secret) = await host.TokenForAsync("admin");
        using var client = host.Client(secret);
        var response = await client.PostAsync("/api/kernel/audit/verify", null);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("ok").GetBoolean());
        Assert.True(result.GetProperty("count").GetInt64() > 0);
    }
}
