using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tongban.Epidemic.Demo;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Epidemic.Tests.Data;

/// <summary>A migrated database with the epidemic module and the demo city's districts.</summary>
internal sealed class EpidemicTestDb : IAsyncDisposable
{
    private EpidemicTestDb(TestDatabase db, FakeTimeProvider clock, IReadOnlyDictionary<string, Guid> orgs)
    {
        Db = db;
        Clock = clock;
        Orgs = orgs;
    }

    /// <summary>The services' clock, starting on the bulletin's day (2022-10-30 09:00 Beijing time).</summary>
    public FakeTimeProvider Clock { get; }

    public TestDatabase Db { get; }

    /// <summary>Org ids by division code (110000 and the sixteen districts).</summary>
    public IReadOnlyDictionary<string, Guid> Orgs { get; }

    public static async Task<EpidemicTestDb> CreateAsync(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, 10, 30, 9, 0, 0, TimeSpan.FromHours(8)));
        var db = await TestDatabase.CreateAsync(
            provider,
            (s, t) =>
            {
                s.AddEpidemic(t);
                s.AddImports(new EpidemicModule().Imports);
                s.AddRoleCatalog(EpidemicPermissions.Roles);
                s.AddSingleton<TimeProvider>(clock);
            },
            typeof(EpidemicDb));
        await using var scope = db.Open(CallerScope.System("test-setup"));
        var orgs = await CityOrgs.EnsureAsync(scope.ServiceProvider.GetRequiredService<KernelDb>(), null, CancellationToken.None);
        return new EpidemicTestDb(db, clock, orgs);
    }

    public AsyncServiceScope System() => Db.Open(CallerScope.System("test"));

    /// <summary>A user granted <paramref name="role"/> on one district (and what lies under it).</summary>
    public AsyncServiceScope DistrictUser(string code) =>
        Db.Open(CallerScope.ForUser(Guid.NewGuid(), "district-user", [new Grant { Role = "epidemic.cdc", OrgId = Orgs[code], CoversDescendants = true }]));

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
