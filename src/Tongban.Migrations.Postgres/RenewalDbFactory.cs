using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Renewal;

namespace Tongban.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the renewal context for Postgres.</summary>
internal sealed class RenewalDbFactory : IDesignTimeDbContextFactory<RenewalDb>
{
    public RenewalDb CreateDbContext(string[] args) =>
        new((DbContextOptions<RenewalDb>)new DbContextOptionsBuilder<RenewalDb>().UseTarget(DatabaseTarget.Parse("Host=localhost;Database=design")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
