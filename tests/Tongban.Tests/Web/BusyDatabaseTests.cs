using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Web;

namespace Tongban.Tests.Web;

/// <summary>A host whose SQLite writes wait one second for the write lock (the product waits 30).</summary>
public sealed class ShortBusyTimeoutHost : WebHost
{
    private protected override WebAppOptions Configure(WebAppOptions options) =>
        options with { Target = options.Target with { ConnectionString = options.Target.ConnectionString + ";Default Timeout=1" } };
}

/// <summary>
/// Issue 23 (6): on SQLite a long write (a CLI import holding the write lock) beside a web write: the web
/// write is answered 503 with Retry-After and a message in the user's language, not a bare 500, and nothing
/// of it is saved; once the long write commits, the same request goes through.
/// </summary>
public sealed class BusyDatabaseTests(ShortBusyTimeoutHost host) : IClassFixture<ShortBusyTimeoutHost>
{
    [Fact]
    public async Task A_web_write_behind_a_long_import_is_a_503_with_retry_after_and_nothing_saved_issue23()
    {
        var (_, secret) = await host.TokenForAsync("admin");
        using var client = host.Client(secret);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var name = "busy-" + Guid.NewGuid().ToString("N")[..6];
        Guid root;
        await using (var scope = await host.OpenAsync())
        {
            root = await scope.ServiceProvider.GetRequiredService<KernelDb>().Orgs.Where(o => o.ParentId == null).Select(o => o.Id).FirstAsync();
        }

        // Creating an org: a write any administrator's API client makes (a token, which only a signed-in session may create, would not do).
        var org = new { parentId = root, level = "Province", kind = "FinanceDepartment", nameZh = name, nameEn = name, divisionCode = "330000" };
        await using (var importer = new SqliteConnection(host.App.Services.GetRequiredService<DatabaseTarget>().ConnectionString))
        {
            await importer.OpenAsync();
            await using var begin = importer.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();

            var busy = await client.PostAsJsonAsync("/api/kernel/orgs", org);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(ProblemMapping.RetryAfterSeconds), busy.Headers.RetryAfter?.Delta);
            var problem = await busy.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("db.busy", problem.GetProperty("rule").GetString());
            Assert.Contains("未作任何保存", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            await using var rollback = importer.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        await using (var scope = await host.OpenAsync())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<KernelDb>().Orgs.CountAsync(o => o.NameZh == name));
        }

        Assert.True((await client.PostAsJsonAsync("/api/kernel/orgs", org)).IsSuccessStatusCode);
    }
}
