using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Patents.Fees;

namespace Tongban.Patents.Portfolio;

internal sealed record PatentImportRow(int Number, string? Org, PatentType Type, string? ApplicationNumber, string? Title, DateOnly FiledOn, DateOnly? PriorityOn,
    DateOnly? PublishedOn, DateOnly? GrantedOn, string? Owners, string? Inventors, string? Ipc, string? Family, Reduction Reduction, bool OpenLicence);

/// <summary>
/// "patents.patents": a portfolio from CSV or XLSX (`tongban import patents FILE`, or the kernel's import page). Every
/// row is checked first (org and the keep permission there, the application number and its check digit, dates, owners
/// and shares); any bad row refuses the whole file with row and column named, and nothing is written.
/// </summary>
internal sealed class PatentImport : ImportDefinition<PatentImportRow>
{
    public static readonly ImportColumn<string> Org = new("org", "单位编码", "Organisation (code or id)", true, ImportParsers.Code(64));
    public static readonly ImportColumn<PatentType> TypeColumn = new("type", "专利类型", "Type", true, ImportParsers.Enum<PatentType>("patents.type-unknown"));
    public static readonly ImportColumn<string> Number = new("application_number", "申请号", "Application number", true, s =>
        ApplicationNumberRules.Valid(s) is { IsAllowed: false } r ? Parsed<string>.Invalid(r.Rule!, r.Reason!) : Parsed<string>.Valid(ApplicationNumberRules.Normalize(s)));
    public static readonly ImportColumn<string> Title = new("title", "名称", "Title", true, ImportParsers.Text(300));
    public static readonly ImportColumn<DateOnly> Filed = new("filed_on", "申请日", "Filed on", true, ImportParsers.Date());
    public static readonly ImportColumn<DateOnly> Priority = new("priority_on", "优先权日", "Priority date", false, ImportParsers.Date());
    public static readonly ImportColumn<DateOnly> Published = new("published_on", "公开日", "Published on", false, ImportParsers.Date());
    public static readonly ImportColumn<DateOnly> Granted = new("granted_on", "授权公告日", "Granted on", false, ImportParsers.Date());
    public static readonly ImportColumn<string> Owners = new("owners", "专利权人（名称:份额|…）", "Owners (name:share|...)", true, ImportParsers.Text(1000));
    public static readonly ImportColumn<string> Inventors = new("inventors", "发明人（;分隔）", "Inventors (; separated)", false, ImportParsers.Text(1000));
    public static readonly ImportColumn<string> Ipc = new("ipc", "IPC 分类号（;分隔）", "IPC classes (; separated)", false, ImportParsers.Text(500));
    public static readonly ImportColumn<string> Family = new("family", "同族编码", "Family code", false, ImportParsers.Text(40));
    public static readonly ImportColumn<Reduction> ReductionColumn = new("reduction", "费减", "Fee reduction", false, ImportParsers.Enum<Reduction>("patents.reduction-unknown"));
    public static readonly ImportColumn<bool> Open = new("open_licence", "开放许可", "Open licence", false, ImportParsers.Boolean());

    public override string Key => "patents.patents";

    public override string TitleZh => "专利组合导入";

    public override string TitleEn => "Patent portfolio import";

    public override string Permission => PatentsPermissions.Keep;

    public override IReadOnlyList<ImportColumn> Columns { get; } =
        [Org, TypeColumn, Number, Title, Filed, Priority, Published, Granted, Owners, Inventors, Ipc, Family, ReductionColumn, Open];

    public const string TemplateHeader = "org,type,application_number,title,filed_on,priority_on,published_on,granted_on,owners,inventors,ipc,family,reduction,open_licence";

    protected override PatentImportRow Read(ImportRow row) => new(
        row.Number, row.Get(Org), row.Get(TypeColumn), row.Get(Number), row.Get(Title), row.Get(Filed), Optional(row, Priority), Optional(row, Published), Optional(row, Granted),
        row.Get(Owners), row.Get(Inventors), row.Get(Ipc), row.Get(Family),
        string.IsNullOrWhiteSpace(row.Raw(ReductionColumn)) ? Reduction.None : row.Get(ReductionColumn),
        !string.IsNullOrWhiteSpace(row.Raw(Open)) && row.Get(Open));

    private static DateOnly? Optional(ImportRow row, ImportColumn<DateOnly> column) =>
        string.IsNullOrWhiteSpace(row.Raw(column)) || row.HasError(column) ? null : row.Get(column);

    /// <summary>"name:share|name:share"; a single name without a share owns 100 %.</summary>
    public static IReadOnlyList<OwnerInput>? ParseOwners(string? text)
    {
        var parts = (text ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && !parts[0].Contains(':', StringComparison.Ordinal))
        {
            return [new OwnerInput(parts[0], 100)];
        }

        var list = new List<OwnerInput>();
        foreach (var p in parts)
        {
            var colon = p.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(p[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var share))
            {
                return null;
            }

            list.Add(new OwnerInput(p[..colon].Trim(), share));
        }

        return list;
    }

    protected override async Task<ImportSession<PatentImportRow>> BeginAsync(IServiceProvider services, CancellationToken ct)
    {
        var kernel = services.GetRequiredService<KernelDb>();
        var orgs = await kernel.Orgs.AsNoTracking().Select(o => new { o.Id, o.ExternalCode }).ToListAsync(ct);
        var byCode = orgs.Where(o => o.ExternalCode != null).ToDictionary(o => o.ExternalCode!, o => o.Id, StringComparer.Ordinal);
        var clock = services.GetRequiredService<TimeProvider>();
        return new Session(services.GetRequiredService<PatentsDb>(), services.GetRequiredService<PatentsAccess>(), services.GetRequiredService<PortfolioService>(), byCode,
            orgs.Select(o => o.Id).ToHashSet(), ChinaTime.Today(clock), clock.GetUtcNow().UtcDateTime);
    }

    private sealed class Session(PatentsDb db, PatentsAccess access, PortfolioService portfolio, Dictionary<string, Guid> orgCodes, HashSet<Guid> orgIds, DateOnly today, DateTime now)
        : ImportSession<PatentImportRow>
    {
        private readonly Dictionary<Guid, bool> _permitted = [];
        private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
        private readonly Dictionary<int, (Patent Patent, NewPatent Input)> _built = [];

        public override DbContext Context => db;

        public override Guid? AuditOrgId => _permitted.Count == 1 ? _permitted.Keys.First() : null;

        public override IReadOnlyList<ImportTarget> Targets { get; } =
            [new(PatentsDb.PatentsTable, PatentRows.PatentColumns), new("patents_owners", PatentRows.OwnerColumns), new("patents_status_events", PatentRows.EventColumns)];

        public override async ValueTask CheckAsync(PatentImportRow row, ImportRow cells, CancellationToken ct)
        {
            if (!cells.IsValid)
            {
                return;
            }

            Guid org;
            if (orgCodes.TryGetValue(row.Org!, out var byCode))
            {
                org = byCode;
            }
            else if (Guid.TryParse(row.Org, out var id) && orgIds.Contains(id))
            {
                org = id;
            }
            else
            {
                cells.Fail(Org, "patents.org-unknown", $"No organisation with code or id '{row.Org}'.");
                return;
            }

            if (!_permitted.TryGetValue(org, out var ok))
            {
                ok = await access.HoldsAtAsync(PatentsPermissions.Keep, org, ct);
                _permitted[org] = ok;
            }

            if (!ok)
            {
                cells.Fail(Org, "patents.not-permitted", "Importing patents for this organisation needs the keep permission there.");
                return;
            }

            var owners = ParseOwners(row.Owners);
            if (owners is null)
            {
                cells.Fail(Owners, "patents.owners-format", "Write owners as name:share|name:share (shares in percent).");
                return;
            }

            var input = new NewPatent(org, row.Type, row.ApplicationNumber!, row.Title ?? "", row.FiledOn, row.PriorityOn, row.PublishedOn, row.GrantedOn, owners,
                row.Inventors ?? "", row.Ipc ?? "", row.Family, row.Reduction, row.OpenLicence);
            try
            {
                PortfolioService.Check(input, today);
            }
            catch (RuleViolation v)
            {
                cells.Fail(ColumnFor(v.Field), v.Rule, v.Message);
                return;
            }

            if (!_numbers.Add(row.ApplicationNumber!) || await db.Patents.AnyAsync(p => p.ApplicationNumber == row.ApplicationNumber, ct))
            {
                cells.Fail(Number, "patents.application-number-taken", "This application number is already in the portfolio or earlier in the file.");
                return;
            }

            _built[row.Number] = (portfolio.Build(input, today, now), input);
        }

        private static ImportColumn ColumnFor(string field) => field switch
        {
            "applicationNumber" => Number,
            "title" => Title,
            "filedOn" => Filed,
            "grantedOn" => Granted,
            "priorityOn" => Priority,
            "publishedOn" => Published,
            "reduction" => ReductionColumn,
            _ => Owners,
        };

        public override IEnumerable<object?[]> RowsFor(int target, PatentImportRow row)
        {
            var (patent, input) = _built[row.Number];
            switch (target)
            {
                case 0:
                    yield return PatentRows.Of(patent);
                    break;
                case 1:
                    for (var i = 0; i < input.Owners.Count; i++)
                    {
                        yield return PatentRows.Of(new PatentOwner { PatentId = patent.Id, Seq = i + 1, OrgId = patent.OrgId, Name = input.Owners[i].Name, SharePercent = input.Owners[i].SharePercent });
                    }

                    break;
                default:
                    yield return PatentRows.Of(new StatusEvent { Id = Guid.CreateVersion7(), PatentId = patent.Id, OrgId = patent.OrgId, On = patent.FiledOn, Status = LegalStatus.Pending, Note = "filed" });
                    if (patent.GrantedOn is { } g)
                    {
                        yield return PatentRows.Of(new StatusEvent { Id = Guid.CreateVersion7(), PatentId = patent.Id, OrgId = patent.OrgId, On = g, Status = LegalStatus.Granted, Note = "granted" });
                    }

                    break;
            }
        }
    }
}
