using Microsoft.EntityFrameworkCore;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Data;
using Tongban.Epidemic.Policy;
using Tongban.Kernel.Errors;
using Tongban.Kernel.People;

namespace Tongban.Epidemic.Bulletin;

/// <summary>The day's bulletin from the records, for the whole city or any area under it.</summary>
public sealed class BulletinService(EpidemicDb db, Districts districts, PolicyStore policies)
{
    /// <param name="areaCode">A division code (city or district); null for every case the caller may see.</param>
    public async Task<BulletinText> BuildAsync(DateOnly date, string? areaCode, CancellationToken ct)
    {
        using var reading = db.ReadAs(EpidemicPermissions.Bulletin);
        // Names, the org tree and the policy come from the process's caches: one GROUP BY for the day's
        // numbers, one for the outcomes, and the lines of a day short enough to list case by case.
        var areas = await districts.SnapshotAsync(ct);
        var all = areas.ByCode;
        var area = areaCode is null ? OwnJurisdiction(areas, db.ViewScope) : await districts.ResolveAsync(areaCode, "area", ct);
        RuleViolation.ThrowIf(
            !AreaSnapshot.IsHealth(area.Kind),
            "area",
            "epidemic.bulletin.not-health-authority",
            $"{area.NameEn} ({area.DivisionCode}) is not a health authority; a bulletin is issued only in the name of a health commission or disease-control centre.",
            ("org", area.NameEn),
            ("code", area.DivisionCode));
        var orgs = areas.CaseOrgs(db.ViewScope);
        var under = areas.Under(area.OrgId);
        orgs = orgs is null ? under : orgs.Intersect(under).ToList();

        var cases = CaseOrgs.Within(db.Cases.AsNoTracking(), orgs);
        var day = cases.Where(c => c.DiagnosisDate == date);

        // Every number of the bulletin, and the district table of a long day, from one GROUP BY of the
        // day's cases (a few hundred rows at most, however many cases the day holds), with the outcomes
        // recorded that day (a GROUP BY over the partial index of outcomes) in the same statement: one
        // round trip, which matters on a loaded server as much as the rows do.
        var dayRows = day
            .GroupBy(c => new { c.DistrictCode, c.Class, c.Origin, c.FoundBy, c.ConvertedFromAsymptomatic })
            .Select(g => new CountRow
            {
                Outcome = false,
                DistrictCode = g.Key.DistrictCode,
                Class = g.Key.Class,
                Origin = g.Key.Origin,
                FoundBy = g.Key.FoundBy,
                Converted = g.Key.ConvertedFromAsymptomatic,
                Cases = g.Count(),
                Transferred = g.Count(c => c.TransferredOn != null),
                Investigated = g.Count(c => c.InvestigatedOn != null),
                Controlled = g.Count(c => c.ControlMeasuresOn != null),
            });
        var outcomeRows = cases
            .Where(c => c.DischargedOn == date)
            .GroupBy(c => c.Class)
            .Select(g => new CountRow
            {
                Outcome = true,
                DistrictCode = null,
                Class = g.Key,
                Origin = CaseOrigin.Local,
                FoundBy = FoundBy.NotStated,
                Converted = false,
                Cases = g.Count(),
                Transferred = 0,
                Investigated = 0,
                Controlled = 0,
            });
        var rows = await dayRows.Concat(outcomeRows).ToListAsync(ct);
        var tallies = rows
            .Where(r => !r.Outcome)
            .Select(r =>
            {
                var d = r.DistrictCode is null ? null : all.GetValueOrDefault(r.DistrictCode);
                return new BulletinTally(
                    d?.PlaceZh, d?.PlaceEn, r.Class, r.Origin, r.FoundBy, r.Converted, r.Cases, r.Transferred, r.Investigated, r.Controlled);
            })
            .ToList();
        var outcomes = rows.Where(r => r.Outcome).ToList();

        // The lines only of a section the policy lists case by case, with only the columns a line is written from.
        var policy = (await policies.BookAsync(ct)).On(date);
        var local = tallies.Where(t => t.Origin == CaseOrigin.Local && t.Class != CaseClass.Suspected).Sum(t => t.Cases);
        var imported = tallies.Where(t => t.Origin == CaseOrigin.Imported && t.Class != CaseClass.Suspected).Sum(t => t.Cases);
        var localLines = local > 0 && BulletinBuilder.ListsLines(local, policy) ? await LocalLinesAsync(day, date, all, ct) : null;
        var importedLines = imported > 0 && BulletinBuilder.ListsLines(imported, policy) ? await ImportedLinesAsync(day, date, ct) : null;

        var bulletinArea = new BulletinArea(TrimCity(area.PlaceZh), area.PlaceEn, ShortName(area), area.NameZh, area.NameEn);
        return BulletinBuilder.Build(
            date,
            bulletinArea,
            new BulletinDay(
                tallies,
                outcomes.Where(o => o.Class == CaseClass.Confirmed).Sum(o => o.Cases),
                outcomes.Where(o => o.Class == CaseClass.Asymptomatic).Sum(o => o.Cases),
                localLines,
                importedLines),
            policy);
    }

    /// <summary>
    /// Without an area the bulletin is the caller's own: the highest health authority among the areas the caller's
    /// bulletin grant reaches (the city's bulletin desk: the city's health commission). Never another kind of
    /// organisation, which would put its name to the bulletin as issuer.
    /// </summary>
    internal static AreaOrg OwnJurisdiction(AreaSnapshot areas, PermissionScope scope)
    {
        var mine = areas.CaseOrgs(scope);
        return areas.ByCode.Values
            .Where(o => AreaSnapshot.IsHealth(o.Kind) && (mine is null || mine.Contains(o.OrgId)))
            .OrderBy(o => o.Level)
            .ThenBy(o => o.DivisionCode, StringComparer.Ordinal)
            .FirstOrDefault()
            ?? throw new RuleViolation("area", "epidemic.bulletin.no-jurisdiction", "No health authority lies within your bulletin grant; name the area of the bulletin.");
    }

    /// <summary>
    /// The day's local cases as their lines read them, in reporting order. Sorted here, not by ORDER BY:
    /// a sort node made PostgreSQL plan a parallel scan for a day's rows, while the same order costs
    /// next to nothing in memory for the few rows listed (ReportedAtUtc, then Id: Guid order is the
    /// database's uuid order).
    /// </summary>
    private static async Task<List<BulletinCase>> LocalLinesAsync(
        IQueryable<EpidemicCase> day, DateOnly date, IReadOnlyDictionary<string, AreaOrg> all, CancellationToken ct)
    {
        var rows = await day
            .Where(c => c.Origin == CaseOrigin.Local)
            .Select(c => new { c.Id, c.ReportedAtUtc, c.Class, c.FoundBy, c.DistrictCode, c.AddressZh, c.AddressEn, c.ConvertedFromAsymptomatic })
            .ToListAsync(ct);
        rows.Sort((a, b) => a.ReportedAtUtc != b.ReportedAtUtc ? a.ReportedAtUtc.CompareTo(b.ReportedAtUtc) : a.Id.CompareTo(b.Id));
        return rows
            .Select(c =>
            {
                var d = c.DistrictCode is null ? null : all.GetValueOrDefault(c.DistrictCode);
                return new BulletinCase(
                    c.Class, CaseOrigin.Local, c.FoundBy, date, d?.PlaceZh, d?.PlaceEn, c.AddressZh, c.AddressEn, c.ConvertedFromAsymptomatic);
            })
            .ToList();
    }

    /// <summary>The day's imported cases as their lines read them, in reporting order.</summary>
    private static async Task<List<BulletinCase>> ImportedLinesAsync(IQueryable<EpidemicCase> day, DateOnly date, CancellationToken ct)
    {
        var rows = await day
            .Where(c => c.Origin == CaseOrigin.Imported)
            .Select(c => new
            {
                c.Id,
                c.ReportedAtUtc,
                c.Class,
                c.FoundBy,
                c.ConvertedFromAsymptomatic,
                c.NationalityZh,
                c.NationalityEn,
                c.OriginZh,
                c.OriginEn,
                c.PortZh,
                c.PortEn,
                c.ArrivalDate,
            })
            .ToListAsync(ct);
        rows.Sort((a, b) => a.ReportedAtUtc != b.ReportedAtUtc ? a.ReportedAtUtc.CompareTo(b.ReportedAtUtc) : a.Id.CompareTo(b.Id));
        return rows
            .Select(c => new BulletinCase(
                c.Class, CaseOrigin.Imported, c.FoundBy, date, ConvertedFromAsymptomatic: c.ConvertedFromAsymptomatic,
                NationalityZh: c.NationalityZh, NationalityEn: c.NationalityEn, OriginZh: c.OriginZh, OriginEn: c.OriginEn,
                PortZh: c.PortZh, PortEn: c.PortEn, ArrivalDate: c.ArrivalDate))
            .ToList();
    }

    /// <summary>
    /// The latest diagnosis date among the cases the caller may see (null when none): the day a
    /// bulletin desk most likely wants. One index lookup per owning org.
    /// </summary>
    public async Task<DateOnly?> LatestDateAsync(CancellationToken ct)
    {
        var areas = await districts.SnapshotAsync(ct);
        DateOnly? latest = null;
        foreach (var org in areas.CaseOrgs(db.ViewScope) ?? [.. areas.Owners])
        {
            var day = await db.Cases.AsNoTracking().Where(c => c.OrgId == org).MaxAsync(c => (DateOnly?)c.DiagnosisDate, ct);
            if (day > latest || latest is null)
            {
                latest = day;
            }
        }

        return latest;
    }

    private static string TrimCity(string zh) => zh.EndsWith('市') ? zh[..^1] : zh;

    // The one-character name used in "进返京"; other places use their full name.
    private static string ShortName(AreaOrg org) => org.DivisionCode.StartsWith("11", StringComparison.Ordinal) ? "京" : TrimCity(org.PlaceZh);

    /// <summary>A row of the bulletin's one counting statement: a group of the day's cases, or (Outcome) of the day's discharges.</summary>
    private sealed class CountRow
    {
        public bool Outcome { get; init; }

        public string? DistrictCode { get; init; }

        public CaseClass Class { get; init; }

        public CaseOrigin Origin { get; init; }

        public FoundBy FoundBy { get; init; }

        public bool Converted { get; init; }

        public int Cases { get; init; }

        public int Transferred { get; init; }

        public int Investigated { get; init; }

        public int Controlled { get; init; }
    }
}
