using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

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

/// <summary>
/// The area orgs (city, prefecture and district levels) with their ancestors, loaded once and kept
/// for the process: names and codes change rarely, and every line list, curve and bulletin needs
/// them. A snapshot is reloaded after <see cref="MaxAge"/>, and at once when a code is not found
/// (a district created a moment ago). Org names are not scoped data; what a caller may see is
/// still decided by the caller's grants (<see cref="AreaSnapshot.CaseOrgs"/>) and the kernel's
/// scope filter on every query.
/// </summary>
public sealed class AreaCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private AreaSnapshot? _current;

    internal async Task<AreaSnapshot> GetAsync(KernelDb kernel, bool reload, CancellationToken ct)
    {
        var current = Volatile.Read(ref _current);
        var age = current is null ? long.MaxValue : Environment.TickCount64 - current.LoadedAtTicks;

        // A reload for a code not found happens at most once a second, so a file of unknown codes is not a query per row.
        if (age < (reload ? 1000 : (long)MaxAge.TotalMilliseconds))
        {
            return current!;
        }

        var loaded = await AreaSnapshot.LoadAsync(kernel, ct);
        Volatile.Write(ref _current, loaded);
        return loaded;
    }
}

/// <summary>One load of the area orgs: by division code, by id, and which area orgs lie under each org.</summary>
public sealed class AreaSnapshot
{
    private readonly Dictionary<Guid, Guid[]> _ancestors;

    private AreaSnapshot(Dictionary<string, AreaOrg> byCode, Dictionary<Guid, Guid[]> ancestors, long loadedAtTicks)
    {
        ByCode = byCode;
        _ancestors = ancestors;
        LoadedAtTicks = loadedAtTicks;
    }

    public IReadOnlyDictionary<string, AreaOrg> ByCode { get; }

    internal long LoadedAtTicks { get; }

    internal static async Task<AreaSnapshot> LoadAsync(KernelDb kernel, CancellationToken ct)
    {
        var orgs = await kernel.Orgs.AsNoTracking()
            .Where(o => !o.Archived && (o.Level == OrgLevel.Province || o.Level == OrgLevel.Prefecture || o.Level == OrgLevel.County))
            .Select(o => new AreaOrg(o.Id, o.DivisionCode, o.NameZh, o.NameEn, o.Level, o.Kind))
            .ToListAsync(ct);
        var byCode = orgs
            .GroupBy(o => o.DivisionCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(o => IsHealth(o.Kind) ? 0 : 1).ThenBy(o => o.Level).ThenBy(o => o.OrgId).First());

        // Cases are owned by the org a division code resolves to, so those are the only owners to list.
        var owners = byCode.Values.Select(o => o.OrgId).ToList();
        var closure = await kernel.OrgClosures.AsNoTracking()
            .Where(c => owners.Contains(c.DescendantId))
            .Select(c => new { c.AncestorId, c.DescendantId })
            .ToListAsync(ct);
        var ancestors = closure.GroupBy(c => c.DescendantId).ToDictionary(g => g.Key, g => g.Select(c => c.AncestorId).ToArray());
        return new AreaSnapshot(byCode, ancestors, Environment.TickCount64);
    }

    // Several orgs share a division code (a finance bureau, a health commission); cases belong with health.
    public static bool IsHealth(OrgKind kind) => kind is OrgKind.DistrictHealthAuthority or OrgKind.DiseaseControlCentre;

    /// <summary>Every org that can own cases.</summary>
    public IReadOnlyCollection<Guid> Owners => _ancestors.Keys;

    /// <summary>The orgs that can own cases and lie under <paramref name="rootOrgId"/> (itself included).</summary>
    public List<Guid> Under(Guid rootOrgId) =>
        _ancestors.Where(a => a.Value.Contains(rootOrgId)).Select(a => a.Key).ToList();

    /// <summary>
    /// The orgs owning cases the caller may see, or null when unrestricted. Queries add it as an
    /// explicit "OrgId IN (...)" (one org: "OrgId = ...") so the org-first indexes serve them,
    /// with no round trip for the caller's subtree; the kernel's scope filter still applies.
    /// </summary>
    public List<Guid>? CaseOrgs(PermissionScope scope)
    {
        if (scope.Unrestricted)
        {
            return null;
        }

        var roots = scope.SubtreeRootIds;
        var exact = scope.ExactOrgIds;
        return _ancestors
            .Where(a => exact.Contains(a.Key) || a.Value.Any(roots.Contains))
            .Select(a => a.Key)
            .ToList();
    }
}

/// <summary>Resolves division codes to the org tree (districts and the city) from the process's <see cref="AreaCache"/>.</summary>
public sealed class Districts(KernelDb kernel, AreaCache cache)
{
    public async Task<IReadOnlyDictionary<string, AreaOrg>> AllAsync(CancellationToken ct) =>
        (await cache.GetAsync(kernel, reload: false, ct)).ByCode;

    public Task<AreaSnapshot> SnapshotAsync(CancellationToken ct) => cache.GetAsync(kernel, reload: false, ct);

    /// <summary>The org of a division code; unknown codes are refused naming <paramref name="field"/>.</summary>
    public async Task<AreaOrg> ResolveAsync(string? code, string field, CancellationToken ct)
    {
        var key = code?.Trim() ?? "";
        if (key.Length > 0)
        {
            if ((await cache.GetAsync(kernel, reload: false, ct)).ByCode.TryGetValue(key, out var org)
                || (await cache.GetAsync(kernel, reload: true, ct)).ByCode.TryGetValue(key, out org))
            {
                return org;
            }
        }

        throw new RuleViolation(field, "epidemic.district.unknown", $"'{code}' is not a known district code.", ("code", code));
    }

    public async Task<AreaOrg?> ByOrgIdAsync(Guid orgId, CancellationToken ct) =>
        (await AllAsync(ct)).Values.FirstOrDefault(o => o.OrgId == orgId);
}
