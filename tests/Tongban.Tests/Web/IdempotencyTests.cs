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
    private static HttpRequestMessage Post(string key, string name) => new(HttpMethod.Post, "/api/kernel/tokens")
    {
        Content = JsonContent.Create(new { name }),
        Headers = { { "Idempotency-Key", key } },
    };

    private async Task<int> TokensNamedAsync(string name)
    {
        await using var scope = await host.OpenAsync();
        return await scope.ServiceProvider.GetRequiredService<KernelDb>().ApiTokens.CountAsync(t => t.Name == name);
    }

    [Fact]
    public async Task The_same_post_sent_twice_at_once_with_one_key_is_done_once_and_both_get_the_first_answer()
    {
        var (_, secret) = await host.TokenForAsync("admin");
        using var client = host.Client(secret);
        var key = Guid.NewGuid().ToString();
        var name = "idem-" + key[..8];

        var answers = await Task.WhenAll(client.SendAsync(Post(key, name)), client.SendAsync(Post(key, name)));

        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode, a.StatusCode.ToString()));
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        Assert.Equal(bodies[0], bodies[1]);
        Assert.Single(answers, a => a.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await TokensNamedAsync(name));

        var later = await client.SendAsync(Post(key, name));
        Assert.Equal(bodies[0], await later.Content.ReadAsStringAsync());
        Assert.Equal(1, await TokensNamedAsync(name));
    }

    [Fact]
    public async Task A_key_sent_again_with_another_body_is_refused_with_a_problem_document()
    {
        var (_, secret) = await host.TokenForAsync("admin");
        using var client = host.Client(secret);
        var key = Guid.NewGuid().ToString();
        Assert.True((await client.SendAsync(Post(key, "idem-first-" + key[..6]))).IsSuccessStatusCode);

        var refused = await client.SendAsync(Post(key, "idem-second-" + key[..6]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("idempotency.key-reused", "Idempotency-Key"), (problem.GetProperty("rule").GetString(), problem.GetProperty("field").GetString()));
        Assert.Equal(0, await TokensNamedAsync("idem-second-" + key[..6]));
    }

    [Fact]
    public async Task Posts_without_a_key_are_each_done()
    {
        var (_, secret) = await host.TokenForAsync("admin");
        using var client = host.Client(secret);
        var name = "idem-none-" + Guid.NewGuid().ToString("N")[..6];

        await client.PostAsJsonAsync("/api/kernel/tokens", new { name });
        await client.PostAsJsonAsync("/api/kernel/tokens", new { name });

        Assert.Equal(2, await TokensNamedAsync(name));
    }
}
