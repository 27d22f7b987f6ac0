using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Delivery.Demo;
using Tongban.Hosting;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;
using Tongban.Web;

namespace Tongban.Delivery.Tests.Web;

/// <summary>/api/delivery on the real web host (its authentication, permission policies and problem documents) over the demo.</summary>
public sealed class ApiTests
{
    [Fact]
    public async Task Project_managers_see_their_projects_the_board_reads_related_parties_and_bad_input_is_a_422_naming_the_rule()
    {
        var file = Path.Combine(Path.GetTempPath(), $"tongban-delivery-web-{Guid.NewGuid():N}.db");
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var app = WebApp.Build(new WebAppOptions(DatabaseTarget.Parse(file), baseAddress.ToString().TrimEnd('/')));
        try
        {
            await TongbanServices.MigrateAsync(app.Services, CancellationToken.None);
            var tokens = new Dictionary<string, string>();
            Guid hq;
            Guid customer;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("test");
                var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
                var tree = scope.ServiceProvider.GetRequiredService<Kernel.Orgs.OrgTree>();
                await tree.CreateAsync(new Kernel.Orgs.NewOrg(null, Kernel.Orgs.OrgLevel.Central, Kernel.Orgs.OrgKind.FinanceDepartment, "财政部", "Ministry of Finance", "110000"), default);
                await DeliveryDemo.SeedAsync(scope.ServiceProvider, new DemoContext(7, new Dictionary<string, Guid>()), default);
                var people = scope.ServiceProvider.GetRequiredService<PeopleDirectory>();
                foreach (var user in new[] { "delivery.pm", "delivery.pmo", "delivery.board" })
                {
                    var account = await kernel.Users.SingleAsync(u => u.UserName == user);
                    tokens[user] = (await people.CreateApiTokenAsync(account.Id, "test")).Secret;
                }

                var db = scope.ServiceProvider.GetRequiredService<DeliveryDb>();
                hq = (await db.Entities.SingleAsync(e => e.Country == "CN")).OrgId;
                customer = (await db.Customers.FirstAsync(c => !c.Overseas)).Id;
            }

            await app.StartAsync();
            HttpClient Client(string user) => new() { BaseAddress = baseAddress, DefaultRequestHeaders = { Authorization = new("Bearer", tokens[user]) } };

            var mine = await Client("delivery.pm").GetFromJsonAsync<JsonElement>("/api/delivery/orders");
            var pmRelated = await Client("delivery.pm").GetAsync("/api/delivery/disclosure/related-parties");
            var board = await Client("delivery.board").GetFromJsonAsync<JsonElement>("/api/delivery/disclosure/related-parties");
            var badRate = await Client("delivery.pmo").PostAsJsonAsync("/api/delivery/orders", new OrderBody(
                "API-1", "t", hq, customer, "logistics", null, false, "delivery.pm", "USD", 0m, "100.00", "100.00", "80.00", 90, new DateOnly(2025, 1, 1),
                new Dictionary<string, DateOnly> { ["Design"] = new(2025, 2, 1), ["Manufacture"] = new(2025, 3, 1), ["DeliveryToSite"] = new(2025, 4, 1), ["Installation"] = new(2025, 5, 1), ["Commissioning"] = new(2025, 6, 1), ["FinalAcceptance"] = new(2025, 7, 1) }));
            var late = await Client("delivery.pmo").GetFromJsonAsync<JsonElement>("/api/delivery/late");

            Assert.True(mine.GetArrayLength() > 0);
            Assert.All(mine.EnumerateArray(), o => Assert.Equal("delivery.pm", o.GetProperty("projectManager").GetString()));
            Assert.Equal(HttpStatusCode.Forbidden, pmRelated.StatusCode);
            Assert.Contains(board.GetProperty("lines").EnumerateArray(), l => l.GetProperty("shareholdingPercent").GetDecimal() == 11.14m);
            Assert.Equal(422, (int)badRate.StatusCode);
            Assert.Equal("delivery.exchange-rate", (await badRate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
            Assert.True(late.GetArrayLength() > 0);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }
    }
}
