using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Data;
using Tongban.Epidemic.Management;
using Tongban.Epidemic.People;
using Tongban.Epidemic.Policy;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Imports;

namespace Tongban.Epidemic.Imports;

/// <summary>One row of a person file, as read; <see cref="Number"/> is its data row.</summary>
internal sealed record PersonImportRow(int Number, PersonInput Input);

/// <summary>
/// "epidemic.people": people under management (CSV or XLSX) through the kernel's
/// <see cref="ImportPipeline"/>, each with the schedule of the policy in force at their start.
/// Checked like a person registered by hand, plus: a certificate code given twice in the file or
/// already in use is refused on its row. Any bad row refuses the file whole; accepted files go
/// to epidemic_people on the provider's bulk path, in one transaction with one audit entry.
/// </summary>
internal sealed class PersonImport : ImportDefinition<PersonImportRow>
{
    internal static readonly IReadOnlyDictionary<string, ManagementKind> KindNames = new Dictionary<string, ManagementKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["centralised_isolation"] = ManagementKind.CentralisedIsolation,
        ["集中隔离"] = ManagementKind.CentralisedIsolation,
        ["home_isolation"] = ManagementKind.HomeIsolation,
        ["居家隔离"] = ManagementKind.HomeIsolation,
        ["home_monitoring"] = ManagementKind.HomeMonitoring,
        ["居家健康监测"] = ManagementKind.HomeMonitoring,
        ["arrival"] = ManagementKind.Arrival,
        ["进返人员"] = ManagementKind.Arrival,
    };

    public static readonly ImportColumn<ManagementKind> Kind = new(
        "kind",
        "管理类型",
        "Kind",
        true,
        s => KindNames.TryGetValue(s, out var kind)
            ? Parsed<ManagementKind>.Valid(kind)
            : Parsed<ManagementKind>.Invalid("epidemic.import.value", $"'{s}' is not one of {string.Join(", ", KindNames.Keys)}."));

    public static readonly ImportColumn<string> Name = new("name", "姓名", "Name", true, ImportParsers.Text(100));
    public static readonly ImportColumn<DateTime> Start = new("start", "开始时间", "Start", true, Time);
    public static readonly ImportColumn<string> DivisionCode = new("division_code", "区划代码", "Division code", true, ImportParsers.Code(6));
    public static readonly ImportColumn<string> Phone = new("phone", "电话", "Phone", false, ImportParsers.Text(30));
    public static readonly ImportColumn<string> AddressZh = new("address_zh", "住址", "Address", false, ImportParsers.Text(200));
    public static readonly ImportColumn<string> IsolationPoint = new("isolation_point", "隔离点", "Isolation point", false, ImportParsers.Text(100));
    public static readonly ImportColumn<string> CertificateCode = new("certificate_code", "核酸证明码", "Certificate code", false, ImportParsers.Code(20));

    /// <summary>The columns of epidemic_people, in the order <see cref="Values"/> gives them; every mapped property.</summary>
    internal static readonly string[] PersonColumns =
    [
        nameof(ManagedPerson.Id), nameof(ManagedPerson.OrgId), nameof(ManagedPerson.Kind), nameof(ManagedPerson.Name),
        nameof(ManagedPerson.Phone), nameof(ManagedPerson.AddressZh), nameof(ManagedPerson.CertificateCode), nameof(ManagedPerson.StartUtc),
        nameof(ManagedPerson.ReleasedUtc), nameof(ManagedPerson.IsolationPoint), nameof(ManagedPerson.ContactOfCaseId),
        nameof(ManagedPerson.RoommateOfId), nameof(ManagedPerson.PolicyFrom), nameof(ManagedPerson.NextDueKind),
        nameof(ManagedPerson.NextDueFromUtc), nameof(ManagedPerson.NextDueByUtc), nameof(ManagedPerson.AwaitingNegative),
        nameof(ManagedPerson.StayHomeUntilUtc), nameof(ManagedPerson.RestrictionsUntilUtc),
    ];

    public override string Key => "epidemic.people";

    public override string TitleZh => "管理人员导入";

    public override string TitleEn => "People under management import";

    public override string Permission => EpidemicPermissions.Import;

    public override IReadOnlyList<ImportColumn> Columns { get; } = [Kind, Name, Start, DivisionCode, Phone, AddressZh, IsolationPoint, CertificateCode];

    protected override PersonImportRow Read(ImportRow row) => new(row.Number, new PersonInput(
        row.Get(Kind),
        row.Get(Name) ?? "",
        row.Get(Start),
        row.Get(DivisionCode),
        Phone: row.Get(Phone),
        AddressZh: row.Get(AddressZh),
        IsolationPoint: row.Get(IsolationPoint),
        CertificateCode: row.Get(CertificateCode)));

    protected override async Task<ImportSession<PersonImportRow>> BeginAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<EpidemicDb>();
        var districts = services.GetRequiredService<Districts>();
        var areas = await districts.SnapshotAsync(ct);
        return new Session(
            db,
            districts,
            services.GetRequiredService<FollowUp>(),
            await services.GetRequiredService<PolicyStore>().BookAsync(ct),
            areas.CaseOrgs(db.ViewScope)?.ToHashSet(),
            services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
    }

    /// <summary>The row of epidemic_people for a person, in <see cref="PersonColumns"/> order.</summary>
    internal static object?[] Values(ManagedPerson p) =>
    [
        p.Id, p.OrgId, (int)p.Kind, p.Name, p.Phone, p.AddressZh, p.CertificateCode, Utc(p.StartUtc), Utc(p.ReleasedUtc), p.IsolationPoint,
        p.ContactOfCaseId, p.RoommateOfId, p.PolicyFrom, p.NextDueKind is { } due ? (int)due : null, Utc(p.NextDueFromUtc), Utc(p.NextDueByUtc),
        p.AwaitingNegative, Utc(p.StayHomeUntilUtc), Utc(p.RestrictionsUntilUtc),
    ];

    private static object? Utc(DateTime? t) => t is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    private static Parsed<DateTime> Time(string text)
    {
        try
        {
            return Parsed<DateTime>.Valid(Iso.ParseLocal(text, "start"));
        }
        catch (RuleViolation v)
        {
            return Parsed<DateTime>.Invalid(v.Rule, v.Message);
        }
    }

    private static ImportColumn ColumnOf(RuleViolation v) => v.Field switch
    {
        "kind" => Kind,
        "name" => Name,
        "isolationPoint" => IsolationPoint,
        "certificateCode" => CertificateCode,
        _ => DivisionCode,
    };

    private sealed class Session : ImportSession<PersonImportRow>
    {
        private readonly EpidemicDb _db;
        private readonly Districts _districts;
        private readonly FollowUp _followUp;
        private readonly PolicyBook _policies;
        private readonly HashSet<Guid>? _writable;
        private readonly DateTime _now;
        private readonly Dictionary<string, Guid> _orgs = new(StringComparer.Ordinal);

        // Codes in the file (given or made here) with their rows; made codes are kept for pass 2.
        private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
        private readonly Dictionary<int, string> _madeCodes = [];

        public Session(EpidemicDb db, Districts districts, FollowUp followUp, PolicyBook policies, HashSet<Guid>? writable, DateTime now)
        {
            _db = db;
            _districts = districts;
            _followUp = followUp;
            _policies = policies;
            _writable = writable;
            _now = now;
            Targets = [new ImportTarget("epidemic_people", PersonColumns)];
        }

        public override DbContext Context => _db;

        public override IReadOnlyList<ImportTarget> Targets { get; }

        public override async ValueTask CheckAsync(PersonImportRow row, ImportRow cells, CancellationToken ct)
        {
            if (!cells.IsValid)
            {
                return;
            }

            try
            {
                FollowUp.Validate(row.Input);
                var code = row.Input.DivisionCode!;
                if (!_orgs.TryGetValue(code, out var orgId))
                {
                    orgId = (await _districts.ResolveAsync(code, "divisionCode", ct)).OrgId;
                    _orgs[code] = orgId;
                }

                // The bulk path bypasses the per-save scope check, so the grants are checked here, row by row.
                if (_writable is not null && !_writable.Contains(orgId))
                {
                    cells.Fail(DivisionCode, "epidemic.import.out-of-scope", $"District '{code}' is outside your grants.");
                    return;
                }

                var given = !string.IsNullOrWhiteSpace(row.Input.CertificateCode);
                var certificate = FollowUp.CertificateCodeOf(row.Input.CertificateCode);
                if (_codes.TryGetValue(certificate, out var twin))
                {
                    cells.Fail(CertificateCode, "epidemic.import.duplicate-code", $"The certificate code '{certificate}' is already on row {twin}.");
                    return;
                }

                if (given)
                {
                    await _followUp.RequireFreeCodeAsync(certificate, ct);
                }
                else
                {
                    _madeCodes[row.Number] = certificate;
                }

                _codes[certificate] = row.Number;

                // The schedule must be computable (e.g. the policy in force at the start).
                FollowUp.Schedule(Person(row, orgId, certificate), [], _policies.At(row.Input.StartUtc), _now, []);
            }
            catch (RuleViolation v)
            {
                cells.Fail(ColumnOf(v), v.Rule, v.Message);
            }
        }

        public override IEnumerable<object?[]> RowsFor(int target, PersonImportRow row)
        {
            var code = _madeCodes.TryGetValue(row.Number, out var made) ? made : FollowUp.CertificateCodeOf(row.Input.CertificateCode);
            var person = Person(row, _orgs[row.Input.DivisionCode!], code);
            FollowUp.Schedule(person, [], _policies.At(person.StartUtc), _now, []);
            yield return Values(person);
        }

        private static ManagedPerson Person(PersonImportRow row, Guid orgId, string code) =>
            FollowUp.Create(row.Input, Guid.CreateVersion7(), orgId, row.Input.StartUtc, code);
    }
}
