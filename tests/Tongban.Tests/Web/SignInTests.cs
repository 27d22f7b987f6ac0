using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.People;
using Tongban.Web;

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

    /// <summary>Issue 22 (5): the locked account answers as a wrong password does, so the answer tells no account exists.</summary>
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
            Assert.Contains("error=invalid", wrong.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        }

        var right = await PostLoginAsync(client, "lockout.tester", "Lockout-Tester-2025");
        Assert.Contains("error=invalid", right.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
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

    internal static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string user, string password, string returnUrl = "/")
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

/// <summary>A host that allows three sign-in attempts a minute from one address, without the demo world.</summary>
public sealed class ThrottledWebHost : WebHost
{
    protected override bool SeedsDemo => false;

    private protected override WebAppOptions Configure(WebAppOptions options) => options with { SignInAttemptsPerMinute = 3 };
}

public sealed class SignInThrottleTests(ThrottledWebHost host) : IClassFixture<ThrottledWebHost>
{
    [Fact]
    public async Task Too_many_attempts_from_one_address_return_to_the_form_with_a_message_and_sign_nobody_in()
    {
        await using (var system = await host.OpenAsync())
        {
            await system.ServiceProvider.GetRequiredService<PeopleDirectory>()
                .CreateUserAsync(new NewUser("throttle.tester", "Throttle Tester", "Throttle-Tester-2025", null, null));
        }

        using var client = host.Client();
        for (var i = 1; i <= 3; i++)
        {
            var wrong = await SignInTests.PostLoginAsync(client, "nobody." + i, "Wrong-Password-" + i);
            Assert.Contains("error=invalid", wrong.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        }

        // The fourth attempt in the minute, even with the right password: refused before Identity sees it.
        var right = await SignInTests.PostLoginAsync(client, "throttle.tester", "Throttle-Tester-2025", "/orgs");
        Assert.Equal(HttpStatusCode.SeeOther, right.StatusCode);
        Assert.Equal("/login?error=throttled&returnUrl=%2Forgs", right.Headers.Location?.OriginalString);
        Assert.True(int.Parse(right.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.DoesNotContain(right.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.StartsWith("tongban.auth=", StringComparison.Ordinal));

        var form = await client.GetStringAsync("/login?error=throttled");
        Assert.Contains("data-testid=\"login-error\"", form, StringComparison.Ordinal);
        Assert.Contains("请一分钟后再试", WebUtility.HtmlDecode(form), StringComparison.Ordinal);
    }
}
