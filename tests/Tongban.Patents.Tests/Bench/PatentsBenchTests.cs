using Tongban.Kernel.Modules;
using Tongban.Patents.Bench;
using Tongban.Patents.Tests.Data;
using Tongban.Testing;

namespace Tongban.Patents.Tests.Bench;

/// <summary>The two benchmarks as <c>tongban bench</c> runs them (prepare, ours, baseline, verify), at a small size.</summary>
public sealed class PatentsBenchTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Forecast_and_value_benchmarks_read_every_patent_on_both_paths(string provider)
    {
        foreach (IBenchmark benchmark in new IBenchmark[] { new ForecastBenchmark(), new ValueBenchmark() })
        {
            await using var world = await PatentsWorld.CreateAsync(provider);
            await using var run = await benchmark.PrepareAsync(new BenchmarkContext(world.Db.Target, world.Db.Services, 300, new Progress<string>()), default);
            await run.OursAsync(default);
            await run.BaselineAsync(default);
            await run.VerifyAsync(default);
            Assert.Equal(300, run.Operations);
        }
    }
}
