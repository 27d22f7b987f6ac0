using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Testing;

/// <summary>
/// A small org tree for tests: the central finance ministry, a province, a prefecture, two
/// counties (A with one township) and a second prefecture, created through <see cref="OrgTree"/>.
/// </summary>
public sealed record TestTree(Guid Central, Guid Province, Guid Prefecture, Guid CountyA, Guid CountyB, Guid TownshipA, Guid OtherPrefecture)
{
    public static async Task<TestTree> CreateAsync(TestDatabase db)
    {
        await using var scope = db.Open(CallerScope.System("test-tree"));
        var tree = scope.ServiceProvider.GetRequiredService<OrgTree>();
        var central = await tree.CreateAsync(new NewOrg(null, OrgLevel.Central, OrgKind.FinanceDepartment, "财政部", "Ministry of Finance", "110000"), default);
        var province = await tree.CreateAsync(new NewOrg(central.Id, OrgLevel.Province, OrgKind.FinanceDepartment, "浙江省财政厅", "Zhejiang Finance Department", "330000"), default);
        var prefecture = await tree.CreateAsync(new NewOrg(province.Id, OrgLevel.Prefecture, OrgKind.FinanceDepartment, "杭州市财政局", "Hangzhou Finance Bureau", "330100"), default);
        var countyA = await tree.CreateAsync(new NewOrg(prefecture.Id, OrgLevel.County, OrgKind.FinanceDepartment, "上城区财政局", "Shangcheng Finance Bureau", "330102"), default);
        var countyB = await tree.CreateAsync(new NewOrg(prefecture.Id, OrgLevel.County, OrgKind.FinanceDepartment, "拱墅区财政局", "Gongshu Finance Bureau", "330105"), default);
        var township = await tree.CreateAsync(new NewOrg(countyA.Id, OrgLevel.Township, OrgKind.AdministrativeUnit, "清波街道", "Qingbo Subdistrict", "330102"), default);
        var other = await tree.CreateAsync(new NewOrg(province.Id, OrgLevel.Prefecture, OrgKind.FinanceDepartment, "宁波市财政局", "Ningbo Finance Bureau", "330200"), default);
        return new TestTree(central.Id, province.Id, prefecture.Id, countyA.Id, countyB.Id, township.Id, other.Id);
    }
}
