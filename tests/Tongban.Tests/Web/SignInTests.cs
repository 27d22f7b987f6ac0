using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.People;

namespace Tongban.Tests.Web;

public sealed partial class SignInTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task Correct_password_signs_in_with_an_httponly_samesite_cookie()
    {
        using var client = host.Client();
        var response = await PostLoginAsync(client, "auditor", "Auditor-Demo-2025");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tongban.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/kernel/me")).StatusCode);
    }

    [Fact]
    public async Task Identity_locks_the_account_after_five_wrong_passwords()
    {
        await using (var system = await host.OpenAsync())
        {
            await system.ServiceProvider.GetRequiredService<PeopleDirectory>()
                .CreateUserAsync(new NewUser("lockout.tester", "Lockout Tester", "Lockout-Tester-2025", null, null));
        }

        using var client = host.Client();
        for (var i = 1; i <= 5; i++)
        {
            var wrong = await PostLoginAsync(client, "lockout.tester", "Wrong-Password-" + i);
            var expected = i < 5 ? "error=invalid" : "error=locked";
            Assert.Contains(expected, wrong.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        }

        var right = await PostLoginAsync(client, "lockout.tester", "Lockout-Tester-2025");
        Assert.Contains("error=locked", right.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(right.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.StartsWith("tongban.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_without_the_antiforgery_token_is_refused()
    {
        using var client = host.Client();
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "auditor",
            ["password"] = "Auditor-Demo-2025",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Return_url_off_site_is_ignored()
    {
        using var client = host.Client();
        var response = await PostLoginAsync(client, "auditor", "Auditor-Demo-2025", "//evil.example/steal");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string user, string password, string returnUrl = "/")
    {
        var page = await client.GetStringAsync("/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "the sign-in form carries an antiforgery token");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = user,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
