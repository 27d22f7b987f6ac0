using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;

namespace Tongban.Assets.Demo;

internal sealed record DemoUnit(Guid Id, OrgLevel Level, OrgKind Kind);

internal sealed record DemoOrgPlan(IReadOnlyList<NewOrg> Nodes, IReadOnlyList<DemoUnit> Units);

/// <summary>
/// The assets demo's orgs, below the demo world's governments: at each level competent departments
/// ("financial department-competent department-administrative institution", seed 09 (3)) with their
/// administrative units and public institutions, and townships with their institutions.
/// </summary>
internal static class DemoOrgs
{
    public const int UnitsPerDepartment = 12;

    private static readonly (string Zh, string En, string UnitZh)[] Departments =
    [
        ("交通运输", "Transport", "公路"),
        ("水利", "Water Resources", "水文"),
        ("文化和旅游", "Culture and Tourism", "文化"),
        ("自然资源", "Natural Resources", "测绘"),
        ("农业农村", "Agriculture", "农技"),
    ];

    public static DemoOrgPlan Plan(DemoContext demo)
    {
        var nodes = new List<NewOrg>();
        var units = new List<DemoUnit>();
        void Level(string govKey, OrgLevel level, string prefixZh, string prefixEn, string division)
        {
            if (!demo.Orgs.TryGetValue(govKey, out var gov))
            {
                return;
            }

            foreach (var (zh, en, unitZh) in Departments)
            {
                var deptId = demo.IdFor($"assets:{govKey}:{en}");
                var deptName = level switch
                {
                    OrgLevel.Province => $"{prefixZh}{zh}厅",
                    _ => $"{prefixZh}{zh}局",
                };
                nodes.Add(new NewOrg(gov, level, OrgKind.CompetentDepartment, deptName, $"{prefixEn} {en} Department", division, deptId));
                for (var i = 1; i <= UnitsPerDepartment; i++)
                {
                    var kind = i % 3 == 0 ? OrgKind.AdministrativeUnit : OrgKind.PublicInstitution;
                    var id = demo.IdFor($"assets:{govKey}:{en}:{i}");
                    var name = kind == OrgKind.AdministrativeUnit ? $"{prefixZh}{zh}执法{i}队" : $"{prefixZh}{unitZh}事业发展中心{i}";
                    nodes.Add(new NewOrg(deptId, level, kind, name, $"{prefixEn} {en} unit {i}", division, id));
                    units.Add(new DemoUnit(id, level, kind));
                }
            }
        }

        Level("province", OrgLevel.Province, "浙江省", "Zhejiang", "330000");
        Level("prefecture", OrgLevel.Prefecture, "杭州市", "Hangzhou", "330100");
        Level("prefecture2", OrgLevel.Prefecture, "宁波市", "Ningbo", "330200");
        Level("county", OrgLevel.County, "西湖区", "Xihu", "330106");
        Level("county2", OrgLevel.County, "鄞州区", "Yinzhou", "330212");

        foreach (var (countyKey, division, towns) in new[] { ("county", "330106", new[] { "转塘街道", "双浦镇", "三墩镇" }), ("county2", "330212", new[] { "姜山镇", "咸祥镇", "塘溪镇" }) })
        {
            if (!demo.Orgs.TryGetValue(countyKey, out var county))
            {
                continue;
            }

            for (var t = 0; t < towns.Length; t++)
            {
                var townId = demo.IdFor($"assets:{countyKey}:town:{t}");
                nodes.Add(new NewOrg(county, OrgLevel.Township, OrgKind.AdministrativeUnit, $"{towns[t]}人民政府", $"{countyKey} township {t + 1}", division, townId));
                units.Add(new DemoUnit(townId, OrgLevel.Township, OrgKind.AdministrativeUnit));
                string[] kinds = ["卫生院", "中心小学", "农业综合服务站", "文化站", "社区卫生服务站", "综合执法队"];
                for (var i = 0; i < kinds.Length; i++)
                {
                    var id = demo.IdFor($"assets:{countyKey}:town:{t}:{i}");
                    var kind = i switch { 0 or 4 => OrgKind.Hospital, 1 => OrgKind.School, 5 => OrgKind.AdministrativeUnit, _ => OrgKind.PublicInstitution };
                    nodes.Add(new NewOrg(townId, OrgLevel.Township, kind, $"{towns[t]}{kinds[i]}", $"{countyKey} township {t + 1} unit {i + 1}", division, id));
                    units.Add(new DemoUnit(id, OrgLevel.Township, kind));
                }
            }
        }

        return new DemoOrgPlan(nodes, units);
    }
}
