using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;

namespace Tongban.Pensions.Amounts;

/// <summary>The stored bookkeeping rates: shipped ones loaded once, then editable (every change audited).</summary>
public sealed class RatesService(PensionsDb db)
{
    /// <summary>Adds the shipped rates for years not yet stored; never overwrites an edited year.</summary>
    public async Task<int> EnsureShippedAsync(CancellationToken ct = default)
    {
        var stored = await db.Rates.Select(r => r.Year).ToListAsync(ct);
        var missing = BookkeepingRates.Shipped.All.Where(r => !stored.Contains(r.Year)).ToList();
        foreach (var rate in missing)
        {
            db.Rates.Add(new RateRecord { Year = rate.Year, Hundredths = ToHundredths(rate.RatePercent, rate.Year), Source = rate.Source });
        }

        await db.SaveChangesAsync(ct);
        return missing.Count;
    }

    /// <summary>Sets a year's rate (percent with at most two decimals, 0 to below 100) and where it comes from.</summary>
    public async Task SetAsync(int year, decimal percent, string source, CancellationToken ct = default)
    {
        // A year's rate applies to every account in the country: it is set with the permission at the root.
        await OrgScope.RequirePermissionAtRootAsync(db.OrgClosures, db.Scope, PensionsPermissions.EditRates, ct);
        RuleViolation.ThrowIf(year is < 1900 or > 2999, "year", "pensions.year-format", $"{year} is not a year.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(source), "source", "pensions.rate-source", "A rate needs its source (the notice or table it comes from).");
        var hundredths = ToHundredths(percent, year);
        var record = await db.Rates.SingleOrDefaultAsync(r => r.Year == year, ct);
        if (record is null)
        {
            db.Rates.Add(new RateRecord { Year = year, Hundredths = hundredths, Source = source.Trim() });
        }
        else
        {
            record.Hundredths = hundredths;
            record.Source = source.Trim();
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<BookkeepingRates> LoadAsync(CancellationToken ct = default)
    {
        var rows = await db.Rates.AsNoTracking().OrderBy(r => r.Year).ToListAsync(ct);
        return new BookkeepingRates(rows.Select(r => new BookkeepingRate(r.Year, r.Hundredths / 100m, r.Source)));
    }

    /// <summary>
    /// The years from the first stored one through <paramref name="throughYear"/> (normally the current year) that have
    /// no rate: a computation through any of them is refused naming the year until a rates keeper enters it.
    /// </summary>
    public static IReadOnlyList<int> MissingYears(BookkeepingRates table, int throughYear)
    {
        var known = table.All.Select(r => r.Year).ToHashSet();
        return known.Count == 0 ? [throughYear] : Enumerable.Range(known.Min(), Math.Max(0, throughYear - known.Min() + 1)).Where(y => !known.Contains(y)).ToList();
    }

    private static int ToHundredths(decimal percent, int year)
    {
        RuleViolation.ThrowIf(percent is < 0m or >= 100m || decimal.Round(percent, 2) != percent, $"rates.{year}", "pensions.rate-format", $"{percent} is not a rate in percent with at most two decimals.", ("percent", percent));
        return (int)(percent * 100m);
    }
}
