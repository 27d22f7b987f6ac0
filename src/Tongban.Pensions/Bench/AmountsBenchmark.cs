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
using Tongban.Pensions.Amounts;

namespace Tongban.Pensions.Bench;

/// <summary>
/// <c>pensions.amounts</c>: the Notice art. 7 amounts of every account (100,000 persons x 120 months = 12 million rows by
/// default) through <see cref="AmountsBatch"/>, against a raw SQL pass that reads the same rows in the same order and
/// sums them per person. Both stream, so memory stays flat however many rows there are.
/// </summary>
internal sealed class AmountsBenchmark : IBenchmark
{
    public const int MonthsPerPerson = 120;

    public static readonly YearMonth AsOf = new(2025, 12);

    public string Name => "pensions.amounts";

    public string Description => "Transfer amounts (art. 7) for N persons x 120 months via AmountsBatch vs a raw SQL pass summing per person";

    public async Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct)
    {
        var persons = context.Size > 0 ? context.Size : 100_000;
        await using var scope = context.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
        var org = new OrgNode
        {
            Id = Guid.CreateVersion7(),
            Level = OrgLevel.Central,
            Kind = OrgKind.MilitaryLogisticsFinanceDepartment,
            NameZh = "基准测试财务部门",
            NameEn = "Bench finance department",
            DivisionCode = "910000",
        };
        kernel.Orgs.Add(org);
        kernel.OrgClosures.Add(new OrgClosure { AncestorId = org.Id, DescendantId = org.Id, Distance = 0 });
        await kernel.SaveChangesAsync(ct);
        await scope.ServiceProvider.GetRequiredService<RatesService>().EnsureShippedAsync(ct);

        var db = scope.ServiceProvider.GetRequiredService<PensionsDb>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var written = await BulkWriter.WriteAsync(
            db,
            "pensions_contributions",
            ["OrgId", "PersonId", "Month", "BaseFen", "IndividualFen", "CreditedFen"],
            Rows(org.Id, persons),
            new Progress(context.Progress, (long)persons * MonthsPerPerson),
            ct);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "ANALYZE pensions_contributions" : "ANALYZE", ct);
        return new Run(context, persons, written);
    }

    /// <summary>Deterministic accounts 2016-01..2025-12, generated as they are written (nothing held in memory).</summary>
    internal static async IAsyncEnumerable<object?[]> Rows(Guid orgId, int persons)
    {
        var random = new Random(20250926);
        for (var p = 0; p < persons; p++)
        {
            var personId = Guid.CreateVersion7();
            var monthBase = 300_000L + random.Next(300_000);
            for (var i = 0; i < MonthsPerPerson; i++)
            {
                var b = monthBase + ((i / 12) * 10_000);
                yield return [orgId, personId, ((2016 + (i / 12)) * 100) + (i % 12) + 1, b, b * 8 / 100, b * 8 / 100];
            }

            if (p % 1000 == 999)
            {
                await Task.Yield();
            }
        }
    }

    /// <summary>The baseline: one plain SQL pass over the same rows in the same order, summed per person.</summary>
    internal static async Task<(int Persons, long Rows, long Checksum)> BaselineAsync(DatabaseTarget target, CancellationToken ct)
    {
        await using DbConnection conn = target.Provider == DatabaseProvider.Sqlite ? new SqliteConnection(target.ConnectionString) : new NpgsqlConnection(target.ConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandTimeout = 3600;
        cmd.CommandText = "SELECT \"PersonId\", \"Month\", \"BaseFen\", \"IndividualFen\", \"CreditedFen\" FROM pensions_contributions ORDER BY \"OrgId\", \"PersonId\", \"Month\"";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var persons = 0;
        var rows = 0L;
        var checksum = 0L;
        var current = Guid.Empty;
        long baseSum = 0, credited = 0;
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetGuid(0);
            if (id != current)
            {
                checksum += baseSum + credited;
                persons++;
                current = id;
                baseSum = 0;
                credited = 0;
            }

            _ = reader.GetInt32(1);
            baseSum += reader.GetInt64(2);
            credited += reader.GetInt64(3) + reader.GetInt64(4);
            rows++;
        }

        checksum += baseSum + credited;
        return (persons, rows, checksum);
    }

    private sealed class Run(BenchmarkContext context, int persons, long written) : IBenchmarkRun
    {
        private BatchTotals? _ours;
        private (int Persons, long Rows, long Checksum) _baseline;

        public int Operations => persons;

        public string Unit => "persons";

        public async Task OursAsync(CancellationToken ct)
        {
            await using var scope = context.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
            var db = scope.ServiceProvider.GetRequiredService<PensionsDb>();
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            _ours = await scope.ServiceProvider.GetRequiredService<AmountsBatch>().RunAsync(AsOf, null, ct);
        }

        public async Task BaselineAsync(CancellationToken ct) => _baseline = await AmountsBenchmark.BaselineAsync(context.Target, ct);

        public Task VerifyAsync(CancellationToken ct)
        {
            if (_ours is not { } ours || ours.Persons != persons || ours.Months != written || _baseline.Persons != persons || _baseline.Rows != written)
            {
                throw new InvalidOperationException(
                    $"pensions.amounts: expected {persons} persons and {written} rows; ours {_ours?.Persons} / {_ours?.Months}, baseline {_baseline.Persons} / {_baseline.Rows}");
            }

            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class Progress(IProgress<string> report, long total) : IProgress<long>
    {
        public void Report(long value)
        {
            if (value % 500_000 == 0 || value == total)
            {
                report.Report($"loaded {value:N0} of {total:N0} rows");
            }
        }
    }
}
