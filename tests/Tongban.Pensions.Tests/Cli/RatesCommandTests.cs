using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Modules;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Tests.Data;

namespace Tongban.Pensions.Tests.Cli;

/// <summary><c>tongban pensions rates list|set</c>: the table the rates page edits, from the command line.</summary>
public sealed class RatesCommandTests
{
    [Fact]
    public async Task Set_enters_a_years_rate_with_its_source_and_list_shows_it_and_the_years_still_missing()
    {
        await using var world = await PensionsWorld.CreateAsync("sqlite");

        var set = await RunAsync(world.AsSystem(), "rates", "set", "--year", "2026", "--rate", "1.50", "--source", "经办规定，暂按1.50%");
        var list = await RunAsync(world.AsSystem(), "rates", "list");

        Assert.Equal((0, "rate 2026 1.50\n", string.Empty), set);
        Assert.Contains("2026 1.50 经办规定，暂按1.50%\n", list.Out, StringComparison.Ordinal);
        Assert.Contains("2016 8.31 ", list.Out, StringComparison.Ordinal);
        await using var scope = world.AsSystem();
        Assert.True((await scope.ServiceProvider.GetRequiredService<RatesService>().LoadAsync()).TryGet(2026, out var stored));
        Assert.Equal(1.50m, stored.RatePercent);
    }

    [Fact]
    public async Task A_clerk_without_the_rates_keeper_role_or_a_rate_without_source_is_refused()
    {
        await using var world = await PensionsWorld.CreateAsync("sqlite");

        var clerk = await RunAsync(world.As(world.Military), "rates", "set", "--year", "2026", "--rate", "1.50", "--source", "x");
        var noSource = await RunAsync(world.AsSystem(), "rates", "set", "--year", "2026", "--rate", "1.50", "--source", " ");

        Assert.Equal(1, clerk.Exit);
        Assert.Contains("scope.not-permitted-at-root", clerk.Err, StringComparison.Ordinal);
        Assert.Equal(1, noSource.Exit);
        Assert.Contains("pensions.rate-source", noSource.Err, StringComparison.Ordinal);
        await using var scope = world.AsSystem();
        Assert.False((await scope.ServiceProvider.GetRequiredService<RatesService>().LoadAsync()).TryGet(2026, out _));
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(AsyncServiceScope scope, params string[] args)
    {
        await using (scope)
        {
            var root = new RootCommand();
            foreach (var c in new PensionsModule().CliCommands(new CliContext(_ => scope.ServiceProvider)))
            {
                root.Subcommands.Add(c);
            }

            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
            return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
        }
    }
}
