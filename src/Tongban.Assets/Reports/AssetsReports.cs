using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Cards;
using Tongban.Assets.Disposal;
using Tongban.Assets.Stocktake;
using Tongban.Assets.Use;
using Tongban.Assets.Vehicles;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.Reports;

namespace Tongban.Assets.Reports;

/// <summary>The module's reports; each rolls up along the org tree from the asked org (all visible orgs when none).</summary>
public static class AssetsReports
{
    public static IReadOnlyList<IReport> All { get; } =
    [
        new CompositionReport(), new ValueByYearReport(), new DisposalsReport(), new IncomeReport(), new UnhandledIncomeReport(),
        new VehiclesReport(), new StocktakeDifferencesReport(), new RegisterReport(),
    ];

    internal static string CompositionName(Composition c, bool zh) => c switch
    {
        Composition.Current => zh ? "流动资产" : "Current assets",
        Composition.Fixed => zh ? "固定资产" : "Fixed assets",
        Composition.OutwardInvestment => zh ? "对外投资" : "Outward investment",
        Composition.Intangible => zh ? "无形资产" : "Intangible assets",
        _ => zh ? "其他资产" : "Other assets",
    };

    /// <summary>Rows a list report shows before it says it is cut (issue 23 (7)).</summary>
    internal const int ListLimit = 10_000;

    /// <summary>
    /// <paramref name="rows"/> was read with one row past <see cref="ListLimit"/>: when that row is there it is
    /// dropped and the whole count returned, for the table to say where it was cut; null when the list is whole.
    /// </summary>
    internal static async Task<long?> TotalIfCutAsync<T>(List<T> rows, IQueryable<T> all, CancellationToken ct)
    {
        if (rows.Count <= ListLimit)
        {
            return null;
        }

        rows.RemoveAt(ListLimit);
        return await all.LongCountAsync(ct);
    }

    internal static async Task<Dictionary<Guid, string>> OrgNamesAsync(IServiceProvider services, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        var names = new Dictionary<Guid, string>();
        foreach (var chunk in list.Chunk(1000))
        {
            foreach (var o in await services.GetRequiredService<KernelDb>().Orgs.AsNoTracking().Where(o => chunk.Contains(o.Id)).Select(o => new { o.Id, o.NameZh }).ToListAsync(ct))
            {
                names[o.Id] = o.NameZh;
            }
        }

        return names;
    }
}

/// <summary>Figure 5.2: composition by the five classes, with total assets, liabilities and net assets.</summary>
internal sealed class CompositionReport : IReport
{
    private static readonly ReportColumn[] Columns =
    [
        new("class", "资产构成", "Composition", ColumnType.Text),
        new("cards", "卡片数", "Cards", ColumnType.Integer),
        new("total", "资产总额（原值）", "Total (original value)", ColumnType.Money),
        new("net", "账面净值", "Net book value", ColumnType.Money),
        new("share", "占比", "Share", ColumnType.Percent),
    ];

    public string Key => "assets.composition";

    public string TitleZh => "资产构成（图5.2）";

    public string TitleEn => "Asset composition (Figure 5.2)";

    public string Permission => AssetsPermissions.View;

    public ChartSpec? Chart { get; } = new(ChartKind.Pie, "class", ["total"]);

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters p, CancellationToken ct)
    {
        var s = await AssetQueries.CompositionAsync(services.GetRequiredService<AssetsDb>(), p.OrgId, ct);
        var rows = s.Rows.Select(r => new object?[]
        {
            AssetsReports.CompositionName(r.Composition, true), r.Cards, r.TotalFen, r.NetFen, s.TotalFen == 0 ? 0m : (decimal)r.TotalFen / s.TotalFen,
        }).ToList();
        rows.Add(["资产合计", s.Rows.Sum(r => r.Cards), s.TotalFen, s.NetBookFen, s.TotalFen == 0 ? 0m : 1m]);
        rows.Add([$"负债（{s.LiabilitiesYear}年末）", null, s.LiabilitiesFen, null, null]);
        rows.Add(["净资产", null, s.NetAssetsFen, null, null]);
        return new ReportTable(Columns, rows, TitleZh, TitleEn);
    }
}

/// <summary>Figure 5.1: total and net value by year.</summary>
internal sealed class ValueByYearReport : IReport
{
    private static readonly ReportColumn[] Columns =
    [
        new("year", "年度", "Year", ColumnType.Text),
        new("total", "资产总额", "Total", ColumnType.Money),
        new("net", "净值", "Net", ColumnType.Money),
    ];

    public string Key => "assets.value-by-year";

    public string TitleZh => "资产总额与净值（图5.1）";

    public string TitleEn => "Total and net value by year (Figure 5.1)";

    public string Permission => AssetsPermissions.View;

    public ChartSpec? Chart { get; } = new(ChartKind.Line, "year", ["total", "net"]);

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters p, CancellationToken ct)
    {
        var year = ChinaTime.Today(services.GetRequiredService<TimeProvider>()).Year;
        var rows = await AssetQueries.ByYearAsync(services.GetRequiredService<AssetsDb>(), p.OrgId, year, ct);
        return new ReportTable(Columns, rows.Select(r => new object?[] { r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), r.TotalFen, r.NetFen }).ToList(), TitleZh, TitleEn);
    }
}

internal sealed class DisposalsReport : IReport
{
    private static readonly ReportColumn[] Columns =
    [
        new("kind", "处置方式", "Way of disposal", ColumnType.Text),
        new("status", "状态", "Status", ColumnType.Text),
        new("count", "件数", "Disposals", ColumnType.Integer),
        new("original", "原值", "Original value", ColumnType.Money),
        new("book", "账面净值", "Book value", ColumnType.Money),
        new("proceeds", "处置收入", "Proceeds", ColumnType.Money),
    ];

    public string Key => "assets.disposals";

    public string TitleZh => "资产处置情况";

    public string TitleEn => "Disposals by type";

    public string Permission => AssetsPermissions.View;

    public ChartSpec? Chart { get; } = new(ChartKind.Bar, "kind", ["book"]);

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters p, CancellationToken ct)
    {
        var db = services.GetRequiredService<AssetsDb>();
        var under = OrgScope.Under(db.OrgClosures, p.OrgId ?? Guid.Empty);
        var q = db.Disposals.AsNoTracking().Where(d => p.OrgId == null || under.Contains(d.OrgId));
        if (p.From is { } from)
        {
            var start = ChinaTime.StartOfDayUtc(from);
            q = q.Where(d => d.CreatedUtc >= start);
        }

        if (p.To is { } to)
        {
            var end = ChinaTime.EndOfDayUtc(to);
            q = q.Where(d => d.CreatedUtc < end);
        }

        var rows = await q.GroupBy(d => new { d.Kind, d.Status })
            .Select(g => new { g.Key.Kind, g.Key.Status, Count = g.LongCount(), Original = g.Sum(d => d.OriginalValueFen), Book = g.Sum(d => d.BookValueFen), Proceeds = g.Sum(d => d.ProceedsFen ?? 0) })
            .ToListAsync(ct);
        return new ReportTable(
            Columns,
            [.. rows.OrderBy(r => r.Kind).ThenBy(r => r.Status).Select(r => new object?[] { r.Kind.ToString(), r.Status.ToString(), r.Count, r.Original, r.Book, r.Proceeds })],
            TitleZh,
            TitleEn);
    }
}

/// <summary>Income lines by their "two lines" status (seed 09 (4)).</summary>
internal sealed class IncomeReport : IReport
{
    private static readonly ReportColumn[] Columns =
    [
        new("kind", "收入类型", "Income", ColumnType.Text),
        new("status", "两条线状态", "Two-lines status", ColumnType.Text),
        new("count", "笔数", "Lines", ColumnType.Integer),
        new("amount", "金额", "Amount", ColumnType.Money),
    ];

    public string Key => "assets.income";

    public string TitleZh => "资产收入“收支两条线”情况";

    public string TitleEn => "Income by two-lines status";

    public string Permission => AssetsPermissions.View;

    public ChartSpec? Chart { get; } = new(ChartKind.Bar, "status", ["amount"]);

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters p, CancellationToken ct)
    {
        var db = services.GetRequiredService<AssetsDb>();
        var today = ChinaTime.Today(services.GetRequiredService<TimeProvider>());
        var under = OrgScope.Under(db.OrgClosures, p.OrgId ?? Guid.Empty);
        var rows = await db.Income.AsNoTracking()
            .Where(i => p.OrgId == null || under.Contains(i.OrgId))
            .Where(i => i.DueOn <= today)
            .GroupBy(i => new { i.Kind, Received = i.ReceivedOn != null, i.Handling, Handled = i.HandledOn != null })
            .Select(g => new { g.Key.Kind, g.Key.Received, g.Key.Handling, g.Key.Handled, Count = g.LongCount(), Amount = g.Sum(i => i.AmountFen) })
            .ToListAsync(ct);
        string Status(bool received, IncomeHandling? handling, bool handled) =>
            !received ? "due-not-received" : handled ? $"{handling}-done" : $"{handling}-outstanding";
        return new ReportTable(
            Columns,
            [.. rows.Select(r => new object?[] { r.Kind.ToString(), Status(r.Received, r.Handling, r.Handled), r.Count, r.Amount }).OrderBy(r => (string)r[0]!).ThenBy(r => (string)r[1]!)],
            TitleZh,
            TitleEn);
    }
}

/// <summary>Income due or received and not yet turned over or booked: what the finance office chases.</summary>
internal sealed class UnhandledIncomeReport : IReport
{
    private static readonly ReportColumn[] Columns =
    [
        new("org", "单位", "Unit", ColumnType.Text),
        new("kind", "收入类型", "Income", ColumnType.Text),
        new("due", "应收日期", "Due", ColumnType.Date),
        new("received", "收款日期", "Received", ColumnType.Date),
        new("handling", "处理方式", "Handling", ColumnType.Text),
        new("amount", "金额", "Amount", ColumnType.Money),
    ];

    public string Key => "assets.income-unhandled";

    public string TitleZh => "未按“两条线”处理的资产收入";

    public string TitleEn => "Income not yet handled";

    public string Permission => AssetsPermissions.View;

    public ChartSpec? Chart => null;

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters p, CancellationToken ct)
    {
        var db = services.GetRequiredService<AssetsDb>();
        var today = ChinaTime.Today(services.GetRequiredService<TimeProvider>());
        var under = OrgScope.Under(db.OrgClosures, p.OrgId ?? Guid.Empty);
        var open = db.Income.AsNoTracking()
            .Where(i => p.OrgId == null || under.Contains(i.OrgId))
            .Where(i => i.HandledOn == null && i.DueOn <= today);
        var rows = await open.OrderBy(i => i.DueOn).Take(AssetsReports.ListLimit + 1).ToListAsync(ct);
        var total = await AssetsReports.TotalIfCutAsync(rows, open, ct);
        var names = await AssetsReports.OrgNamesAsync(services, rows.Select(r => r.OrgId), ct);
        return new ReportTable(
            Columns,
            [.. rows.Select(r => new object?[] { names.GetValueOrDefault(r.OrgId, ""), r.Kind.ToString(), r.DueOn, r.ReceivedOn, r.Handling?.ToString() ?? "", r.AmountFen })],
            TitleZh,
            TitleEn)
        {
            TotalRows = total,
        };
    }
}

/// <summary>The yearly report of official-vehicle purchase and running costs (seed 09 (5)).</summary>
internal sealed class VehiclesReport : IReport
{
    private static readonly ReportColumn[] Columns =
    [
        new("org", "单位", "Unit", ColumnType.Text),
        new("category", "车辆类别", "Category", ColumnType.Text),
        new("vehicles", "车辆数", "Vehicles", ColumnType.Integer),
        new("purchase", "购置费", "Purchase", ColumnType.Money),
        new("fuel", "燃料费", "Fuel", ColumnType.Money),
        new("repairs", "维修费", "Repairs", ColumnType.Money),
        new("insurance", "保险费", "Insurance", ColumnType.Money),
        new("tolls", "过路过桥费", "Tolls", ColumnType.Money),
        new("other", "其他", "Other", ColumnType.Money),
    ];

    public string Key => "assets.vehicles";

    public string TitleZh => "公务用车购置及运行费";

    public string TitleEn => "Official vehicle purchase and running costs";

    public string Permission => AssetsPermissions.View;

    public ChartSpec? Chart { get; } = new(ChartKind.Bar, "category", ["fuel", "repairs", "insurance", "tolls"]);

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters p, CancellationToken ct)
    {
        var year = p.From?.Year ?? ChinaTime.Today(services.GetRequiredService<TimeProvider>()).Year;
        var rows = await services.GetRequiredService<VehicleService>().YearAsync(year, p.OrgId, ct);
        var names = await AssetsReports.OrgNamesAsync(services, rows.Select(r => r.OrgId), ct);
        return new ReportTable(
            Columns,
            [.. rows.Select(r => new object?[] { names.GetValueOrDefault(r.OrgId, ""), r.Category.ToString(), r.Vehicles, r.PurchaseFen, r.FuelFen, r.RepairsFen, r.InsuranceFen, r.TollsFen, r.OtherFen })],
            $"{year}年{TitleZh}",
            $"{TitleEn}, {year}");
    }
}

internal sealed class StocktakeDifferencesReport : IReport
{
    private static readonly ReportColumn[] Columns =
    [
        new("org", "单位", "Unit", ColumnType.Text),
        new("plan", "盘点", "Count", ColumnType.Text),
        new("code", "资产编号", "Code", ColumnType.Text),
        new("result", "结果", "Result", ColumnType.Text),
        new("book", "账面地点/保管人", "Book place / custodian", ColumnType.Text),
        new("seen", "实盘地点/保管人", "Seen place / custodian", ColumnType.Text),
    ];

    public string Key => "assets.stocktake-differences";

    public string TitleZh => "资产清查差异";

    public string TitleEn => "Stocktake differences";

    public string Permission => AssetsPermissions.View;

    public ChartSpec? Chart => null;

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters p, CancellationToken ct)
    {
        var db = services.GetRequiredService<AssetsDb>();
        var under = OrgScope.Under(db.OrgClosures, p.OrgId ?? Guid.Empty);
        var differences = from l in db.StocktakeLines.AsNoTracking()
                          join s in db.Stocktakes.AsNoTracking() on l.PlanId equals s.Id
                          where l.Result != null && l.Result != CountResult.Found
                          where p.OrgId == null || under.Contains(l.OrgId)
                          orderby s.CreatedUtc descending, l.Code
                          select new { l.OrgId, s.Title, l.Code, l.Result, l.BookLocation, l.BookCustodian, l.SeenLocation, l.SeenCustodian };
        var rows = await differences.Take(AssetsReports.ListLimit + 1).ToListAsync(ct);
        var total = await AssetsReports.TotalIfCutAsync(rows, differences, ct);
        var names = await AssetsReports.OrgNamesAsync(services, rows.Select(r => r.OrgId), ct);
        return new ReportTable(
            Columns,
            [.. rows.Select(r => new object?[] { names.GetValueOrDefault(r.OrgId, ""), r.Title, r.Code, r.Result.ToString(), $"{r.BookLocation} / {r.BookCustodian}", $"{r.SeenLocation} / {r.SeenCustodian}" })],
            TitleZh,
            TitleEn)
        {
            TotalRows = total,
        };
    }
}

/// <summary>The asset register: every card on the books under the org.</summary>
internal sealed class RegisterReport(int maxRows = RegisterReport.MaxRows) : IReport
{
    /// <summary>Rows on one screen or file; past it the table states the cards on the books (issue 23 (7)).</summary>
    public const int MaxRows = 200_000;

    private static readonly ReportColumn[] Columns =
    [
        new("code", "资产编号", "Code", ColumnType.Text),
        new("name", "资产名称", "Name", ColumnType.Text),
        new("class", "分类代码", "Class", ColumnType.Text),
        new("composition", "资产构成", "Composition", ColumnType.Text),
        new("org", "单位", "Unit", ColumnType.Text),
        new("acquired", "取得日期", "Acquired", ColumnType.Date),
        new("original", "原值", "Original value", ColumnType.Money),
        new("accumulated", "累计折旧", "Accumulated depreciation", ColumnType.Money),
        new("net", "净值", "Net value", ColumnType.Money),
        new("status", "状态", "Status", ColumnType.Text),
        new("custodian", "保管人", "Custodian", ColumnType.Text),
        new("location", "存放地点", "Location", ColumnType.Text),
    ];

    public string Key => "assets.register";

    public string TitleZh => "资产登记簿";

    public string TitleEn => "Asset register";

    public string Permission => AssetsPermissions.View;

    public ChartSpec? Chart => null;

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters p, CancellationToken ct)
    {
        var db = services.GetRequiredService<AssetsDb>();
        var onBooks = (await AssetQueries.UnderAsync(db, p.OrgId, ct)).Where(c => c.Status != AssetStatus.Disposed);
        var cards = await onBooks
            .OrderBy(c => c.Code).Take(maxRows + 1)
            .Select(c => new { c.Code, c.Name, c.ClassCode, c.Composition, c.OrgId, c.AcquiredOn, c.OriginalValueFen, c.AccumulatedFen, c.Status, c.Custodian, c.Location })
            .ToListAsync(ct);

        // Issue 23 (7): past the limit the table says how many cards are on the books, so the cut is never silent.
        long? total = null;
        if (cards.Count > maxRows)
        {
            cards.RemoveAt(maxRows);
            total = await onBooks.LongCountAsync(ct);
        }

        var names = await AssetsReports.OrgNamesAsync(services, cards.Select(c => c.OrgId), ct);
        return new ReportTable(
            Columns,
            [.. cards.Select(c => new object?[]
            {
                c.Code, c.Name, c.ClassCode, AssetsReports.CompositionName(c.Composition, true), names.GetValueOrDefault(c.OrgId, ""), c.AcquiredOn,
                c.OriginalValueFen, c.AccumulatedFen, c.OriginalValueFen - c.AccumulatedFen, c.Status.ToString(), c.Custodian, c.Location,
            })],
            TitleZh,
            TitleEn)
        {
            TotalRows = total,
        };
    }
}
