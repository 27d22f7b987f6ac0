using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Reports;
using Tongban.Patents.Portfolio;

namespace Tongban.Patents.Reports;

/// <summary>
/// The portfolio in the import's own columns (item 1: import and export as CSV/XLSX): the reports page, <c>GET
/// /api/reports/patents.portfolio-file/export?format=csv|xlsx</c> and <c>tongban export patents.portfolio-file</c> write a
/// file that <c>tongban import patents.patents</c> reads back into the same patents.
/// </summary>
internal sealed class PortfolioFileReport : IReport
{
    public const string ReportKey = "patents.portfolio-file";

    public string Key => ReportKey;

    public string TitleZh => "专利组合文件（导入格式）";

    public string TitleEn => "Portfolio file (import columns)";

    public string Permission => PatentsPermissions.View;

    public ChartSpec? Chart => null;

    /// <summary>The import's columns, in its order, titled as it titles them (any of its titles reads back).</summary>
    public static IReadOnlyList<ReportColumn> Columns { get; } = PatentImportColumns();

    private static ReportColumn[] PatentImportColumns() =>
        new PatentImport().Columns.Select(c => new ReportColumn(c.Name, c.TitleZh, c.TitleEn, c.Name.EndsWith("_on", StringComparison.Ordinal) ? ColumnType.Date : ColumnType.Text)).ToArray();

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters parameters, CancellationToken ct)
    {
        var db = services.GetRequiredService<PatentsDb>();
        var orgs = await services.GetRequiredService<KernelDb>().Orgs.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ExternalCode ?? o.Id.ToString(), ct);
        var owners = (await db.Owners.AsNoTracking().OrderBy(o => o.PatentId).ThenBy(o => o.Seq).Select(o => new { o.PatentId, o.Name, o.SharePercent }).ToListAsync(ct))
            .GroupBy(o => o.PatentId)
            .ToDictionary(g => g.Key, g => string.Join("|", g.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Name}:{o.SharePercent}"))));
        var patents = await db.Patents.AsNoTracking().OrderBy(p => p.ApplicationNumber).ToListAsync(ct);
        var rows = patents.Select(p => new object?[]
        {
            orgs.GetValueOrDefault(p.OrgId) ?? p.OrgId.ToString(),
            p.Type.ToString(),
            ApplicationNumberRules.Display(p.ApplicationNumber),
            p.Title,
            p.FiledOn,
            p.PriorityOn,
            p.PublishedOn,
            p.GrantedOn,
            owners.GetValueOrDefault(p.Id, ""),
            p.Inventors,
            p.IpcClasses,
            p.FamilyCode,
            p.Reduction.ToString(),
            p.OpenLicence ? "true" : "false",
        }).ToList();
        return new ReportTable(Columns, rows, TitleZh, TitleEn);
    }
}
