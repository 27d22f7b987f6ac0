using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Assets;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;

namespace Tongban.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the assets context for SQLite.</summary>
internal sealed class AssetsDbFactory : IDesignTimeDbContextFactory<AssetsDb>
{
    public AssetsDb CreateDbContext(string[] args) =>
        new((DbContextOptions<AssetsDb>)new DbContextOptionsBuilder<AssetsDb>().UseTarget(DatabaseTarget.Parse("design-time.db")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
