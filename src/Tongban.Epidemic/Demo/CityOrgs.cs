using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;

namespace Tongban.Epidemic.Demo;

/// <summary>
/// Makes sure the demo city and its districts exist in the org tree (with closure rows), each
/// district with a health commission as its org, and returns their ids by division code.
/// </summary>
public static class CityOrgs
{
    public static async Task<IReadOnlyDictionary<string, Guid>> EnsureAsync(KernelDb kernel, Guid? parentId, CancellationToken ct)
    {
        var codes = BeijingDistricts.All.Select(d => d.Code).Append(BeijingDistricts.City.Code).ToList();
        var existing = await kernel.Orgs.Where(o => codes.Contains(o.DivisionCode) && !o.Archived)
            .Select(o => new { o.DivisionCode, o.Id, o.Level })
            .ToListAsync(ct);
        var ids = existing
            .Where(o => o.Level is OrgLevel.Province or OrgLevel.County)
            .GroupBy(o => o.DivisionCode)
            .ToDictionary(g => g.Key, g => g.First().Id);

        var parentAncestors = parentId is { } pid
            ? await kernel.OrgClosures.Where(c => c.DescendantId == pid).ToListAsync(ct)
            : [];
        var parentDepth = parentAncestors.Count == 0 ? -1 : parentAncestors.Max(c => c.Distance);

        if (!ids.TryGetValue(BeijingDistricts.City.Code, out var cityId))
        {
            cityId = Add(kernel, parentId, parentAncestors, parentDepth + 1, OrgLevel.Province, BeijingDistricts.City.Code, "北京市卫生健康委员会", "Beijing Municipal Health Commission");
            ids[BeijingDistricts.City.Code] = cityId;
        }

        var cityAncestors = await kernel.OrgClosures.Where(c => c.DescendantId == cityId).ToListAsync(ct);
        if (cityAncestors.Count == 0)
        {
            cityAncestors = kernel.ChangeTracker.Entries<OrgClosure>().Select(e => e.Entity).Where(c => c.DescendantId == cityId).ToList();
        }

        var cityDepth = cityAncestors.Max(c => c.Distance);
        foreach (var d in BeijingDistricts.All.Where(d => !ids.ContainsKey(d.Code)))
        {
            ids[d.Code] = Add(kernel, cityId, cityAncestors, cityDepth + 1, OrgLevel.County, d.Code, d.NameZh + "卫生健康委员会", d.NameEn + " Health Commission");
        }

        await kernel.SaveChangesAsync(ct);
        return ids;
    }

    private static Guid Add(KernelDb kernel, Guid? parentId, List<OrgClosure> parentAncestors, int depth, OrgLevel level, string code, string zh, string en)
    {
        // Derived from the (seed-derived) parent, so the same seed gives the same districts.
        var id = DemoContext.IdFor(0, $"epidemic-org:{parentId}:{code}");
        kernel.Orgs.Add(new OrgNode
        {
            Id = id,
            ParentId = parentId,
            Level = level,
            Kind = OrgKind.DistrictHealthAuthority,
            NameZh = zh,
            NameEn = en,
            DivisionCode = code,
            Depth = depth,
        });
        kernel.OrgClosures.Add(new OrgClosure { AncestorId = id, DescendantId = id, Distance = 0 });
        foreach (var a in parentAncestors)
        {
            kernel.OrgClosures.Add(new OrgClosure { AncestorId = a.AncestorId, DescendantId = id, Distance = a.Distance + 1 });
        }

        return id;
    }
}
