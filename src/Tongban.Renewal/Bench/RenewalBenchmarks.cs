using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Renewal.Communities;
using Tongban.Renewal.Lifeline;
using Tongban.Renewal.Rollups;

namespace Tongban.Renewal.Bench;

/// <summary>
/// <c>renewal.ingest</c>: N readings (10,000,000 by default) from 10,000 gas sensors streamed through
/// <see cref="LifelineService.IngestStreamAsync"/> in batches of 100,000 (bulk write plus duration-rule evaluation,
/// state per sensor and rule only), against the raw bulk insert of the same rows (the provider's prepared INSERT or
/// binary COPY through <see cref="BulkWriter"/>, no evaluation).
/// </summary>
internal sealed class IngestBenchmark : IBenchmark
{
    private const int Batch = 100_000;

    public string Name => "renewal.ingest";

    public string Description => "N lifeline readings ingested and evaluated against duration rules vs the raw bulk insert of the same rows";

    public async Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct)
    {
        var readings = context.Size > 0 ? context.Size : 10_000_000;
        var sensors = Math.Clamp(readings / 100, 10, 10_000);
        await using var scope = context.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
        var org = new OrgNode { Id = Guid.CreateVersion7(), Level = OrgLevel.Central, Kind = OrgKind.Enterprise, NameZh = "基准测试燃气集团", NameEn = "Bench gas utility", DivisionCode = "330100" };
        kernel.Orgs.Add(org);
        kernel.OrgClosures.Add(new OrgClosure { AncestorId = org.Id, DescendantId = org.Id, Distance = 0 });
        await kernel.SaveChangesAsync(ct);
        var db = scope.ServiceProvider.GetRequiredService<RenewalDb>();
        var codes = Enumerable.Range(0, sensors).Select(i => $"B{i:D6}").ToArray();
        db.Sensors.AddRange(codes.Select(c => new Sensor { Id = Guid.CreateVersion7(), OrgId = org.Id, Code = c, Kind = LifelineKind.Gas, DistrictOrgId = org.Id, Asset = "bench well" }));
        db.Rules.Add(new AlarmRule { Id = Guid.CreateVersion7(), OrgId = org.Id, Kind = LifelineKind.Gas, Metric = "ch4_lel", Type = RuleType.Threshold, Op = ComparisonOp.GreaterOrEqual, Threshold = 20, ForSeconds = 60, Severity = AlarmSeverity.Red, AckMinutes = 15, Standard = "bench" });
        await db.SaveChangesAsync(ct);
        return new Run(context, readings, codes, org.Id);
    }

    /// <summary>
    /// Readings every 10 seconds per sensor, later on every call so each call adds new rows; one sensor in a hundred
    /// goes above 20 %LEL for a minute and a half now and then (raised, then cleared).
    /// </summary>
    private static IEnumerable<(int Sensor, DateTime At, decimal Value)> Readings(int count, int sensors, DateTime from)
    {
        for (var i = 0; i < count; i++)
        {
            var sensor = i % sensors;
            var step = i / sensors;
            var spike = sensor % 100 == 0 && step % 60 is >= 20 and < 30;
            yield return (sensor, from.AddSeconds(step * 10), spike ? 25m : 1.5m + (sensor % 7 * 0.1m));
        }
    }

    private sealed class Run(BenchmarkContext context, int readings, string[] codes, Guid org) : IBenchmarkRun
    {
        private int _calls;
        private int _baselineCalls;
        private IngestResult? _ours;
        private long _baseline = -1;

        public int Operations => readings;

        public string Unit => "readings";

        private DateTime From(int call) => new DateTime(2026, 1, 1).AddSeconds((long)call * (readings / codes.Length + 1) * 10);

        public async Task OursAsync(CancellationToken ct)
        {
            await using var scope = context.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
            scope.ServiceProvider.GetRequiredService<RenewalDb>().Database.SetCommandTimeout(TimeSpan.FromHours(1));
            _ours = await scope.ServiceProvider.GetRequiredService<LifelineService>().IngestStreamAsync(Batches(From(_calls++)), ct);
        }

        private async IAsyncEnumerable<IReadOnlyList<ReadingInput>> Batches(DateTime from)
        {
            var batch = new List<ReadingInput>(Batch);
            foreach (var (sensor, at, value) in Readings(readings, codes.Length, from))
            {
                batch.Add(new ReadingInput(codes[sensor], at, "ch4_lel", value));
                if (batch.Count == Batch)
                {
                    yield return batch;
                    batch = new List<ReadingInput>(Batch);
                }
            }

            if (batch.Count > 0)
            {
                yield return batch;
            }

            await Task.CompletedTask;
        }

        public async Task BaselineAsync(CancellationToken ct)
        {
            await using var scope = context.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
            var db = scope.ServiceProvider.GetRequiredService<RenewalDb>();
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));

            // Sensor ids of its own, so its rows never meet ours; the same rows, times and values otherwise.
            var ids = codes.Select(_ => Guid.CreateVersion7()).ToArray();
            var utc = TimeSpan.FromHours(8);
            _baseline = await BulkWriter.WriteAsync(db, "renewal_readings", LifelineService.ReadingColumns, Raw(Readings(readings, codes.Length, From(_baselineCalls++)).Select(r => new object?[] { org, ids[r.Sensor], DateTime.SpecifyKind(r.At - utc, DateTimeKind.Utc), "ch4_lel", r.Value })), null, ct);
        }

        private static async IAsyncEnumerable<object?[]> Raw(IEnumerable<object?[]> rows)
        {
            foreach (var r in rows)
            {
                yield return r;
            }

            await Task.CompletedTask;
        }

        public Task VerifyAsync(CancellationToken ct)
        {
            var ours = _ours ?? throw new InvalidOperationException("renewal.ingest: our path did not run.");
            if (ours.Readings != readings || _baseline != readings || (readings >= codes.Length * 30 && ours.Raised == 0))
            {
                throw new InvalidOperationException($"renewal.ingest: ours {ours.Readings} readings ({ours.Raised} raised), baseline {_baseline}.");
            }

            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>
/// <c>renewal.rollup</c>: the national roll-up over N communities (220,000 by default: reference §2, 22万 renovated
/// 2019-2023) in a tree of 31 provinces, 124 cities, 496 districts and 1,984 streets, through <see cref="RollupReport"/>,
/// against the raw GROUP BY of the communities by owning org and years started and completed.
/// </summary>
internal sealed class RollupBenchmark : IBenchmark
{
    internal static readonly string[] CommunityColumns =
    [
        nameof(Community.Id), nameof(Community.OrgId), nameof(Community.Code), nameof(Community.Name), nameof(Community.DivisionCode), nameof(Community.YearBuilt), nameof(Community.Buildings),
        nameof(Community.Households), nameof(Community.FloorAreaM2), nameof(Community.PlanYear), nameof(Community.StartedOn), nameof(Community.StartedYear), nameof(Community.CompletedOn),
        nameof(Community.CompletedYear), nameof(Community.FacilitiesAdded), nameof(Community.FundingFen),
    ];

    public string Name => "renewal.rollup";

    public string Description => "The national renovation roll-up over N communities via RollupReport vs the raw GROUP BY";

    public async Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct)
    {
        var communities = context.Size > 0 ? context.Size : 220_000;
        await using var scope = context.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
        // The tree keeps one root: the national roll-up is the root's, so the bench tree hangs from the existing root.
        var root = await kernel.Orgs.Where(o => o.ParentId == null).OrderBy(o => o.Depth).FirstOrDefaultAsync(ct)
            ?? Node(null, OrgLevel.Central, "基准测试 住房和城乡建设部", "Bench ministry", kernel, []);
        var streets = new List<Guid>();
        for (var p = 0; p < 31; p++)
        {
            var province = Node(root, OrgLevel.Province, $"省{p}", $"Province {p}", kernel, [root.Id]);
            for (var c = 0; c < 4; c++)
            {
                var city = Node(province, OrgLevel.Prefecture, $"市{p}-{c}", $"City {p}-{c}", kernel, [root.Id, province.Id]);
                for (var d = 0; d < 4; d++)
                {
                    var district = Node(city, OrgLevel.County, $"区{p}-{c}-{d}", $"District {p}-{c}-{d}", kernel, [root.Id, province.Id, city.Id]);
                    for (var s = 0; s < 4; s++)
                    {
                        streets.Add(Node(district, OrgLevel.Township, $"街道{p}-{c}-{d}-{s}", $"Street {p}-{c}-{d}-{s}", kernel, [root.Id, province.Id, city.Id, district.Id]).Id);
                    }
                }
            }
        }

        await kernel.SaveChangesAsync(ct);
        var db = scope.ServiceProvider.GetRequiredService<RenewalDb>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await BulkWriter.WriteAsync(db, "renewal_communities", CommunityColumns, Rows(communities, streets), null, ct);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "ANALYZE renewal_communities" : "ANALYZE", ct);
        return new Run(context, communities, root.Id);
    }

    private static OrgNode Node(OrgNode? parent, OrgLevel level, string zh, string en, KernelDb kernel, Guid[] ancestors)
    {
        var node = new OrgNode { Id = Guid.CreateVersion7(), ParentId = parent?.Id, Level = level, Kind = OrgKind.CompetentDepartment, NameZh = zh, NameEn = en, DivisionCode = "330000", Depth = ancestors.Length };
        kernel.Orgs.Add(node);
        kernel.OrgClosures.Add(new OrgClosure { AncestorId = node.Id, DescendantId = node.Id, Distance = 0 });
        for (var i = 0; i < ancestors.Length; i++)
        {
            kernel.OrgClosures.Add(new OrgClosure { AncestorId = ancestors[i], DescendantId = node.Id, Distance = ancestors.Length - i });
        }

        return node;
    }

    private static async IAsyncEnumerable<object?[]> Rows(int count, List<Guid> streets)
    {
        var random = new Random(20200720);
        for (var i = 0; i < count; i++)
        {
            var year = 2019 + random.Next(7);
            var started = random.Next(100) < 95 ? new DateOnly(year, 3, 1).AddDays(random.Next(270)) : (DateOnly?)null;
            var completed = started is { } s && random.Next(100) < 85 ? s.AddDays(150 + random.Next(200)) : (DateOnly?)null;
            var households = 50 + random.Next(600);
            yield return
            [
                Guid.CreateVersion7(), streets[i % streets.Count], $"N{i:D7}", "bench", "330000", 1970 + random.Next(31), 1 + (households / 60), households, households * 70m, year,
                started, started?.Year, completed, completed?.Year, random.Next(3), households * 1_000_000L,
            ];
            if (i % 10_000 == 9_999)
            {
                await Task.Yield();
            }
        }
    }

    private sealed class Run(BenchmarkContext context, int communities, Guid root) : IBenchmarkRun
    {
        private RollupView? _ours;
        private long _baseline = -1;

        public int Operations => communities;

        public string Unit => "communities";

        public async Task OursAsync(CancellationToken ct)
        {
            await using var scope = context.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
            _ours = await scope.ServiceProvider.GetRequiredService<RollupReport>().ComputeAsync(root, 2023, ct);
        }

        public async Task BaselineAsync(CancellationToken ct)
        {
            await using DbConnection conn = context.Target.Provider == DatabaseProvider.Sqlite ? new SqliteConnection(context.Target.ConnectionString) : new NpgsqlConnection(context.Target.ConnectionString);
            await conn.OpenAsync(ct);
            await using var cmd = conn.CreateCommand();
            cmd.CommandTimeout = 3600;
            cmd.CommandText = "SELECT \"OrgId\", \"StartedYear\", \"CompletedYear\", COUNT(*), SUM(\"Households\"), SUM(\"FacilitiesAdded\"), SUM(\"FundingFen\") FROM renewal_communities GROUP BY \"OrgId\", \"StartedYear\", \"CompletedYear\"";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            long total = 0;
            while (await reader.ReadAsync(ct))
            {
                total += reader.GetInt64(3);
            }

            _baseline = total;
        }

        public Task VerifyAsync(CancellationToken ct)
        {
            var ours = _ours ?? throw new InvalidOperationException("renewal.rollup: our path did not run.");
            if (ours.Total.Communities != _baseline || ours.Lines.Sum(l => l.Communities) != _baseline)
            {
                throw new InvalidOperationException($"renewal.rollup: ours {ours.Total.Communities} communities, baseline {_baseline}.");
            }

            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
