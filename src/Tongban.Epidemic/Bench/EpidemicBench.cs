using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Bulletin;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Demo;
using Tongban.Epidemic.Imports;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.People;

namespace Tongban.Epidemic.Bench;

/// <summary>One measured comparison: our path and the raw database doing the same work.</summary>
public sealed record BenchResult(string Name, int Size, TimeSpan Ours, TimeSpan Baseline)
{
    /// <summary>How many times slower our path is than the raw one (1.0 = as fast).</summary>
    public double Ratio => Ours.TotalMilliseconds / Math.Max(0.001, Baseline.TotalMilliseconds);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} size={Size} ours={Ours.TotalMilliseconds:0.0}ms raw={Baseline.TotalMilliseconds:0.0}ms ratio={Ratio:0.00}");
}

/// <summary>
/// The module's benchmarks (epidemic.import, epidemic.linelist, epidemic.bulletin), each timing our
/// code path against the raw database doing the same work on the same data, and checking that both
/// did the same work. Written in the shape of the kernel's IBenchmark (prepare, ours, baseline,
/// verify) so that wiring them into `tongban bench` is an adapter.
/// </summary>
public sealed class EpidemicBench(IServiceProvider services)
{
    public static readonly DateOnly FirstDay = new(2022, 1, 1);

    /// <summary>Days the synthetic cases spread over (about three years).</summary>
    public const int Days = 1000;

    private IReadOnlyDictionary<string, Guid> _orgs = new Dictionary<string, Guid>();

    internal IReadOnlyDictionary<string, Guid> Orgs => _orgs;

    /// <summary>
    /// Creates the city's orgs and <paramref name="size"/> synthetic cases on the raw bulk path (not
    /// timed). The table's secondary indexes are dropped for the load and made again from their own
    /// definitions afterwards (the same indexes, built once instead of row by row), then analysed.
    /// </summary>
    public async Task PrepareAsync(int size, CancellationToken ct)
    {
        await using var scope = Open(CallerScope.System("bench"));
        var sp = scope.ServiceProvider;
        _orgs = await CityOrgs.EnsureAsync(sp.GetRequiredService<KernelDb>(), null, ct);
        var db = sp.GetRequiredService<EpidemicDb>();
        var pg = db.Database.IsNpgsql();
        await db.Database.OpenConnectionAsync(ct);
        var indexes = await SecondaryIndexesAsync(db, pg, ct);
        foreach (var (name, _) in indexes)
        {
            var drop = "DROP INDEX \"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await db.Database.ExecuteSqlRawAsync(drop, ct);
        }

        if (!pg)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144", ct);
        }

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await RawCaseWriter.WriteAsync(db, Synthetic(size, 1, _orgs), ct);
            await tx.CommitAsync(ct);
        }

        foreach (var (_, definition) in indexes)
        {
            await db.Database.ExecuteSqlRawAsync(definition, ct);
        }

        if (!pg)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000", ct);
        }

        await db.Database.ExecuteSqlRawAsync(pg ? "ANALYZE epidemic_cases" : "ANALYZE", ct);
    }

    /// <summary>The names and CREATE statements of epidemic_cases' indexes other than its primary key.</summary>
    private static async Task<List<(string Name, string Definition)>> SecondaryIndexesAsync(EpidemicDb db, bool pg, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = pg
            ? "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'epidemic_cases' AND indexname NOT LIKE 'PK_%'"
            : "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'epidemic_cases' AND sql IS NOT NULL";
        var list = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add((reader.GetString(0), reader.GetString(1)));
        }

        return list;
    }

    /// <summary>A district user's filtered, sorted third page against the same indexed query in SQL.</summary>
    public async Task<BenchResult> LineListAsync(int repeats, CancellationToken ct)
    {
        var district = _orgs["110105"];
        var from = FirstDay.AddDays(300);
        var to = FirstDay.AddDays(390);
        var query = new CaseQuery(Class: CaseClass.Confirmed, From: from, To: to, Page: 3, PageSize: 50, WithTotal: false);
        var user = CallerScope.ForUser(Guid.NewGuid(), "bench", [new Grant { Role = "epidemic.cdc", OrgId = district, CoversDescendants = true }]);
        List<Guid> ours = [], raw = [];
        var oursTime = await TimeAsync(repeats, async () =>
        {
            await using var scope = Open(user);
            ours = (await scope.ServiceProvider.GetRequiredService<LineList>().QueryAsync(query, ct)).Rows.Select(r => r.Id).ToList();
        });
        var rawTime = await TimeAsync(repeats, async () =>
        {
            await using var scope = Open(CallerScope.System("bench"));
            var db = scope.ServiceProvider.GetRequiredService<EpidemicDb>();
            raw = await RawIdsAsync(db, district, from, to, ct);
        });
        Verify(ours.SequenceEqual(raw), $"line list: ours returned {ours.Count} rows, raw {raw.Count}, or in another order");
        return new BenchResult("epidemic.linelist", await CountAsync(ct), oursTime, rawTime);
    }

    /// <summary>The city's bulletin for one day against the raw GROUP BY of that day's counts.</summary>
    public async Task<BenchResult> BulletinAsync(int repeats, CancellationToken ct)
    {
        var date = FirstDay.AddDays(500);
        BulletinCounts? counts = null;
        var rawTotal = 0;
        var oursTime = await TimeAsync(repeats, async () =>
        {
            await using var scope = Open(CallerScope.System("bench"));
            counts = (await scope.ServiceProvider.GetRequiredService<BulletinService>().BuildAsync(date, "110000", ct)).Counts;
        });
        var rawTime = await TimeAsync(repeats, async () =>
        {
            await using var scope = Open(CallerScope.System("bench"));
            rawTotal = await RawDayCountsAsync(scope.ServiceProvider.GetRequiredService<EpidemicDb>(), _orgs.Values.ToList(), date, ct);
        });
        Verify(counts!.Total == rawTotal, $"bulletin: ours counted {counts.Total}, raw {rawTotal}");
        return new BenchResult("epidemic.bulletin", await CountAsync(ct), oursTime, rawTime);
    }

    /// <summary>
    /// Importing a CSV of <paramref name="rows"/> cases (parse, check every row, bulk write, audit)
    /// against the raw bulk path writing the same rows already in memory.
    /// </summary>
    public async Task<BenchResult> ImportAsync(int rows, CancellationToken ct)
    {
        var csv = Csv(Synthetic(rows, 2, _orgs).ToList());
        var oursTime = await TimeAsync(1, async () =>
        {
            await using var scope = Open(CallerScope.System("bench"));
            var result = await scope.ServiceProvider.GetRequiredService<ImportPipeline>().RunAsync(new CaseImport(), new MemoryStream(csv), "bench.csv", null, again: true, ct);
            Verify(result.Accepted && result.RowsWritten == rows, $"import: {result.ToViolation()?.Message}");
        }, warmUp: false);
        var rawRows = Synthetic(rows, 3, _orgs).ToList();
        var rawTime = await TimeAsync(1, async () =>
        {
            await using var scope = Open(CallerScope.System("bench"));
            var db = scope.ServiceProvider.GetRequiredService<EpidemicDb>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await RawCaseWriter.WriteAsync(db, rawRows, ct);
            await tx.CommitAsync(ct);
        }, warmUp: false);
        return new BenchResult("epidemic.import", rows, oursTime, rawTime);
    }

    public async Task<int> CountAsync(CancellationToken ct)
    {
        await using var scope = Open(CallerScope.System("bench"));
        return await scope.ServiceProvider.GetRequiredService<EpidemicDb>().Cases.CountAsync(ct);
    }

    internal AsyncServiceScope Open(CallerScope caller)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = caller;
        return scope;
    }

    /// <summary>
    /// The same page by hand: the line's fifteen columns of 50 cases, read from the reader, in the page's order. (Until
    /// session 4 it read the ids only, less work than the page a user is served: 0.25 against 0.45 ms at 300,000 cases.)
    /// </summary>
    internal static async Task<List<Guid>> RawIdsAsync(EpidemicDb db, Guid org, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var pg = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT \"Id\", \"DistrictCode\", \"Class\", \"Origin\", \"FoundBy\", \"DiagnosisDate\", \"ReportedAtUtc\", \"ConvertedFromAsymptomatic\", " +
            "\"AddressZh\", \"AddressEn\", \"ArrivalDate\", \"TransferredOn\", \"InvestigatedOn\", \"ControlMeasuresOn\", \"DischargedOn\" FROM epidemic_cases WHERE \"OrgId\" = @org AND \"Class\" = 1 AND \"DiagnosisDate\" >= @from AND \"DiagnosisDate\" <= @to " +
            "ORDER BY \"DiagnosisDate\" DESC, \"ReportedAtUtc\" DESC, \"Id\" DESC LIMIT 50 OFFSET 100";
        Add(command, "@org", pg ? org : org.ToString().ToUpperInvariant());
        Add(command, "@from", pg ? from : from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(command, "@to", pg ? to : to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var ids = new List<Guid>();
        var line = new object[15];
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            reader.GetValues(line);
            ids.Add(pg ? reader.GetGuid(0) : Guid.Parse(reader.GetString(0)));
        }

        return ids;
    }

    /// <summary>The day's counts by GROUP BY, with the city's orgs listed as our path lists them, so both can use the org-first index.</summary>
    internal static async Task<int> RawDayCountsAsync(EpidemicDb db, IReadOnlyList<Guid> orgs, DateOnly date, CancellationToken ct)
    {
        var pg = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT \"Class\", \"Origin\", \"FoundBy\", \"ConvertedFromAsymptomatic\", COUNT(*) FROM epidemic_cases " +
            $"WHERE \"OrgId\" IN ({string.Join(", ", orgs.Select((_, i) => $"@o{i}"))}) AND \"DiagnosisDate\" = @d " +
            "GROUP BY \"Class\", \"Origin\", \"FoundBy\", \"ConvertedFromAsymptomatic\"";
        Add(command, "@d", pg ? date : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        for (var i = 0; i < orgs.Count; i++)
        {
            Add(command, $"@o{i}", pg ? orgs[i] : orgs[i].ToString().ToUpperInvariant());
        }
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            total += Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture);
        }

        return total;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    private static async Task<TimeSpan> TimeAsync(int repeats, Func<Task> work, bool warmUp = true)
    {
        if (warmUp)
        {
            await work();
        }

        var times = new List<TimeSpan>();
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed);
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    private static void Verify(bool same, string message)
    {
        if (!same)
        {
            throw new InvalidOperationException("Benchmark paths disagree: " + message);
        }
    }

    /// <summary>Deterministic synthetic cases spread over the districts and <see cref="Days"/> days.</summary>
    internal static IEnumerable<EpidemicCase> Synthetic(int n, int seed, IReadOnlyDictionary<string, Guid> orgs)
    {
        var random = new Random(seed);
        var districts = BeijingDistricts.All;
        for (var i = 0; i < n; i++)
        {
            var d = districts[random.Next(districts.Count)];
            var date = FirstDay.AddDays(random.Next(Days));
            var local = random.NextDouble() >= 0.04;
            yield return new EpidemicCase
            {
                Id = Guid.CreateVersion7(),
                OrgId = orgs[d.Code],
                DistrictCode = d.Code,
                Class = random.NextDouble() < 0.6 ? CaseClass.Confirmed : CaseClass.Asymptomatic,
                Origin = local ? CaseOrigin.Local : CaseOrigin.Imported,
                FoundBy = local ? (FoundBy)random.Next(0, 3) : FoundBy.ClosedLoopArrival,
                DiagnosisDate = date,
                ReportedAtUtc = ChinaTime.StartOfDayUtc(date).AddSeconds(random.Next(86_400)),
                AddressZh = $"示例社区{random.Next(1, 60)}号楼",
                AddressEn = null,
                OriginEn = local ? null : "France",
                PortEn = local ? null : "Beijing Capital Airport",
                ArrivalDate = local ? null : date.AddDays(-2),
                TransferredOn = date,
                InvestigatedOn = date,
                ControlMeasuresOn = date,
            };
        }
    }

    /// <summary>The cases as a file of <see cref="CaseImport"/>'s columns, as a user would export them from another system.</summary>
    internal static byte[] Csv(IReadOnlyList<EpidemicCase> cases)
    {
        var s = new StringBuilder(string.Join(',', new CaseImport().Columns.Select(c => c.Name))).Append('\n');
        foreach (var c in cases)
        {
            // class, origin, found_by, division_code, diagnosis_date, reported_at, converted, name, address_zh, address_en, isolation_point,
            // nationality_zh, nationality_en, origin_zh, origin_en, port_zh, port_en, arrival_date, transferred_on, investigated_on, control_measures_on, discharged_on
            var date = D(c.DiagnosisDate);
            s.Append(c.Class == CaseClass.Confirmed ? "confirmed" : "asymptomatic").Append(',')
                .Append(c.Origin == CaseOrigin.Local ? "local" : "imported").Append(',')
                .Append(c.FoundBy switch { FoundBy.IsolatedObserver => "isolated_observer", FoundBy.SocialScreening => "social_screening", FoundBy.ClosedLoopArrival => "closed_loop_arrival", _ => "not_stated" }).Append(',')
                .Append(c.DistrictCode).Append(',').Append(date).Append(',')
                .Append(Management.Iso.Local(c.ReportedAtUtc)).Append(',')
                .Append(c.ConvertedFromAsymptomatic ? "true" : "false").Append(',')
                .Append(c.PersonName).Append(',').Append(c.AddressZh).Append(',').Append(c.AddressEn).Append(',').Append(c.IsolationPoint).Append(',')
                .Append(c.NationalityZh).Append(',').Append(c.NationalityEn).Append(',').Append(c.OriginZh).Append(',').Append(c.OriginEn).Append(',')
                .Append(c.PortZh).Append(',').Append(c.PortEn).Append(',').Append(D(c.ArrivalDate)).Append(',')
                .Append(D(c.TransferredOn)).Append(',').Append(D(c.InvestigatedOn)).Append(',').Append(D(c.ControlMeasuresOn)).Append(',').Append(D(c.DischargedOn)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(s.ToString());
    }

    private static string? D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
