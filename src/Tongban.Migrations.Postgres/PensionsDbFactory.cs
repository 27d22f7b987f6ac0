using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Pensions;

namespace Tongban.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the pensions context for Postgres.</summary>
internal sealed class PensionsDbFactory : IDesignTimeDbContextFactory<PensionsDb>
{
    public PensionsDb CreateDbContext(string[] args) =>
        new((DbContextOptions<PensionsDb>)new DbContextOptionsBuilder<PensionsDb>().UseTarget(DatabaseTarget.Parse("Host=localhost;Database=design")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
