using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tongban.Assets.Allocation;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Kernel.Reports;
using Tongban.Testing;

namespace Tongban.Assets.Tests.Data;

/// <summary>
/// A migrated database with the assets module and Figure 5.3's chain: a provincial finance
/// department and a competent department with an administrative unit and a public institution
/// under it, and the 2004 routing example at the province for every asset workflow.
/// </summary>
internal sealed class AssetsTestDb : IAsyncDisposable
{
    private AssetsTestDb(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }

    public FakeTimeProvider Clock => Db.Clock;

    public Guid Province { get; private set; }

    public Guid Finance { get; private set; }

    public Guid Competent { get; private set; }

    public Guid AdminUnit { get; private set; }

    public Guid Institution { get; private set; }

    public static async Task<AssetsTestDb> CreateAsync(string provider, Action<IServiceCollection>? extra = null)
    {
        var db = await TestDatabase.CreateAsync(
            provider,
            (s, t) =>
            {
                s.AddWorkingDayCalendar();
                s.AddMatters();
                s.AddAssets(t);
                var module = new AssetsModule();
                s.AddImports(module.Imports);
                s.AddReports(module.Reports);
                s.AddRoleCatalog(AssetsPermissions.Roles);
                extra?.Invoke(s);
            },
            typeof(AssetsDb));
        var t = new AssetsTestDb(db);
        await using var scope = db.Open(CallerScope.System("test-setup"));
        var tree = scope.ServiceProvider.GetRequiredService<OrgTree>();
        var province = await tree.CreateAsync(new NewOrg(null, OrgLevel.Province, OrgKind.AdministrativeUnit, "浙江省人民政府", "Zhejiang", "330000"));
        t.Province = province.Id;
        t.Finance = (await tree.CreateAsync(new NewOrg(province.Id, OrgLevel.Province, OrgKind.FinanceDepartment, "浙江省财政厅", "Finance", "330000"))).Id;
        t.Competent = (await tree.CreateAsync(new NewOrg(province.Id, OrgLevel.Province, OrgKind.CompetentDepartment, "浙江省交通运输厅", "Transport", "330000"))).Id;
        t.AdminUnit = (await tree.CreateAsync(new NewOrg(t.Competent, OrgLevel.Province, OrgKind.AdministrativeUnit, "浙江省交通运输执法总队", "Enforcement", "330000"))).Id;
        t.Institution = (await tree.CreateAsync(new NewOrg(t.Competent, OrgLevel.Province, OrgKind.PublicInstitution, "浙江省公路与运输管理中心", "Highway centre", "330000"))).Id;
        var routing = scope.ServiceProvider.GetRequiredService<RoutingSettings>();
        foreach (var w in AssetWorkflows.All)
        {
            await routing.SeedExampleAsync(province.Id, w.Name);
        }

        return t;
    }

    public AsyncServiceScope System() => Db.Open(CallerScope.System("test"));

    public AsyncServiceScope User(string role, Guid orgId, string name = "user") =>
        Db.Open(CallerScope.ForUser(Guid.NewGuid(), name, [new Grant { Role = role, OrgId = orgId, CoversDescendants = true }]));

    public AsyncServiceScope Clerk(Guid unit) => User(AssetWorkflows.ClerkRole, unit, "clerk");

    public AsyncServiceScope Officer() => User(AssetWorkflows.OfficerRole, Competent, "officer");

    public AsyncServiceScope FinanceOfficer() => User(AssetWorkflows.FinanceRole, Finance, "finance");

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
