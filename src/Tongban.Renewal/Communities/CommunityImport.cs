using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Imports;

namespace Tongban.Renewal.Communities;

internal sealed record CommunityImportRow(int Number, NewCommunity? Input, string Org);

/// <summary>
/// "renewal.communities": old communities from CSV or XLSX through the kernel's <see cref="ImportPipeline"/>, the
/// owning street office or committee named by its org id or exact name. Every row passes the rules of a community
/// entered by hand; one bad row refuses the whole file with its row, column and rule, and nothing is written.
/// </summary>
internal sealed class CommunityImport : ImportDefinition<CommunityImportRow>
{
    public static readonly ImportColumn<string> Code = new("code", "小区编号", "Community code", true, ImportParsers.Code(ProjectRules.CodeMaxLength));
    public static readonly ImportColumn<string> Name = new("name", "小区名称", "Community name", true, ImportParsers.Text(200));
    public static readonly ImportColumn<string> Org = new("org", "所属街道或社区", "Street office or committee", true, ImportParsers.Text(200));
    public static readonly ImportColumn<string> Division = new("division_code", "区划代码", "Division code", true, ImportParsers.Text(12));
    public static readonly ImportColumn<long> YearBuilt = new("year_built", "建成年份", "Year built", true, ImportParsers.Integer(1900, 2100));
    public static readonly ImportColumn<long> Buildings = new("buildings", "楼栋数", "Buildings", true, ImportParsers.Integer(0, 100_000));
    public static readonly ImportColumn<long> Households = new("households", "户数", "Households", true, ImportParsers.Integer(0, 1_000_000));
    public static readonly ImportColumn<decimal> FloorArea = new("floor_area_m2", "建筑面积（平方米）", "Floor area (m²)", true, ImportParsers.Decimal());

    public override string Key => "renewal.communities";

    public override string TitleZh => "城镇老旧小区导入";

    public override string TitleEn => "Old communities import";

    public override string Permission => RenewalPermissions.EditProjects;

    public override IReadOnlyList<ImportColumn> Columns { get; } = [Code, Name, Org, Division, YearBuilt, Buildings, Households, FloorArea];

    protected override CommunityImportRow Read(ImportRow row)
    {
        var input = new NewCommunity(Guid.Empty, row.Get(Code) ?? "", row.Get(Name) ?? "", row.Get(Division) ?? "", (int)row.Get(YearBuilt), (int)row.Get(Buildings), (int)row.Get(Households), row.Get(FloorArea));
        row.Get(Org);
        return new CommunityImportRow(row.Number, row.IsValid ? input : null, row.Raw(Org).Trim());
    }

    protected override async Task<ImportSession<CommunityImportRow>> BeginAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<RenewalDb>();
        var kernel = services.GetRequiredService<KernelDb>();
        var orgs = await kernel.Orgs.AsNoTracking().Where(o => !o.Archived).Select(o => new { o.Id, o.NameZh, o.NameEn }).ToListAsync(ct);
        var byName = orgs.SelectMany(o => new[] { (Key: o.NameZh, o.Id), (Key: o.NameEn, o.Id), (Key: o.Id.ToString(), o.Id) })
            .Where(x => x.Key.Length > 0).GroupBy(x => x.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct().ToList(), StringComparer.Ordinal);
        var codes = (await db.Communities.Select(c => c.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return new Session(db, services.GetRequiredService<RenewalAccess>(), byName, codes, ChinaTime.Today(services.GetRequiredService<TimeProvider>()).Year);
    }

    internal static readonly string[] CommunityColumns =
    [
        nameof(Community.Id), nameof(Community.OrgId), nameof(Community.Code), nameof(Community.Name), nameof(Community.DivisionCode), nameof(Community.YearBuilt),
        nameof(Community.Buildings), nameof(Community.Households), nameof(Community.FloorAreaM2), nameof(Community.FacilitiesAdded), nameof(Community.FundingFen),
    ];

    private static ImportColumn ColumnOf(RuleViolation v) => v.Field switch
    {
        "name" => Name,
        "divisionCode" => Division,
        "yearBuilt" => YearBuilt,
        "buildings" => Buildings,
        "households" => Households,
        "floorAreaM2" => FloorArea,
        _ => Code,
    };

    private sealed class Session(RenewalDb db, RenewalAccess access, Dictionary<string, List<Guid>> orgs, HashSet<string> codes, int thisYear) : ImportSession<CommunityImportRow>
    {
        private readonly Dictionary<int, Community> _built = [];
        private readonly Dictionary<Guid, bool> _permitted = [];

        public override DbContext Context => db;

        public override IReadOnlyList<ImportTarget> Targets { get; } = [new ImportTarget("renewal_communities", CommunityColumns)];

        public override async ValueTask CheckAsync(CommunityImportRow row, ImportRow cells, CancellationToken ct)
        {
            if (!cells.IsValid || row.Input is null)
            {
                return;
            }

            if (!orgs.TryGetValue(row.Org, out var candidates) || candidates.Count != 1)
            {
                cells.Fail(Org, "renewal.org-unknown", $"No single organisation '{row.Org}'.");
                return;
            }

            var orgId = candidates[0];
            if (!_permitted.TryGetValue(orgId, out var ok))
            {
                // The bulk path bypasses the per-save checks, so the permission is checked here, per org.
                try
                {
                    await access.EnsureAsync(RenewalPermissions.EditProjects, orgId, ct);
                    ok = true;
                }
                catch (RuleViolation)
                {
                    ok = false;
                }

                _permitted[orgId] = ok;
            }

            if (!ok)
            {
                cells.Fail(Org, "renewal.not-permitted", "You may not register communities for this organisation.");
                return;
            }

            try
            {
                var input = row.Input with { OrgId = orgId };
                ProjectRules.Community(input, thisYear);
                if (!codes.Add(input.Code.Trim()))
                {
                    cells.Fail(Code, "renewal.code-taken", $"The code {input.Code} is taken.");
                    return;
                }

                _built[row.Number] = new Community
                {
                    Id = Guid.CreateVersion7(),
                    OrgId = orgId,
                    Code = input.Code.Trim(),
                    Name = input.Name.Trim(),
                    DivisionCode = input.DivisionCode.Trim(),
                    YearBuilt = input.YearBuilt,
                    Buildings = input.Buildings,
                    Households = input.Households,
                    FloorAreaM2 = input.FloorAreaM2,
                };
            }
            catch (RuleViolation v)
            {
                cells.Fail(ColumnOf(v), v.Rule, v.Message);
            }
        }

        public override IEnumerable<object?[]> RowsFor(int target, CommunityImportRow row)
        {
            var c = _built[row.Number];
            yield return [c.Id, c.OrgId, c.Code, c.Name, c.DivisionCode, c.YearBuilt, c.Buildings, c.Households, c.FloorAreaM2, 0, 0L];
        }
    }
}
