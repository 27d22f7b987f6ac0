using Microsoft.EntityFrameworkCore;
using Tongban.Epidemic.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Epidemic.Cases;

/// <summary>One bar of the curve: a day and a district, confirmed and asymptomatic counted apart.</summary>
public sealed record CurvePoint(DateOnly Date, string? DistrictCode, int Confirmed, int Asymptomatic);

/// <summary>The epidemic curve by diagnosis date and district, counted by GROUP BY in the database.</summary>
public sealed class EpidemicCurve(EpidemicDb db, Districts districts)
{
    public const int MaxDays = 366;

    public async Task<IReadOnlyList<CurvePoint>> ByDayAndDistrictAsync(
        DateOnly from, DateOnly to, Guid? areaOrgId, CaseOrigin? origin, CancellationToken ct)
    {
        RuleViolation.ThrowIf(from > to, "from", "epidemic.curve.range", "The start of the date range is after its end.");
        RuleViolation.ThrowIf(to.DayNumber - from.DayNumber >= MaxDays, "to", "epidemic.curve.range-too-long", $"A curve covers at most {MaxDays} days.", ("maxDays", MaxDays));
        var areas = await districts.SnapshotAsync(ct);
        var cases = CaseOrgs.Within(db.Cases.AsNoTracking(), areas.CaseOrgs(db.ViewScope)).Where(c => c.DiagnosisDate >= from && c.DiagnosisDate <= to);
        if (areaOrgId is { } area)
        {
            cases = CaseOrgs.Within(cases, areas.Under(area));
        }

        if (origin is { } o)
        {
            cases = cases.Where(c => c.Origin == o);
        }

        var groups = await cases
            .GroupBy(c => new { c.DiagnosisDate, c.DistrictCode, c.Class })
            .Select(g => new { g.Key.DiagnosisDate, g.Key.DistrictCode, g.Key.Class, Count = g.Count() })
            .ToListAsync(ct);
        return groups
            .GroupBy(g => (g.DiagnosisDate, g.DistrictCode))
            .Select(g => new CurvePoint(
                g.Key.DiagnosisDate,
                g.Key.DistrictCode,
                g.Where(x => x.Class == CaseClass.Confirmed).Sum(x => x.Count),
                g.Where(x => x.Class == CaseClass.Asymptomatic).Sum(x => x.Count)))
            .OrderBy(p => p.Date)
            .ThenBy(p => p.DistrictCode, StringComparer.Ordinal)
            .ToList();
    }
}
