using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Delivery.Demo;
using Tongban.Delivery.Tests.Data;
using Tongban.Kernel.Modules;

namespace Tongban.Delivery.Tests.Cli;

/// <summary>The database verbs of <c>tongban delivery</c> over the demo: the PMO's late list and the board office's figures.</summary>
public sealed class DatabaseCommandsTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(AsyncServiceScope scope, params string[] args)
    {
        await using (scope)
        {
            _ = ModuleCatalog.Texts;
            var root = new RootCommand();
            foreach (var c in new DeliveryModule().CliCommands(new CliContext(_ => scope.ServiceProvider)))
            {
                root.Subcommands.Add(c);
            }

            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
            return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
        }
    }

    [Fact]
    public async Task Late_backlog_segments_concentration_related_and_customers_read_the_demo()
    {
        await using var world = await DeliveryWorld.CreateAsync("sqlite");
        await using (var seed = world.AsSystem())
        {
            await DeliveryDemo.SeedAsync(seed.ServiceProvider, new DemoContext(7, new Dictionary<string, Guid>()), default);
        }

        var late = await RunAsync(world.AsSystem(), "late", "--as-of", "2025-09-26");
        var backlog = await RunAsync(world.AsSystem(), "backlog", "--as-of", "2025-09-26");
        var segments = await RunAsync(world.AsSystem(), "segments", "--year", "2024", "--by", "region");
        var concentration = await RunAsync(world.AsSystem(), "concentration", "--year", "2024");
        var related = await RunAsync(world.AsSystem(), "related");
        var customers = await RunAsync(world.AsSystem(), "customers");

        Assert.All([late, backlog, segments, concentration, related, customers], r => Assert.Equal((0, ""), (r.Exit, r.Err)));
        Assert.NotEmpty(late.Out);
        Assert.StartsWith("backlog ", backlog.Out, StringComparison.Ordinal);
        Assert.Contains("expected ", backlog.Out, StringComparison.Ordinal);
        Assert.Contains("overseas ", segments.Out, StringComparison.Ordinal);
        Assert.Contains("total ", segments.Out, StringComparison.Ordinal);
        Assert.Contains("[related]", concentration.Out, StringComparison.Ordinal);
        Assert.Contains("11.14%", related.Out, StringComparison.Ordinal);
        Assert.Contains("SF Express express-logistics domestic ShareholderAffiliate 11.14 related", customers.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_manager_is_refused_the_disclosure_verbs_with_exit_1()
    {
        await using var world = await DeliveryWorld.CreateAsync("sqlite");

        var refused = await RunAsync(world.As("zhang.pm", DeliveryPermissions.ProjectManagerRole), "related");

        Assert.Equal(1, refused.Exit);
        Assert.Contains("[delivery.not-permitted]", refused.Err, StringComparison.Ordinal);
    }
}
