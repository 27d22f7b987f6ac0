using Microsoft.Extensions.DependencyInjection;
using Tongban.Delivery.Orders;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Delivery.Tests.Data;

/// <summary>A migrated database with the integrator's domestic company and a Hong Kong subsidiary under it, and customers.</summary>
internal sealed class DeliveryWorld : IAsyncDisposable
{
    private DeliveryWorld(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }

    public Guid Hq { get; private set; }

    public Guid HongKong { get; private set; }

    public Guid Sf { get; private set; }

    public Guid Jd { get; private set; }

    public Guid Flipkart { get; private set; }

    public static async Task<DeliveryWorld> CreateAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(
            provider,
            (services, target) =>
            {
                DeliveryModule.AddDelivery(services, target);
                services.AddRoleCatalog(DeliveryPermissions.Roles);
                services.AddImports([new OrderImport()]);
            },
            typeof(DeliveryDb));
        var world = new DeliveryWorld(db);
        await using var scope = world.AsSystem();
        var tree = scope.ServiceProvider.GetRequiredService<OrgTree>();
        var hq = await tree.CreateAsync(new NewOrg(null, OrgLevel.Central, OrgKind.Enterprise, "集成商", "Integrator", "370200"), default);
        var hk = await tree.CreateAsync(new NewOrg(hq.Id, OrgLevel.Province, OrgKind.Enterprise, "香港子公司", "Hong Kong subsidiary", "370200"), default);
        world.Hq = hq.Id;
        world.HongKong = hk.Id;
        var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
        await orders.RegisterEntityAsync(hq.Id, false, "CN");
        await orders.RegisterEntityAsync(hk.Id, true, "HK");
        world.Sf = await orders.AddCustomerAsync(new NewCustomer(hq.Id, "SF Express", "express-logistics", false, Relationship.ShareholderAffiliate, "Shenzhen Shunfeng Investment", 11.14m));
        world.Jd = await orders.AddCustomerAsync(new NewCustomer(hq.Id, "JD.COM", "e-commerce-retail", false, Relationship.None, null, 0));
        world.Flipkart = await orders.AddCustomerAsync(new NewCustomer(hq.Id, "Flipkart", "e-commerce-retail", true, Relationship.None, null, 0));
        return world;
    }

    public AsyncServiceScope AsSystem() => Db.Open(CallerScope.System("test"));

    public AsyncServiceScope As(string userName, string role, Guid? org = null) =>
        Db.Open(CallerScope.ForUser(Guid.NewGuid(), userName, [new Grant { Id = Guid.NewGuid(), OrgId = org ?? Hq, Role = role, CoversDescendants = true }]));

    /// <summary>A domestic logistics order signed on <paramref name="signed"/>, accepted as planned after <paramref name="days"/>.</summary>
    public NewOrder Order(string code, Guid customer, DateOnly signed, int days, long exTaxYuan = 10_000_000, long costYuan = 8_000_000, string pm = "pm.a", bool overseas = false) =>
        new(code, code, overseas ? HongKong : Hq, customer, BusinessArea.Logistics, null, overseas, pm, "CNY", 1m, exTaxYuan * 113, exTaxYuan * 100, costYuan * 100, 90, signed,
            OrderBuilder.TypicalPlan(signed, signed.AddDays(days)));

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
