using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Imports;

/// <summary>One row of an org-tree file.</summary>
internal sealed record OrgRow(string? Code, string? ParentCode, OrgLevel Level, OrgKind Kind, string? NameZh, string? NameEn, string? DivisionCode);

/// <summary>
/// "kernel.orgs": the org tree from a file. Each row names its own code (unique in the file and the
/// database) and its parent's code (empty for a root; an earlier row or an org already imported).
/// Writes kernel_orgs and the closure rows (the parent's ancestors plus the org itself).
/// </summary>
internal sealed class OrgImport : ImportDefinition<OrgRow>
{
    public static readonly ImportColumn<string> Code = new("code", "机构编码", "Code", true, ImportParsers.Code(64));
    public static readonly ImportColumn<string> ParentCode = new("parent_code", "上级机构编码", "Parent code", false, ImportParsers.Code(64));
    public static readonly ImportColumn<OrgLevel> Level = new("level", "层级", "Level", true, ImportParsers.Enum<OrgLevel>("orgs.level-unknown"));
    public static readonly ImportColumn<OrgKind> Kind = new("kind", "机构类型", "Kind", true, ImportParsers.Enum<OrgKind>("orgs.kind-unknown"));
    public static readonly ImportColumn<string> NameZh = new("name_zh", "中文名称", "Chinese name", true, ImportParsers.Text(200));
    public static readonly ImportColumn<string> NameEn = new("name_en", "英文名称", "English name", false, ImportParsers.Text(200));
    public static readonly ImportColumn<string> DivisionCode = new(
        "division_code",
        "行政区划代码",
        "Division code",
        true,
        s => OrgRules.DivisionCode(s) is { IsAllowed: false } refused
            ? Parsed<string>.Invalid(refused.Rule!, refused.Reason!)
            : Parsed<string>.Valid(s));

    public override string Key => "kernel.orgs";

    public override string TitleZh => "机构树导入";

    public override string TitleEn => "Org tree import";

    public override string Permission => KernelPermissions.ManageOrgs;

    public override IReadOnlyList<ImportColumn> Columns { get; } = [Code, ParentCode, Level, Kind, NameZh, NameEn, DivisionCode];

    protected override OrgRow Read(ImportRow row) => new(
        row.Get(Code),
        row.Get(ParentCode),
        row.Get(Level),
        row.Get(Kind),
        row.Get(NameZh),
        row.Get(NameEn),
        row.Get(DivisionCode));

    protected override async Task<ImportSession<OrgRow>> BeginAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<KernelDb>();
        var existing = await db.Orgs.AsNoTracking()
            .Where(o => o.ExternalCode != null)
            .Select(o => new { o.ExternalCode, o.Id, o.Level, o.Depth })
            .ToDictionaryAsync(o => o.ExternalCode!, o => new Known(o.Id, o.Level, o.Depth), StringComparer.Ordinal, ct);
        return new Session(db, existing);
    }

    private sealed record Known(Guid Id, OrgLevel Level, int Depth);

    /// <summary>An org placed by this file: its id and its path from the root (itself last).</summary>
    private sealed record Placed(Guid Id, OrgLevel Level, bool LevelKnown, Guid[] Path, int Row);

    private sealed class Session : ImportSession<OrgRow>
    {
        private static readonly string[] OrgProperties =
        [
            nameof(OrgNode.Id), nameof(OrgNode.ParentId), nameof(OrgNode.Level), nameof(OrgNode.Kind), nameof(OrgNode.NameZh),
            nameof(OrgNode.NameEn), nameof(OrgNode.DivisionCode), nameof(OrgNode.Depth), nameof(OrgNode.Archived), nameof(OrgNode.ExternalCode),
        ];

        private static readonly string[] ClosureProperties =
            [nameof(OrgClosure.AncestorId), nameof(OrgClosure.DescendantId), nameof(OrgClosure.Distance)];

        private readonly KernelDb _db;
        private readonly Dictionary<string, Known> _existing;
        private readonly Dictionary<string, Placed> _placed = new(StringComparer.Ordinal);
        private readonly Dictionary<Guid, Guid[]?> _existingPaths = [];

        public Session(KernelDb db, Dictionary<string, Known> existing)
        {
            _db = db;
            _existing = existing;
            Targets = [Target<OrgNode>(db, OrgProperties), Target<OrgClosure>(db, ClosureProperties)];
        }

        public override DbContext Context => _db;

        public override IReadOnlyList<ImportTarget> Targets { get; }

        public override async ValueTask CheckAsync(OrgRow row, ImportRow cells, CancellationToken ct)
        {
            if (row.Code is null || cells.HasError(Code))
            {
                return;
            }

            if (_placed.TryGetValue(row.Code, out var twin))
            {
                cells.Fail(Code, "orgs.code-duplicate", $"Code '{row.Code}' is already used on row {twin.Row}.");
                return;
            }

            if (_existing.ContainsKey(row.Code))
            {
                cells.Fail(Code, "orgs.code-exists", $"An org with code '{row.Code}' already exists.");
                return;
            }

            var id = Guid.CreateVersion7();
            var levelKnown = !cells.HasError(Level);
            Guid[] path = [id];
            if (row.ParentCode is null)
            {
                if (!cells.HasError(ParentCode) && !_db.Scope.Unrestricted)
                {
                    cells.Fail(ParentCode, "orgs.root-needs-system", "Only the system administrator may add a root org; name a parent.");
                }
            }
            else if (_placed.TryGetValue(row.ParentCode, out var parent))
            {
                path = [.. parent.Path, id];
                if (levelKnown && parent.LevelKnown)
                {
                    CheckLevel(cells, row.Level, parent.Level);
                }
            }
            else if (_existing.TryGetValue(row.ParentCode, out var known))
            {
                var parentPath = await ExistingPathAsync(known.Id, ct);
                if (parentPath is null)
                {
                    cells.Fail(ParentCode, "scope.outside-grants", $"Org '{row.ParentCode}' is outside your grants.");
                }
                else
                {
                    path = [.. parentPath, id];
                }

                if (levelKnown)
                {
                    CheckLevel(cells, row.Level, known.Level);
                }
            }
            else
            {
                cells.Fail(ParentCode, "orgs.parent-unknown", $"Parent '{row.ParentCode}' is neither on an earlier row nor an existing org.");
            }

            _placed[row.Code] = new Placed(id, row.Level, levelKnown, path, cells.Number);
        }

        public override IEnumerable<object?[]> RowsFor(int target, OrgRow row)
        {
            var placed = _placed[row.Code!];
            var self = placed.Id;
            if (target == 0)
            {
                var parentId = placed.Path.Length > 1 ? placed.Path[^2] : (Guid?)null;
                yield return
                [
                    self, parentId, row.Level.ToString(), row.Kind.ToString(), row.NameZh, row.NameEn ?? "",
                    row.DivisionCode, placed.Path.Length - 1, false, row.Code,
                ];
                yield break;
            }

            for (var i = 0; i < placed.Path.Length; i++)
            {
                yield return [placed.Path[i], self, placed.Path.Length - 1 - i];
            }
        }

        /// <summary>The tree's own rule (<see cref="OrgRules.LevelUnderParent"/>), as OrgTree applies it to a single create.</summary>
        private static void CheckLevel(ImportRow cells, OrgLevel level, OrgLevel parentLevel)
        {
            if (OrgRules.LevelUnderParent(level, parentLevel) is { IsAllowed: false } refused)
            {
                cells.Fail(Level, refused.Rule!, refused.Reason!);
            }
        }

        /// <summary>An existing org's path from its root, or null when the caller's grants do not cover it.</summary>
        private async Task<Guid[]?> ExistingPathAsync(Guid orgId, CancellationToken ct)
        {
            if (_existingPaths.TryGetValue(orgId, out var cached))
            {
                return cached;
            }

            Guid[]? path = null;
            if (await OrgScope.HasPermissionAtAsync(_db.OrgClosures, _db.Scope, KernelPermissions.ManageOrgs, orgId, ct))
            {
                path = await _db.OrgClosures.AsNoTracking()
                    .Where(c => c.DescendantId == orgId)
                    .OrderByDescending(c => c.Distance)
                    .Select(c => c.AncestorId)
                    .ToArrayAsync(ct);
            }

            _existingPaths[orgId] = path;
            return path;
        }

        /// <summary>
        /// The table and column names EF maps for <typeparamref name="T"/>. Every mapped property
        /// must be written: a new column on the entity fails here rather than as a NOT NULL error.
        /// </summary>
        private static ImportTarget Target<T>(DbContext db, string[] properties)
        {
            var type = db.Model.FindEntityType(typeof(T))!;
            var table = type.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, type.GetSchema());
            var unwritten = type.GetProperties().Select(p => p.Name).Except(properties).ToList();
            if (unwritten.Count > 0)
            {
                throw new InvalidOperationException($"The org import does not write {typeof(T).Name}.{string.Join(", ", unwritten)}.");
            }

            return new ImportTarget(table, properties.Select(p => type.FindProperty(p)!.GetColumnName(store)!).ToArray());
        }
    }
}
