using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Kernel.Reports;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Reports;

public sealed class KernelReportsTests
{
    private static readonly Guid Province = Guid.CreateVersion7();
    private static readonly Guid County = Guid.CreateVersion7();
    private static readonly Guid Other = Guid.CreateVersion7();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Matters_by_state_is_one_group_by_in_the_database(string provider)
    {
        await using var db = await SeededAsync(provider);
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var sql = MattersByStateReport.Query(k, ReportParameters.None, DateTime.UtcNow).ToQueryString();
        Assert.Contains("GROUP BY", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("COUNT(", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Matters_by_state_counts_per_workflow_and_state_with_open_overdue_ones(string provider)
    {
        await using var db = await SeededAsync(provider);
        await using var s = db.Open(CallerScope.System());
        var table = await Run(s.ServiceProvider, "kernel.matters-by-state", ReportParameters.None);
        Assert.Equal(
            [
                ["disposal", "approved", 1L, 0L],
                ["disposal", "submitted", 3L, 2L],
                ["pension", "submitted", 1L, 0L],
            ],
            table.Rows.Select(r => r.ToArray()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Matters_by_state_counts_only_what_the_callers_grants_cover(string provider)
    {
        await using var db = await SeededAsync(provider);
        var grants = new[] { new Grant { Role = "auditor", OrgId = County, CoversDescendants = true } };
        await using var s = db.Open(CallerScope.ForUser(Guid.NewGuid(), "county auditor", grants));
        var table = await Run(s.ServiceProvider, "kernel.matters-by-state", ReportParameters.None);
        Assert.Equal([["disposal", "submitted", 2L, 1L]], table.Rows.Select(r => r.ToArray()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Matters_by_state_restricts_to_the_asked_org_subtree_and_period(string provider)
    {
        await using var db = await SeededAsync(provider);
        await using var s = db.Open(CallerScope.System());
        var underProvince = await Run(s.ServiceProvider, "kernel.matters-by-state", new ReportParameters(null, null, Province, new Dictionary<string, string>()));
        Assert.Equal(4L, underProvince.Rows.Sum(r => (long)r[2]!));

        // Created on 2025-09-20 (China time) only: the two pension/disposal rows seeded that day.
        var day = new DateOnly(2025, 9, 20);
        var onDay = await Run(s.ServiceProvider, "kernel.matters-by-state", new ReportParameters(day, day, null, new Dictionary<string, string>()));
        Assert.Equal(2L, onDay.Rows.Sum(r => (long)r[2]!));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_by_action_is_one_group_by_and_counts_each_action(string provider)
    {
        await using var db = await SeededAsync(provider);
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        Assert.Contains("GROUP BY", AuditByActionReport.Query(k, ReportParameters.None).ToQueryString(), StringComparison.OrdinalIgnoreCase);

        var expected = await k.AuditEntries.AsNoTracking().ToListAsync();
        var table = await Run(s.ServiceProvider, "kernel.audit-by-action", ReportParameters.None);
        Assert.Equal(
            expected.GroupBy(a => a.Action).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new object?[] { g.Key, (long)g.Count() }),
            table.Rows.Select(r => r.ToArray()));
        Assert.Contains(table.Rows, r => (string)r[0]! == "read" && (long)r[1]! == 2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_by_action_counts_only_entries_of_orgs_the_caller_sees(string provider)
    {
        await using var db = await SeededAsync(provider);
        var grants = new[] { new Grant { Role = "auditor", OrgId = Other, CoversDescendants = false } };
        await using var s = db.Open(CallerScope.ForUser(Guid.NewGuid(), "other auditor", grants));
        var table = await Run(s.ServiceProvider, "kernel.audit-by-action", ReportParameters.None);

        // At Other: one matter created, one sensitive read.
        Assert.Equal([["create", 1L], ["read", 1L]], table.Rows.Select(r => r.ToArray()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_kernel_report_exports_and_draws_its_chart(string provider)
    {
        await using var db = await SeededAsync(provider);
        await using var s = db.Open(CallerScope.System());
        var catalog = s.ServiceProvider.GetRequiredService<ReportCatalog>();
        var report = catalog.Find("kernel.matters-by-state")!;
        var table = await report.RunAsync(s.ServiceProvider, ReportParameters.None, CancellationToken.None);
        var svg = System.Xml.Linq.XDocument.Parse(ChartRenderer.ToSvg(table, report.Chart!, chinese: true));
        Assert.Equal(6, svg.Descendants().Count(e => (string?)e.Attribute("class") == "bar"));
    }

    private static async Task<ReportTable> Run(IServiceProvider services, string key, ReportParameters parameters) =>
        await services.GetRequiredService<ReportCatalog>().Find(key)!.RunAsync(services, parameters, CancellationToken.None);

    /// <summary>
    /// Province ⊃ County, and Other apart. The clock is 2025-09-26 09:00 China time; matters due
    /// before that and still open are overdue.
    /// </summary>
    private static async Task<TestDatabase> SeededAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(provider, (services, _) => services.AddReports([]));
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        k.OrgClosures.AddRange(
            new OrgClosure { AncestorId = Province, DescendantId = Province },
            new OrgClosure { AncestorId = Province, DescendantId = County, Distance = 1 },
            new OrgClosure { AncestorId = County, DescendantId = County },
            new OrgClosure { AncestorId = Other, DescendantId = Other });
        var past = new DateTime(2025, 9, 20, 3, 0, 0, DateTimeKind.Utc);
        var later = new DateTime(2025, 9, 24, 3, 0, 0, DateTimeKind.Utc);
        var overdue = new DateTime(2025, 9, 25, 0, 0, 0, DateTimeKind.Utc);
        var notYet = new DateTime(2025, 10, 9, 0, 0, 0, DateTimeKind.Utc);
        var n = 0;
        Matter M(Guid org, string workflow, string state, DateTime created, DateTime? due, bool closed = false) => new()
        {
            Id = Guid.CreateVersion7(),
            OrgId = org,
            Workflow = workflow,
            Reference = $"R-{++n}",
            State = state,
            CreatedUtc = created,
            DueUtc = due,
            Closed = closed,
        };
        k.Matters.AddRange(
            M(County, "disposal", "submitted", past, overdue),
            M(County, "disposal", "submitted", later, notYet),
            M(Province, "disposal", "submitted", later, overdue),
            M(Province, "disposal", "approved", later, overdue, closed: true),
            M(Other, "pension", "submitted", past, null));
        k.Audit(new AuditNote("read", "Matter", "R-1", County, Purpose: "inspection"));
        k.Audit(new AuditNote("read", "Matter", "R-5", Other, Purpose: "inspection"));
        await k.SaveChangesAsync();
        return db;
    }
}
