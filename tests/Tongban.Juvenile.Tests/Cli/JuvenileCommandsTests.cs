using System.CommandLine;
using Tongban.Juvenile.Cli;
using Tongban.Juvenile.Tests.Support;
using Tongban.Kernel.Modules;
using Tongban.Testing;

namespace Tongban.Juvenile.Tests.Cli;

/// <summary>`tongban juvenile ...` as a supervisor at a school runs it: one line per item, refusals as one error line.</summary>
public sealed class JuvenileCommandsTests
{
    [Fact]
    public async Task Items_lists_the_behaviours_of_arts_28_38_and_45_one_per_line()
    {
        var run = await RunAsync(new CliContext(_ => throw new InvalidOperationException("items needs no database")), "items");

        Assert.Equal(0, run.Exit);
        Assert.Contains(run.Lines, l => l.StartsWith("28.1\tbad\t", StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.StartsWith("38.", StringComparison.Ordinal) && l.Contains("\tserious\t", StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.Contains("\tcriminal_act\t", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reassigning_cases_to_the_same_caseworker_is_refused_with_the_field_and_rule(string provider)
    {
        await using var world = await JuvenileWorld.CreateAsync(provider);
        await using var supervisor = world.Open(world.User(JuvenilePermissions.SupervisorRole, "school-a"));
        var same = Guid.NewGuid().ToString();

        var run = await RunAsync(
            new CliContext(_ => supervisor.ServiceProvider),
            "reassign", "--org", world.Orgs["school-a"].ToString(), "--from", same, "--to", same, "--to-name", "新班主任");

        Assert.Equal(1, run.Exit);
        Assert.Equal("", run.Out);
        Assert.StartsWith("error: toCaseworkerId: ", run.Err, StringComparison.Ordinal);
        Assert.EndsWith("[juvenile.reassign.same]", run.Err.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Statistics_print_both_tables_with_their_headers(string provider)
    {
        await using var world = await JuvenileWorld.CreateAsync(provider);
        await using var supervisor = world.Open(world.User(JuvenilePermissions.SupervisorRole, "county"));

        var run = await RunAsync(new CliContext(_ => supervisor.ServiceProvider), "statistics");

        Assert.Equal(0, run.Exit);
        Assert.Equal(["district\tage_band\titem\tcount", "district\tmeasure\tcount"], run.Lines);
    }

    private static async Task<(int Exit, string Out, string Err, string[] Lines)> RunAsync(CliContext cli, params string[] args)
    {
        var root = new RootCommand();
        foreach (var command in JuvenileCommands.All(cli))
        {
            root.Subcommands.Add(command);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        var text = output.ToString().ReplaceLineEndings("\n");
        return (exit, text, error.ToString(), text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
