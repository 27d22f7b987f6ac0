using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;

namespace Tongban.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the kernel context for PostgreSQL.</summary>
internal sealed class KernelDbFactory : IDesignTimeDbContextFactory<KernelDb>
{
    public KernelDb CreateDbContext(string[] args) =>
        new((DbContextOptions<KernelDb>)new DbContextOptionsBuilder<KernelDb>().UseTarget(DatabaseTarget.Parse("Host=localhost;Database=design")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
