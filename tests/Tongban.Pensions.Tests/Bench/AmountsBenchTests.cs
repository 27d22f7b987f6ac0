using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Tongban.Kernel.Data;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Tests.Data;
using Tongban.Testing;
using Xunit.Abstractions;

namespace Tongban.Pensions.Tests.Bench;

/// <summary>
/// The pensions.amounts benchmark: the batch path against a raw SQL pass that reads the same rows and sums them per
/// person. The test checks that the batch agrees with the one-person calculator and that both passes read every row;
/// it prints the timings and the ratio. PENSIONS_BENCH_PERSONS sets the size (default 300 persons of 120 months).
/// </summary>
public sealed class AmountsBenchTests(ITestOutputHelper output)
{
    private const int MonthsPerPerson = 120;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Batch_amounts_agree_with_the_calculator_and_read_every_row(string provider)
    {
        var persons = int.TryParse(Environment.GetEnvironmentVariable("PENSIONS_BENCH_PERSONS"), CultureInfo.InvariantCulture, out var n) ? n : 300;
        await using var world = await PensionsWorld.CreateAsync(provider);
        var load = Stopwatch.StartNew();
        var personIds = await LoadAsync(world.Db.Target, world.Military, persons);
        output.WriteLine($"{provider}: loaded {persons} x {MonthsPerPerson} rows in {load.Elapsed.TotalSeconds:F1} s");
        var asOf = new YearMonth(2025, 12);

        await using var scope = world.AsSystem();
        var batch = scope.ServiceProvider.GetRequiredService<AmountsBatch>();
        var sample = new Dictionary<Guid, TransferAmounts>();

        // Warm both paths once (query compilation, connection pools, page cache), then time one pass each.
        await batch.RunAsync(asOf);
        await BaselineAsync(world.Db.Target);
        var oursWatch = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var ours = await batch.RunAsync(asOf, (id, a) =>
        {
            if (sample.Count < 3)
            {
                sample[id] = a;
            }
        });
        oursWatch.Stop();
        var baselineWatch = Stopwatch.StartNew();
        var (basePersons, baseRows) = await BaselineAsync(world.Db.Target);
        baselineWatch.Stop();

        var ratio = oursWatch.Elapsed.TotalSeconds / baselineWatch.Elapsed.TotalSeconds;
        output.WriteLine(
            $"{provider}: pensions.amounts {persons} persons x {MonthsPerPerson} months: ours {oursWatch.Elapsed.TotalSeconds:F2} s, " +
            $"raw SQL {baselineWatch.Elapsed.TotalSeconds:F2} s, ratio {ratio:F2}; peak working set {Environment.WorkingSet / 1048576} MiB, " +
            $"{(GC.GetAllocatedBytesForCurrentThread() - before) / 1048576} MiB allocated (baseline checksum {checksum})");

        Assert.Equal(persons, ours.Persons);
        Assert.Equal((long)persons * MonthsPerPerson, ours.Months);
        Assert.Equal((persons, (long)persons * MonthsPerPerson), (basePersons, baseRows));
        foreach (var (id, amounts) in sample)
        {
            var single = await scope.ServiceProvider.GetRequiredService<Tongban.Pensions.Transfers.TransferService>().ComputeAsync(id, asOf);
            Assert.Equal((single.PersonalAccount, single.MilitarySubsidy, single.Months), (amounts.PersonalAccount, amounts.MilitarySubsidy, amounts.Months));
        }

        Assert.Contains(personIds[0], sample.Keys);
    }

    /// <summary>Deterministic accounts 2016-01..2025-12, written with each provider's bulk path.</summary>
    private static async Task<List<Guid>> LoadAsync(DatabaseTarget target, Guid orgId, int persons)
    {
        var random = new Random(20250926);
        var ids = Enumerable.Range(0, persons).Select(_ => Guid.NewGuid()).OrderBy(g => g.ToString().ToUpperInvariant(), StringComparer.Ordinal).ToList();
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            await using var conn = new SqliteConnection(target.ConnectionString);
            await conn.OpenAsync();
            await using var tx = await conn.BeginTransactionAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "INSERT INTO pensions_contributions (\"OrgId\", \"PersonId\", \"Month\", \"BaseFen\", \"IndividualFen\", \"CreditedFen\") VALUES ($o, $p, $m, $b, $i, $c)";
            var p = new[] { "$o", "$p", "$m", "$b", "$i", "$c" }.Select(name => { var x = cmd.CreateParameter(); x.ParameterName = name; cmd.Parameters.Add(x); return x; }).ToArray();
            cmd.Prepare();
            p[0].Value = orgId.ToString().ToUpperInvariant();
            foreach (var id in ids)
            {
                p[1].Value = id.ToString().ToUpperInvariant();
                foreach (var (month, b) in Months(random))
                {
                    p[2].Value = month;
                    p[3].Value = b;
                    p[4].Value = b * 8 / 100;
                    p[5].Value = b * 8 / 100;
                    await cmd.ExecuteNonQueryAsync();
                }
            }

            await tx.CommitAsync();
        }
        else
        {
            await using var conn = new NpgsqlConnection(target.ConnectionString);
            await conn.OpenAsync();
            await using (var copy = await conn.BeginBinaryImportAsync("COPY pensions_contributions (\"OrgId\", \"PersonId\", \"Month\", \"BaseFen\", \"IndividualFen\", \"CreditedFen\") FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var id in ids)
                {
                    foreach (var (month, b) in Months(random))
                    {
                        await copy.StartRowAsync();
                        await copy.WriteAsync(orgId, NpgsqlDbType.Uuid);
                        await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                        await copy.WriteAsync(month, NpgsqlDbType.Integer);
                        await copy.WriteAsync(b, NpgsqlDbType.Bigint);
                        await copy.WriteAsync(b * 8 / 100, NpgsqlDbType.Bigint);
                        await copy.WriteAsync(b * 8 / 100, NpgsqlDbType.Bigint);
                    }
                }

                await copy.CompleteAsync();
            }

            await using var analyze = new NpgsqlCommand("ANALYZE pensions_contributions", conn);
            await analyze.ExecuteNonQueryAsync();
        }

        return ids;
    }

    private static IEnumerable<(int Month, long BaseFen)> Months(Random random)
    {
        var monthBase = 300_000L + random.Next(300_000);
        for (var i = 0; i < MonthsPerPerson; i++)
        {
            yield return (((2016 + (i / 12)) * 100) + (i % 12) + 1, monthBase + ((i / 12) * 10_000));
        }
    }

    /// <summary>The baseline: one plain SQL pass over the same rows in the same order, summed per person.</summary>
    private static long checksum;

    private static async Task<(int Persons, long Rows)> BaselineAsync(DatabaseTarget target)
    {
        await using DbConnection conn = target.Provider == DatabaseProvider.Sqlite ? new SqliteConnection(target.ConnectionString) : new NpgsqlConnection(target.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT \"PersonId\", \"Month\", \"BaseFen\", \"IndividualFen\", \"CreditedFen\" FROM pensions_contributions ORDER BY \"OrgId\", \"PersonId\", \"Month\"";
        await using var reader = await cmd.ExecuteReaderAsync();
        var persons = 0;
        var rows = 0L;
        var current = Guid.Empty;
        long baseSum = 0, credited = 0;
        while (await reader.ReadAsync())
        {
            var id = reader.GetGuid(0);
            if (id != current)
            {
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

        checksum = baseSum + credited;
        return (persons, rows);
    }
}
