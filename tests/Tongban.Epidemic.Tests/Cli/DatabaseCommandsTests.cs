using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Demo;
using Tongban.Epidemic.Tests.Data;
using Tongban.Kernel.Modules;
using Tongban.Testing;

namespace Tongban.Epidemic.Tests.Cli;

public sealed class DatabaseCommandsTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(EpidemicTestDb t, params string[] args)
    {
        var scope = t.System();
        try
        {
            var cli = new CliContext(_ => scope.ServiceProvider);
            var root = new RootCommand();
            foreach (var c in new EpidemicModule().CliCommands(cli))
            {
                root.Subcommands.Add(c);
            }

            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            await scope.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_bulletin_verb_prints_the_days_bulletin_from_the_records_seed04(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using (var s = t.System())
        {
            await Seed04Demo.SeedAsync(s.ServiceProvider.GetRequiredService<CaseRegistry>(), default);
        }

        var (exit, output, _) = await RunAsync(t, "bulletin", "--date", "2022-10-30", "--area", "110000", "--lang", "zh");
        Assert.Equal(0, exit);
        Assert.StartsWith("北京10月30日新增本土“16+8”，含4例社会面筛查人员", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_area_exits_1_with_the_reason(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        var (exit, output, error) = await RunAsync(t, "bulletin", "--date", "2022-10-30", "--area", "999999");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: area: ", error, StringComparison.Ordinal);
    }
}
