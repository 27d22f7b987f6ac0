using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Reports;
using Tongban.Patents.Fees;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Value;

namespace Tongban.Patents.Reports;

/// <summary>The module's reports (item 5); each aggregates in the database through the caller's scope.</summary>
internal static class PatentsReports
{
    public static IReadOnlyList<IReport> All { get; } =
        [new PortfolioReport(), new MaintainedReport(), new TransformationRateReport(), new ValueGradesReport(), new ForecastReport(), new ProgrammesReport(), new PortfolioFileReport()];

    internal static bool Chinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";

    internal static async Task<Dictionary<Guid, string>> OrgNamesAsync(IServiceProvider services, CancellationToken ct) =>
        await services.GetRequiredService<KernelDb>().Orgs.AsNoTracking().ToDictionaryAsync(o => o.Id, o => Chinese ? o.NameZh : o.NameEn, ct);
}

/// <summary>Portfolio by type and legal status.</summary>
internal sealed class PortfolioReport : IReport
{
    public string Key => "patents.portfolio";

    public string TitleZh => "专利组合（按类型和法律状态）";

    public string TitleEn => "Portfolio by type and legal status";

    public string Permission => PatentsPermissions.View;

    public ChartSpec? Chart => new(ChartKind.Bar, "type", ["pending", "granted", "lapsed", "expired"]);

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters parameters, CancellationToken ct)
    {
        var db = services.GetRequiredService<PatentsDb>();
        var rows = await db.Patents.AsNoTracking().GroupBy(p => new { p.Type, p.Status }).Select(g => new { g.Key.Type, g.Key.Status, Count = g.LongCount() }).ToListAsync(ct);
        long C(PatentType t, params LegalStatus[] s) => rows.Where(r => r.Type == t && s.Contains(r.Status)).Sum(r => r.Count);
        var table = Enum.GetValues<PatentType>().Select(t => new object?[]
        {
            PatentsTexts.T($"patents.type.{t}"), C(t, LegalStatus.Pending), C(t, LegalStatus.Granted), C(t, LegalStatus.Lapsed), C(t, LegalStatus.Expired),
            C(t, LegalStatus.Abandoned, LegalStatus.Rejected), rows.Where(r => r.Type == t).Sum(r => r.Count),
        }).ToList();
        return new ReportTable(
            [
                new("type", "类型", "Type", ColumnType.Text), new("pending", "申请中", "Pending", ColumnType.Integer), new("granted", "有效", "In force", ColumnType.Integer),
                new("lapsed", "未缴年费终止", "Lapsed", ColumnType.Integer), new("expired", "期满终止", "Expired", ColumnType.Integer),
                new("other", "放弃/驳回", "Abandoned/rejected", ColumnType.Integer), new("total", "合计", "Total", ColumnType.Integer),
            ], table, TitleZh, TitleEn);
    }
}

/// <summary>The text's headline figure: the share of invention patents in force maintained for more than five years (counted from filing), by owner.</summary>
internal sealed class MaintainedReport : IReport
{
    public string Key => "patents.maintained-five-years";

    public string TitleZh => "维持年限超过五年的有效发明专利占比（按单位）";

    public string TitleEn => "Invention patents in force maintained over five years, by owner";

    public string Permission => PatentsPermissions.View;

    public ChartSpec? Chart => new(ChartKind.Bar, "org", ["share"]);

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters parameters, CancellationToken ct)
    {
        var db = services.GetRequiredService<PatentsDb>();
        var asOf = parameters.To ?? ChinaTime.Today(services.GetRequiredService<TimeProvider>());
        var fiveYearsBefore = asOf.AddYears(-5);
        var rows = await db.Patents.AsNoTracking().Where(p => p.Type == PatentType.Invention && p.Status == LegalStatus.Granted)
            .GroupBy(p => p.OrgId).Select(g => new { Org = g.Key, InForce = g.LongCount(), Over = g.LongCount(p => p.FiledOn < fiveYearsBefore) }).ToListAsync(ct);
        var names = await PatentsReports.OrgNamesAsync(services, ct);
        var table = rows.OrderBy(r => names.GetValueOrDefault(r.Org)).Select(r => new object?[]
        {
            names.GetValueOrDefault(r.Org, r.Org.ToString()), r.InForce, r.Over, r.InForce == 0 ? 0m : (decimal)r.Over / r.InForce,
        }).ToList();
        var total = rows.Sum(r => r.InForce);
        var over = rows.Sum(r => r.Over);
        table.Add([PatentsTexts.T("patents.total"), total, over, total == 0 ? 0m : (decimal)over / total]);
        return new ReportTable(
            [
                new("org", "单位", "Owner", ColumnType.Text), new("in_force", "有效发明专利", "Inventions in force", ColumnType.Integer),
                new("over_five", "维持超过五年", "Maintained over 5 years", ColumnType.Integer), new("share", "占比", "Share", ColumnType.Percent),
            ], table, TitleZh, TitleEn);
    }
}

/// <summary>Transformation rate: granted patents with at least one ledger line, by owner.</summary>
internal sealed class TransformationRateReport : IReport
{
    public string Key => "patents.transformation-rate";

    public string TitleZh => "专利转化率（按单位）";

    public string TitleEn => "Transformation rate by owner";

    public string Permission => PatentsPermissions.View;

    public ChartSpec? Chart => new(ChartKind.Bar, "org", ["rate"]);

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters parameters, CancellationToken ct)
    {
        var db = services.GetRequiredService<PatentsDb>();
        var rows = await db.Patents.AsNoTracking().Where(p => p.GrantedOn != null).GroupBy(p => p.OrgId)
            .Select(g => new { Org = g.Key, Granted = g.LongCount(), Transformed = g.LongCount(p => db.Transformations.Any(t => t.PatentId == p.Id)) }).ToListAsync(ct);
        var income = await db.Transformations.AsNoTracking().GroupBy(t => t.OrgId).Select(g => new { Org = g.Key, Income = g.Sum(t => t.IncomeFen) }).ToDictionaryAsync(x => x.Org, x => x.Income, ct);
        var names = await PatentsReports.OrgNamesAsync(services, ct);
        var table = rows.OrderBy(r => names.GetValueOrDefault(r.Org)).Select(r => new object?[]
        {
            names.GetValueOrDefault(r.Org, r.Org.ToString()), r.Granted, r.Transformed, r.Granted == 0 ? 0m : (decimal)r.Transformed / r.Granted, income.GetValueOrDefault(r.Org),
        }).ToList();
        return new ReportTable(
            [
                new("org", "单位", "Owner", ColumnType.Text), new("granted", "授权专利", "Granted", ColumnType.Integer), new("transformed", "已转化", "Transformed", ColumnType.Integer),
                new("rate", "转化率", "Rate", ColumnType.Percent), new("income", "转化收入", "Income", ColumnType.Money),
            ], table, TitleZh, TitleEn);
    }
}

/// <summary>Value grades of the latest scores, per purpose.</summary>
internal sealed class ValueGradesReport : IReport
{
    public string Key => "patents.value-grades";

    public string TitleZh => "专利价值等级分布";

    public string TitleEn => "Value grades";

    public string Permission => PatentsPermissions.View;

    public ChartSpec? Chart => new(ChartKind.Bar, "purpose", ["a", "b", "c", "d"]);

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters parameters, CancellationToken ct)
    {
        var db = services.GetRequiredService<PatentsDb>();
        var sets = await db.WeightSets.AsNoTracking().ToListAsync(ct);
        var current = sets.GroupBy(s => s.Purpose).Select(g => g.OrderByDescending(s => s.Version).First()).OrderBy(s => s.Purpose).ToList();
        var table = new List<object?[]>();
        foreach (var set in current)
        {
            var last = await db.Scores.AsNoTracking().Where(s => s.WeightSetId == set.Id).MaxAsync(s => (DateOnly?)s.ScoredOn, ct);
            var grades = await db.Scores.AsNoTracking().Where(s => s.WeightSetId == set.Id && s.ScoredOn == last).GroupBy(s => s.Grade)
                .Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
            table.Add([$"{PatentsTexts.T($"patents.purpose.{set.Purpose}")} v{set.Version}", grades.GetValueOrDefault("A"), grades.GetValueOrDefault("B"), grades.GetValueOrDefault("C"), grades.GetValueOrDefault("D")]);
        }

        return new ReportTable(
            [
                new("purpose", "用途（权重版本）", "Purpose (weights version)", ColumnType.Text), new("a", "A", "A", ColumnType.Integer), new("b", "B", "B", ColumnType.Integer),
                new("c", "C", "C", ColumnType.Integer), new("d", "D", "D", ColumnType.Integer),
            ], table, TitleZh, TitleEn);
    }
}

/// <summary>The fee forecast of the live portfolio for the next five calendar years.</summary>
internal sealed class ForecastReport : IReport
{
    public string Key => "patents.fee-forecast";

    public string TitleZh => "年费预测（未来五年）";

    public string TitleEn => "Annual fee forecast (next five years)";

    public string Permission => PatentsPermissions.View;

    public ChartSpec? Chart => new(ChartKind.Bar, "year", ["fee"]);

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters parameters, CancellationToken ct)
    {
        var years = await services.GetRequiredService<FeeService>().ForecastAsync(5, ct);
        return new ReportTable(
            [
                new("year", "年度", "Year", ColumnType.Text), new("fees", "笔数", "Fees", ColumnType.Integer),
                new("full", "全额", "Full fees", ColumnType.Money), new("fee", "减缴后应缴", "Payable after reduction", ColumnType.Money),
            ],
            years.Select(y => new object?[] { y.Year.ToString(CultureInfo.InvariantCulture), (long)y.Fees, y.FullFen, y.FeeFen }).ToList(), TitleZh, TitleEn);
    }
}
