using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Api;
using Tongban.Demo;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Web;

namespace Tongban.Bench;

/// <summary>
/// API throughput reading one organisation by id: ours is GET /api/kernel/orgs/{id} on the real
/// web app (API-token authentication, caller scope, authorization, OrgTree, problem mapping);
/// the baseline is a bare minimal-API app in the same process answering the same query with
/// plain ADO.NET and the same JSON. Both on Kestrel over loopback, driven by an in-process
/// HttpClient loop of a bounded number of requests, a few in flight at once.
/// </summary>
internal sealed class ApiReadBenchmark : IBenchmark
{
    private const int InFlight = 4;

    public string Name => "api-read";

    public string Description => "GET one org by id through /api/kernel/orgs/{id} vs a bare minimal endpoint with plain SQL";

    public async Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct)
    {
        context.Progress.Report("seeding the demo world");
        await DemoWorld.SeedAsync(context.Services, 1, ct);
        string secret;
        List<Guid> ids;
        await using (var scope = context.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
            var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
            var admin = await db.Users.SingleAsync(u => u.UserName == DemoWorld.AdminUser, ct);
            (_, secret) = await scope.ServiceProvider.GetRequiredService<PeopleDirectory>().CreateApiTokenAsync(admin.Id, "bench", ct);
            ids = await db.Orgs.OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(ct);
        }

        context.Progress.Report("starting both web apps");
        var quiet = new[] { "--Logging:LogLevel:Default=Warning" };
        var ours = WebApp.Build(new WebAppOptions(context.Target, "http://127.0.0.1:0"), quiet);
        await ours.StartAsync(ct);
        var bare = BuildBare(context.Target, quiet);
        await bare.StartAsync(ct);
        return new Run(ours, bare, secret, ids, context.Size > 0 ? context.Size : 2000);
    }

    private static WebApplication BuildBare(DatabaseTarget target, string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var raw = new RawDb(target);
        app.MapGet("/raw/orgs/{id:guid}", async (Guid id, CancellationToken ct) =>
        {
            await using var conn = await raw.OpenAsync(ct);
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = """SELECT "Id", "ParentId", "Level", "Kind", "NameZh", "NameEn", "DivisionCode", "Depth", "Archived" FROM kernel_orgs WHERE "Id" = @id""";
            RawDb.Add(cmd, "id", raw.Key(id));
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct))
            {
                return Results.NotFound();
            }

            var node = new OrgNode
            {
                Id = r.GetGuid(0),
                ParentId = r.IsDBNull(1) ? null : r.GetGuid(1),
                Level = Enum.Parse<OrgLevel>(r.GetString(2)),
                Kind = Enum.Parse<OrgKind>(r.GetString(3)),
                NameZh = r.GetString(4),
                NameEn = r.GetString(5),
                DivisionCode = r.GetString(6),
                Depth = r.GetInt32(7),
                Archived = r.GetBoolean(8),
            };
            return Results.Json(KernelApi.OrgDto.Of(node));
        });
        return app;
    }

    private static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private sealed class Run(WebApplication ours, WebApplication bare, string secret, List<Guid> ids, int requests) : IBenchmarkRun
    {
        private readonly HttpClient _ours = Client(AddressOf(ours), secret);
        private readonly HttpClient _bare = Client(AddressOf(bare), null);

        public int Operations => requests;

        public string Unit => "requests";

        public Task OursAsync(CancellationToken ct) => LoadAsync(_ours, "api/kernel/orgs/", ct);

        public Task BaselineAsync(CancellationToken ct) => LoadAsync(_bare, "raw/orgs/", ct);

        public async Task VerifyAsync(CancellationToken ct)
        {
            foreach (var id in ids.Take(5))
            {
                var a = await _ours.GetStringAsync($"api/kernel/orgs/{id}", ct);
                var b = await _bare.GetStringAsync($"raw/orgs/{id}", ct);
                if (a != b)
                {
                    throw new InvalidOperationException($"The two endpoints answer differently for {id}: {a} vs {b}.");
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            _ours.Dispose();
            _bare.Dispose();
            await ours.StopAsync();
            await bare.StopAsync();
            await ours.DisposeAsync();
            await bare.DisposeAsync();
        }

        private static HttpClient Client(Uri baseAddress, string? token)
        {
            var client = new HttpClient { BaseAddress = baseAddress };
            if (token is not null)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            return client;
        }

        private async Task LoadAsync(HttpClient client, string prefix, CancellationToken ct)
        {
            var next = -1;
            var workers = Enumerable.Range(0, InFlight).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < requests)
                {
                    using var response = await client.GetAsync($"{prefix}{ids[i % ids.Count]}", ct);
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"{prefix}: HTTP {(int)response.StatusCode} at request {i}.");
                    }

                    await response.Content.ReadAsByteArrayAsync(ct);
                }
            });
            await Task.WhenAll(workers);
        }
    }
}
