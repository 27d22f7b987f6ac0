using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Clinic.Bench;
using Tongban.Clinic.Cli;
using Tongban.Clinic.Demo;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Formulary;
using Tongban.Clinic.Fund;
using Tongban.Clinic.Messages;
using Tongban.Clinic.Outreach;
using Tongban.Clinic.Patients;
using Tongban.Clinic.Visits;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;

namespace Tongban.Clinic;

/// <summary>
/// A hepatology department's follow-up clinic (seed 01): patients enrolled with sub-specialty teams in programmes with
/// dated follow-up intervals, due and overdue lists worked by phone, visits with labs and liver scores.
/// </summary>
public sealed class ClinicModule : ITongbanModule
{
    public string Name => "clinic";

    public IEnumerable<NavItem> Navigation =>
    [
        new("clinic.nav.patients", "/clinic", ClinicPermissions.View),
        new("clinic.nav.due", "/clinic/due", ClinicPermissions.View),
        new("clinic.nav.intervals", "/clinic/intervals", ClinicPermissions.View),
        new("clinic.nav.score", "/clinic/score", ClinicPermissions.View),
        new("clinic.nav.formulary", "/clinic/formulary", ClinicPermissions.View),
        new("clinic.nav.savings", "/clinic/savings", ClinicPermissions.View),
        new("clinic.nav.inbox", "/clinic/inbox", ClinicPermissions.View),
        new("clinic.nav.outreach", "/clinic/outreach", ClinicPermissions.View),
        new("clinic.nav.fund", "/clinic/fund", ClinicPermissions.View),
        new("clinic.nav.limits", "/clinic/limits", ClinicPermissions.View),
    ];

    public IEnumerable<RoleDefinition> Roles => ClinicPermissions.Roles;

    public IEnumerable<TextEntry> Texts => ClinicTexts.All;

    public IEnumerable<TextEntry> RuleTexts => ClinicRuleTexts.Rules;

    public IEnumerable<TextEntry> FieldNames => ClinicRuleTexts.Fields;

    public IEnumerable<Type> DbContextTypes => [typeof(ClinicDb)];

    public void AddServices(IServiceCollection services, DatabaseTarget target) => AddClinic(services, target);

    public static IServiceCollection AddClinic(IServiceCollection services, DatabaseTarget target)
    {
        services.AddModuleDb<ClinicDb>(target);
        services.AddScoped<ClinicAccess>();
        services.AddScoped<PatientService>();
        services.AddScoped<FollowUpService>();
        services.AddScoped<VisitService>();
        services.AddScoped<OrderService>();
        services.AddScoped<FundService>();
        services.AddScoped<MessageService>();
        services.AddScoped<OutreachService>();
        return services;
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapClinicApi();

    public IEnumerable<Command> CliCommands(CliContext cli) => ClinicCommands.All(cli);

    public IEnumerable<IImportDefinition> Imports => [];

    public IEnumerable<IBenchmark> Benchmarks => [new OverdueBenchmark(), new SavingsBenchmark()];

    public IEnumerable<DemoAccount> DemoAccounts => ClinicDemo.Accounts.Select(a => new DemoAccount(a.UserName, a.Password, a.Who));

    public Task SeedDemoAsync(IServiceProvider services, DemoContext demo, CancellationToken ct) => ClinicDemo.SeedAsync(services, demo, ct);
}
