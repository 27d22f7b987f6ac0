using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Clinic;

namespace Tongban.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the clinic context for Postgres.</summary>
internal sealed class ClinicDbFactory : IDesignTimeDbContextFactory<ClinicDb>
{
    public ClinicDb CreateDbContext(string[] args) =>
        new((DbContextOptions<ClinicDb>)new DbContextOptionsBuilder<ClinicDb>().UseTarget(DatabaseTarget.Parse("Host=localhost;Database=design")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
