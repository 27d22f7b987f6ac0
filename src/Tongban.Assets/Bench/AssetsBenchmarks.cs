using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Cards;
using Tongban.Assets.Demo;
using Tongban.Assets.Depreciation;
using Tongban.Assets.Imports;
using Tongban.Assets.Reports;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Assets.Bench;

/// <summary>
/// The module's benchmarks: the card import against the provider's raw bulk path, the monthly
/// depreciation run against hand-written SQL doing the same writes, and the province roll-up
/// against the raw GROUP BY. Cards are synthetic, spread over units of a two-level tree.
/// </summary>
internal static class AssetsBenchmarks
{
    public static IEnumerable<IBenchmark> All =>
    [
        new Benchmark("assets.import", "Importing a CSV of asset cards (parse, check, bulk write, history, audit) vs the raw bulk write of the same rows", 1_000_000),
        new Benchmark("assets.depreciate", "The monthly depreciation run over a province vs hand-written SQL doing the same writes", 1_000_000),
        new Benchmark("assets.composition", "The composition roll-up for the province root (a user's scoped query) vs the raw GROUP BY", 1_000_000),
    ];

    private sealed class Benchmark(string name, string description, int defaultSize) : IBenchmark
    {
        public string Name => name;

        public string Description => description;

        public async Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct)
        {
            var size = context.Size > 0 ? context.Size : defaultSize;
            var data = new BenchData(context.Services, size);
            context.Progress.Report($"{name}: {data.Units:N0} units");
            await data.WriteOrgsAsync(ct);
            if (name == "assets.import")
            {
                return new ImportRun(data);
            }

            context.Progress.Report($"{name}: writing {size:N0} cards");
            await data.WriteCardsAsync(ct);
            return name == "assets.depreciate" ? new DepreciateRun(data) : new CompositionRun(data);
        }
    }

    private sealed class BenchData(IServiceProvider services, int size)
    {
        public static readonly DateOnly Today = new(2025, 9, 26);

        public int Size => size;

        public int Units => Math.Max(10, size / 10);

        public Guid Root { get; } = Guid.CreateVersion7();

        public List<Guid> UnitIds { get; } = [];

        public AsyncServiceScope Open(CallerScope caller)
        {
            var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = caller;
            return scope;
        }

        public async Task WriteOrgsAsync(CancellationToken ct)
        {
            var nodes = new List<NewOrg> { new(null, OrgLevel.Province, OrgKind.FinanceDepartment, "基准省财政厅", "Bench province", "330000", Root) };
            var middles = Enumerable.Range(0, 10).Select(_ => Guid.CreateVersion7()).ToList();
            nodes.AddRange(middles.Select((m, i) => new NewOrg(Root, OrgLevel.Prefecture, OrgKind.CompetentDepartment, $"主管部门{i}", $"Department {i}", "330000", m)));
            for (var i = 0; i < Units; i++)
            {
                var id = Guid.CreateVersion7();
                UnitIds.Add(id);
                nodes.Add(new NewOrg(middles[i % middles.Count], OrgLevel.Prefecture, i % 3 == 0 ? OrgKind.AdministrativeUnit : OrgKind.PublicInstitution, $"单位{i}", $"Unit {i}", "330000", id));
            }

            await using var scope = Open(CallerScope.System("bench"));
            await scope.ServiceProvider.GetRequiredService<OrgTree>().ImportAsync(nodes, null, ct);
        }

        public async Task WriteCardsAsync(CancellationToken ct)
        {
            await using var scope = Open(CallerScope.System("bench"));
            var db = scope.ServiceProvider.GetRequiredService<AssetsDb>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await BulkWriter.WriteAsync(db, AssetsDb.CardsTable, DemoCards.CardColumns, Rows("B", ct), null, ct);
            await tx.CommitAsync(ct);
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        }

        /// <summary>The synthetic card of index i: a deterministic spread of classes, values and dates.</summary>
        public (Guid Org, string Code, string Class, Composition Composition, DateOnly Acquired, long Fen) Card(string prefix, int i)
        {
            var composition = (i % 1000) switch
            {
                < 403 => Composition.Current,
                < 905 => Composition.Fixed,
                < 923 => Composition.OutwardInvestment,
                < 928 => Composition.Intangible,
                _ => Composition.Other,
            };
            string[] classes = ["201", "202", "203", "601", "320", "501"];
            return (UnitIds[i % UnitIds.Count], $"{prefix}{i:D9}", classes[i % classes.Length], composition, Today.AddDays(-(i % 4000) - 1), 100_000 + ((i * 7919L) % 5_000_000));
        }

        /// <summary>A card id derived from its index, so the baseline's history rows can name their cards.</summary>
        public static Guid IdOf(int i) => new((uint)i, 0x7462, 0x4173, 0x80, 0, 0, 0, 0, 0, 0, 1);

        public object?[] Row(string prefix, int i, DateTime now)
        {
            var c = Card(prefix, i);
            var life = UsefulLives.YearsFor(c.Class, new Dictionary<string, int>());
            var depreciable = DepreciationRules.Depreciates(c.Composition, c.Class, life);
            return
            [
                IdOf(i), c.Org, c.Code, "基准资产", c.Class, (int)c.Composition, (int)AcquisitionWay.Purchase, c.Acquired, (int)FundingSource.FiscalAppropriation, 1,
                c.Fen, 0L, depreciable ? life!.Value * 12 : 0, depreciable, Period.Of(c.Acquired).Index, null, null, "", "", "", (int)AssetStatus.InUse, null, null, null, now,
                (int)BuildingStructure.None, false,
            ];
        }

        public async IAsyncEnumerable<object?[]> Rows(string prefix, [EnumeratorCancellation] CancellationToken ct)
        {
            var now = DateTime.UtcNow;
            for (var i = 0; i < size; i++)
            {
                ct.ThrowIfCancellationRequested();
                yield return Row(prefix, i, now);
            }

            await Task.CompletedTask;
        }

        /// <summary>Empties the card tables, at the start of both paths' calls alike.</summary>
        public static async Task ClearAsync(AssetsDb db, CancellationToken ct) =>
            await db.Database.ExecuteSqlRawAsync(
                db.Database.IsNpgsql() ? "TRUNCATE assets_card_events, assets_cards" : "DELETE FROM assets_card_events; DELETE FROM assets_cards;", ct);
    }

    private sealed class ImportRun(BenchData data) : IBenchmarkRun
    {
        private readonly string _file = WriteCsv(data);
        private long _ours, _raw;

        public int Operations => data.Size;

        public string Unit => "cards";

        public async Task OursAsync(CancellationToken ct)
        {
            await using var scope = data.Open(CallerScope.System("bench"));
            var db = scope.ServiceProvider.GetRequiredService<AssetsDb>();
            await BenchData.ClearAsync(db, ct);
            await using var file = File.OpenRead(_file);
            var result = await scope.ServiceProvider.GetRequiredService<ImportPipeline>().RunAsync(new CardImport(), file, "bench.csv", null, again: true, ct);
            _ours = result.Accepted ? result.RowsRead : -1;
        }

        /// <summary>The provider's raw bulk path (prepared INSERT / binary COPY) loading the same cards and history rows, no checks.</summary>
        public async Task BaselineAsync(CancellationToken ct)
        {
            await using var scope = data.Open(CallerScope.System("bench"));
            var db = scope.ServiceProvider.GetRequiredService<AssetsDb>();
            await BenchData.ClearAsync(db, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            _raw = await BulkWriter.WriteAsync(db, AssetsDb.CardsTable, DemoCards.CardColumns, data.Rows("I", ct), null, ct);
            await BulkWriter.WriteAsync(db, "assets_card_events", ["Id", "CardId", "OrgId", "AtUtc", "Kind", "Detail", "Actor"], Events(DateTime.UtcNow, ct), null, ct);
            await tx.CommitAsync(ct);
        }

        public Task VerifyAsync(CancellationToken ct) =>
            _ours == data.Size && _raw == data.Size ? Task.CompletedTask : throw new InvalidOperationException($"Import: ours read {_ours}, raw wrote {_raw} of {data.Size}.");

        public ValueTask DisposeAsync()
        {
            File.Delete(_file);
            return ValueTask.CompletedTask;
        }

        private async IAsyncEnumerable<object?[]> Events(DateTime now, [EnumeratorCancellation] CancellationToken ct)
        {
            for (var i = 0; i < data.Size; i++)
            {
                ct.ThrowIfCancellationRequested();
                yield return [Guid.CreateVersion7(), BenchData.IdOf(i), data.Card("I", i).Org, now, "added", "import Purchase", "bench"];
            }

            await Task.CompletedTask;
        }

        private static string WriteCsv(BenchData data)
        {
            var path = Path.Combine(Path.GetTempPath(), $"tongban-assets-bench-{Guid.NewGuid():N}.csv");
            using var w = new StreamWriter(path, false, new UTF8Encoding(false));
            w.WriteLine(CardImport.TemplateHeader);
            for (var i = 0; i < data.Size; i++)
            {
                var c = data.Card("I", i);
                w.Write(c.Org);
                w.Write(',');
                w.Write(c.Code);
                w.Write(",基准资产,");
                w.Write(c.Class);
                w.Write(',');
                w.Write(c.Composition);
                w.Write(',');
                w.Write(c.Acquired.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.Write(",Purchase,");
                w.Write((c.Fen / 100m).ToString("0.00", CultureInfo.InvariantCulture));
                w.WriteLine(",0,FiscalAppropriation,,,");
            }

            return path;
        }
    }

    private sealed class DepreciateRun(BenchData data) : IBenchmarkRun
    {
        private static readonly Period Month = Period.Of(2025, 8);
        private long _ours = -1, _raw = -2;

        public int Operations => data.Size;

        public string Unit => "cards";

        public async Task OursAsync(CancellationToken ct)
        {
            await using var scope = data.Open(CallerScope.System("bench"));
            _ours = (await scope.ServiceProvider.GetRequiredService<DepreciationRun>().RunAsync(data.Root, Month, ct)).TotalFen;
        }

        /// <summary>Hand-written SQL doing the same writes: replace the month's charges, set accumulated depreciation, no run record.</summary>
        public async Task BaselineAsync(CancellationToken ct)
        {
            await using var scope = data.Open(CallerScope.System("bench"));
            var db = scope.ServiceProvider.GetRequiredService<AssetsDb>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var p = Month.Index;
            await db.Database.ExecuteSqlAsync($"DELETE FROM assets_depreciation WHERE \"Period\" = {p}", ct);
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO assets_depreciation ("CardId", "Period", "OrgId", "AmountFen")
                SELECT "Id", {p}, "OrgId",
                  CASE WHEN {p} - "StartPeriod" = "LifeMonths" - 1 THEN "OriginalValueFen" - ("OriginalValueFen" / "LifeMonths") * ("LifeMonths" - 1) ELSE "OriginalValueFen" / "LifeMonths" END
                FROM assets_cards
                WHERE "Depreciable" AND {p} >= "StartPeriod" AND {p} < "StartPeriod" + "LifeMonths" AND ("LeftPeriod" IS NULL OR {p} < "LeftPeriod")
                """,
                ct);
            await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE assets_cards SET "DepreciatedThrough" = {p},
                  "AccumulatedFen" = CASE WHEN {p} - "StartPeriod" + 1 >= "LifeMonths" THEN "OriginalValueFen"
                                          WHEN {p} - "StartPeriod" + 1 <= 0 THEN 0
                                          ELSE ({p} - "StartPeriod" + 1) * ("OriginalValueFen" / "LifeMonths") END
                WHERE "Depreciable"
                """,
                ct);
            _raw = await db.Depreciation.Where(e => e.Period == p).SumAsync(e => e.AmountFen, ct);
            await tx.CommitAsync(ct);
        }

        public Task VerifyAsync(CancellationToken ct) =>
            _ours == _raw ? Task.CompletedTask : throw new InvalidOperationException($"Depreciation: ours charged {_ours} fen, raw {_raw}.");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class CompositionRun(BenchData data) : IBenchmarkRun
    {
        private long _ours = -1, _raw = -2;

        public int Operations => 1;

        public string Unit => "roll-ups";

        public async Task OursAsync(CancellationToken ct)
        {
            var officer = CallerScope.ForUser(Guid.NewGuid(), "bench", [new Grant { Role = Allocation.AssetWorkflows.FinanceRole, OrgId = data.Root, CoversDescendants = true }]);
            await using var scope = data.Open(officer);
            var summary = await AssetQueries.CompositionAsync(scope.ServiceProvider.GetRequiredService<AssetsDb>(), data.Root, ct);
            _ours = summary.TotalFen;
        }

        public async Task BaselineAsync(CancellationToken ct)
        {
            await using var scope = data.Open(CallerScope.System("bench"));
            var db = scope.ServiceProvider.GetRequiredService<AssetsDb>();
            var root = data.Root;
            var rows = await db.Database.SqlQuery<CompositionTotals>(
                $"""
                SELECT c."Composition" AS "Composition", COUNT(*) AS "Cards", SUM(c."OriginalValueFen") AS "TotalFen", SUM(c."OriginalValueFen" - c."AccumulatedFen") AS "NetFen"
                FROM assets_cards c JOIN kernel_org_closure x ON x."DescendantId" = c."OrgId"
                WHERE x."AncestorId" = {root} AND c."Status" <> 7
                GROUP BY c."Composition"
                """).ToListAsync(ct);
            _raw = rows.Sum(r => r.TotalFen);
        }

        public Task VerifyAsync(CancellationToken ct) =>
            _ours == _raw ? Task.CompletedTask : throw new InvalidOperationException($"Composition: ours {_ours}, raw {_raw}.");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>One line of the baseline's GROUP BY: the same columns the roll-up computes.</summary>
internal sealed class CompositionTotals
{
    public int Composition { get; init; }

    public long Cards { get; init; }

    public long TotalFen { get; init; }

    public long NetFen { get; init; }
}
