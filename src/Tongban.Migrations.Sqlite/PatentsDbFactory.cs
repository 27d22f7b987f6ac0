using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Patents;

namespace Tongban.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the patents context for Sqlite.</summary>
internal sealed class PatentsDbFactory : IDesignTimeDbContextFactory<PatentsDb>
{
    public PatentsDb CreateDbContext(string[] args) =>
        new((DbContextOptions<PatentsDb>)new DbContextOptionsBuilder<PatentsDb>().UseTarget(DatabaseTarget.Parse("design-time.db")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
