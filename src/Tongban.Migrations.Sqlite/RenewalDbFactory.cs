using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Renewal;

namespace Tongban.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the renewal context for Sqlite.</summary>
internal sealed class RenewalDbFactory : IDesignTimeDbContextFactory<RenewalDb>
{
    public RenewalDb CreateDbContext(string[] args) =>
        new((DbContextOptions<RenewalDb>)new DbContextOptionsBuilder<RenewalDb>().UseTarget(DatabaseTarget.Parse("design-time.db")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
