using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;
using Tongban.Kernel.Reports;
using Tongban.Patents.Bench;
using Tongban.Patents.Cli;
using Tongban.Patents.Demo;
using Tongban.Patents.Fees;
using Tongban.Patents.Inventors;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Programmes;
using Tongban.Patents.Reports;
using Tongban.Patents.Transformation;
using Tongban.Patents.Value;

namespace Tongban.Patents;

/// <summary>
/// Patent portfolios (seed 03, high-value patents): the register with families, rule-generated fee and term
/// deadlines, value evaluation in the shape of GB/T 42748-2023, the transformation ledger and the seven-step operation.
/// </summary>
public sealed class PatentsModule : ITongbanModule
{
    public string Name => "patents";

    public IEnumerable<NavItem> Navigation =>
    [
        new("patents.nav", "/patents", PatentsPermissions.View),
        new("patents.nav.fees", "/patents/fees", PatentsPermissions.View),
        new("patents.nav.value", "/patents/value", PatentsPermissions.View),
        new("patents.nav.ledger", "/patents/ledger", PatentsPermissions.View),
        new("patents.nav.programmes", "/patents/programmes", PatentsPermissions.View),
        new("patents.nav.rules", "/patents/rules", PatentsPermissions.View),
    ];

    public IEnumerable<RoleDefinition> Roles => PatentsPermissions.Roles;

    public IEnumerable<TextEntry> Texts => PatentsTexts.All;

    public IEnumerable<TextEntry> RuleTexts => PatentsRuleTexts.Rules;

    public IEnumerable<TextEntry> FieldNames => PatentsRuleTexts.Fields;

    public IEnumerable<Type> DbContextTypes => [typeof(PatentsDb)];

    public IEnumerable<IReport> Reports => PatentsReports.All;

    public IEnumerable<IImportDefinition> Imports { get; } = [new PatentImport()];

    public void AddServices(IServiceCollection services, DatabaseTarget target) => AddPatents(services, target);

    /// <summary>Registers the context, the services and the seven-step workflow (the host adds the kernel and the calendar).</summary>
    public static IServiceCollection AddPatents(IServiceCollection services, DatabaseTarget target)
    {
        services.AddModuleDb<PatentsDb>(target);
        services.AddMatters();
        services.AddWorkflow(OperationWorkflow.Definition);
        services.AddScoped<PatentsAccess>();
        services.AddScoped<PortfolioService>();
        services.AddScoped<FeeService>();
        services.AddScoped<ValueService>();
        services.AddScoped<TransformationService>();
        services.AddScoped<ProgrammeService>();
        services.AddScoped<InventorService>();
        return services;
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapPatentsApi();

    public IEnumerable<Command> CliCommands(CliContext cli) => [AnnualFeeCommand.Create(), .. PatentsCommands.Create(cli), .. ProgrammeCommands.Create(cli)];

    public IEnumerable<IBenchmark> Benchmarks => [new ForecastBenchmark(), new ValueBenchmark()];

    public IEnumerable<DemoAccount> DemoAccounts =>
        PatentsDemo.Managers.Select(c => new DemoAccount(c.UserName, c.Password, c.DisplayName));

    public Task SeedDemoAsync(IServiceProvider services, DemoContext demo, CancellationToken ct) =>
        PatentsDemo.SeedAsync(services, demo, ct);
}
