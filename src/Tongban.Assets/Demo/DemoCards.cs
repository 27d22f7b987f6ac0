using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tongban.Assets.Cards;
using Tongban.Assets.Depreciation;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Imports;

namespace Tongban.Assets.Demo;

/// <summary>Demo cards and year-end history through the kernel's BulkWriter, one audit entry per batch.</summary>
internal static class DemoCards
{
    /// <summary>Seed 09 (1), Figure 5.2: composition of total value at the end of 2011.</summary>
    public static readonly IReadOnlyDictionary<Composition, decimal> Shares = new Dictionary<Composition, decimal>
    {
        [Composition.Current] = 0.403m,
        [Composition.Fixed] = 0.502m,
        [Composition.OutwardInvestment] = 0.018m,
        [Composition.Intangible] = 0.005m,
        [Composition.Other] = 0.072m,
    };

    /// <summary>Seed 09 (1): 13.35 trillion total, 8.76 trillion net: liabilities are about 34.4 % of total assets.</summary>
    public const decimal LiabilityShare = (13.35m - 8.76m) / 13.35m;

    public static readonly string[] CardColumns =
    [
        "Id", "OrgId", "Code", "Name", "ClassCode", "Composition", "AcquisitionWay", "AcquiredOn", "FundingSource", "Quantity",
        "OriginalValueFen", "AccumulatedFen", "LifeMonths", "Depreciable", "StartPeriod", "LeftPeriod", "DepreciatedThrough",
        "UserDepartment", "Custodian", "Location", "Status", "PropertyRight", "EvaluatedValueFen", "EvaluatedOn", "CreatedUtc",
        "Structure", "AtNominalAmount",
    ];

    private static readonly (string Class, string Zh, long MinYuan, long MaxYuan, int Weight)[] FixedKinds =
    [
        ("201", "台式计算机", 3_500, 6_000, 30), ("201", "便携式计算机", 5_000, 8_000, 12), ("202", "激光打印机", 900, 2_500, 14),
        ("202", "复印机", 8_000, 20_000, 4), ("601", "办公桌", 1_000, 3_000, 16), ("601", "文件柜", 600, 1_200, 10),
        ("203", "公务用车", 110_000, 180_000, 1), ("102", "业务用房", 2_000_000, 20_000_000, 1), ("320", "医疗设备", 20_000, 800_000, 3),
        ("208", "通信设备", 2_000, 30_000, 4), ("501", "图书", 500, 5_000, 3), ("101", "土地使用权（划拨）", 1_000_000, 8_000_000, 1),
    ];

    private static readonly (Composition Composition, string Class, string Zh, int Weight)[] OtherKinds =
    [
        (Composition.Current, "201", "银行存款", 40), (Composition.Current, "201", "应收及预付款项", 30), (Composition.Current, "202", "库存物品", 30),
        (Composition.OutwardInvestment, "201", "长期股权投资", 100),
        (Composition.Intangible, "201", "软件著作权及正版软件", 70), (Composition.Intangible, "101", "土地使用权", 30),
        (Composition.Other, "202", "在建工程", 50), (Composition.Other, "202", "待处理财产损溢", 50),
    ];

    private static readonly string[] Departments = ["办公室", "财务科", "业务一科", "业务二科", "信息中心", "后勤服务中心"];
    private static readonly string[] Custodians = ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴婷"];
    private static readonly string[] Rooms = ["综合楼101", "综合楼203", "业务楼305", "档案室", "库房", "会议室", "机房"];

    public static async Task WriteAsync(AssetsDb db, IReadOnlyList<DemoUnit> units, int count, int seed, DateOnly today, CancellationToken ct)
    {
        var random = new Random(seed + 1);
        var asOf = Period.Of(today).Plus(-1);
        var rows = new List<object?[]>(count);
        var raw = new Dictionary<Composition, long>();
        var fixedWeight = FixedKinds.Sum(k => k.Weight);
        var otherWeight = OtherKinds.Sum(k => k.Weight);
        var composition = new List<(object?[] Row, Composition C, int Life)>(count);
        for (var i = 0; i < count; i++)
        {
            var unit = units[random.Next(units.Count)];
            var isFixed = random.NextDouble() < 0.88;
            string cls, name;
            Composition comp;
            long yuan;
            if (isFixed)
            {
                var k = Pick(FixedKinds, random.Next(fixedWeight), x => x.Weight);
                (cls, name, comp) = (k.Class, k.Zh, Composition.Fixed);
                yuan = k.MinYuan + (long)(random.NextDouble() * (k.MaxYuan - k.MinYuan));
            }
            else
            {
                var k = Pick(OtherKinds, random.Next(otherWeight), x => x.Weight);
                (cls, name, comp) = (k.Class, k.Zh, k.Composition);
                yuan = 10_000 + (long)(random.NextDouble() * 400_000);
            }

            var acquired = today.AddDays(-random.Next(20, 365 * 14));
            var structure = cls == "102" ? BuildingStructure.ReinforcedConcrete : BuildingStructure.None;
            var life = UsefulLives.YearsFor(cls, structure, acquired, new Dictionary<string, int>());
            var depreciable = DepreciationRules.Depreciates(comp, cls, life);
            var row = new object?[]
            {
                DemoIds(seed, i), unit.Id, $"ZC{acquired:yyyyMM}{i:D7}", name, cls, (int)comp,
                (int)(random.Next(10) == 0 ? AcquisitionWay.Adjustment : AcquisitionWay.Purchase), acquired,
                (int)FundingSource.FiscalAppropriation, 1, yuan * 100, 0L, depreciable ? life!.Value * 12 : 0, depreciable,
                Period.Of(acquired).Index, null, null,
                Departments[random.Next(Departments.Length)], Custodians[random.Next(Custodians.Length)], Rooms[random.Next(Rooms.Length)],
                (int)(random.Next(25) == 0 ? AssetStatus.Idle : AssetStatus.InUse), cls == "102" ? $"浙（{acquired.Year}）不动产权第{i:D7}号" : null,
                null, null, DateTime.SpecifyKind(acquired.ToDateTime(new TimeOnly(9, 0)), DateTimeKind.Utc),
                (int)structure, false,
            };
            raw[comp] = raw.GetValueOrDefault(comp) + (yuan * 100);
            composition.Add((row, comp, depreciable ? life!.Value * 12 : 0));
        }

        // Scale each class so the values echo Figure 5.2 (fixed assets keep their values).
        var total = raw[Composition.Fixed] / Shares[Composition.Fixed];
        foreach (var (row, comp, life) in composition)
        {
            var factor = raw.TryGetValue(comp, out var sum) && sum > 0 ? total * Shares[comp] / sum : 1m;
            var cost = Math.Max(100L, (long)Math.Round((long)row[10]! * factor / 100m) * 100);
            row[10] = cost;
            if (life > 0)
            {
                row[11] = DepreciationRules.AccumulatedFen(cost, life, new Period((int)row[14]!), null, asOf);
                row[16] = asOf.Index;
            }

            rows.Add(row);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await BulkWriter.WriteAsync(db, AssetsDb.CardsTable, CardColumns, ToAsync(rows), null, ct);
        await BulkWriter.WriteAsync(db, "assets_card_events", ["Id", "CardId", "OrgId", "AtUtc", "Kind", "Detail", "Actor"],
            ToAsync(rows.Select(r => new object?[] { Guid.CreateVersion7(), r[0], r[1], r[24], "added", $"{(AcquisitionWay)(int)r[6]!} {((long)r[10]! / 100m).ToString("0.00", CultureInfo.InvariantCulture)}", "demo" })), null, ct);
        db.Audit(new AuditNote("import", nameof(AssetCard), rows.Count.ToString(CultureInfo.InvariantCulture), null,
            JsonSerializer.Serialize(new SortedDictionary<string, string?[]> { ["count"] = [null, rows.Count.ToString(CultureInfo.InvariantCulture)], ["source"] = [null, "demo"] })));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Year-end values by unit and class for the ten years before this one, and liabilities (Figure 5.1's trend).</summary>
    public static async Task WriteHistoryAsync(AssetsDb db, IReadOnlyList<DemoUnit> units, int seed, DateOnly today, CancellationToken ct)
    {
        var ids = units.Select(u => u.Id).ToList();
        var now = await db.Cards.Where(c => ids.Contains(c.OrgId))
            .GroupBy(c => new { c.OrgId, c.Composition })
            .Select(g => new { g.Key.OrgId, g.Key.Composition, Total = g.Sum(c => c.OriginalValueFen), Net = g.Sum(c => c.OriginalValueFen - c.AccumulatedFen) })
            .ToListAsync(ct);
        var random = new Random(seed + 2);
        var values = new List<object?[]>();
        var liabilities = new List<object?[]>();
        for (var year = today.Year - 10; year < today.Year; year++)
        {
            var back = today.Year - year;
            var growth = Math.Pow(0.92, back);
            foreach (var unit in now.GroupBy(n => n.OrgId))
            {
                long unitTotal = 0;
                foreach (var c in unit)
                {
                    var total = (long)(c.Total * growth * (0.97 + (random.NextDouble() * 0.06)));
                    var net = (long)(total * ((double)c.Net / Math.Max(1, c.Total)) * (0.98 + (random.NextDouble() * 0.04)));
                    values.Add([c.OrgId, year, (int)c.Composition, total, Math.Min(net, total)]);
                    unitTotal += total;
                }

                liabilities.Add([unit.Key, year, (long)(unitTotal * (double)LiabilityShare * (0.9 + (random.NextDouble() * 0.2)))]);
            }
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await BulkWriter.WriteAsync(db, "assets_year_ends", ["OrgId", "Year", "Composition", "TotalFen", "NetFen"], ToAsync(values), null, ct);
        await BulkWriter.WriteAsync(db, "assets_liabilities", ["OrgId", "Year", "AmountFen"], ToAsync(liabilities), null, ct);
        db.Audit(new AuditNote("import", "YearEndValue", values.Count.ToString(CultureInfo.InvariantCulture), null, "{}"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static Guid DemoIds(int seed, int i) => Kernel.Modules.DemoContext.IdFor(seed, $"assets:card:{i}");

    private static T Pick<T>(IReadOnlyList<T> items, int roll, Func<T, int> weight)
    {
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    private static async IAsyncEnumerable<object?[]> ToAsync(IEnumerable<object?[]> rows, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            yield return row;
        }

        await Task.CompletedTask;
    }
}
