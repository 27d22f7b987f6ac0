using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Clinic;

namespace Tongban.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the clinic context for Sqlite.</summary>
internal sealed class ClinicDbFactory : IDesignTimeDbContextFactory<ClinicDb>
{
    public ClinicDb CreateDbContext(string[] args) =>
        new((DbContextOptions<ClinicDb>)new DbContextOptionsBuilder<ClinicDb>().UseTarget(DatabaseTarget.Parse("design-time.db")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
