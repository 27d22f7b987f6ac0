using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Modules;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Cli;
using Tongban.Pensions.Records;
using Tongban.Pensions.Tests.Amounts;
using Tongban.Pensions.Tests.Data;
using Tongban.Testing;

namespace Tongban.Pensions.Tests.Cli;

/// <summary><c>tongban pensions amounts</c>: the batch a department runs over every account it keeps.</summary>
public sealed class AmountsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tongban-pensions-amounts-").FullName;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_amounts_verb_computes_every_account_in_the_callers_scope_and_no_other_art7(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        Guid mine;
        Guid other;
        await using (var scope = world.As(world.Military))
        {
            var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
            mine = await records.RegisterAsync(world.Person(1, new YearMonth(2019, 7)));
            await records.RecordContributionsAsync(mine, TransferAmountTests.Months(2020, 1, 12, 3000m, 240m, 240m).ToList());
        }

        await using (var scope = world.As(world.OtherMilitary))
        {
            var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
            other = await records.RegisterAsync(world.Person(2, new YearMonth(2019, 7)) with { MilitaryFinanceOrgId = world.OtherMilitary });
            await records.RecordContributionsAsync(other, TransferAmountTests.Months(2020, 1, 6, 5000m, 400m, 400m).ToList());
        }

        var csv = Path.Combine(_dir, "amounts.csv");
        var (exit, output, error) = await RunAsync(world.As(world.Military), "amounts", "--as-of", "2020-12", "--out", csv);

        Assert.Equal((0, string.Empty), (exit, error));
        // The worked example of the issue: 12 months of 2020, base 3000, credited 240, rate 6.04 %.
        Assert.Equal("persons 1\nmonths 12\npersonal_account 2974.22\nmilitary_subsidy 4320.00\ntotal 7294.22\n", output);
        Assert.Equal([AmountsCommand.CsvHeader, $"{mine},12,2974.22,4320.00,7294.22"], await File.ReadAllLinesAsync(csv));
        Assert.DoesNotContain(other.ToString(), await File.ReadAllTextAsync(csv), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_as_of_month_exits_1_naming_the_option()
    {
        await using var world = await PensionsWorld.CreateAsync("sqlite");

        var (exit, output, error) = await RunAsync(world.As(world.Military), "amounts", "--as-of", "2020-13");

        Assert.Equal((1, string.Empty), (exit, output));
        Assert.StartsWith("error: --as-of:", error, StringComparison.Ordinal);
        Assert.Contains("pensions.month-format", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

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
