using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Api;
using Tongban.Epidemic.Bench;
using Tongban.Epidemic.Cli;
using Tongban.Epidemic.Demo;
using Tongban.Epidemic.Imports;
using Tongban.Epidemic.Policy;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;

namespace Tongban.Epidemic;

/// <summary>Epidemic case reporting, the daily bulletin and follow-up of isolated people and arrivals (seed 04).</summary>
public sealed class EpidemicModule : ITongbanModule
{
    public string Name => "epidemic";

    public IEnumerable<NavItem> Navigation =>
    [
        new("epidemic.nav.cases", "/epidemic/cases", EpidemicPermissions.View),
        new("epidemic.nav.curve", "/epidemic/curve", EpidemicPermissions.View),
        new("epidemic.nav.bulletin", "/epidemic/bulletin", EpidemicPermissions.Bulletin),
        new("epidemic.nav.due", "/epidemic/due", EpidemicPermissions.FollowUp),
    ];

    public IEnumerable<RoleDefinition> Roles => EpidemicPermissions.Roles;

    public IEnumerable<TextEntry> Texts => EpidemicTexts.All;

    public IEnumerable<TextEntry> RuleTexts => EpidemicRuleTexts.Rules;

    public IEnumerable<TextEntry> FieldNames => EpidemicRuleTexts.Fields;

    public IEnumerable<Type> DbContextTypes => [typeof(EpidemicDb)];

    public void AddServices(IServiceCollection services, DatabaseTarget target) => services.AddEpidemic(target);

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapEpidemicApi();

    public IEnumerable<Command> CliCommands(CliContext cli) =>
    [
        ArrivalScheduleCommand.Create(PolicyBook.Default),
        DatabaseCommands.Bulletin(cli),
        DatabaseCommands.Due(cli),
        DatabaseCommands.Certificate(cli),
    ];

    /// <summary>Run by the kernel: `tongban import epidemic.cases FILE`, /api/imports/{key}, the imports page.</summary>
    public IEnumerable<IImportDefinition> Imports => [new CaseImport(), new PersonImport()];

    public IEnumerable<IBenchmark> Benchmarks => EpidemicBenchmarks.All;

    public IEnumerable<DemoAccount> DemoAccounts =>
        EpidemicDemo.Accounts.Select(a => new DemoAccount(a.User, a.Password, a.Who));

    public Task SeedDemoAsync(IServiceProvider services, DemoContext demo, CancellationToken ct) => EpidemicDemo.SeedAsync(services, demo, ct);
}
