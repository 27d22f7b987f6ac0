using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Reports;
using Tongban.Patents.Programmes;

namespace Tongban.Patents.Reports;

/// <summary>Subsidies paid after grant and the municipal award (item 5): each programme with its applications and awards.</summary>
internal sealed class ProgrammesReport : IReport
{
    public string Key => "patents.programmes";

    public string TitleZh => "专利资助与奖励（按项目）";

    public string TitleEn => "Subsidies and awards by programme";

    public string Permission => PatentsPermissions.View;

    public ChartSpec? Chart => new(ChartKind.Bar, "programme", ["paid"]);

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters parameters, CancellationToken ct)
    {
        var list = await services.GetRequiredService<ProgrammeService>().ListAsync(ct);
        return new ReportTable(
            [
                new("programme", "项目", "Programme", ColumnType.Text), new("kind", "类别", "Kind", ColumnType.Text), new("year", "年度", "Year", ColumnType.Integer),
                new("applications", "申请", "Applications", ColumnType.Integer), new("approved", "批准", "Approved", ColumnType.Integer),
                new("committed", "已批准金额", "Approved amount", ColumnType.Money), new("paid", "已拨付", "Paid", ColumnType.Money), new("budget", "预算", "Budget", ColumnType.Money),
            ],
            list.Select(p => new object?[] { p.Name, PatentsTexts.T($"patents.programme-kind.{p.Kind}"), (long)p.Year, (long)p.Applications, (long)p.Approved, p.CommittedFen, p.PaidFen, p.BudgetFen }).ToList(),
            TitleZh,
            TitleEn);
    }
}
