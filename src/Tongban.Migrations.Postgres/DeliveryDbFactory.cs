using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Delivery;

namespace Tongban.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the delivery context for Postgres.</summary>
internal sealed class DeliveryDbFactory : IDesignTimeDbContextFactory<DeliveryDb>
{
    public DeliveryDb CreateDbContext(string[] args) =>
        new((DbContextOptions<DeliveryDb>)new DbContextOptionsBuilder<DeliveryDb>().UseTarget(DatabaseTarget.Parse("Host=localhost;Database=design")).Options,
            new KernelServices(new CallerScopeAccessor(), TimeProvider.System));
}
