using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Reports;

/// <summary>The kernel's own reports.</summary>
public static class KernelReports
{
    public static IReadOnlyList<IReport> All { get; } = [new MattersByStateReport(), new AuditByActionReport()];

    /// <summary>The UTC instant at which a China calendar day (UTC+8, no daylight saving) begins.</summary>
    internal static DateTime ChinaDayStartUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).AddHours(-8), DateTimeKind.Utc);
}

/// <summary>Matters per workflow and state, with how many of them are open and overdue now.</summary>
internal sealed class MattersByStateReport : IReport
{
    private static readonly ReportColumn[] Columns =
    [
        new("workflow", "业务流程", "Workflow", ColumnType.Text),
        new("state", "状态", "State", ColumnType.Text),
        new("count", "件数", "Matters", ColumnType.Integer),
        new("overdue", "逾期件数", "Overdue", ColumnType.Integer),
    ];

    public string Key => "kernel.matters-by-state";

    public string TitleZh => "事项状态统计";

    public string TitleEn => "Matters by state";

    public string Permission => KernelPermissions.ViewMatters;

    public ChartSpec? Chart { get; } = new(ChartKind.Bar, "state", ["count", "overdue"]);

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters parameters, CancellationToken ct)
    {
        var db = services.GetRequiredService<KernelDb>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var rows = await Query(db, parameters, now).ToListAsync(ct);
        return new ReportTable(Columns, rows.Select(r => new object?[] { r.Workflow, r.State, r.Count, r.Overdue }).ToList(), TitleZh, TitleEn);
    }

    /// <summary>
    /// One GROUP BY in the database. The matters are those the context's caller may see (the
    /// scope query filter), created in the period, held under the asked org.
    /// </summary>
    internal static IQueryable<Row> Query(KernelDb db, ReportParameters p, DateTime nowUtc)
    {
        IQueryable<Matter> matters = db.Matters.AsNoTracking();
        if (p.From is { } from)
        {
            var start = KernelReports.ChinaDayStartUtc(from);
            matters = matters.Where(m => m.CreatedUtc >= start);
        }

        if (p.To is { } to)
        {
            var end = KernelReports.ChinaDayStartUtc(to.AddDays(1));
            matters = matters.Where(m => m.CreatedUtc < end);
        }

        if (p.OrgId is { } org)
        {
            var under = OrgScope.Under(db.OrgClosures, org);
            matters = matters.Where(m => under.Contains(m.OrgId));
        }

        return matters
            .GroupBy(m => new { m.Workflow, m.State })
            .OrderBy(g => g.Key.Workflow)
            .ThenBy(g => g.Key.State)
            .Select(g => new Row
            {
                Workflow = g.Key.Workflow,
                State = g.Key.State,
                Count = g.Count(),
                Overdue = g.Count(m => !m.Closed && m.DueUtc != null && m.DueUtc < nowUtc),
            });
    }

    internal sealed class Row
    {
        public string Workflow { get; init; } = "";

        public string State { get; init; } = "";

        public int Count { get; init; }

        public int Overdue { get; init; }
    }
}

/// <summary>Audit entries per action (create, update, import, ...) in the period.</summary>
internal sealed class AuditByActionReport : IReport
{
    private static readonly ReportColumn[] Columns =
    [
        new("action", "操作", "Action", ColumnType.Text),
        new("count", "条数", "Entries", ColumnType.Integer),
    ];

    public string Key => "kernel.audit-by-action";

    public string TitleZh => "审计日志按操作统计";

    public string TitleEn => "Audit entries by action";

    public string Permission => KernelPermissions.ViewAudit;

    public ChartSpec? Chart { get; } = new(ChartKind.Pie, "action", ["count"]);

    public async Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters parameters, CancellationToken ct)
    {
        var db = services.GetRequiredService<KernelDb>();
        var rows = await Query(db, parameters).ToListAsync(ct);
        return new ReportTable(Columns, rows.Select(r => new object?[] { r.Action, r.Count }).ToList(), TitleZh, TitleEn);
    }

    /// <summary>
    /// One GROUP BY in the database over the entries the caller may see (the audit scope filter:
    /// entries of orgs their grants cover; entries of no org only for administrators).
    /// </summary>
    internal static IQueryable<Row> Query(KernelDb db, ReportParameters p)
    {
        IQueryable<AuditEntry> entries = db.AuditEntries.AsNoTracking();

        if (p.From is { } from)
        {
            var start = KernelReports.ChinaDayStartUtc(from);
            entries = entries.Where(a => a.AtUtc >= start);
        }

        if (p.To is { } to)
        {
            var end = KernelReports.ChinaDayStartUtc(to.AddDays(1));
            entries = entries.Where(a => a.AtUtc < end);
        }

        if (p.OrgId is { } org)
        {
            var under = OrgScope.Under(db.OrgClosures, org);
            entries = entries.Where(a => a.OrgId != null && under.Contains(a.OrgId.Value));
        }

        return entries
            .GroupBy(a => a.Action)
            .OrderBy(g => g.Key)
            .Select(g => new Row { Action = g.Key, Count = g.Count() });
    }

    internal sealed class Row
    {
        public string Action { get; init; } = "";

        public int Count { get; init; }
    }
}
