using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;

namespace Tongban.Epidemic.Data;

/// <summary>An organisation a case or person can belong to, found by its division code.</summary>
public sealed record AreaOrg(Guid OrgId, string DivisionCode, string NameZh, string NameEn, OrgLevel Level, OrgKind Kind)
{
    private static readonly string[] SuffixesZh = ["卫生健康委员会", "卫健委", "疾病预防控制中心", "疾控中心"];
    private static readonly string[] SuffixesEn = [" Municipal Health Commission", " Health Commission", " Center for Disease Control and Prevention", " CDC"];

    /// <summary>The place the org stands for ("西城区" of "西城区卫生健康委员会").</summary>
    public string PlaceZh => Strip(NameZh, SuffixesZh);

    public string PlaceEn => Strip(NameEn, SuffixesEn);

    private static string Strip(string name, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}

/// <summary>Resolves division codes to the org tree (districts and the city), once per scope.</summary>
public sealed class Districts(KernelDb kernel)
{
    private Dictionary<string, AreaOrg>? _byCode;

    public async Task<IReadOnlyDictionary<string, AreaOrg>> AllAsync(CancellationToken ct)
    {
        _byCode ??= (await kernel.Orgs.AsNoTracking()
                .Where(o => !o.Archived && (o.Level == OrgLevel.Province || o.Level == OrgLevel.Prefecture || o.Level == OrgLevel.County))
                .Select(o => new AreaOrg(o.Id, o.DivisionCode, o.NameZh, o.NameEn, o.Level, o.Kind))
                .ToListAsync(ct))
            .GroupBy(o => o.DivisionCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(o => IsHealth(o.Kind) ? 0 : 1).ThenBy(o => o.Level).ThenBy(o => o.OrgId).First());
        return _byCode;
    }

    // Several orgs share a division code (a finance bureau, a health commission); cases belong with health.
    private static bool IsHealth(OrgKind kind) => kind is OrgKind.DistrictHealthAuthority or OrgKind.DiseaseControlCentre;

    /// <summary>The org of a division code; unknown codes are refused naming <paramref name="field"/>.</summary>
    public async Task<AreaOrg> ResolveAsync(string? code, string field, CancellationToken ct)
    {
        var all = await AllAsync(ct);
        if (string.IsNullOrWhiteSpace(code) || !all.TryGetValue(code.Trim(), out var org))
        {
            throw new RuleViolation(field, "epidemic.district.unknown", $"'{code}' is not a known district code.");
        }

        return org;
    }

    public async Task<AreaOrg?> ByOrgIdAsync(Guid orgId, CancellationToken ct) =>
        (await AllAsync(ct)).Values.FirstOrDefault(o => o.OrgId == orgId);

    /// <summary>
    /// The orgs the caller may see, or null when unrestricted. Queries add it as an explicit
    /// "OrgId IN (...)" so the org-first indexes serve them; the scope filter still applies
    /// as well. (Inlining the ids with EF.Constant made SQLite's plans ten times slower.)
    /// </summary>
    public static async Task<List<Guid>?> VisibleAsync(EpidemicDb db, CancellationToken ct)
    {
        var scope = db.Scope;
        if (scope.Unrestricted)
        {
            return null;
        }

        var roots = scope.SubtreeRootIds;
        var under = roots.Count == 0
            ? []
            : await db.OrgClosures.Where(c => roots.Contains(c.AncestorId)).Select(c => c.DescendantId).ToListAsync(ct);
        return under.Concat(scope.ExactOrgIds).Distinct().ToList();
    }

    /// <summary>The org and all orgs under it (by the closure table).</summary>
    public static Task<List<Guid>> SubtreeAsync(EpidemicDb db, Guid rootOrgId, CancellationToken ct) =>
        db.OrgClosures.Where(c => c.AncestorId == rootOrgId).Select(c => c.DescendantId).ToListAsync(ct);
}
