using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Data;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_kernel_model_has_no_change_without_a_migration_and_all_are_applied(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        Assert.False(k.Database.HasPendingModelChanges());
        Assert.Empty(await k.Database.GetPendingMigrationsAsync());
        Assert.Contains(k.GetService<IMigrationsAssembly>().Migrations.Keys, id => id.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Equal(0, await k.RecordShares.CountAsync());
    }
}
