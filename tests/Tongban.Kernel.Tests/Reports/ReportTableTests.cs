using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Kernel.People;
using Tongban.Kernel.Reports;

namespace Tongban.Kernel.Tests.Reports;

public sealed class ReportTableTests
{
    private static readonly ReportColumn[] Columns =
    [
        new("name", "名称", "Name", ColumnType.Text),
        new("amount", "金额", "Amount", ColumnType.Money),
        new("on", "日期", "Date", ColumnType.Date),
    ];

    [Fact]
    public void A_row_with_too_few_values_is_refused_naming_the_row()
    {
        var e = Assert.Throws<RuleViolation>(() => new ReportTable(Columns, [["甲", 1L]], "表", "Table"));
        Assert.Equal("reports.row-arity", e.Rule);
        Assert.Equal("rows[0]", e.Field);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused_naming_the_column()
    {
        var e = Assert.Throws<RuleViolation>(() => new ReportTable(Columns, [["甲", 12.5m, null]], "表", "Table"));
        Assert.Equal("reports.value-type", e.Rule);
        Assert.Equal("rows[0].amount", e.Field);
    }

    [Fact]
    public void A_cny_amount_is_held_as_fen_in_a_money_column()
    {
        var table = new ReportTable(Columns, [["甲", new Cny(12345), null]], "表", "Table");
        Assert.Equal(12345L, table.Rows[0][1]);
    }

    [Fact]
    public void Integral_values_widen_to_long_and_datetimes_become_dates()
    {
        var table = new ReportTable(Columns, [["甲", 150, new DateTime(2025, 10, 8)]], "表", "Table");
        Assert.Equal(150L, table.Rows[0][1]);
        Assert.Equal(new DateOnly(2025, 10, 8), table.Rows[0][2]);
    }

    [Fact]
    public void Repeated_column_keys_are_refused()
    {
        var e = Assert.Throws<RuleViolation>(() => new ReportTable([Columns[0], Columns[0]], [], "表", "Table"));
        Assert.Equal("reports.column-key", e.Rule);
    }

    [Fact]
    public void The_catalog_refuses_a_key_without_module_prefix()
    {
        var report = new FixedReport("loose", null);
        var e = Assert.Throws<RuleViolation>(() => new ReportCatalog([report]));
        Assert.Equal("reports.key-format", e.Rule);
    }

    [Fact]
    public void The_catalog_holds_the_kernel_reports_and_a_modules_reports()
    {
        var catalog = new ReportCatalog(KernelReports.All.Append(new FixedReport("assets.cards", null)));
        Assert.NotNull(catalog.Find("kernel.matters-by-state"));
        Assert.NotNull(catalog.Find("kernel.audit-by-action"));
        Assert.NotNull(catalog.Find("assets.cards"));
        Assert.Equal(3, catalog.All.Count);
    }

    [Fact]
    public void A_caller_is_offered_the_reports_whose_permission_a_grant_carries()
    {
        var catalog = new ReportCatalog(KernelReports.All);
        var roles = new RoleCatalog(KernelPermissions.Roles.Append(new RoleDefinition("clerk", "办事员", "Clerk", [KernelPermissions.ViewMatters])));
        var clerk = CallerScope.ForUser(Guid.NewGuid(), "clerk", [new Grant { Role = "clerk", OrgId = Guid.NewGuid() }]);

        Assert.Equal(["kernel.matters-by-state"], catalog.AvailableTo(clerk, roles).Select(r => r.Key));
        Assert.Equal(2, catalog.AvailableTo(CallerScope.System(), roles).Count());
        Assert.Empty(catalog.AvailableTo(CallerScope.Nobody, roles));
    }

    private sealed class FixedReport(string key, ChartSpec? chart) : IReport
    {
        public string Key => key;

        public string TitleZh => "固定";

        public string TitleEn => "Fixed";

        public string Permission => "x";

        public ChartSpec? Chart => chart;

        public Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters parameters, CancellationToken ct) =>
            Task.FromResult(new ReportTable(Columns, [], TitleZh, TitleEn));
    }
}
