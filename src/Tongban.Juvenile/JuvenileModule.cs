using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Juvenile.Api;
using Tongban.Juvenile.Bench;
using Tongban.Juvenile.Cli;
using Tongban.Juvenile.Demo;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;

namespace Tongban.Juvenile;

/// <summary>Juvenile delinquency prevention casework under the 2020 law (seed 07).</summary>
public sealed class JuvenileModule : ITongbanModule
{
    public string Name => "juvenile";

    public IEnumerable<NavItem> Navigation =>
    [
        new("juvenile.nav.cases", "/juvenile", JuvenilePermissions.View),
        new("juvenile.nav.referrals", "/juvenile/referrals", JuvenilePermissions.Refer),
        new("juvenile.nav.special", "/juvenile/special-education", JuvenilePermissions.SpecialEducation),
        new("juvenile.nav.statistics", "/juvenile/statistics", JuvenilePermissions.Statistics),
        new("juvenile.nav.sealed", "/juvenile/sealed", JuvenilePermissions.SealedInquiry),
        new("juvenile.nav.oversight", "/juvenile/oversight", JuvenilePermissions.SealedOversight),
    ];

    public IEnumerable<RoleDefinition> Roles => JuvenilePermissions.Roles;

    public IEnumerable<TextEntry> Texts => JuvenileTexts.All;

    public IEnumerable<TextEntry> RuleTexts => JuvenileRuleTexts.Rules;

    public IEnumerable<TextEntry> FieldNames => JuvenileRuleTexts.Fields;

    public IEnumerable<Type> DbContextTypes => [typeof(JuvenileDb)];

    public void AddServices(IServiceCollection services, DatabaseTarget target) => services.AddJuvenile(target);

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapJuvenileApi();

    public IEnumerable<Command> CliCommands(CliContext cli) => JuvenileCommands.All(cli);

    public IEnumerable<IBenchmark> Benchmarks => [new JuvenileSearchBenchmark()];

    public IEnumerable<DemoAccount> DemoAccounts =>
        JuvenileDemo.Accounts.Select(a => new DemoAccount(a.UserName, a.Password, a.DisplayName));

    public Task SeedDemoAsync(IServiceProvider services, DemoContext demo, CancellationToken ct) => JuvenileDemo.SeedAsync(services, demo, ct);
}
