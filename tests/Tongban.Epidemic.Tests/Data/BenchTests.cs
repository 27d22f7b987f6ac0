using System.Globalization;
using Tongban.Epidemic.Bench;
using Tongban.Testing;
using Xunit.Abstractions;

namespace Tongban.Epidemic.Tests.Data;

/// <summary>
/// Runs the module's benchmarks at a small size and checks both paths did the same work; the
/// timings go to the test output. EPIDEMIC_BENCH_SIZE and EPIDEMIC_BENCH_IMPORT set larger sizes
/// for recording ratios (bench/epidemic.md).
/// </summary>
public sealed class BenchTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_benchmarks_two_paths_do_the_same_work(string provider)
    {
        var size = Size("EPIDEMIC_BENCH_SIZE", 5_000);
        var importRows = Size("EPIDEMIC_BENCH_IMPORT", 1_000);
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        var bench = new EpidemicBench(t.Db.Services);
        await bench.PrepareAsync(size, default);

        var line = await bench.LineListAsync(5, default);
        var bulletin = await bench.BulletinAsync(5, default);
        var import = await bench.ImportAsync(importRows, default);
        foreach (var r in new[] { line, bulletin, import })
        {
            output.WriteLine($"{provider} {r}");
        }

        Assert.Equal(size + (2 * importRows), await bench.CountAsync(default));
    }

    private static int Size(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
}

public sealed class BenchmarkAdapterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_modules_benchmarks_run_both_paths_and_verify_through_the_kernel_interface(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        var names = new List<string>();
        foreach (var benchmark in new EpidemicModule().Benchmarks)
        {
            var context = new Kernel.Modules.BenchmarkContext(t.Db.Target, t.Db.Services, 2_000, new Progress<string>());
            await using var run = await benchmark.PrepareAsync(context, default);
            await run.OursAsync(default);
            await run.BaselineAsync(default);
            await run.VerifyAsync(default);
            names.Add(benchmark.Name);
        }

        Assert.Equal(["epidemic.linelist", "epidemic.bulletin", "epidemic.import"], names);
    }
}
