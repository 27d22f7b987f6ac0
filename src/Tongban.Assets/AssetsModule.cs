using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Tongban.Assets.Api;
using Tongban.Assets.Bench;
using Tongban.Assets.Cli;
using Tongban.Assets.Demo;
using Tongban.Assets.Imports;
using Tongban.Assets.Reports;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;
using Tongban.Kernel.Reports;

namespace Tongban.Assets;

/// <summary>State-owned assets of administrative institutions (seed 09): cards, allocation, use, disposal, depreciation, stocktake, vehicles, software.</summary>
public sealed class AssetsModule : ITongbanModule
{
    public string Name => "assets";

    public IEnumerable<NavItem> Navigation =>
    [
        new("assets.nav.overview", "/assets", AssetsPermissions.View),
        new("assets.nav.cards", "/assets/cards", AssetsPermissions.View),
        new("assets.nav.requests", "/assets/requests", AssetsPermissions.Manage),
        new("assets.nav.approvals", "/assets/approvals", AssetsPermissions.Approve),
        new("assets.nav.use", "/assets/use", AssetsPermissions.Manage),
        new("assets.nav.disposals", "/assets/disposals", AssetsPermissions.Manage),
        new("assets.nav.stocktake", "/assets/stocktake", AssetsPermissions.Manage),
        new("assets.nav.depreciation", "/assets/depreciation", AssetsPermissions.Manage),
        new("assets.nav.vehicles", "/assets/vehicles", AssetsPermissions.View),
        new("assets.nav.software", "/assets/software", AssetsPermissions.View),
        new("assets.nav.settings", "/assets/settings", AssetsPermissions.View),
    ];

    public IEnumerable<RoleDefinition> Roles => AssetsPermissions.Roles;

    public IEnumerable<TextEntry> Texts => AssetsTexts.All;

    public IEnumerable<TextEntry> RuleTexts => AssetsRuleTexts.Rules;

    public IEnumerable<TextEntry> FieldNames => AssetsRuleTexts.Fields;

    public IEnumerable<Type> DbContextTypes => [typeof(AssetsDb)];

    public void AddServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services, DatabaseTarget target) => services.AddAssets(target);

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapAssetsApi();

    public IEnumerable<Command> CliCommands(CliContext cli) =>
    [
        DepreciationScheduleCommand.Create(),
        AssetsCommands.Depreciate(cli),
        AssetsCommands.ImportTemplate(),
        AssetsCommands.UsefulLife(cli),
        AssetsCommands.VehicleQuota(cli),
    ];

    public IEnumerable<IReport> Reports => AssetsReports.All;

    public IEnumerable<IBenchmark> Benchmarks => AssetsBenchmarks.All;

    public IEnumerable<IImportDefinition> Imports { get; } = [new CardImport()];

    public Task SeedDemoAsync(IServiceProvider services, DemoContext demo, CancellationToken ct) => AssetsDemo.SeedAsync(services, demo, ct);
}
