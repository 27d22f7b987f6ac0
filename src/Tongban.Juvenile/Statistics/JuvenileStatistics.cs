using Microsoft.EntityFrameworkCore;
using Tongban.Juvenile.Access;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.Rules;
using Tongban.Kernel.Errors;

namespace Tongban.Juvenile.Statistics;

/// <summary>One de-identified cell: a count, or null where it was under 5 and suppressed.</summary>
public sealed record StatCell(string District, string AgeBand, string Item, int? Count);

public sealed record MeasureCell(string District, string Measure, int? Count);

public sealed record StatisticsTable(IReadOnlyList<StatCell> Behaviours, IReadOnlyList<MeasureCell> Measures, int SuppressedCells);

/// <summary>
/// Art. 3: counts by district, age band, behaviour item and measure over the caller's unsealed cases,
/// with any cell under 5 suppressed. Sealed cases (art. 59) are not counted at all.
/// </summary>
public sealed class JuvenileStatistics(JuvenileDb db)
{
    public async Task<StatisticsTable> BuildAsync(int? year, CancellationToken ct = default)
    {
        // Counted over the orgs where the caller holds the statistics permission, not wherever they hold another role.
        using var reading = db.ReadAs(JuvenilePermissions.Statistics);
        RuleViolation.ThrowIf(db.ViewScope.IsEmpty, "permission", "juvenile.access.not-permitted", $"You do not hold {JuvenilePermissions.Statistics}.");
        var behaviours = CaseQueries.UnsealedBehaviours(db);
        var measures = CaseQueries.UnsealedMeasures(db);
        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = from.AddYears(1);
            behaviours = behaviours.Where(b => b.OccurredOn >= from && b.OccurredOn < to);
            var fromUtc = new DateTime(y, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-8);
            var toUtc = fromUtc.AddYears(1);
            measures = measures.Where(m => m.DecidedUtc >= fromUtc && m.DecidedUtc < toUtc);
        }

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
        var byMeasure = await measures
            .Join(db.Cases, m => m.CaseId, c => c.Id, (m, c) => new { c.DistrictCode, m.Code })
            .GroupBy(x => new { x.DistrictCode, x.Code })
            .Select(g => new { g.Key.DistrictCode, g.Key.Code, Count = g.Count() })
            .ToListAsync(ct);
        var measureCells = byMeasure
            .OrderBy(x => x.DistrictCode, StringComparer.Ordinal).ThenBy(x => x.Code, StringComparer.Ordinal)
            .Select(x => new MeasureCell(x.DistrictCode, x.Code, StatisticsRules.Publish(x.Count)))
            .ToList();
        return new StatisticsTable(cells, measureCells, cells.Count(c => c.Count is null) + measureCells.Count(c => c.Count is null));
    }
}
