using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Bench;
using Tongban.Pensions.Cli;
using Tongban.Pensions.Demo;
using Tongban.Pensions.Documents;
using Tongban.Pensions.Estimate;
using Tongban.Pensions.Records;
using Tongban.Pensions.Transfers;

namespace Tongban.Pensions;

/// <summary>
/// Transfer and continuation of basic old-age insurance for unemployed military spouses (the Notice of seed 08):
/// the military-period account, its art. 7 amounts and the art. 8 transfer matter.
/// </summary>
public sealed class PensionsModule : ITongbanModule
{
    public string Name => "pensions";

    public IEnumerable<NavItem> Navigation =>
    [
        new("pensions.nav", "/pensions", PensionsPermissions.View),
        new("pensions.nav.accounts", "/pensions/accounts", PensionsPermissions.View),
        new("pensions.nav.register", "/pensions/register", PensionsPermissions.KeepAccounts),
        new("pensions.nav.rates", "/pensions/rates", PensionsPermissions.View),
        new("pensions.nav.progress", "/pensions/progress", ""),
    ];

    public IEnumerable<RoleDefinition> Roles => PensionsPermissions.Roles;

    public IEnumerable<TextEntry> Texts => PensionsTexts.All;

    public IEnumerable<TextEntry> RuleTexts => PensionsRuleTexts.Rules;

    public IEnumerable<TextEntry> FieldNames => PensionsRuleTexts.Fields;

    public IEnumerable<Type> DbContextTypes => [typeof(PensionsDb)];

    public void AddServices(IServiceCollection services, DatabaseTarget target) => AddPensions(services, target);

    /// <summary>Registers the context and the module's services (the host adds the kernel and the calendar).</summary>
    public static IServiceCollection AddPensions(IServiceCollection services, DatabaseTarget target)
    {
        services.AddModuleDb<PensionsDb>(target);
        services.AddScoped<RatesService>();
        services.AddScoped<RecordsService>();
        services.AddScoped<TransferService>();
        services.AddScoped<Kernel.Matters.IDeadlineRecompute, TransferDeadlineRecompute>();
        services.AddScoped<TransferStatistics>();
        services.AddScoped<AmountsBatch>();
        services.AddScoped<TransferForms>();
        services.AddScoped<TransferDocuments>();
        services.AddScoped<PensionEstimator>();
        return services;
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapPensionsApi();

    /// <summary><c>tongban pensions transfer-amounts</c> needs no database; <c>form</c> and <c>estimate</c> read it.</summary>
    public IEnumerable<Command> CliCommands(CliContext cli) => [TransferAmountsCommand.Create(), RecordCommands.Form(cli), RecordCommands.Estimate(cli), AmountsCommand.Create(cli), RatesCommand.Create(cli)];

    public IEnumerable<IBenchmark> Benchmarks => [new AmountsBenchmark()];

    public IEnumerable<DemoAccount> DemoAccounts =>
        PensionsDemo.Clerks.Select(c => new DemoAccount(c.UserName, c.Password, c.DisplayName));

    public Task SeedDemoAsync(IServiceProvider services, DemoContext demo, CancellationToken ct) =>
        PensionsDemo.SeedAsync(services, demo, ct);
}
