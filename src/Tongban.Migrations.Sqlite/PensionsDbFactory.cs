using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Pensions;

namespace Tongban.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the pensions context for Sqlite.</summary>
internal sealed class PensionsDbFactory : IDesignTimeDbContextFactory<PensionsDb>
{
    public PensionsDb CreateDbContext(string[] args) =>
        new((DbContextOptions<PensionsDb>)new DbContextOptionsBuilder<PensionsDb>().UseTarget(DatabaseTarget.Parse("design-time.db")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
