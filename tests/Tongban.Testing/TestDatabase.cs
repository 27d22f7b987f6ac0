using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Xunit;

namespace Tongban.Testing;

/// <summary>
/// A fresh, migrated database on one provider with the kernel's services over it. Tests open a
/// scope as a given caller and use the same services the host uses.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The role the kernel's test contexts (workflow "test", test.view) are read with.</summary>
    public const string TestClerkRole = "test.clerk";

    public static readonly RoleDefinition TestClerk = new(
        TestClerkRole, "测试经办人", "Test clerk", ["test.view", KernelPermissions.ViewAudit, KernelPermissions.ViewMatters, KernelPermissions.ViewOrgs]);

    private readonly ServiceProvider _services;
    private readonly string? _sqliteFile;

    private TestDatabase(DatabaseTarget target, ServiceProvider services, FakeTimeProvider clock, string? sqliteFile)
    {
        Target = target;
        _services = services;
        Clock = clock;
        _sqliteFile = sqliteFile;
    }

    /// <summary>The providers every database test runs on.</summary>
    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    public DatabaseTarget Target { get; }

    /// <summary>A fake clock starting at 2025-09-26 09:00 China time (a Friday before National Day).</summary>
    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _services;

    /// <summary>
    /// Creates and migrates a database. <paramref name="configure"/> adds module services on top of
    /// the kernel's; <paramref name="contexts"/> lists extra contexts to migrate.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(
        string provider,
        Action<IServiceCollection, DatabaseTarget>? configure = null,
        params Type[] contexts)
    {
        string? file = null;
        DatabaseTarget target;
        if (provider == "sqlite")
        {
            file = Path.Combine(Path.GetTempPath(), $"tongban-test-{Guid.NewGuid():N}.db");
            target = DatabaseTarget.Parse(file);
        }
        else
        {
            target = DatabaseTarget.Parse(PostgresServer.Shared.CreateDatabase());
        }

        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 26, 9, 0, 0, TimeSpan.FromHours(8)));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTongbanKernel(target);
        services.AddSingleton<TimeProvider>(clock);
        services.AddTongbanIdentityCore();
        services.AddRoleCatalog([TestClerk]);
        // Issue 21 (7): every test database gets its own audit key and anchor file in the temp directory.
        services.AddSingleton(new AuditKeyring(Path.Combine(Path.GetTempPath(), $"tongban-test-{Guid.NewGuid():N}.audit-key")));
        services.AddTongbanKernelServices();
        configure?.Invoke(services, target);
        var provider_ = services.BuildServiceProvider();
        var db = new TestDatabase(target, provider_, clock, file);
        await using var scope = db.Open(CallerScope.System("test-setup"));
        await scope.ServiceProvider.GetRequiredService<KernelDb>().Database.MigrateAsync();
        foreach (var type in contexts)
        {
            await ((DbContext)scope.ServiceProvider.GetRequiredService(type)).Database.MigrateAsync();
        }

        return db;
    }

    /// <summary>Opens a DI scope in which every context sees what <paramref name="caller"/> may see.</summary>
    public AsyncServiceScope Open(CallerScope caller)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = caller;
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(f);
            }
        }
    }
}
