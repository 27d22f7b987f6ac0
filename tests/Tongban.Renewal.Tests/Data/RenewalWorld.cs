using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Renewal.Tests.Data;

/// <summary>A migrated database with the nation, a province, a city, two districts, a street in each, and a gas utility under the city.</summary>
internal sealed class RenewalWorld : IAsyncDisposable
{
    private RenewalWorld(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }

    public Guid Nation { get; private set; }

    public Guid Province { get; private set; }

    public Guid City { get; private set; }

    public Guid DistrictA { get; private set; }

    public Guid DistrictB { get; private set; }

    public Guid StreetA { get; private set; }

    public Guid StreetB { get; private set; }

    public Guid Utility { get; private set; }

    public static async Task<RenewalWorld> CreateAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(
            provider,
            (services, target) =>
            {
                RenewalModule.AddRenewal(services, target);
                services.AddRoleCatalog(RenewalPermissions.Roles);
                services.AddWorkingDayCalendar();
                services.AddImports([new Communities.CommunityImport()]);
            },
            typeof(RenewalDb));
        var world = new RenewalWorld(db);
        await using var scope = world.AsSystem();
        var tree = scope.ServiceProvider.GetRequiredService<OrgTree>();
        world.Nation = (await tree.CreateAsync(new NewOrg(null, OrgLevel.Central, OrgKind.CompetentDepartment, "住房和城乡建设部", "MOHURD", "110000"), default)).Id;
        world.Province = (await tree.CreateAsync(new NewOrg(world.Nation, OrgLevel.Province, OrgKind.CompetentDepartment, "浙江省住房和城乡建设厅", "Zhejiang housing department", "330000"), default)).Id;
        world.City = (await tree.CreateAsync(new NewOrg(world.Province, OrgLevel.Prefecture, OrgKind.CompetentDepartment, "杭州市住房保障和房产管理局", "Hangzhou housing bureau", "330100"), default)).Id;
        world.DistrictA = (await tree.CreateAsync(new NewOrg(world.City, OrgLevel.County, OrgKind.CompetentDepartment, "上城区住房和城乡建设局", "Shangcheng housing bureau", "330102"), default)).Id;
        world.DistrictB = (await tree.CreateAsync(new NewOrg(world.City, OrgLevel.County, OrgKind.CompetentDepartment, "拱墅区住房和城乡建设局", "Gongshu housing bureau", "330105"), default)).Id;
        world.StreetA = (await tree.CreateAsync(new NewOrg(world.DistrictA, OrgLevel.Township, OrgKind.AdministrativeUnit, "湖滨街道办事处", "Hubin street office", "330102"), default)).Id;
        world.StreetB = (await tree.CreateAsync(new NewOrg(world.DistrictB, OrgLevel.Township, OrgKind.AdministrativeUnit, "米市巷街道办事处", "Mishixiang street office", "330105"), default)).Id;
        world.Utility = (await tree.CreateAsync(new NewOrg(world.City, OrgLevel.County, OrgKind.Enterprise, "杭州市燃气集团", "Hangzhou gas group", "330100"), default)).Id;
        return world;
    }

    public AsyncServiceScope AsSystem() => Db.Open(CallerScope.System("test"));

    public AsyncServiceScope As(string userName, params (string Role, Guid Org)[] grants) =>
        Db.Open(CallerScope.ForUser(Guid.NewGuid(), userName, grants.Select(g => new Grant { Id = Guid.NewGuid(), OrgId = g.Org, Role = g.Role, CoversDescendants = true }).ToList()));

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
