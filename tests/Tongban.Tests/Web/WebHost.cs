using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Demo;
using Tongban.Hosting;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Web;

namespace Tongban.Tests.Web;

/// <summary>
/// The real web host (WebApp.Build) over a temp SQLite file with the demo world, listening on a
/// free loopback port; tests talk to it over HTTP like any client would.
/// </summary>
public class WebHost : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"tongban-web-{Guid.NewGuid():N}.db");
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = default!;

    internal WebApplication App => _app!;

    public async Task InitializeAsync()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _app = WebApp.Build(Configure(new WebAppOptions(DatabaseTarget.Parse(_file), BaseAddress.ToString().TrimEnd('/'), Clock: ShiftedClock.StartingOn(Today))));
        await TongbanServices.MigrateAsync(_app.Services, CancellationToken.None);
        if (SeedsDemo)
        {
            await DemoWorld.SeedAsync(_app.Services, 1, CancellationToken.None);
        }
        await _app.StartAsync();
    }

    /// <summary>
    /// The day the host's clock starts on (09:00 Beijing time) and the demo world is built around: fixed, so
    /// no test depends on the day it runs.
    /// </summary>
    protected virtual DateOnly Today => DemoDay;

    /// <summary>The fixtures' day: a Monday in the last weeks of a year, so deadlines reach into the next one.</summary>
    public static readonly DateOnly DemoDay = new(2026, 11, 30);

    /// <summary>Whether the demo world is seeded (tests that need only a user or two skip it).</summary>
    protected virtual bool SeedsDemo => true;

    private protected virtual WebAppOptions Configure(WebAppOptions options) => options;

    public HttpClient Client(string? bearer = null, CookieContainer? cookies = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = BaseAddress,
        };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    /// <summary>Opens a DI scope acting as <paramref name="userName"/> (their grants), or as the system.</summary>
    internal async Task<AsyncServiceScope> OpenAsync(string? userName = null)
    {
        var scope = _app!.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>();
        accessor.Current = CallerScope.System("test");
        if (userName is not null)
        {
            var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
            var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
            accessor.Current = await scope.ServiceProvider.GetRequiredService<PeopleDirectory>().LoadScopeAsync(id);
        }

        return scope;
    }

    /// <summary>A new API token of <paramref name="userName"/>, created as that user.</summary>
    internal async Task<(Guid Id, string Secret)> TokenForAsync(string userName)
    {
        await using var scope = await OpenAsync(userName);
        var people = scope.ServiceProvider.GetRequiredService<PeopleDirectory>();
        var userId = scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current.UserId!.Value;
        var (token, secret) = await people.CreateApiTokenAsync(userId, "test " + Guid.NewGuid().ToString("N")[..6]);
        return (token.Id, secret);
    }

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

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
