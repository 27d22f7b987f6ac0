using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;

namespace Tongban.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the kernel context for SQLite.</summary>
internal sealed class KernelDbFactory : IDesignTimeDbContextFactory<KernelDb>
{
    public KernelDb CreateDbContext(string[] args) =>
        new((DbContextOptions<KernelDb>)new DbContextOptionsBuilder<KernelDb>().UseTarget(DatabaseTarget.Parse("design-time.db")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
