using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.Demo;
using Tongban.Juvenile.Rules;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Juvenile.Bench;

/// <summary>
/// juvenile.search: a school caseworker's name-fragment search with a minimum-risk filter over
/// N cases (10 % sealed) through the service (kernel scope filter, sealed exclusion, count and first
/// page), against the raw indexed SQL returning the same rows. Verify proves both returned the same
/// ids and total, that none of them is sealed, and that sealed cases did match the raw filters (so the
/// exclusion was exercised, not vacuous).
/// </summary>
internal sealed class JuvenileSearchBenchmark : IBenchmark
{
    public const int Orgs = 20;

    /// <summary>The name fragment searched (a common given-name character).</summary>
    public const string Fragment = "子";

    public string Name => "juvenile.search";

    public string Description => "Name-fragment + filter search over 1,000,000 cases (10 % sealed) vs the raw indexed query; sealed rows provably excluded";

    public async Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct)
    {
        var size = context.Size > 0 ? context.Size : 1_000_000;
        var services = context.Services;
        var orgIds = new List<Guid>();
        await using (var scope = Open(services, CallerScope.System("bench")))
        {
            var tree = scope.ServiceProvider.GetRequiredService<OrgTree>();
            var county = await tree.CreateAsync(new NewOrg(null, OrgLevel.County, OrgKind.AdministrativeUnit, "基准区人民政府", "Bench County", "330106"), ct);
            for (var i = 0; i < Orgs; i++)
            {
                var kind = i % 2 == 0 ? OrgKind.School : OrgKind.PublicSecurityOrgan;
                orgIds.Add((await tree.CreateAsync(new NewOrg(county.Id, OrgLevel.Township, kind, $"基准单位{i}", $"Bench unit {i}", "330106"), ct)).Id);
            }

            context.Progress.Report($"juvenile.search: writing {size:N0} synthetic cases");
            var db = scope.ServiceProvider.GetRequiredService<JuvenileDb>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await CaseBulk.WriteAsync(db, Synthetic(size, orgIds), [], [], "bench", ct);
            await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "ANALYZE juvenile_cases" : "ANALYZE", ct);
        }

        return new Run(services, orgIds[0]);
    }

    internal static IEnumerable<JuvenileCase> Synthetic(int size, IReadOnlyList<Guid> orgs)
    {
        string[] surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"];
        string[] given = ["子", "浩", "梓", "宇", "欣", "俊", "雨", "思", "一", "嘉", "墨", "晨", "佳", "明", "若", "天", "文", "博", "雅", "静", "涵", "轩", "怡", "杰", "桐", "远", "诺", "阳", "琪", "哲", "曦", "佑"];
        var random = new Random(20260601);
        var created = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < size; i++)
        {
            var id = Guid.CreateVersion7();
            var opened = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 1000));
            var sealedCase = random.Next(10) == 0;
            yield return new JuvenileCase
            {
                Id = id,
                OrgId = orgs[random.Next(orgs.Count)],
                Reference = $"JV-B-{i:D8}",
                FullName = surnames[random.Next(surnames.Length)] + given[random.Next(given.Length)] + given[random.Next(given.Length)],
                Gender = random.Next(2) == 0 ? "男" : "女",
                BirthDate = opened.AddYears(-(10 + random.Next(7))).AddDays(-random.Next(365)),
                Guardians = "父；母",
                DistrictCode = "330106",
                CaseworkerName = "bench",
                Risk = (RiskLevel)random.Next(0, 5),
                Stage = (CaseStage)random.Next(0, 6),
                OpenedOn = opened,
                CreatedUtc = created,
                Sealed = sealedCase,
                SealBasis = sealedCase ? SealBasis.AdministrativePunishment : null,
                SealedAtUtc = sealedCase ? created : null,
            };
        }
    }

    private static AsyncServiceScope Open(IServiceProvider services, CallerScope caller)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = caller;
        return scope;
    }

    private sealed class Run(IServiceProvider services, Guid org) : IBenchmarkRun
    {
        private static readonly CaseSearch Query = new(Name: Fragment, MinRisk: RiskLevel.Elevated, Page: 1, PageSize: 50);
        private (int Total, List<Guid> Ids) _ours = (-1, []), _raw = (-2, []);

        public int Operations => 1;

        public string Unit => "searches";

        public async Task OursAsync(CancellationToken ct)
        {
            var user = CallerScope.ForUser(Guid.NewGuid(), "bench", [new Grant { Role = JuvenilePermissions.SchoolRole, OrgId = org }]);
            await using var scope = Open(services, user);
            var page = await scope.ServiceProvider.GetRequiredService<CaseService>().SearchAsync(Query, ct);
            _ours = (page.Total, page.Rows.Select(r => r.Id).ToList());
        }

        public async Task BaselineAsync(CancellationToken ct)
        {
            await using var scope = Open(services, CallerScope.System("bench"));
            var db = scope.ServiceProvider.GetRequiredService<JuvenileDb>();
            _raw = await RawAsync(db, sealedRows: false, ct);
        }

        public async Task VerifyAsync(CancellationToken ct)
        {
            if (_ours.Total != _raw.Total || !_ours.Ids.SequenceEqual(_raw.Ids))
            {
                throw new InvalidOperationException($"juvenile.search: ours {_ours.Total} total / {_ours.Ids.Count} rows, raw {_raw.Total} / {_raw.Ids.Count}, or another order.");
            }

            await using var scope = Open(services, CallerScope.System("bench"));
            var db = scope.ServiceProvider.GetRequiredService<JuvenileDb>();
            var ids = _ours.Ids;
            var sealedReturned = await db.Cases.CountAsync(c => ids.Contains(c.Id) && c.Sealed, ct);
            var sealedMatching = (await RawAsync(db, sealedRows: true, ct)).Total;
            if (sealedReturned != 0 || sealedMatching == 0)
            {
                throw new InvalidOperationException($"juvenile.search: {sealedReturned} sealed rows returned; {sealedMatching} sealed rows matched the filters (must be > 0 for the exclusion to be shown).");
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        /// <summary>The same search as raw SQL on the (OrgId, Sealed, ...) index: count, then the first page.</summary>
        private async Task<(int Total, List<Guid> Ids)> RawAsync(JuvenileDb db, bool sealedRows, CancellationToken ct)
        {
            var pg = db.Database.IsNpgsql();
            var connection = db.Database.GetDbConnection();
            if (connection.State != System.Data.ConnectionState.Open)
            {
                await db.Database.OpenConnectionAsync(ct);
            }

            var where = pg
                ? "\"OrgId\" = @org AND \"Sealed\" = @sealed AND \"Risk\" >= @risk AND strpos(\"FullName\", @frag) > 0"
                : "\"OrgId\" = @org AND \"Sealed\" = @sealed AND \"Risk\" >= @risk AND instr(\"FullName\", @frag) > 0";
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM juvenile_cases WHERE {where}";
            Bind(count, pg, sealedRows);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            await using var page = connection.CreateCommand();
            page.CommandText = $"SELECT \"Id\" FROM juvenile_cases WHERE {where} ORDER BY \"FullName\", \"Id\" LIMIT 50";
            Bind(page, pg, sealedRows);
            var ids = new List<Guid>();
            await using var reader = await page.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(pg ? reader.GetGuid(0) : Guid.Parse(reader.GetString(0)));
            }

            return (total, ids);
        }

        private void Bind(DbCommand cmd, bool pg, bool sealedRows)
        {
            Add(cmd, "org", pg ? org : org.ToString().ToUpperInvariant());
            Add(cmd, "sealed", pg ? sealedRows : sealedRows ? 1L : 0L);
            Add(cmd, "risk", (int)RiskLevel.Elevated);
            Add(cmd, "frag", Fragment);
        }

        private static void Add(DbCommand cmd, string name, object value)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@" + name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }
    }
}
