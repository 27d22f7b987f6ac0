using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Modules;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Bench;
using Tongban.Pensions.Tests.Data;
using Tongban.Pensions.Transfers;
using Tongban.Testing;
using Xunit.Abstractions;

namespace Tongban.Pensions.Tests.Bench;

/// <summary>
/// The pensions.amounts benchmark as <c>tongban bench</c> runs it (prepare, ours, baseline, verify), small: both paths
/// read every row, and the batch agrees with the one-person calculator. PENSIONS_BENCH_PERSONS sets the size (default 300).
/// </summary>
public sealed class AmountsBenchTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_benchmark_reads_every_row_on_both_paths_and_the_batch_agrees_with_the_calculator_art7(string provider)
    {
        var persons = int.TryParse(Environment.GetEnvironmentVariable("PENSIONS_BENCH_PERSONS"), CultureInfo.InvariantCulture, out var n) ? n : 300;
        await using var world = await PensionsWorld.CreateAsync(provider);
        var benchmark = new AmountsBenchmark();
        await using var run = await benchmark.PrepareAsync(new BenchmarkContext(world.Db.Target, world.Db.Services, persons, new Progress<string>()), default);

        var ours = Stopwatch.StartNew();
        await run.OursAsync(default);
        ours.Stop();
        var baseline = Stopwatch.StartNew();
        await run.BaselineAsync(default);
        baseline.Stop();
        await run.VerifyAsync(default);
        output.WriteLine($"{provider}: {persons} x {AmountsBenchmark.MonthsPerPerson}: ours {ours.Elapsed.TotalSeconds:F2} s, raw {baseline.Elapsed.TotalSeconds:F2} s");

        await using var scope = world.AsSystem();
        var sample = new Dictionary<Guid, TransferAmounts>();
        var totals = await scope.ServiceProvider.GetRequiredService<AmountsBatch>().RunAsync(AmountsBenchmark.AsOf, (id, a) =>
        {
            if (sample.Count < 3)
            {
                sample[id] = a;
            }
        });
        Assert.Equal(persons, run.Operations);
        Assert.Equal((persons, (long)persons * AmountsBenchmark.MonthsPerPerson), (totals.Persons, totals.Months));
        foreach (var (id, amounts) in sample)
        {
            var single = await scope.ServiceProvider.GetRequiredService<TransferService>().ComputeAsync(id, AmountsBenchmark.AsOf);
            Assert.Equal((single.PersonalAccount, single.MilitarySubsidy, single.Months), (amounts.PersonalAccount, amounts.MilitarySubsidy, amounts.Months));
        }
    }

    [Fact]
    public async Task Verify_fails_when_the_paths_did_not_read_the_same_rows()
    {
        await using var world = await PensionsWorld.CreateAsync("sqlite");
        await using var run = await new AmountsBenchmark().PrepareAsync(new BenchmarkContext(world.Db.Target, world.Db.Services, 5, new Progress<string>()), default);

        // Only the baseline ran: the check must refuse.
        await run.BaselineAsync(default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => run.VerifyAsync(default));
    }
}
