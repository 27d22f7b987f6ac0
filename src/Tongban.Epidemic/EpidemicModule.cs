using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Cli;
using Tongban.Epidemic.Policy;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;

namespace Tongban.Epidemic;

/// <summary>Epidemic case reporting, the daily bulletin and follow-up of isolated people and arrivals (seed 04).</summary>
public sealed class EpidemicModule : ITongbanModule
{
    public string Name => "epidemic";

    public IEnumerable<NavItem> Navigation => [];

    public IEnumerable<RoleDefinition> Roles => [];

    public IEnumerable<TextEntry> Texts => [];

    public IEnumerable<Type> DbContextTypes => [typeof(EpidemicDb)];

    public void AddServices(IServiceCollection services, DatabaseTarget target) => services.AddEpidemic(target);

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
    }

    public IEnumerable<Command> CliCommands(CliContext cli) => [ArrivalScheduleCommand.Create(PolicyBook.Default)];

    public Task SeedDemoAsync(IServiceProvider services, DemoContext demo, CancellationToken ct) => Task.CompletedTask;
}
