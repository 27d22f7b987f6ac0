using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;
using Tongban.Renewal.Bench;
using Tongban.Renewal.Cli;
using Tongban.Renewal.Communities;
using Tongban.Renewal.Concerns;
using Tongban.Renewal.Demo;
using Tongban.Renewal.Lifeline;
using Tongban.Renewal.Rollups;

namespace Tongban.Renewal;

/// <summary>
/// Urban renewal (seed 06): old-community renovation in the three categories of 国办发〔2020〕23号 with roll-ups per
/// level, residents' concerns, and urban-lifeline sensors with duration-rule alarms.
/// </summary>
public sealed class RenewalModule : ITongbanModule
{
    public string Name => "renewal";

    public IEnumerable<NavItem> Navigation =>
    [
        new("renewal.nav.communities", "/renewal", RenewalPermissions.View),
        new("renewal.nav.rollup", "/renewal/rollup", RenewalPermissions.View),
        new("renewal.nav.concerns", "/renewal/concerns", RenewalPermissions.View),
        new("renewal.nav.alarms", "/renewal/alarms", RenewalPermissions.View),
    ];

    public IEnumerable<RoleDefinition> Roles => RenewalPermissions.Roles;

    public IEnumerable<TextEntry> Texts => RenewalTexts.All;

    public IEnumerable<TextEntry> RuleTexts => RenewalRuleTexts.Rules;

    public IEnumerable<TextEntry> FieldNames => RenewalRuleTexts.Fields;

    public IEnumerable<Type> DbContextTypes => [typeof(RenewalDb)];

    public void AddServices(IServiceCollection services, DatabaseTarget target) => AddRenewal(services, target);

    public static IServiceCollection AddRenewal(IServiceCollection services, DatabaseTarget target)
    {
        services.AddModuleDb<RenewalDb>(target);
        services.AddScoped<RenewalAccess>();
        services.AddScoped<RenovationService>();
        services.AddScoped<RollupReport>();
        services.AddScoped<ConcernService>();
        services.AddScoped<LifelineService>();
        return services;
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapRenewalApi();

    public IEnumerable<Command> CliCommands(CliContext cli) => RenewalCommands.All(cli);

    /// <summary>Run by the kernel: <c>tongban import renewal.communities FILE</c>, /api/imports/renewal.communities, the imports page.</summary>
    public IEnumerable<IImportDefinition> Imports => [new CommunityImport()];

    public IEnumerable<IBenchmark> Benchmarks => [new IngestBenchmark(), new RollupBenchmark()];

    public IEnumerable<DemoAccount> DemoAccounts => RenewalDemo.Accounts.Select(a => new DemoAccount(a.UserName, a.Password, a.Who));

    public Task SeedDemoAsync(IServiceProvider services, DemoContext demo, CancellationToken ct) => RenewalDemo.SeedAsync(services, demo, ct);
}
