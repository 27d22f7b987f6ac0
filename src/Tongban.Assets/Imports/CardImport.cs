using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Cards;
using Tongban.Assets.Demo;
using Tongban.Assets.Depreciation;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Assets.Imports;

internal sealed record CardRow(
    int Number, string? Org, string? Code, string? Name, string? ClassCode, Composition Composition, DateOnly AcquiredOn, AcquisitionWay Way,
    long OriginalValueFen, long? AccumulatedFen, FundingSource Funding, string? Department, string? Custodian, string? Location,
    BuildingStructure Structure = BuildingStructure.None);

/// <summary>
/// "assets.cards": asset cards from a CSV or XLSX file (`tongban import assets FILE`). Every row is
/// checked first (org, unique code, GB/T 14885 class, composition, positive value, no future date);
/// a file with any bad row is refused whole. Cards and their "added" history steps go through the
/// kernel's bulk path in one transaction with one audit entry.
/// </summary>
internal sealed class CardImport : ImportDefinition<CardRow>
{
    public static readonly ImportColumn<string> Org = new("org", "单位编码", "Unit (code or id)", true, ImportParsers.Code(64));
    public static readonly ImportColumn<string> Code = new("code", "资产编号", "Asset code", true, ImportParsers.Code(40));
    public static readonly ImportColumn<string> Name = new("name", "资产名称", "Name", true, ImportParsers.Text(200));
    public static readonly ImportColumn<string> ClassCode = new("class_code", "分类代码", "GB/T 14885 class", true, s =>
        AssetClasses.Find(s) is { IsTop: false } ? Parsed<string>.Valid(s) : Parsed<string>.Invalid("assets.class.unknown", $"'{s}' is not a second-level class of GB/T 14885."));
    public static readonly ImportColumn<Composition> CompositionColumn = new("composition", "资产构成", "Composition", true, ImportParsers.Enum<Composition>("assets.composition.unknown"));
    public static readonly ImportColumn<DateOnly> Acquired = new("acquired_on", "取得日期", "Acquired on", true, ImportParsers.Date());
    public static readonly ImportColumn<AcquisitionWay> Way = new("acquisition_way", "取得方式", "Acquired by", true, ImportParsers.Enum<AcquisitionWay>("assets.way.unknown"));
    public static readonly ImportColumn<long> Original = new("original_value", "原值（元）", "Original value (yuan)", true,
        PlainMoney(ImportParsers.MoneyFen()).Where(v => v > 0, "assets.cost.positive", "The original value must be above zero."));
    public static readonly ImportColumn<long> Accumulated = new("accumulated_depreciation", "累计折旧（元）", "Accumulated depreciation (yuan)", false,
        PlainMoney(ImportParsers.MoneyFen()).Where(v => v >= 0, "assets.accumulated.negative", "Accumulated depreciation may not be negative."));
    public static readonly ImportColumn<FundingSource> Funding = new("funding_source", "经费来源", "Funding source", true, ImportParsers.Enum<FundingSource>("assets.funding.unknown"));
    public static readonly ImportColumn<string> Department = new("user_department", "使用部门", "User department", false, ImportParsers.Text(100));
    public static readonly ImportColumn<string> Custodian = new("custodian", "保管人", "Custodian", false, ImportParsers.Text(100));
    public static readonly ImportColumn<string> Location = new("location", "存放地点", "Location", false, ImportParsers.Text(200));

    /// <summary>A building's structure (class 102 only), which sets its life under 财会〔2017〕4号 表1.</summary>
    public static readonly ImportColumn<BuildingStructure> Structure = new("structure", "建筑结构", "Building structure", false, ImportParsers.Enum<BuildingStructure>("assets.structure.unknown"));

    public override string Key => "assets.cards";

    public override string TitleZh => "资产卡片导入";

    public override string TitleEn => "Asset card import";

    public override string Permission => AssetsPermissions.Import;

    public override IReadOnlyList<ImportColumn> Columns { get; } =
        [Org, Code, Name, ClassCode, CompositionColumn, Acquired, Way, Original, Accumulated, Funding, Department, Custodian, Location, Structure];

    /// <summary>The header line `--template` prints.</summary>
    public static string TemplateHeader => "org,code,name,class_code,composition,acquired_on,acquisition_way,original_value,accumulated_depreciation,funding_source,user_department,custodian,location,structure";

    /// <summary>
    /// Amounts written as plain yuan ("6000", "6000.5", "6000.50") are read directly; anything else (thousands
    /// separators, signs, more decimals) goes to the kernel's money parser, which decides it.
    /// </summary>
    internal static Func<string, Parsed<long>> PlainMoney(Func<string, Parsed<long>> general) => s =>
    {
        var dot = s.IndexOf('.');
        var whole = dot < 0 ? s.AsSpan() : s.AsSpan(0, dot);
        var fraction = dot < 0 ? [] : s.AsSpan(dot + 1);
        if (whole.Length is > 0 and <= 15 && fraction.Length <= 2 && (dot < 0 || fraction.Length > 0)
            && long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var yuan)
            && (fraction.Length == 0 || int.TryParse(fraction, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            var fen = fraction.Length switch
            {
                0 => 0,
                1 => (fraction[0] - '0') * 10,
                _ => ((fraction[0] - '0') * 10) + (fraction[1] - '0'),
            };
            return Parsed<long>.Valid((yuan * 100) + fen);
        }

        return general(s);
    };

    protected override CardRow Read(ImportRow row) => new(
        row.Number, row.Get(Org), row.Get(Code), row.Get(Name), row.Get(ClassCode), row.Get(CompositionColumn), row.Get(Acquired), row.Get(Way),
        row.Get(Original), row.HasError(Accumulated) || string.IsNullOrWhiteSpace(row.Raw(Accumulated)) ? null : row.Get(Accumulated),
        row.Get(Funding), row.Get(Department), row.Get(Custodian), row.Get(Location),
        row.HasError(Structure) || string.IsNullOrWhiteSpace(row.Raw(Structure)) ? BuildingStructure.None : row.Get(Structure));

    protected override async Task<ImportSession<CardRow>> BeginAsync(IServiceProvider services, CancellationToken ct)
    {
        var kernel = services.GetRequiredService<KernelDb>();
        var orgs = await kernel.Orgs.AsNoTracking().Select(o => new { o.Id, o.ExternalCode }).ToListAsync(ct);
        var byCode = orgs.Where(o => o.ExternalCode != null).ToDictionary(o => o.ExternalCode!, o => o.Id, StringComparer.Ordinal);
        var ids = orgs.Select(o => o.Id).ToHashSet();
        var today = ChinaTime.Today(services.GetRequiredService<TimeProvider>());
        var db = services.GetRequiredService<AssetsDb>();

        // Useful-life edits are few; the closure rows under the jurisdictions that made them say which orgs they reach.
        var settings = await db.UsefulLives.AsNoTracking().ToListAsync(ct);
        var jurisdictions = settings.Select(s => s.OrgId).Distinct().ToList();
        var reach = jurisdictions.Count == 0
            ? []
            : await db.OrgClosures.AsNoTracking().Where(c => jurisdictions.Contains(c.AncestorId)).Select(c => new Reach(c.AncestorId, c.DescendantId, c.Distance)).ToListAsync(ct);
        // Codes are unique across the whole register, cards of units the importer does not see included.
        var booksEmpty = !await db.Cards.IgnoreQueryFilters().AnyAsync(ct);
        return new Session(db, services.GetRequiredService<RoleCatalog>(), byCode, ids, today, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, settings, reach, booksEmpty);
    }

    private sealed record Reach(Guid Ancestor, Guid Descendant, int Distance);

    private sealed class Session(
        AssetsDb db, RoleCatalog roles, Dictionary<string, Guid> orgCodes, HashSet<Guid> orgIds, DateOnly today, DateTime now,
        IReadOnlyList<UsefulLifeSetting> settings, IReadOnlyList<Reach> reach, bool booksEmpty) : ImportSession<CardRow>
    {
        private static readonly string[] EventColumns = ["Id", "CardId", "OrgId", "AtUtc", "Kind", "Detail", "Actor"];
        private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
        private readonly Dictionary<Guid, bool> _permitted = [];
        private readonly Dictionary<Guid, IReadOnlyDictionary<string, int>> _lives = [];
        private readonly long _startMs = new DateTimeOffset(now).ToUnixTimeMilliseconds();
        private readonly byte[] _cardTail = RandomNumberGenerator.GetBytes(6);
        private readonly byte[] _eventTail = RandomNumberGenerator.GetBytes(6);
        private readonly Period _asOf = Period.Of(today).Plus(-1);

        public override DbContext Context => db;

        public override IReadOnlyList<ImportTarget> Targets { get; } =
            [new(AssetsDb.CardsTable, DemoCards.CardColumns), new("assets_card_events", EventColumns)];

        public override async ValueTask CheckAsync(CardRow row, ImportRow cells, CancellationToken ct)
        {
            if (row.Org is { } org && !cells.HasError(Org))
            {
                if (OrgOf(org) is not { } id)
                {
                    cells.Fail(Org, "assets.org.unknown", $"No organisation with code or id '{org}'.");
                }
                else
                {
                    if (!_permitted.TryGetValue(id, out var ok))
                    {
                        ok = await OrgScope.HasPermissionAtAsync(db.OrgClosures, db.Scope, roles, AssetsPermissions.Import, id, ct);
                        _permitted[id] = ok;
                        _lives[id] = LivesOf(id);
                    }

                    if (!ok)
                    {
                        cells.Fail(Org, "assets.not-permitted", "Importing cards for this organisation needs the import permission there.");
                    }
                }
            }

            if (row.Code is { } code && !cells.HasError(Code) && !_codes.Add(code))
            {
                cells.Fail(Code, "assets.card.code-duplicate", $"Code '{code}' appears twice in the file.");
            }
            else if (row.Code is { } taken && !cells.HasError(Code) && !booksEmpty && await db.Cards.IgnoreQueryFilters().AnyAsync(c => c.Code == taken, ct))
            {
                // Issue 23 (4): refused in the check pass, by row and column, instead of a UNIQUE violation in the write.
                cells.Fail(Code, "assets.card.code-exists", $"A card with code '{taken}' is already on the books.");
            }

            // 财会〔2017〕4号 表1: a building's life follows its structure, so a building names one and nothing else does.
            if (!cells.HasError(ClassCode) && !cells.HasError(Structure) && (row.ClassCode == "102") != (row.Structure != BuildingStructure.None))
            {
                cells.Fail(Structure, row.ClassCode == "102" ? "assets.structure.required" : "assets.structure.not-building",
                    row.ClassCode == "102" ? "A building (class 102) names its structure." : "Only a building (class 102) has a structure.");
            }

            if (!cells.HasError(Acquired) && row.AcquiredOn > today)
            {
                cells.Fail(Acquired, "assets.date.future", $"The acquisition date {row.AcquiredOn:yyyy-MM-dd} is in the future.");
            }

            if (row.AccumulatedFen is { } acc && !cells.HasError(Original) && acc > row.OriginalValueFen)
            {
                cells.Fail(Accumulated, "assets.accumulated.above-cost", "Accumulated depreciation cannot exceed the original value.");
            }
        }

        public override IEnumerable<object?[]> RowsFor(int target, CardRow row)
        {
            var org = OrgOf(row.Org!)!.Value;
            var id = IdOf(row.Number, _cardTail);
            if (target == 1)
            {
                yield return [IdOf(row.Number, _eventTail), id, org, now, "added", $"import {row.Way}", db.Scope.ActorName];
                yield break;
            }

            var years = UsefulLives.YearsFor(row.ClassCode!, row.Structure, row.AcquiredOn, _lives[org]);
            var depreciable = DepreciationRules.Depreciates(row.Composition, row.ClassCode!, years);
            var life = depreciable ? years!.Value * 12 : 0;
            var start = Period.Of(row.AcquiredOn);
            var accumulated = row.AccumulatedFen ?? (depreciable ? DepreciationRules.AccumulatedFen(row.OriginalValueFen, life, start, null, _asOf) : 0);
            yield return
            [
                id, org, row.Code, row.Name, row.ClassCode, (int)row.Composition, (int)row.Way, row.AcquiredOn, (int)row.Funding, 1,
                row.OriginalValueFen, accumulated, life, depreciable, start.Index, null, depreciable ? _asOf.Index : null,
                row.Department ?? "", row.Custodian ?? "", row.Location ?? "", (int)AssetStatus.InUse, null, null, null, now,
                (int)row.Structure, false,
            ];
        }

        private Guid? OrgOf(string org) =>
            orgCodes.TryGetValue(org, out var id) ? id : Guid.TryParse(org, out var g) && orgIds.Contains(g) ? g : null;

        /// <summary>
        /// The id of the file's row <paramref name="number"/>, the same in every pass: an RFC 9562 UUIDv7 of the
        /// run's start time whose random bits begin with the row number as a counter (the RFC's method 1) and end
        /// with random bits drawn once per run and per table. Ids in file order are ascending, so the primary
        /// keys fill their index at its end instead of at random places (a random id per row made every insert
        /// a random index write, which made the import several times slower than the raw bulk path).
        /// </summary>
        private Guid IdOf(int number, ReadOnlySpan<byte> tail)
        {
            Span<byte> b = stackalloc byte[16];
            var ms = _startMs;
            for (var i = 5; i >= 0; i--)
            {
                b[i] = (byte)ms;
                ms >>= 8;
            }

            var n = (uint)number;
            b[6] = (byte)(0x70u | (n >> 28));
            b[7] = (byte)(n >> 20);
            b[8] = (byte)(0x80u | ((n >> 14) & 0x3Fu));
            b[9] = (byte)(n >> 6);
            b[10] = (byte)(((n & 0x3Fu) << 2) | (tail[0] & 0x03u));
            tail[1..].CopyTo(b[11..]);
            return new Guid(b, bigEndian: true);
        }

        private static readonly IReadOnlyDictionary<string, int> NoEdits = new Dictionary<string, int>();

        /// <summary>The edits that reach an org, the nearest jurisdiction's winning.</summary>
        private IReadOnlyDictionary<string, int> LivesOf(Guid orgId)
        {
            if (settings.Count == 0)
            {
                return NoEdits;
            }

            var result = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var r in reach.Where(r => r.Descendant == orgId).OrderByDescending(r => r.Distance))
            {
                foreach (var s in settings.Where(s => s.OrgId == r.Ancestor))
                {
                    result[s.ClassCode] = s.Years;
                }
            }

            return result;
        }
    }
}
