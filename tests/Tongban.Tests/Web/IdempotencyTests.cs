using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;

namespace Tongban.Tests.Web;

/// <summary>Issue 23 (1): an API POST with an Idempotency-Key is done once; the key cannot be reused for another body.</summary>
public sealed class IdempotencyTests(WebHost host) : IClassFixture<WebHost>
{
    // Creating an org: a filing an API client repeats on a timeout (a token, which only a signed-in session may create, would not do).
    private Guid _root;

    private async Task<object> OrgAsync(string name)
    {
        if (_root == Guid.Empty)
        {
            await using var scope = await host.OpenAsync();
            _root = await scope.ServiceProvider.GetRequiredService<KernelDb>().Orgs.Where(o => o.ParentId == null).Select(o => o.Id).FirstAsync();
        }

        return new { parentId = _root, level = "Province", kind = "FinanceDepartment", nameZh = name, nameEn = name, divisionCode = "330000" };
    }

    private async Task<HttpRequestMessage> PostAsync(string key, string name) => new(HttpMethod.Post, "/api/kernel/orgs")
    {
        Content = JsonContent.Create(await OrgAsync(name)),
        Headers = { { "Idempotency-Key", key } },
    };

    private async Task<int> OrgsNamedAsync(string name)
    {
        await using var scope = await host.OpenAsync();
        return await scope.ServiceProvider.GetRequiredService<KernelDb>().Orgs.CountAsync(o => o.NameZh == name);
    }

    [Fact]
    public async Task The_same_post_sent_twice_at_once_with_one_key_is_done_once_and_both_get_the_first_answer()
    {
        var (_, secret) = await host.TokenForAsync("admin");
        using var client = host.Client(secret);
        var key = Guid.NewGuid().ToString();
        var name = "idem-" + key[..8];

        var answers = await Task.WhenAll(client.SendAsync(await PostAsync(key, name)), client.SendAsync(await PostAsync(key, name)));

        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode, a.StatusCode.ToString()));
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        Assert.Equal(bodies[0], bodies[1]);
        Assert.Single(answers, a => a.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await OrgsNamedAsync(name));

        var later = await client.SendAsync(await PostAsync(key, name));
        Assert.Equal(bodies[0], await later.Content.ReadAsStringAsync());
        Assert.Equal(1, await OrgsNamedAsync(name));
    }

    [Fact]
    public async Task A_key_sent_again_with_another_body_is_refused_with_a_problem_document()
    {
        var (_, secret) = await host.TokenForAsync("admin");
        using var client = host.Client(secret);
        var key = Guid.NewGuid().ToString();
        Assert.True((await client.SendAsync(await PostAsync(key, "idem-first-" + key[..6]))).IsSuccessStatusCode);

        var refused = await client.SendAsync(await PostAsync(key, "idem-second-" + key[..6]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("idempotency.key-reused", "Idempotency-Key"), (problem.GetProperty("rule").GetString(), problem.GetProperty("field").GetString()));
        Assert.Equal(0, await OrgsNamedAsync("idem-second-" + key[..6]));
    }

    [Fact]
    public async Task Posts_without_a_key_are_each_done()
    {
        var (_, secret) = await host.TokenForAsync("admin");
        using var client = host.Client(secret);
        var name = "idem-none-" + Guid.NewGuid().ToString("N")[..6];

        await client.PostAsJsonAsync("/api/kernel/orgs", await OrgAsync(name));
        await client.PostAsJsonAsync("/api/kernel/orgs", await OrgAsync(name));

        Assert.Equal(2, await OrgsNamedAsync(name));
    }
}
