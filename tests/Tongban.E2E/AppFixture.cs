using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tongban.Demo;
using Tongban.Hosting;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Web;

namespace Tongban.E2E;

/// <summary>
/// The real app (WebApp.Build) on a free loopback port over a temp SQLite file with the demo
/// world, and Debian's chromium driven by Playwright (never a downloaded browser).
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly DateOnly _today;

    public AppFixture()
        : this(DemoDay)
    {
    }

    /// <summary>An app built around another day (xUnit sees only the public constructor of a collection fixture).</summary>
    internal AppFixture(DateOnly today) => _today = today;

    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"tongban-e2e-{Guid.NewGuid():N}.db");
    private WebApplication? _app;
    private readonly SemaphoreSlim _signInLock = new(1, 1);
    private readonly Dictionary<string, string> _signedIn = [];
    private IPlaywright? _playwright;

    /// <summary>The day the shared app's clock starts on and the demo world is built around: fixed, so no test depends on the day it runs.</summary>
    public static readonly DateOnly DemoDay = new(2026, 11, 30);

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app's working-day calendar.</summary>
    public WorkingDayCalendar Calendar => _app!.Services.GetRequiredService<WorkingDayCalendar>();

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Tongban.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Tongban.slnx not found above the test binaries.");
        }
    }

    public async Task InitializeAsync()
    {
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        var options = new WebAppOptions(
            DatabaseTarget.Parse(_file), BaseUrl, Demo: true, Seed: 1, ContentRoot: Path.Combine(RepositoryRoot, "src", "Tongban"), Clock: ShiftedClock.StartingOn(_today));
        _app = WebApp.Build(options, ["--Logging:LogLevel:Default=Warning", "--environment=Development"]);
        await TongbanServices.MigrateAsync(_app.Services, CancellationToken.None);
        await DemoWorld.SeedAsync(_app.Services, options.Seed, CancellationToken.None);
        await _app.StartAsync();

        // The machines that run this are often busy: give the UI time rather than flake.
        Assertions.SetDefaultExpectTimeout(90_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumFlags,
        });
    }

    /// <summary>
    /// A fresh browser context signed in as <paramref name="user"/> (a demo account), on the dashboard.
    /// Each account signs in through the form once; later contexts reuse its cookies, since the
    /// sign-in endpoint allows only ten attempts a minute from one address.
    /// </summary>
    public async Task<IPage> SignInAsync(string user = DemoWorld.AdminUser, string locale = "zh-CN")
    {
        string? state;
        await _signInLock.WaitAsync();
        try
        {
            if (!_signedIn.TryGetValue(user, out state))
            {
                var first = await SignInThroughFormAsync(user, locale);
                state = await first.Context.StorageStateAsync();
                await first.Context.CloseAsync();
                _signedIn[user] = state;
            }
        }
        finally
        {
            _signInLock.Release();
        }

        var page = await (await NewContextAsync(locale, state)).NewPageAsync();
        await page.GotoAsync("/");
        return page;
    }

    /// <summary>A fresh browser context that fills in and submits the sign-in form as <paramref name="user"/>.</summary>
    public async Task<IPage> SignInThroughFormAsync(string user = DemoWorld.AdminUser, string locale = "zh-CN")
    {
        var account = DemoWorld.AllAccounts.Single(a => a.UserName == user);
        var page = await (await NewContextAsync(locale, null)).NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByTestId("username").FillAsync(account.UserName);
        await page.GetByTestId("password").FillAsync(account.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    private async Task<IBrowserContext> NewContextAsync(string locale, string? storageState)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            StorageState = storageState,
        });
        context.SetDefaultTimeout(90_000);
        return context;
    }

    /// <summary>Reads the app's own services as the demo user <paramref name="user"/> (their grants), to compare a page with.</summary>
    public async Task<T> AsDemoUserAsync<T>(string user, Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var accessor = services.GetRequiredService<CallerScopeAccessor>();
        accessor.Current = CallerScope.System("e2e");
        var id = await services.GetRequiredService<KernelDb>().Users.Where(u => u.UserName == user).Select(u => u.Id).SingleAsync();
        accessor.Current = await services.GetRequiredService<PeopleDirectory>().LoadScopeAsync(id);
        return await read(services);
    }

    /// <summary>How many organisations carry <paramref name="nameZh"/>, read from the app's own database.</summary>
    public async Task<int> CountOrgsNamedAsync(string nameZh)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("e2e");
        return await scope.ServiceProvider.GetRequiredService<KernelDb>().Orgs.CountAsync(o => o.NameZh == nameZh);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        _signInLock.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
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

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
