using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tongban.Delivery.Backlog;
using Tongban.Delivery.Orders;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Delivery.Bench;

/// <summary>
/// <c>delivery.backlog</c>: backlog and expected revenue by quarter (<see cref="BacklogReport"/>: the backlog grouped by
/// planned acceptance and region, by area, signing day and region, and the accepted orders' cycles by area, then the
/// quarters and the forecast over the groups) over N orders with six milestones each (1,000,000 and 6,000,000 by
/// default), against the raw database running the same three GROUP BY queries.
/// </summary>
internal sealed class BacklogBenchmark : IBenchmark
{
    public static readonly DateOnly AsOf = new(2025, 9, 26);

    public string Name => "delivery.backlog";

    public string Description => "Backlog and expected revenue by quarter over N orders (6 milestones each) via BacklogReport vs the raw GROUP BY queries";

    public async Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct)
    {
        var orders = context.Size > 0 ? context.Size : 1_000_000;
        await using var scope = context.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
        var org = new OrgNode { Id = Guid.CreateVersion7(), Level = OrgLevel.Central, Kind = OrgKind.Enterprise, NameZh = "基准测试集成商", NameEn = "Bench integrator", DivisionCode = "370200" };
        kernel.Orgs.Add(org);
        kernel.OrgClosures.Add(new OrgClosure { AncestorId = org.Id, DescendantId = org.Id, Distance = 0 });
        await kernel.SaveChangesAsync(ct);

        var db = scope.ServiceProvider.GetRequiredService<DeliveryDb>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var customer = Guid.CreateVersion7();
        db.Customers.Add(new Customer { Id = customer, OrgId = org.Id, Name = "Bench customer", SectorCode = "tyres" });
        await db.SaveChangesAsync(ct);
        var ids = new List<Guid>(orders);
        await BulkWriter.WriteAsync(db, "delivery_orders", OrderImport.OrderColumns, Orders(org.Id, customer, orders, ids), Progress(context, "orders", orders), ct);
        await BulkWriter.WriteAsync(db, "delivery_milestones", OrderImport.MilestoneColumns, Milestones(org.Id, ids), Progress(context, "milestones", orders * 6L), ct);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "ANALYZE delivery_orders; ANALYZE delivery_milestones" : "ANALYZE", ct);
        return new Run(context, orders);
    }

    private static IProgress<long> Progress(BenchmarkContext context, string what, long total) =>
        new Progress<long>(n =>
        {
            if (n % 250_000 == 0 || n == total)
            {
                context.Progress.Report($"loaded {n:N0} of {total:N0} {what}");
            }
        });

    /// <summary>Deterministic orders over five years before <see cref="AsOf"/>; about a fifth still open.</summary>
    private static async IAsyncEnumerable<object?[]> Orders(Guid org, Guid customer, int count, List<Guid> ids)
    {
        var random = new Random(20241227);
        var first = AsOf.AddYears(-5);
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7();
            ids.Add(id);
            var area = (BusinessArea)(1 + random.Next(4));
            var signed = first.AddDays(random.Next(1826));
            var planned = signed.AddDays(274 + random.Next(92));
            var cycle = 240 + random.Next(200);
            DateOnly? accepted = signed.AddDays(cycle) <= AsOf ? signed.AddDays(cycle) : null;
            var fen = (10_000_000L + random.Next(190_000_000)) * 100;
            yield return
            [
                id, org, $"B{i:D8}", "", customer, (int)area, "tyres", i % 5 == 0, "", "CNY", 1_000_000L, fen * 113 / 100, fen, fen * 113 / 100, fen,
                fen * 4 / 5, 90, signed, planned, accepted, accepted?.Year, accepted is { } a ? a.DayNumber - signed.DayNumber : null, 0L,
            ];
            if (i % 10_000 == 9_999)
            {
                await Task.Yield();
            }
        }
    }

    private static async IAsyncEnumerable<object?[]> Milestones(Guid org, List<Guid> ids)
    {
        var day = AsOf.AddYears(-1);
        foreach (var id in ids)
        {
            for (var k = 1; k <= 6; k++)
            {
                yield return [org, id, k, day.AddDays(k * 30), null];
            }
        }

        await Task.CompletedTask;
    }

    private sealed class Run(BenchmarkContext context, int orders) : IBenchmarkRun
    {
        private BacklogOverview? _ours;
        private long _baselineBacklogFen = -1;

        public int Operations => orders;

        public string Unit => "orders";

        public async Task OursAsync(CancellationToken ct)
        {
            await using var scope = context.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
            scope.ServiceProvider.GetRequiredService<DeliveryDb>().Database.SetCommandTimeout(TimeSpan.FromHours(1));
            _ours = await scope.ServiceProvider.GetRequiredService<BacklogReport>().ComputeAsync(AsOf, ct);
        }

        public async Task BaselineAsync(CancellationToken ct)
        {
            await using DbConnection conn = context.Target.Provider == DatabaseProvider.Sqlite ? new SqliteConnection(context.Target.ConnectionString) : new NpgsqlConnection(context.Target.ConnectionString);
            await conn.OpenAsync(ct);
            string[] queries =
            [
                "SELECT \"PlannedAcceptance\", \"Overseas\", SUM(\"ContractExTaxFen\"), COUNT(*) FROM delivery_orders WHERE \"AcceptedOn\" IS NULL GROUP BY \"PlannedAcceptance\", \"Overseas\"",
                "SELECT \"Area\", \"Signed\", \"Overseas\", SUM(\"ContractExTaxFen\"), COUNT(*) FROM delivery_orders WHERE \"AcceptedOn\" IS NULL GROUP BY \"Area\", \"Signed\", \"Overseas\"",
                "SELECT \"Area\", \"CycleDays\", COUNT(*) FROM delivery_orders WHERE \"CycleDays\" IS NOT NULL GROUP BY \"Area\", \"CycleDays\"",
            ];
            long backlog = 0;
            for (var q = 0; q < queries.Length; q++)
            {
                await using var cmd = conn.CreateCommand();
                cmd.CommandTimeout = 3600;
                cmd.CommandText = queries[q];
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    if (q == 0)
                    {
                        backlog += reader.GetInt64(2);
                    }
                }
            }

            _baselineBacklogFen = backlog;
        }

        public Task VerifyAsync(CancellationToken ct)
        {
            var ours = _ours ?? throw new InvalidOperationException("delivery.backlog: our path did not run.");
            var forecast = ours.ExpectedRevenue.Sum(q => q.TotalFen);
            var backlog = ours.DomesticFen + ours.OverseasFen;
            // The forecast spreads each order's amount over quarters and rounds per quarter: a few fen either way.
            if (backlog != _baselineBacklogFen || Math.Abs(forecast - backlog) > ours.ExpectedRevenue.Count)
            {
                throw new InvalidOperationException($"delivery.backlog: backlog {backlog} vs baseline {_baselineBacklogFen}, forecast {forecast}.");
            }

            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
