using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Hosting;
using Tongban.Kernel.Data;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Pensions.Tests.Data;
using Tongban.Web;

namespace Tongban.Pensions.Tests.Web;

/// <summary>
/// The real web host (WebApp.Build: its authentication, permission policies and problem documents) over a temp SQLite
/// file with a root, two military finance departments, two agencies and one account per role, each with an API token.
/// </summary>
public sealed class PensionsApiHost : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"tongban-pensions-web-{Guid.NewGuid():N}.db");
    private readonly Dictionary<string, string> _tokens = [];
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = default!;

    public Guid Military { get; private set; }

    public Guid Agency { get; private set; }

    public Guid OtherAgency { get; private set; }

    public async Task InitializeAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _app = WebApp.Build(new WebAppOptions(DatabaseTarget.Parse(_file), BaseAddress.ToString().TrimEnd('/')));
        await TongbanServices.MigrateAsync(_app.Services, CancellationToken.None);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("test");
            var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
            var root = await PensionsWorld.AddOrgAsync(kernel, null, OrgKind.FinanceDepartment, "财政部", "100000");
            Military = await PensionsWorld.AddOrgAsync(kernel, root, OrgKind.MilitaryLogisticsFinanceDepartment, "某联勤保障中心财务部门", "910000");
            Agency = await PensionsWorld.AddOrgAsync(kernel, root, OrgKind.SocialInsuranceAgency, "杭州市社会保险管理服务中心", "330100");
            OtherAgency = await PensionsWorld.AddOrgAsync(kernel, root, OrgKind.SocialInsuranceAgency, "南京市社会保险管理中心", "320100");
            await scope.ServiceProvider.GetRequiredService<Tongban.Pensions.Amounts.RatesService>().EnsureShippedAsync();
            var people = scope.ServiceProvider.GetRequiredService<PeopleDirectory>();
            foreach (var (user, role, org) in new[]
            {
                ("mil", PensionsPermissions.MilitaryFinanceClerk, Military),
                ("agy", PensionsPermissions.AgencyClerk, Agency),
                ("other", PensionsPermissions.AgencyClerk, OtherAgency),
                ("rates", PensionsPermissions.RatesKeeper, root),
                ("audit", KernelPermissions.AuditorRole, root),
            })
            {
                var account = await people.CreateUserAsync(new NewUser(user, user, "Pensions-Test-2025", org, null));
                await people.GrantAsync(account.Id, role, org, coversDescendants: true);
                var (_, secret) = await people.CreateApiTokenAsync(account.Id, "test");
                _tokens[user] = secret;
            }
        }

        await _app.StartAsync();
    }

    /// <summary>A client with the API token of <paramref name="user"/> (mil, agy, other, rates, audit), or none.</summary>
    public HttpClient Client(string? user = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _tokens[user]);
        }

        return client;
    }

    internal IServiceProvider Services => _app!.Services;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(f);
        }
    }
}
