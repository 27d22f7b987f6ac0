using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Epidemic;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;

namespace Tongban.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the epidemic context for PostgreSQL.</summary>
internal sealed class EpidemicDbFactory : IDesignTimeDbContextFactory<EpidemicDb>
{
    public EpidemicDb CreateDbContext(string[] args) =>
        new((DbContextOptions<EpidemicDb>)new DbContextOptionsBuilder<EpidemicDb>().UseTarget(DatabaseTarget.Parse("Host=localhost;Database=design")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
