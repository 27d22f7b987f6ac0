using Microsoft.EntityFrameworkCore;
using Tongban.Juvenile.Access;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.Rules;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;

namespace Tongban.Juvenile.Statistics;

/// <summary>One de-identified cell: a count, or null where it was under 5 and suppressed.</summary>
public sealed record StatCell(string District, string AgeBand, string Item, int? Count);

public sealed record MeasureCell(string District, string Measure, int? Count);

public sealed record StatisticsTable(IReadOnlyList<StatCell> Behaviours, IReadOnlyList<MeasureCell> Measures, int SuppressedCells, int Year = 0);

/// <summary>
/// Art. 3: counts by district, age band, behaviour item and measure for one closed year, with any cell under 5
/// suppressed and, where a row or column would give a suppressed cell away by difference, a second cell with it.
/// A case counts as it stood at the year's end: one sealed during the year (art. 59) is not counted at all.
/// </summary>
public sealed class JuvenileStatistics(JuvenileDb db, TimeProvider clock)
{
    public async Task<StatisticsTable> BuildAsync(int? year, CancellationToken ct = default)
    {
        // Counted over the orgs where the caller holds the statistics permission, not wherever they hold another role.
        using var reading = db.ReadAs(JuvenilePermissions.Statistics);
        RuleViolation.ThrowIf(db.ViewScope.IsEmpty, "permission", "juvenile.access.not-permitted", $"You do not hold {JuvenilePermissions.Statistics}.");
        // Fixed periods only (issue 21 (4)): one closed calendar year, no all-years table, so no table is the difference
        // of two others; a case counts as it stood at the end of the year, so a later sealing changes no published table.
        var today = ChinaTime.Today(clock);
        var y = year ?? today.Year - 1;
        RuleViolation.ThrowIf(
            y >= today.Year || y < 2000,
            "year",
            "juvenile.statistics.closed-year-required",
            $"Statistics are published for a closed calendar year (2000 to {today.Year - 1}), not for {y}.", ("last", today.Year - 1), ("year", y));
        var from = new DateOnly(y, 1, 1);
        var to = from.AddYears(1);
        var fromUtc = new DateTime(y, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-8);
        var toUtc = fromUtc.AddYears(1);
        var counted = db.Cases.Where(c => !c.Sealed || c.SealedAtUtc >= toUtc).Select(c => c.Id);
        var behaviours = db.Behaviours.Where(b => counted.Contains(b.CaseId) && b.OccurredOn >= from && b.OccurredOn < to);
        var measures = db.Measures.Where(m => counted.Contains(m.CaseId) && m.DecidedUtc >= fromUtc && m.DecidedUtc < toUtc);

        // Grouped in the database by district, item and age; the bands are folded here.
        var byAge = await behaviours
            .Join(db.Cases, b => b.CaseId, c => c.Id, (b, c) => new { c.DistrictCode, b.ItemCode, b.Age })
            .GroupBy(x => new { x.DistrictCode, x.ItemCode, x.Age })
            .Select(g => new { g.Key.DistrictCode, g.Key.ItemCode, g.Key.Age, Count = g.Count() })
            .ToListAsync(ct);
        var cells = byAge
            .GroupBy(x => (x.DistrictCode, Band: StatisticsRules.AgeBand(x.Age), x.ItemCode))
            .Select(g => (g.Key, Count: g.Sum(x => x.Count)))
            .OrderBy(x => x.Key.DistrictCode, StringComparer.Ordinal).ThenBy(x => x.Key.Band, StringComparer.Ordinal).ThenBy(x => x.Key.ItemCode, StringComparer.Ordinal)
            .Select(x => new StatCell(x.Key.DistrictCode, x.Key.Band, x.Key.ItemCode, StatisticsRules.Publish(x.Count)))
            .ToList();
        var cellCounts = byAge
            .GroupBy(x => (x.DistrictCode, Band: StatisticsRules.AgeBand(x.Age), x.ItemCode))
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        cells = StatisticsRules.SuppressComplements(
            cells, c => cellCounts[(c.District, c.AgeBand, c.Item)], c => c.Count is null, c => c with { Count = null }, c => c.District, c => (c.AgeBand, c.Item));
        var byMeasure = await measures
            .Join(db.Cases, m => m.CaseId, c => c.Id, (m, c) => new { c.DistrictCode, m.Code })
            .GroupBy(x => new { x.DistrictCode, x.Code })
            .Select(g => new { g.Key.DistrictCode, g.Key.Code, Count = g.Count() })
            .ToListAsync(ct);
        var measureCells = byMeasure
            .OrderBy(x => x.DistrictCode, StringComparer.Ordinal).ThenBy(x => x.Code, StringComparer.Ordinal)
            .Select(x => new MeasureCell(x.DistrictCode, x.Code, StatisticsRules.Publish(x.Count)))
            .ToList();
        var measureCounts = byMeasure.ToDictionary(x => (x.DistrictCode, x.Code), x => x.Count);
        measureCells = StatisticsRules.SuppressComplements(
            measureCells, c => measureCounts[(c.District, c.Measure)], c => c.Count is null, c => c with { Count = null }, c => c.District, c => c.Measure);
        return new StatisticsTable(cells, measureCells, cells.Count(c => c.Count is null) + measureCells.Count(c => c.Count is null), y);
    }
}
