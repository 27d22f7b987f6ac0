using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Delivery;

namespace Tongban.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the delivery context for Sqlite.</summary>
internal sealed class DeliveryDbFactory : IDesignTimeDbContextFactory<DeliveryDb>
{
    public DeliveryDb CreateDbContext(string[] args) =>
        new((DbContextOptions<DeliveryDb>)new DbContextOptionsBuilder<DeliveryDb>().UseTarget(DatabaseTarget.Parse("design-time.db")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
