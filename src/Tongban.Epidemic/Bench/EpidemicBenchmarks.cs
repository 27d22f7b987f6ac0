using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Bulletin;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Imports;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;

namespace Tongban.Epidemic.Bench;

/// <summary>The module's benchmarks for `tongban bench`, over <see cref="EpidemicBench"/>'s data and queries.</summary>
internal static class EpidemicBenchmarks
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static IEnumerable<IBenchmark> All =>
    [
        new Benchmark("epidemic.linelist", "A district user's filtered, sorted page of the case line list vs the raw indexed query", 5_000_000, b => new LineListRun(b)),
        new Benchmark("epidemic.bulletin", "The city's bulletin for one day vs the raw GROUP BY of that day", 5_000_000, b => new BulletinRun(b)),
        new Benchmark("epidemic.import", "Importing a CSV of cases (parse, check, bulk write, audit) vs the raw bulk write", 100_000, b => new ImportRun(b, 100_000)),
    ];

    private sealed class Benchmark(string name, string description, int defaultSize, Func<EpidemicBench, IBenchmarkRun> run) : IBenchmark
    {
        public string Name => name;

        public string Description => description;

        public async Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct)
        {
            var bench = new EpidemicBench(context.Services);
            var size = context.Size > 0 ? context.Size : defaultSize;
            context.Progress.Report($"{name}: writing {size:N0} synthetic cases");
            await bench.PrepareAsync(name == "epidemic.import" ? 0 : size, ct);
            if (name == "epidemic.import")
            {
                return new ImportRun(bench, size);
            }

            var reads = run(bench);
            context.Progress.Report($"{name}: warming up both paths");
            await WarmUpAsync(reads, ct);
            return reads;
        }
    }

    /// <summary>
    /// Runs both read paths alternately for up to <see cref="WarmUp"/> (at most 300 rounds, at least
    /// 3) before anything is timed, so both are measured as a running server serves them: the .NET
    /// tiered JIT promotes a method to optimised code only after about 30 calls, and one warm-up call
    /// leaves EF Core's query pipeline, far more code than the raw reader, in unoptimised code.
    /// </summary>
    private static async Task WarmUpAsync(IBenchmarkRun run, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 0; round < 300 && (round < 3 || watch.Elapsed < WarmUp); round++)
        {
            await run.OursAsync(ct);
            await run.BaselineAsync(ct);
        }
    }

    private sealed class LineListRun(EpidemicBench bench) : IBenchmarkRun
    {
        private static readonly DateOnly From = EpidemicBench.FirstDay.AddDays(300);
        private static readonly DateOnly To = EpidemicBench.FirstDay.AddDays(390);
        private List<Guid> _ours = [], _raw = [];

        public int Operations => 1;

        public string Unit => "queries";

        public async Task OursAsync(CancellationToken ct)
        {
            var user = CallerScope.ForUser(Guid.NewGuid(), "bench", [new Grant { Role = "epidemic.cdc", OrgId = bench.Orgs["110105"], CoversDescendants = true }]);
            await using var scope = bench.Open(user);
            var page = await scope.ServiceProvider.GetRequiredService<LineList>().QueryAsync(
                new CaseQuery(Class: CaseClass.Confirmed, From: From, To: To, Page: 3, PageSize: 50, WithTotal: false), ct);
            _ours = page.Rows.Select(r => r.Id).ToList();
        }

        public async Task BaselineAsync(CancellationToken ct)
        {
            await using var scope = bench.Open(CallerScope.System("bench"));
            _raw = await EpidemicBench.RawIdsAsync(scope.ServiceProvider.GetRequiredService<EpidemicDb>(), bench.Orgs["110105"], From, To, ct);
        }

        public Task VerifyAsync(CancellationToken ct) =>
            _ours.SequenceEqual(_raw) ? Task.CompletedTask : throw new InvalidOperationException($"Line list: ours {_ours.Count} rows, raw {_raw.Count}, or another order.");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class BulletinRun(EpidemicBench bench) : IBenchmarkRun
    {
        private static readonly DateOnly Date = EpidemicBench.FirstDay.AddDays(500);
        private int _ours = -1, _raw = -2;

        public int Operations => 1;

        public string Unit => "bulletins";

        public async Task OursAsync(CancellationToken ct)
        {
            await using var scope = bench.Open(CallerScope.System("bench"));
            _ours = (await scope.ServiceProvider.GetRequiredService<BulletinService>().BuildAsync(Date, "110000", ct)).Counts.Total;
        }

        public async Task BaselineAsync(CancellationToken ct)
        {
            await using var scope = bench.Open(CallerScope.System("bench"));
            _raw = await EpidemicBench.RawDayCountsAsync(scope.ServiceProvider.GetRequiredService<EpidemicDb>(), bench.Orgs.Values.ToList(), Date, ct);
        }

        public Task VerifyAsync(CancellationToken ct) =>
            _ours == _raw ? Task.CompletedTask : throw new InvalidOperationException($"Bulletin: ours counted {_ours}, raw {_raw}.");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class ImportRun(EpidemicBench bench, int rows) : IBenchmarkRun
    {
        private readonly byte[] _csv = EpidemicBench.Csv(EpidemicBench.Synthetic(rows, 2, bench.Orgs).ToList());
        private readonly List<EpidemicCase> _raw = EpidemicBench.Synthetic(rows, 3, bench.Orgs).ToList();
        private int _oursRows, _rawRows;

        public int Operations => rows;

        public string Unit => "rows";

        public async Task OursAsync(CancellationToken ct)
        {
            await using var scope = bench.Open(CallerScope.System("bench"));
            var result = await scope.ServiceProvider.GetRequiredService<ImportPipeline>().RunAsync(new CaseImport(), new MemoryStream(_csv), "bench.csv", null, again: true, ct);
            _oursRows = result.Accepted ? (int)result.RowsWritten : -1;
        }

        public async Task BaselineAsync(CancellationToken ct)
        {
            foreach (var c in _raw)
            {
                c.Id = Guid.CreateVersion7();
            }

            await using var scope = bench.Open(CallerScope.System("bench"));
            var db = scope.ServiceProvider.GetRequiredService<EpidemicDb>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await RawCaseWriter.WriteAsync(db, _raw, ct);
            await tx.CommitAsync(ct);
            _rawRows = _raw.Count;
        }

        public Task VerifyAsync(CancellationToken ct) =>
            _oursRows == rows && _rawRows == rows ? Task.CompletedTask : throw new InvalidOperationException($"Import: ours wrote {_oursRows}, raw {_rawRows} of {rows}.");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
