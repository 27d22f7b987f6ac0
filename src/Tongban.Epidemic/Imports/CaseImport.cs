using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Data;
using Tongban.Epidemic.Management;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Imports;

namespace Tongban.Epidemic.Imports;

/// <summary>One row of a case file, as read; <see cref="Number"/> is its data row.</summary>
internal sealed record CaseImportRow(int Number, CaseInput Input);

/// <summary>
/// "epidemic.cases": a case list (CSV or XLSX) through the kernel's <see cref="ImportPipeline"/>.
/// Every row is checked first by the same rules as a case entered by hand (district code known and
/// within the importer's grants, imported cases with arrival, origin and port, no date before the
/// diagnosis); any bad row refuses the file whole with row, column and rule. Accepted files go to
/// epidemic_cases (and epidemic_point_positives for cases found at an isolation point) on the
/// provider's bulk path, in one transaction with one audit entry.
/// </summary>
internal sealed class CaseImport : ImportDefinition<CaseImportRow>
{
    internal static readonly IReadOnlyDictionary<string, CaseClass> ClassNames = Names(
        ("confirmed", CaseClass.Confirmed), ("确诊病例", CaseClass.Confirmed), ("asymptomatic", CaseClass.Asymptomatic), ("无症状感染者", CaseClass.Asymptomatic), ("suspected", CaseClass.Suspected), ("疑似病例", CaseClass.Suspected));

    internal static readonly IReadOnlyDictionary<string, CaseOrigin> OriginNames = Names(
        ("local", CaseOrigin.Local), ("本土", CaseOrigin.Local), ("imported", CaseOrigin.Imported), ("境外输入", CaseOrigin.Imported));

    internal static readonly IReadOnlyDictionary<string, FoundBy> FoundByNames = Names(
        ("isolated_observer", FoundBy.IsolatedObserver),
        ("隔离观察人员", FoundBy.IsolatedObserver),
        ("social_screening", FoundBy.SocialScreening),
        ("社会面筛查人员", FoundBy.SocialScreening),
        ("closed_loop_arrival", FoundBy.ClosedLoopArrival),
        ("闭环管理入境人员", FoundBy.ClosedLoopArrival),
        ("not_stated", FoundBy.NotStated),
        ("未注明", FoundBy.NotStated));

    public static readonly ImportColumn<CaseClass> Class = new("class", "病例类别", "Class", true, Named(ClassNames));
    public static readonly ImportColumn<CaseOrigin> Origin = new("origin", "本土/境外输入", "Origin", true, Named(OriginNames));
    public static readonly ImportColumn<FoundBy> Found = new("found_by", "发现途径", "Found by", false, Named(FoundByNames));
    public static readonly ImportColumn<string> DivisionCode = new("division_code", "现住区划代码", "Division code", true, ImportParsers.Code(6));
    public static readonly ImportColumn<DateOnly> DiagnosisDate = new("diagnosis_date", "诊断日期", "Diagnosis date", true, ImportParsers.Date());
    public static readonly ImportColumn<DateTime> ReportedAt = new("reported_at", "报告时间", "Reported at", false, Time);
    public static readonly ImportColumn<bool> Converted = new("converted", "无症状转确诊", "Converted", false, ImportParsers.Boolean());
    public static readonly ImportColumn<string> Name = new("name", "姓名", "Name", false, ImportParsers.Text(100));
    public static readonly ImportColumn<string> AddressZh = new("address_zh", "现住址", "Address (Chinese)", false, ImportParsers.Text(200));
    public static readonly ImportColumn<string> AddressEn = new("address_en", "现住址（英文）", "Address (English)", false, ImportParsers.Text(200));
    public static readonly ImportColumn<string> IsolationPoint = new("isolation_point", "隔离点", "Isolation point", false, ImportParsers.Text(100));
    public static readonly ImportColumn<string> NationalityZh = new("nationality_zh", "国籍", "Nationality (Chinese)", false, ImportParsers.Text(50));
    public static readonly ImportColumn<string> NationalityEn = new("nationality_en", "国籍（英文）", "Nationality (English)", false, ImportParsers.Text(50));
    public static readonly ImportColumn<string> OriginZh = new("origin_zh", "来源地", "Came from (Chinese)", false, ImportParsers.Text(100));
    public static readonly ImportColumn<string> OriginEn = new("origin_en", "来源地（英文）", "Came from (English)", false, ImportParsers.Text(100));
    public static readonly ImportColumn<string> PortZh = new("port_zh", "入境口岸", "Port (Chinese)", false, ImportParsers.Text(100));
    public static readonly ImportColumn<string> PortEn = new("port_en", "入境口岸（英文）", "Port (English)", false, ImportParsers.Text(100));
    public static readonly ImportColumn<DateOnly> ArrivalDate = new("arrival_date", "入境日期", "Arrival date", false, ImportParsers.Date());
    public static readonly ImportColumn<DateOnly> TransferredOn = new("transferred_on", "转定点医院日期", "Transferred on", false, ImportParsers.Date());
    public static readonly ImportColumn<DateOnly> InvestigatedOn = new("investigated_on", "流调日期", "Investigated on", false, ImportParsers.Date());
    public static readonly ImportColumn<DateOnly> ControlMeasuresOn = new("control_measures_on", "管控措施日期", "Control measures on", false, ImportParsers.Date());
    public static readonly ImportColumn<DateOnly> DischargedOn = new("discharged_on", "出院/解除观察日期", "Discharged on", false, ImportParsers.Date());

    /// <summary>The columns of epidemic_cases, in the order <see cref="Values"/> gives them; every mapped property.</summary>
    internal static readonly string[] CaseColumns =
    [
        nameof(EpidemicCase.Id), nameof(EpidemicCase.OrgId), nameof(EpidemicCase.DistrictCode), nameof(EpidemicCase.Class),
        nameof(EpidemicCase.Origin), nameof(EpidemicCase.FoundBy), nameof(EpidemicCase.DiagnosisDate), nameof(EpidemicCase.ReportedAtUtc),
        nameof(EpidemicCase.ConvertedFromAsymptomatic), nameof(EpidemicCase.PersonName), nameof(EpidemicCase.AddressZh),
        nameof(EpidemicCase.AddressEn), nameof(EpidemicCase.IsolationPoint), nameof(EpidemicCase.NationalityZh),
        nameof(EpidemicCase.NationalityEn), nameof(EpidemicCase.OriginZh), nameof(EpidemicCase.OriginEn), nameof(EpidemicCase.PortZh),
        nameof(EpidemicCase.PortEn), nameof(EpidemicCase.ArrivalDate), nameof(EpidemicCase.TransferredOn), nameof(EpidemicCase.InvestigatedOn),
        nameof(EpidemicCase.ControlMeasuresOn), nameof(EpidemicCase.DischargedOn),
    ];

    private static readonly string[] PositiveColumns =
        [nameof(PointPositive.Id), nameof(PointPositive.IsolationPoint), nameof(PointPositive.DiagnosisDate), nameof(PointPositive.CaseId)];

    public override string Key => "epidemic.cases";

    public override string TitleZh => "病例导入";

    public override string TitleEn => "Case list import";

    public override string Permission => EpidemicPermissions.Import;

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        Class, Origin, Found, DivisionCode, DiagnosisDate, ReportedAt, Converted, Name, AddressZh, AddressEn, IsolationPoint,
        NationalityZh, NationalityEn, OriginZh, OriginEn, PortZh, PortEn, ArrivalDate, TransferredOn, InvestigatedOn,
        ControlMeasuresOn, DischargedOn,
    ];

    protected override CaseImportRow Read(ImportRow row) => new(row.Number, new CaseInput(
        row.Get(Class),
        row.Get(Origin),
        row.Get(Found),
        row.Get(DivisionCode) ?? "",
        row.Get(DiagnosisDate),
        Optional(row, ReportedAt),
        row.Get(Converted),
        row.Get(Name),
        row.Get(AddressZh),
        row.Get(AddressEn),
        row.Get(IsolationPoint),
        row.Get(NationalityZh),
        row.Get(NationalityEn),
        row.Get(OriginZh),
        row.Get(OriginEn),
        row.Get(PortZh),
        row.Get(PortEn),
        Optional(row, ArrivalDate),
        Optional(row, TransferredOn),
        Optional(row, InvestigatedOn),
        Optional(row, ControlMeasuresOn),
        Optional(row, DischargedOn)));

    protected override async Task<ImportSession<CaseImportRow>> BeginAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<EpidemicDb>();
        var districts = services.GetRequiredService<Districts>();
        var areas = await districts.SnapshotAsync(ct);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return new Session(db, districts, areas.CaseOrgs(db.ViewScope)?.ToHashSet(), now);
    }

    /// <summary>The row of epidemic_cases for a case, in <see cref="CaseColumns"/> order.</summary>
    internal static object?[] Values(EpidemicCase c) =>
    [
        c.Id, c.OrgId, c.DistrictCode, (int)c.Class, (int)c.Origin, (int)c.FoundBy, c.DiagnosisDate,
        DateTime.SpecifyKind(c.ReportedAtUtc, DateTimeKind.Utc), c.ConvertedFromAsymptomatic, c.PersonName, c.AddressZh, c.AddressEn,
        c.IsolationPoint, c.NationalityZh, c.NationalityEn, c.OriginZh, c.OriginEn, c.PortZh, c.PortEn, c.ArrivalDate, c.TransferredOn,
        c.InvestigatedOn, c.ControlMeasuresOn, c.DischargedOn,
    ];

    private static T? Optional<T>(ImportRow row, ImportColumn<T> column)
        where T : struct =>
        row.Raw(column).Length == 0 ? null : row.Get(column);

    private static Parsed<DateTime> Time(string text)
    {
        try
        {
            return Parsed<DateTime>.Valid(Iso.ParseLocal(text, "reported_at"));
        }
        catch (RuleViolation v)
        {
            return Parsed<DateTime>.Invalid(v.Rule, v.Message);
        }
    }

    private static Dictionary<string, T> Names<T>(params (string Name, T Value)[] names) =>
        names.ToDictionary(n => n.Name, n => n.Value, StringComparer.OrdinalIgnoreCase);

    private static Func<string, Parsed<T>> Named<T>(IReadOnlyDictionary<string, T> names) => s =>
        names.TryGetValue(s, out var value)
            ? Parsed<T>.Valid(value)
            : Parsed<T>.Invalid("epidemic.import.value", $"'{s}' is not one of {string.Join(", ", names.Keys)}.");

    /// <summary>A case rule's field as the file's column (the rule names the field as the form does).</summary>
    private static ImportColumn ColumnOf(RuleViolation v) => v.Rule switch
    {
        "epidemic.case.imported-origin-missing" => OriginZh,
        "epidemic.case.imported-port-missing" => PortZh,
        _ => v.Field switch
        {
            "class" => Class,
            "origin" => Origin,
            "foundBy" => Found,
            "divisionCode" => DivisionCode,
            "diagnosisDate" => DiagnosisDate,
            "arrivalDate" => ArrivalDate,
            "convertedFromAsymptomatic" => Converted,
            "transferredOn" => TransferredOn,
            "investigatedOn" => InvestigatedOn,
            "controlMeasuresOn" => ControlMeasuresOn,
            "dischargedOn" => DischargedOn,
            _ => DivisionCode,
        },
    };

    private sealed class Session : ImportSession<CaseImportRow>
    {
        private readonly EpidemicDb _db;
        private readonly Districts _districts;
        private readonly HashSet<Guid>? _writable;
        private readonly DateTime _now;
        private readonly Dictionary<string, AreaOrg> _orgs = new(StringComparer.Ordinal);

        // Cases found at an isolation point also go to epidemic_point_positives, which names the case:
        // their ids are fixed in pass 1 so both tables agree. Other rows get their id when written.
        private readonly Dictionary<int, Guid> _positiveIds = [];

        public Session(EpidemicDb db, Districts districts, HashSet<Guid>? writable, DateTime now)
        {
            _db = db;
            _districts = districts;
            _writable = writable;
            _now = now;
        }

        public override DbContext Context => _db;

        public override IReadOnlyList<ImportTarget> Targets => _positiveIds.Count == 0
            ? [new ImportTarget("epidemic_cases", CaseColumns)]
            : [new ImportTarget("epidemic_cases", CaseColumns), new ImportTarget("epidemic_point_positives", PositiveColumns)];

        public override async ValueTask CheckAsync(CaseImportRow row, ImportRow cells, CancellationToken ct)
        {
            if (!cells.IsValid)
            {
                return;
            }

            try
            {
                CaseRegistry.Validate(row.Input);
                var code = row.Input.DivisionCode;
                if (!_orgs.TryGetValue(code, out var org))
                {
                    org = await _districts.ResolveAsync(code, "divisionCode", ct);
                    _orgs[code] = org;
                }

                // The bulk path bypasses the per-save scope check, so the grants are checked here, row by row.
                if (_writable is not null && !_writable.Contains(org.OrgId))
                {
                    cells.Fail(DivisionCode, "epidemic.import.out-of-scope", $"District '{code}' is outside your grants.");
                    return;
                }

                if (row.Input.IsolationPoint is not null)
                {
                    _positiveIds[row.Number] = Guid.CreateVersion7();
                }
            }
            catch (RuleViolation v)
            {
                cells.Fail(ColumnOf(v), v.Rule, v.Message);
            }
        }

        public override IEnumerable<object?[]> RowsFor(int target, CaseImportRow row)
        {
            if (target == 0)
            {
                var id = _positiveIds.TryGetValue(row.Number, out var fixedId) ? fixedId : Guid.CreateVersion7();
                yield return Values(CaseRegistry.Build(row.Input, _orgs[row.Input.DivisionCode], id, _now));
            }
            else if (_positiveIds.TryGetValue(row.Number, out var caseId))
            {
                yield return [Guid.CreateVersion7(), row.Input.IsolationPoint!.Trim(), row.Input.DiagnosisDate, caseId];
            }
        }
    }
}
