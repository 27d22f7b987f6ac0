using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Demo;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Web;

namespace Tongban.Tests.Web;

/// <summary>Issue 22, accounts and sessions (1)-(5): through the real host, over HTTP, as a browser or a program would.</summary>
public sealed partial class AccountSecurityTests(SecurityWebHost host) : IClassFixture<SecurityWebHost>
{
    [Fact]
    public async Task Logout_ends_the_session_so_a_copy_of_the_old_cookie_gets_401_issue22_1()
    {
        var user = await NewUserAsync();
        var jar = new CookieContainer();
        using var browser = host.Client(cookies: jar);
        await SignInAsync(browser, user);
        var stolen = jar.GetCookieHeader(host.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/kernel/me")).StatusCode);

        // Without the form's antiforgery token the logout is refused (issue 22 (10)).
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync("/account/logout", new FormUrlEncodedContent([]))).StatusCode);
        var logout = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await AntiforgeryAsync(browser) }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var thief = host.Client();
        thief.DefaultRequestHeaders.Add("Cookie", stolen);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync("/api/kernel/me")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_of_the_account_but_not_its_tokens_issue22_1()
    {
        var user = await NewUserAsync();
        var (_, token) = await host.TokenForAsync(user);
        using var office = host.Client();
        using var home = host.Client();
        await SignInAsync(office, user);
        await SignInAsync(home, user);

        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync("/api/kernel/me/sign-out-everywhere", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await home.GetAsync("/api/kernel/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await office.GetAsync("/api/kernel/me")).StatusCode);
        using var program = host.Client(token);
        Assert.Equal(HttpStatusCode.OK, (await program.GetAsync("/api/kernel/me")).StatusCode);
    }

    [Fact]
    public async Task A_password_change_keeps_this_session_ends_the_others_and_a_common_password_is_refused_saying_why_issue22_2_3()
    {
        var user = await NewUserAsync();
        using var here = host.Client();
        using var elsewhere = host.Client();
        await SignInAsync(here, user);
        await SignInAsync(elsewhere, user);

        var common = await here.PostAsJsonAsync("/api/kernel/me/password", new { currentPassword = Password, newPassword = "Password12" });
        var refusal = await ProblemAsync(common, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("newPassword", "people.password-common"), (refusal.GetProperty("field").GetString(), refusal.GetProperty("rule").GetString()));
        Assert.Contains("leaked", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var wrong = await here.PostAsJsonAsync("/api/kernel/me/password", new { currentPassword = "Not-The-One-1", newPassword = "Fresh-Secret-2026" });
        Assert.Equal("people.current-password-wrong", (await ProblemAsync(wrong, HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await here.PostAsJsonAsync("/api/kernel/me/password", new { currentPassword = Password, newPassword = "Fresh-Secret-2026" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/kernel/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/kernel/me")).StatusCode);
        using var again = host.Client();
        Assert.Contains("error=invalid", (await SignInTests.PostLoginAsync(again, user, Password)).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("/", (await SignInTests.PostLoginAsync(again, user, "Fresh-Secret-2026")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_disabled_accounts_sessions_and_tokens_stop_at_once_and_reset_enable_and_removal_are_audited_issue22_2()
    {
        var user = await NewUserAsync();
        var id = await UserIdAsync(user);
        var (_, token) = await host.TokenForAsync(user);
        using var session = host.Client();
        await SignInAsync(session, user);
        using var admin = host.Client();
        await SignInTests.PostLoginAsync(admin, DemoWorld.AdminUser, "Admin-Demo-2025");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/kernel/users/{id}/disable", null)).StatusCode);
        using var program = host.Client(token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await program.GetAsync("/api/kernel/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/kernel/me")).StatusCode);
        using var retry = host.Client();
        Assert.Contains("error=invalid", (await SignInTests.PostLoginAsync(retry, user, Password)).Headers.Location!.OriginalString, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/kernel/users/{id}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await program.GetAsync("/api/kernel/me")).StatusCode);

        var weak = await admin.PostAsJsonAsync($"/api/kernel/users/{id}/password", new { newPassword = "Qwerty2026" });
        Assert.Equal(("newPassword", "people.password-common"), Rule(await ProblemAsync(weak, HttpStatusCode.UnprocessableEntity)));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/kernel/users/{id}/password", new { newPassword = "Reset-By-Admin-77" })).StatusCode);
        Assert.Equal("/", (await SignInTests.PostLoginAsync(retry, user, "Reset-By-Admin-77")).Headers.Location!.OriginalString);

        var self = await admin.PostAsync($"/api/kernel/users/{await UserIdAsync(DemoWorld.AdminUser)}/disable", null);
        Assert.Equal(("userId", "people.not-yourself"), Rule(await ProblemAsync(self, HttpStatusCode.UnprocessableEntity)));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/kernel/users/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await program.GetAsync("/api/kernel/me")).StatusCode);
        await using var scope = await host.OpenAsync();
        var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
        Assert.False(await db.Users.AnyAsync(u => u.Id == id));
        var actions = await db.AuditEntries.Where(e => e.SubjectId == id.ToString()).OrderBy(e => e.Seq).Select(e => new { e.Action, e.ActorName, e.Diff }).ToListAsync();
        Assert.Contains(actions, a => a.ActorName == DemoWorld.AdminUser && a.Diff.Contains("DisabledAt", StringComparison.Ordinal));
        Assert.Contains(actions, a => a.ActorName == DemoWorld.AdminUser && a.Diff.Contains("PasswordHash", StringComparison.Ordinal));
        Assert.Contains(actions, a => a.ActorName == DemoWorld.AdminUser && a.Action.Contains("delete", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Tokens_expire_after_90_days_by_default_and_only_a_signed_in_session_creates_one_issue22_4()
    {
        var user = await NewUserAsync();
        using var browser = host.Client();
        await SignInAsync(browser, user);
        var created = await (await browser.PostAsJsonAsync("/api/kernel/tokens", new { name = "sync" })).Content.ReadFromJsonAsync<JsonElement>();
        var secret = created.GetProperty("secret").GetString()!;
        var now = host.App.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var expires = created.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expires - now, TimeSpan.FromDays(90) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(90));

        using var program = host.Client(secret);
        var child = await program.PostAsJsonAsync("/api/kernel/tokens", new { name = "child" });
        Assert.Equal(("user", "tokens.session-only"), Rule(await ProblemAsync(child, HttpStatusCode.UnprocessableEntity)));

        var tooLong = await browser.PostAsJsonAsync("/api/kernel/tokens", new { name = "long", lifetimeDays = 366 });
        Assert.Equal(("lifetimeDays", "people.token-lifetime"), Rule(await ProblemAsync(tooLong, HttpStatusCode.UnprocessableEntity)));

        Assert.Equal(HttpStatusCode.OK, (await program.GetAsync("/api/kernel/me")).StatusCode);
        await using (var scope = await host.OpenAsync())
        {
            var past = now.AddMinutes(-1);
            var hash = PeopleDirectory.HashToken(secret);
            await scope.ServiceProvider.GetRequiredService<KernelDb>().ApiTokens.Where(t => t.TokenHash == hash).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, past));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await program.GetAsync("/api/kernel/me")).StatusCode);
        var listed = await browser.GetFromJsonAsync<JsonElement>("/api/kernel/tokens");
        Assert.All(listed.EnumerateArray(), t => Assert.True(t.TryGetProperty("expiresAt", out _)));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_sign_in_but_not_the_tokens_and_locked_and_unknown_accounts_get_the_same_answer_issue22_5()
    {
        var user = await NewUserAsync();
        var (_, token) = await host.TokenForAsync(user);
        using var attacker = host.Client();
        for (var i = 1; i <= 5; i++)
        {
            await SignInTests.PostLoginAsync(attacker, user, "Wrong-Password-" + i);
        }

        var locked = await SignInTests.PostLoginAsync(attacker, user, Password);
        var unknown = await SignInTests.PostLoginAsync(attacker, "nobody.at.all", Password);
        Assert.Equal(unknown.Headers.Location!.OriginalString, locked.Headers.Location!.OriginalString);
        Assert.Equal("/login?error=invalid&returnUrl=%2F", locked.Headers.Location.OriginalString);
        Assert.DoesNotContain(locked.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.Contains("tongban.auth=", StringComparison.Ordinal));

        using var program = host.Client(token);
        Assert.Equal(HttpStatusCode.OK, (await program.GetAsync("/api/kernel/me")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_authenticated_api_write_from_another_origin_is_refused_but_a_token_or_this_origin_passes_issue22_10()
    {
        var user = await NewUserAsync();
        using var browser = host.Client();
        await SignInAsync(browser, user);

        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/api/kernel/tokens") { Content = JsonContent.Create(new { name = "csrf" }) };
        foreign.Headers.Add("Origin", "https://evil.example");
        Assert.Equal(("Origin", "request.cross-site"), Rule(await ProblemAsync(await browser.SendAsync(foreign), HttpStatusCode.Forbidden)));

        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/api/kernel/imports/x") { Content = new StringContent("") };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.SendAsync(crossSite)).StatusCode);

        using var own = new HttpRequestMessage(HttpMethod.Post, "/api/kernel/tokens") { Content = JsonContent.Create(new { name = "own" }) };
        own.Headers.Add("Origin", host.BaseAddress.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(own)).StatusCode);
    }

    [Fact]
    public async Task Responses_carry_no_store_no_server_header_and_a_csp_without_foreign_websockets_issue22_10()
    {
        var user = await NewUserAsync();
        using var browser = host.Client();
        await SignInAsync(browser, user);
        var me = await browser.GetAsync("/api/kernel/me");
        Assert.Equal("no-store", me.Headers.CacheControl?.ToString());
        Assert.False(me.Headers.Contains("Server"));
        var page = await browser.GetAsync("/login");
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("ws:", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/culture?c=en&r=/%00")]
    [InlineData("/culture?c=en&r=/%0d%0aSet-Cookie:x=y")]
    [InlineData("/culture?c=en&r=/%E4%B8%AD%E6%96%87")]
    [InlineData("/culture?c=%00&r=%FF")]
    public async Task Odd_culture_redirects_go_home_instead_of_answering_500_issue22_15(string url)
    {
        using var client = host.Client();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/api/kernel/users?page=2147483647", "page", "paging.too-far")]
    [InlineData("/api/kernel/audit?page=2147483647&pageSize=500", "page", "paging.too-far")]
    [InlineData("/api/kernel/users?page=0", "page", "paging.page")]
    public async Task A_page_past_any_list_is_a_problem_naming_the_page_not_the_first_page_issue22_15(string url, string field, string rule)
    {
        using var admin = host.Client();
        await SignInTests.PostLoginAsync(admin, DemoWorld.AdminUser, "Admin-Demo-2025");
        Assert.Equal((field, rule), Rule(await ProblemAsync(await admin.GetAsync(url), HttpStatusCode.UnprocessableEntity)));
    }

    [Fact]
    public void Request_lines_with_their_query_strings_are_not_logged_at_information_issue22_9()
    {
        var logs = host.App.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>();
        Assert.False(logs.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information));
        Assert.False(logs.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information));
    }

    [Fact]
    public async Task Data_protection_keys_live_in_the_installations_directory_under_the_applications_name_issue22_7()
    {
        using var browser = host.Client();
        await SignInTests.PostLoginAsync(browser, DemoWorld.AdminUser, "Admin-Demo-2025");
        var options = host.App.Services.GetRequiredService<WebAppOptions>();
        var directory = ProductionSettings.KeysDirectoryFor(options);
        Assert.NotEmpty(Directory.GetFiles(directory, "key-*.xml"));
        var protection = host.App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.DataProtection.DataProtectionOptions>>().Value;
        Assert.Equal(ProductionSettings.ApplicationName, protection.ApplicationDiscriminator);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
        }
    }

    internal const string Password = "Harden-Tester-2026";

    private static (string?, string?) Rule(JsonElement problem) =>
        (problem.GetProperty("field").GetString(), problem.GetProperty("rule").GetString());

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> NewUserAsync()
    {
        var name = "harden." + Guid.NewGuid().ToString("N")[..8];
        await using var system = await host.OpenAsync();
        await system.ServiceProvider.GetRequiredService<PeopleDirectory>().CreateUserAsync(new NewUser(name, name, Password, null, null));
        return name;
    }

    private async Task<Guid> UserIdAsync(string name)
    {
        await using var system = await host.OpenAsync();
        return await system.ServiceProvider.GetRequiredService<KernelDb>().Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync();
    }

    private static async Task SignInAsync(HttpClient client, string user)
    {
        var response = await SignInTests.PostLoginAsync(client, user, Password);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private static async Task<string> AntiforgeryAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/login");
        return AntiforgeryField().Match(page).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

/// <summary>The demo host, allowing the many sign-ins these tests make from one address in a minute.</summary>
public sealed class SecurityWebHost : WebHost
{
    private protected override WebAppOptions Configure(WebAppOptions options) => options with { SignInAttemptsPerMinute = 1000 };
}

/// <summary>A host configured as behind a TLS proxy (issue 22 (8)).</summary>
public sealed class TlsWebHost : WebHost
{
    protected override bool SeedsDemo => false;

    private protected override WebAppOptions Configure(WebAppOptions options) => options with { Tls = true };
}

public sealed class TlsProxyTests(TlsWebHost host) : IClassFixture<TlsWebHost>
{
    [Fact]
    public async Task Behind_a_tls_proxy_the_answer_carries_hsts_and_the_session_cookie_is_secure_and_host_only_issue22_8()
    {
        using var client = host.Client();
        using var proxied = new HttpRequestMessage(HttpMethod.Get, "/login");
        proxied.Headers.Host = "tongban.example";
        proxied.Headers.Add("X-Forwarded-Proto", "https");
        var answer = await client.SendAsync(proxied);
        Assert.StartsWith("max-age=31536000", answer.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.Contains(answer.Headers.GetValues("Set-Cookie"), c => c.StartsWith("tongban.af=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        // Without the proxy's word the request is plain HTTP: no HSTS.
        using var direct = new HttpRequestMessage(HttpMethod.Get, "/login");
        direct.Headers.Host = "tongban.example";
        Assert.False((await client.SendAsync(direct)).Headers.Contains("Strict-Transport-Security"));

        var cookie = host.App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>()
            .Get(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme).Cookie;
        Assert.Equal(("__Host-tongban.auth", Microsoft.AspNetCore.Http.CookieSecurePolicy.Always, "/"), (cookie.Name, cookie.SecurePolicy, cookie.Path));
    }
}

/// <summary>A host whose sessions may idle a day, so only the absolute lifetime can end one (issue 22 (1)).</summary>
public sealed class LongIdleWebHost : WebHost
{
    public static readonly AdjustableClock Clock = new();

    protected override bool SeedsDemo => false;

    private protected override WebAppOptions Configure(WebAppOptions options) =>
        options with { Clock = new Tongban.Kernel.Calendar.ShiftedClock(new DateTimeOffset(DemoDay.ToDateTime(new TimeOnly(9, 0)), Tongban.Kernel.Calendar.ChinaTime.Offset), Clock), SessionIdle = TimeSpan.FromDays(1) };
}

/// <summary>The real clock plus a shift a test can move forward.</summary>
public sealed class AdjustableClock : TimeProvider
{
    private TimeSpan _ahead;

    public void Advance(TimeSpan by) => _ahead += by;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _ahead;
}

public sealed class SessionLifetimeTests(LongIdleWebHost host) : IClassFixture<LongIdleWebHost>
{
    [Fact]
    public async Task A_busy_session_still_ends_twelve_hours_after_the_password_was_given_issue22_1()
    {
        await using (var system = await host.OpenAsync())
        {
            await system.ServiceProvider.GetRequiredService<PeopleDirectory>().CreateUserAsync(new NewUser("long.day", "Long Day", AccountSecurityTests.Password, null, null));
        }

        using var browser = host.Client();
        Assert.Equal("/", (await SignInTests.PostLoginAsync(browser, "long.day", AccountSecurityTests.Password)).Headers.Location?.OriginalString);
        for (var hour = 0; hour < 11; hour++)
        {
            LongIdleWebHost.Clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/kernel/me")).StatusCode);
        }

        LongIdleWebHost.Clock.Advance(TimeSpan.FromHours(1.1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/kernel/me")).StatusCode);
    }
}

/// <summary>Issue 22 (12)-(15): edge input is refused at the boundary with a problem naming the field, never a 500.</summary>
public sealed class EdgeInputTests(SecurityWebHost host) : IClassFixture<SecurityWebHost>
{
    [Theory]
    [InlineData("{\"name\":\"x\",\"lifetimeDays\":30,\"extra\":1}", null, null)]
    [InlineData("{\"name\":\"\\u202Eevil\"}", "name", "text.hidden-character")]
    [InlineData("{\"name\":\"a\\u0000b\"}", "name", "text.hidden-character")]
    [InlineData("{\"name\":\"a\\r\\nb\"}", "name", "text.hidden-character")]
    [InlineData("{\"name\":\"a\\u200Bb\"}", "name", "text.hidden-character")]
    public async Task Names_with_control_direction_or_invisible_characters_are_refused_issue22_14(string body, string? field, string? rule)
    {
        using var admin = host.Client();
        await SignInTests.PostLoginAsync(admin, Tongban.Demo.DemoWorld.AdminUser, "Admin-Demo-2025");
        var response = await admin.PostAsync("/api/kernel/tokens", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        if (rule is null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((field, rule), (problem.GetProperty("field").GetString(), problem.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task Text_longer_than_the_kernel_limit_is_refused_before_it_is_stored_issue22_12()
    {
        using var admin = host.Client();
        await SignInTests.PostLoginAsync(admin, Tongban.Demo.DemoWorld.AdminUser, "Admin-Demo-2025");
        var response = await admin.PostAsJsonAsync("/api/kernel/users", new { userName = "long.name", displayName = new string('长', 1_000_000), password = "Long-Name-Pass-1", homeOrgId = (Guid?)null });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("displayName", "text.too-long"), (problem.GetProperty("field").GetString(), problem.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task An_undefined_enum_number_is_refused_at_the_boundary_issue22_13()
    {
        using var admin = host.Client();
        await SignInTests.PostLoginAsync(admin, Tongban.Demo.DemoWorld.AdminUser, "Admin-Demo-2025");
        var root = (await admin.GetFromJsonAsync<JsonElement>("/api/kernel/orgs")).EnumerateArray().First().GetProperty("id").GetGuid();
        var response = await admin.PostAsJsonAsync("/api/kernel/orgs", new { parentId = root, level = 99, kind = "FinanceDepartment", nameZh = "测试", nameEn = "Test", divisionCode = "110000" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("level", "request.undefined-value"), (problem.GetProperty("field").GetString(), problem.GetProperty("rule").GetString()));
    }
}

/// <summary>A host whose web imports take at most 3 rows and 1 MB expanded (issue 22 (12)).</summary>
public sealed class CappedImportWebHost : WebHost
{
    protected override bool SeedsDemo => false;

    private protected override WebAppOptions Configure(WebAppOptions options) => options with { ImportLimits = new Tongban.Kernel.Imports.ImportLimits(3, 1024 * 1024) };
}

public sealed class ImportCapTests(CappedImportWebHost host) : IClassFixture<CappedImportWebHost>
{
    [Fact]
    public async Task A_web_import_past_its_row_cap_or_expanded_size_is_refused_pointing_to_the_command_line_issue22_12()
    {
        await using (var system = await host.OpenAsync())
        {
            var root = await system.ServiceProvider.GetRequiredService<Tongban.Kernel.Orgs.OrgTree>().CreateAsync(
                new Tongban.Kernel.Orgs.NewOrg(null, Tongban.Kernel.Orgs.OrgLevel.Central, Tongban.Kernel.Orgs.OrgKind.FinanceDepartment, "测试财政部", "Test Ministry", "110000"));
            var people = system.ServiceProvider.GetRequiredService<PeopleDirectory>();
            var admin = await people.CreateUserAsync(new NewUser("import.admin", "Import Admin", AccountSecurityTests.Password, root.Id, null));
            await people.GrantAsync(admin.Id, KernelPermissions.AdministratorRole, root.Id, true);
        }

        using var client = host.Client();
        await SignInTests.PostLoginAsync(client, "import.admin", AccountSecurityTests.Password);
        var csv = "code,parent_code,level,kind,name_zh,name_en,division_code\n" + string.Concat(Enumerable.Range(1, 5).Select(i => $"C{i},,Central,FinanceDepartment,部{i},M{i},110000\n"));
        using var rows = new MultipartFormDataContent { { new StringContent(csv), "file", "orgs.csv" } };
        var tooMany = await client.PostAsync("/api/kernel/imports/kernel.orgs", rows);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        var problem = await tooMany.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("rule").GetString() == "import.too-many-rows");

        using var bomb = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(bomb, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            await part.WriteAsync(new byte[2 * 1024 * 1024]);
        }

        using var upload = new MultipartFormDataContent { { new ByteArrayContent(bomb.ToArray()), "file", "orgs.xlsx" } };
        var tooLarge = await client.PostAsync("/api/kernel/imports/kernel.orgs", upload);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge.StatusCode);
        var refusal = await tooLarge.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("file", "import.too-large"), (refusal.GetProperty("field").GetString(), refusal.GetProperty("rule").GetString()));
    }
}
