using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Juvenile;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;

namespace Tongban.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the juvenile context for PostgreSQL.</summary>
internal sealed class JuvenileDbFactory : IDesignTimeDbContextFactory<JuvenileDb>
{
    public JuvenileDb CreateDbContext(string[] args) =>
        new((DbContextOptions<JuvenileDb>)new DbContextOptionsBuilder<JuvenileDb>().UseTarget(DatabaseTarget.Parse("Host=localhost;Database=design")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
