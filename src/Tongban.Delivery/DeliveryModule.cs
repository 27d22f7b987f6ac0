using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Delivery.Backlog;
using Tongban.Delivery.Bench;
using Tongban.Delivery.Cli;
using Tongban.Delivery.Cycles;
using Tongban.Delivery.Demo;
using Tongban.Delivery.Orders;
using Tongban.Delivery.Segments;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;

namespace Tongban.Delivery;

/// <summary>
/// An automation integrator's order delivery (seed 02): orders in hand by area, sector and region, delivery cycles
/// forecast against actual, segment margins, customer concentration and related-party flags.
/// </summary>
public sealed class DeliveryModule : ITongbanModule
{
    public string Name => "delivery";

    public IEnumerable<NavItem> Navigation =>
    [
        new("delivery.nav.orders", "/delivery", DeliveryPermissions.View),
        new("delivery.nav.new", "/delivery/orders/new", DeliveryPermissions.EditOrders),
        new("delivery.nav.cycles", "/delivery/cycles", DeliveryPermissions.View),
        new("delivery.nav.backlog", "/delivery/backlog", DeliveryPermissions.View),
        new("delivery.nav.customers", "/delivery/customers", DeliveryPermissions.View),
        new("delivery.nav.disclosure", "/delivery/disclosure", DeliveryPermissions.Disclosure),
    ];

    public IEnumerable<RoleDefinition> Roles => DeliveryPermissions.Roles;

    public IEnumerable<TextEntry> Texts => DeliveryTexts.All;

    public IEnumerable<TextEntry> RuleTexts => DeliveryRuleTexts.Rules;

    public IEnumerable<TextEntry> FieldNames => DeliveryRuleTexts.Fields;

    public IEnumerable<Type> DbContextTypes => [typeof(DeliveryDb)];

    public void AddServices(IServiceCollection services, DatabaseTarget target) => AddDelivery(services, target);

    /// <summary>Registers the context and the module's services.</summary>
    public static IServiceCollection AddDelivery(IServiceCollection services, DatabaseTarget target)
    {
        services.AddModuleDb<DeliveryDb>(target);
        services.AddScoped<DeliveryAccess>();
        services.AddScoped<OrderService>();
        services.AddScoped<CycleReport>();
        services.AddScoped<BacklogReport>();
        services.AddScoped<DisclosureReport>();
        return services;
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapDeliveryApi();

    public IEnumerable<Command> CliCommands(CliContext cli) => DeliveryCommands.All(cli);

    /// <summary>Run by the kernel: <c>tongban import delivery.orders FILE</c>, /api/imports/delivery.orders, the imports page.</summary>
    public IEnumerable<IImportDefinition> Imports => [new OrderImport()];

    public IEnumerable<IBenchmark> Benchmarks => [new BacklogBenchmark()];

    public IEnumerable<DemoAccount> DemoAccounts => DeliveryDemo.Accounts.Select(a => new DemoAccount(a.UserName, a.Password, a.Who));

    public Task SeedDemoAsync(IServiceProvider services, DemoContext demo, CancellationToken ct) => DeliveryDemo.SeedAsync(services, demo, ct);
}
