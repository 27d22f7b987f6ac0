using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Bench;

/// <summary>
/// "Everything under this province" on a 100,000-node tree (31 provinces, 10 prefectures each,
/// 10 counties each, units under every county): ours is <see cref="OrgTree.Descendants"/> read to
/// a list in a fresh scope, as a request would; the baseline is the same closure-table join in
/// plain SQL read into the same objects. One call queries each province once.
/// </summary>
internal sealed class OrgDescendantsBenchmark : IBenchmark
{
    private const int Provinces = 31;
    private const int PrefecturesPerProvince = 10;
    private const int CountiesPerPrefecture = 10;

    public string Name => "org-descendants";

    public string Description => "Descendants of each province in a 100,000-node org tree through OrgTree vs raw SQL";

    public async Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct)
    {
        var size = context.Size > 0 ? context.Size : 100_000;
        var (nodes, provinces) = BuildTree(size);
        await using var scope = context.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
        var tree = scope.ServiceProvider.GetRequiredService<OrgTree>();
        context.Progress.Report($"building a tree of {nodes.Count} organisations");
        await tree.ImportAsync(nodes, new Progress<long>(n => context.Progress.Report($"tree: {n}/{nodes.Count} rows")), ct);
        return new Run(context, provinces);
    }

    /// <summary>A deterministic tree of <paramref name="size"/> nodes, parents before children.</summary>
    internal static (List<NewOrg> Nodes, List<Guid> Provinces) BuildTree(int size)
    {
        var nodes = new List<NewOrg>(size);
        var random = new Random(20250926);
        Guid NextId()
        {
            Span<byte> bytes = stackalloc byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }

        var root = NextId();
        nodes.Add(new NewOrg(null, OrgLevel.Central, OrgKind.FinanceDepartment, "财政部", "Ministry of Finance", "110000", root));
        var provinces = new List<Guid>();
        var counties = new List<(Guid Id, string Code)>();
        for (var p = 0; p < Provinces; p++)
        {
            var pCode = (11 + p).ToString(CultureInfo.InvariantCulture);
            var province = NextId();
            provinces.Add(province);
            nodes.Add(new NewOrg(root, OrgLevel.Province, OrgKind.FinanceDepartment, $"省{p + 1}财政厅", $"Province {p + 1} finance", pCode + "0000", province));
            for (var f = 0; f < PrefecturesPerProvince; f++)
            {
                var fCode = pCode + (f + 1).ToString("00", CultureInfo.InvariantCulture);
                var prefecture = NextId();
                nodes.Add(new NewOrg(province, OrgLevel.Prefecture, OrgKind.FinanceDepartment, $"市{fCode}财政局", $"Prefecture {fCode} finance", fCode + "00", prefecture));
                for (var c = 0; c < CountiesPerPrefecture; c++)
                {
                    var cCode = fCode + (c + 1).ToString("00", CultureInfo.InvariantCulture);
                    var county = NextId();
                    counties.Add((county, cCode));
                    nodes.Add(new NewOrg(prefecture, OrgLevel.County, OrgKind.FinanceDepartment, $"县{cCode}财政局", $"County {cCode} finance", cCode, county));
                }
            }
        }

        var kinds = new[] { OrgKind.AdministrativeUnit, OrgKind.PublicInstitution, OrgKind.School, OrgKind.Hospital, OrgKind.ResidentsCommittee };
        for (var i = 0; nodes.Count < size; i++)
        {
            var (county, code) = counties[i % counties.Count];
            var kind = kinds[i % kinds.Length];
            nodes.Add(new NewOrg(county, OrgLevel.County, kind, $"单位{i + 1}", $"Unit {i + 1}", code, NextId()));
        }

        return (nodes, provinces);
    }

    private sealed class Run(BenchmarkContext context, List<Guid> provinces) : IBenchmarkRun
    {
        private readonly RawDb _raw = new(context.Target);
        private readonly Dictionary<Guid, int> _ours = [];
        private readonly Dictionary<Guid, int> _baseline = [];

        public int Operations => provinces.Count;

        public string Unit => "queries";

        public async Task OursAsync(CancellationToken ct)
        {
            await using var scope = context.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
            var tree = scope.ServiceProvider.GetRequiredService<OrgTree>();
            foreach (var province in provinces)
            {
                var nodes = await tree.Descendants(province, includeSelf: false).ToListAsync(ct);
                _ours[province] = nodes.Count;
            }
        }

        public async Task BaselineAsync(CancellationToken ct)
        {
            await using var conn = await _raw.OpenAsync(ct);
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = """
                SELECT o."Id", o."ParentId", o."Level", o."Kind", o."NameZh", o."NameEn", o."DivisionCode", o."Depth", o."Archived"
                FROM kernel_org_closure c JOIN kernel_orgs o ON o."Id" = c."DescendantId"
                WHERE c."AncestorId" = @id AND c."Distance" > 0
                """;
            var id = RawDb.Add(cmd, "id");
            await cmd.PrepareAsync(ct);
            foreach (var province in provinces)
            {
                id.Value = _raw.Key(province);
                var nodes = new List<OrgNode>();
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    nodes.Add(Read(reader));
                }

                _baseline[province] = nodes.Count;
            }
        }

        public Task VerifyAsync(CancellationToken ct)
        {
            foreach (var province in provinces)
            {
                if (_ours[province] != _baseline[province] || _ours[province] == 0)
                {
                    throw new InvalidOperationException($"Province {province}: ours found {_ours[province]} descendants, the baseline {_baseline[province]}.");
                }
            }

            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private static OrgNode Read(DbDataReader r) => new()
        {
            Id = r.GetGuid(0),
            ParentId = r.IsDBNull(1) ? null : r.GetGuid(1),
            Level = Enum.Parse<OrgLevel>(r.GetString(2)),
            Kind = Enum.Parse<OrgKind>(r.GetString(3)),
            NameZh = r.GetString(4),
            NameEn = r.GetString(5),
            DivisionCode = r.GetString(6),
            Depth = r.GetInt32(7),
            Archived = r.GetBoolean(8),
        };
    }
}
