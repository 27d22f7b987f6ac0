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
using Tongban.Patents.Fees;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Value;

namespace Tongban.Patents.Bench;

/// <summary>Shared set-up of the patents benchmarks: one org and N granted patents written on the bulk path.</summary>
internal static class PatentBench
{
    public static readonly DateOnly Today = new(2025, 9, 26);

    public static async Task<int> PrepareAsync(BenchmarkContext context, CancellationToken ct)
    {
        var n = context.Size > 0 ? context.Size : 1_000_000;
        await using var scope = context.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
        var org = new OrgNode { Id = Guid.CreateVersion7(), Level = OrgLevel.Central, Kind = OrgKind.Enterprise, NameZh = "基准测试企业", NameEn = "Bench enterprise", DivisionCode = "310000" };
        kernel.Orgs.Add(org);
        kernel.OrgClosures.Add(new OrgClosure { AncestorId = org.Id, DescendantId = org.Id, Distance = 0 });
        await kernel.SaveChangesAsync(ct);
        var db = scope.ServiceProvider.GetRequiredService<PatentsDb>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await BulkWriter.WriteAsync(db, PatentsDb.PatentsTable, PatentRows.PatentColumns, Rows(org.Id, n), null, ct);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "ANALYZE patents_patents" : "ANALYZE", ct);
        context.Progress.Report($"loaded {n:N0} patents");
        return n;
    }

    private static async IAsyncEnumerable<object?[]> Rows(Guid orgId, int n)
    {
        var random = new Random(20250926);
        var now = DateTime.UtcNow;
        for (var i = 0; i < n; i++)
        {
            var type = (PatentType)(i % 3);
            var filed = Today.AddDays(-(400 + random.Next(3000)));
            var granted = filed.AddDays(200 + random.Next(900));
            var body = $"{filed.Year:D4}{(int)type + 1}{i % 10_000_000:D7}";
            var p = new Patent
            {
                Id = Guid.CreateVersion7(),
                OrgId = orgId,
                Type = type,
                ApplicationNumber = body + ApplicationNumberRules.CheckDigit(body),
                Title = "bench",
                FiledOn = filed,
                GrantedOn = granted,
                Status = LegalStatus.Granted,
                StatusOn = granted,
                FamilyCode = body,
                Reduction = (Reduction)(i % 3),
                PaidThroughYear = AnnualFeeRules.PatentYearOn(filed, Today),
                StabilityRating = random.Next(101),
                AdvancementRating = random.Next(101),
                IndependentClaims = 1 + random.Next(4),
                ForwardCitations = random.Next(12),
                IpcClasses = "B64C;B64D",
                CreatedUtc = now,
            };
            yield return PatentRows.Of(p);
            if (i % 10_000 == 9_999)
            {
                await Task.Yield();
            }
        }
    }

    public static DbConnection Connect(DatabaseTarget target) =>
        target.Provider == DatabaseProvider.Sqlite ? new SqliteConnection(target.ConnectionString) : new NpgsqlConnection(target.ConnectionString);

    public static async Task<T> AsSystemAsync<T>(BenchmarkContext context, Func<IServiceProvider, Task<T>> body)
    {
        await using var scope = context.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
        scope.ServiceProvider.GetRequiredService<PatentsDb>().Database.SetCommandTimeout(TimeSpan.FromHours(1));
        return await body(scope.ServiceProvider);
    }
}

/// <summary>
/// <c>patents.forecast</c>: the next five years' fees of N granted patents (1,000,000 by default) through
/// <see cref="FeeService.ForecastAsync"/> against a raw SQL pass reading the same rows' columns.
/// </summary>
internal sealed class ForecastBenchmark : IBenchmark
{
    public string Name => "patents.forecast";

    public string Description => "Next five years' annual fees of N patents via FeeService vs a raw SQL pass over the same rows";

    public async Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct) => new Run(context, await PatentBench.PrepareAsync(context, ct));

    private sealed class Run(BenchmarkContext context, int n) : IBenchmarkRun
    {
        private long _ours;
        private long _rows;

        public int Operations => n;

        public string Unit => "patents";

        public async Task OursAsync(CancellationToken ct) =>
            _ours = await PatentBench.AsSystemAsync(context, async s => (await s.GetRequiredService<FeeService>().ForecastAsync(5, ct)).Sum(y => (long)y.Fees));

        public async Task BaselineAsync(CancellationToken ct)
        {
            await using var conn = PatentBench.Connect(context.Target);
            await conn.OpenAsync(ct);
            await using var cmd = conn.CreateCommand();
            cmd.CommandTimeout = 3600;
            cmd.CommandText = "SELECT \"Type\", \"FiledOn\", \"GrantedOn\", \"PaidThroughYear\", \"Reduction\", \"OpenLicence\" FROM patents_patents WHERE \"Status\" = 1 AND \"GrantedOn\" IS NOT NULL";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var rows = 0L;
            while (await reader.ReadAsync(ct))
            {
                _ = reader.GetInt32(0);
                _ = reader.GetValue(1);
                _ = reader.GetValue(2);
                _ = reader.GetInt32(3);
                _ = reader.GetInt32(4);
                _ = reader.GetBoolean(5);
                rows++;
            }

            _rows = rows;
        }

        public Task VerifyAsync(CancellationToken ct) =>
            _rows == n && _ours > 0 ? Task.CompletedTask : throw new InvalidOperationException($"patents.forecast: expected {n} rows; baseline read {_rows}, ours forecast {_ours} fees");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>
/// <c>patents.value</c>: scoring N patents for one purpose from the stored inputs, streamed (constant memory), against a raw
/// pass reading the same inputs.
/// </summary>
internal sealed class ValueBenchmark : IBenchmark
{
    public string Name => "patents.value";

    public string Description => "Scoring N patents for licensing (ValueService.ScorePassAsync, streamed) vs a raw SQL pass reading the same input columns";

    public async Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct) => new Run(context, await PatentBench.PrepareAsync(context, ct));

    private sealed class Run(BenchmarkContext context, int n) : IBenchmarkRun
    {
        private long _ours;
        private long _rows;

        public int Operations => n;

        public string Unit => "patents";

        public async Task OursAsync(CancellationToken ct) =>
            _ours = await PatentBench.AsSystemAsync(context, async s => (await s.GetRequiredService<ValueService>().ScorePassAsync(ValuePurpose.Licensing, PatentBench.Today, ct)).Scored);

        public async Task BaselineAsync(CancellationToken ct)
        {
            await using var conn = PatentBench.Connect(context.Target);
            await conn.OpenAsync(ct);
            await using var cmd = conn.CreateCommand();
            cmd.CommandTimeout = 3600;
            cmd.CommandText = "SELECT \"Id\", \"Type\", \"FiledOn\", \"StabilityRating\", \"AdvancementRating\", \"IndependentClaims\", \"ForwardCitations\", \"IpcClasses\" FROM patents_patents WHERE \"Status\" = 1 AND \"Type\" <> 2";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var rows = 0L;
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync(ct))
            {
                reader.GetValues(values);
                rows++;
            }

            _rows = rows;
        }

        public Task VerifyAsync(CancellationToken ct) =>
            _rows == _ours && _ours > 0 ? Task.CompletedTask : throw new InvalidOperationException($"patents.value: ours scored {_ours}, baseline read {_rows}");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
