using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Juvenile;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;

namespace Tongban.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the juvenile context for SQLite.</summary>
internal sealed class JuvenileDbFactory : IDesignTimeDbContextFactory<JuvenileDb>
{
    public JuvenileDb CreateDbContext(string[] args) =>
        new((DbContextOptions<JuvenileDb>)new DbContextOptionsBuilder<JuvenileDb>().UseTarget(DatabaseTarget.Parse("design-time.db")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
