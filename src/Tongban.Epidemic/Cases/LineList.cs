using Microsoft.EntityFrameworkCore;
using Tongban.Epidemic.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Epidemic.Cases;

public enum CaseSort
{
    DiagnosisDate = 0,
    Reported = 1,
    District = 2,
}

/// <summary>Line-list filters; every one is applied in SQL.</summary>
public sealed record CaseQuery(
    Guid? AreaOrgId = null,
    string? DistrictCode = null,
    CaseClass? Class = null,
    CaseOrigin? Origin = null,
    FoundBy? FoundBy = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Address = null,
    CaseSort Sort = CaseSort.DiagnosisDate,
    bool Descending = true,
    int Page = 1,
    int PageSize = 50,
    bool WithTotal = true);

/// <summary>A line of the line list. No name or contact data: those are read one case at a time, audited.</summary>
public sealed record CaseRow(
    Guid Id,
    string? DistrictCode,
    CaseClass Class,
    CaseOrigin Origin,
    FoundBy FoundBy,
    DateOnly DiagnosisDate,
    DateTime ReportedAtUtc,
    bool ConvertedFromAsymptomatic,
    string? AddressZh,
    string? AddressEn,
    DateOnly? ArrivalDate,
    DateOnly? TransferredOn,
    DateOnly? InvestigatedOn,
    DateOnly? ControlMeasuresOn,
    DateOnly? DischargedOn);

public sealed record CasePage(int Page, int PageSize, long? Total, IReadOnlyList<CaseRow> Rows);

/// <summary>The case line list: filtered, sorted and paged in the database, within the caller's district grants.</summary>
public sealed class LineList(EpidemicDb db, Districts districts)
{
    public const int MaxPageSize = 500;

    public async Task<CasePage> QueryAsync(CaseQuery q, CancellationToken ct)
    {
        RuleViolation.ThrowIf(q.Page < 1, "page", "epidemic.list.page", "The page number starts at 1.");
        RuleViolation.ThrowIf(q.PageSize is < 1 or > MaxPageSize, "pageSize", "epidemic.list.page-size", $"A page holds 1 to {MaxPageSize} rows.");
        RuleViolation.ThrowIf(q.From > q.To, "from", "epidemic.list.range", "The start of the date range is after its end.");
        var filtered = await FilterAsync(q, ct);
        var total = q.WithTotal ? await filtered.LongCountAsync(ct) : (long?)null;

        // A plain query, not a compiled one: measured at 300,000 cases on SQLite, the page took 0.82 ms this way
        // and 1.26 ms as a compiled query with every filter a nullable parameter.
        // Skip and take as plain locals: EF compiles an arithmetic closure expression on every call to read its value.
        var skip = (q.Page - 1) * q.PageSize;
        var take = q.PageSize;
        var rows = await Sorted(filtered, q.Sort, q.Descending)
            .Skip(skip)
            .Take(take)
            .Select(c => new CaseRow(
                c.Id, c.DistrictCode, c.Class, c.Origin, c.FoundBy, c.DiagnosisDate, c.ReportedAtUtc, c.ConvertedFromAsymptomatic,
                c.AddressZh, c.AddressEn, c.ArrivalDate, c.TransferredOn, c.InvestigatedOn, c.ControlMeasuresOn, c.DischargedOn))
            .ToListAsync(ct);
        return new CasePage(q.Page, q.PageSize, total, rows);
    }

    /// <summary>The line list's orders; the last key (Id) makes the order total, so pages neither repeat nor skip a case.</summary>
    private static IOrderedQueryable<EpidemicCase> Sorted(IQueryable<EpidemicCase> cases, CaseSort sort, bool descending) => (sort, descending) switch
    {
        (CaseSort.Reported, false) => cases.OrderBy(c => c.ReportedAtUtc).ThenBy(c => c.Id),
        (CaseSort.Reported, true) => cases.OrderByDescending(c => c.ReportedAtUtc).ThenByDescending(c => c.Id),
        (CaseSort.District, false) => cases.OrderBy(c => c.DistrictCode).ThenBy(c => c.DiagnosisDate).ThenBy(c => c.Id),
        (CaseSort.District, true) => cases.OrderByDescending(c => c.DistrictCode).ThenByDescending(c => c.DiagnosisDate).ThenByDescending(c => c.Id),
        (_, false) => cases.OrderBy(c => c.DiagnosisDate).ThenBy(c => c.ReportedAtUtc).ThenBy(c => c.Id),
        (_, true) => cases.OrderByDescending(c => c.DiagnosisDate).ThenByDescending(c => c.ReportedAtUtc).ThenByDescending(c => c.Id),
    };

    /// <summary>Every row matching the filters, in line-list order, streamed (for export).</summary>
    public async IAsyncEnumerable<CaseRow> StreamAsync(CaseQuery q, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var filtered = await FilterAsync(q, ct);
        var rows = filtered
            .OrderBy(c => c.DiagnosisDate).ThenBy(c => c.ReportedAtUtc).ThenBy(c => c.Id)
            .Select(c => new CaseRow(
                c.Id, c.DistrictCode, c.Class, c.Origin, c.FoundBy, c.DiagnosisDate, c.ReportedAtUtc, c.ConvertedFromAsymptomatic,
                c.AddressZh, c.AddressEn, c.ArrivalDate, c.TransferredOn, c.InvestigatedOn, c.ControlMeasuresOn, c.DischargedOn))
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row;
        }
    }

    internal async Task<IQueryable<EpidemicCase>> FilterAsync(CaseQuery q, CancellationToken ct)
    {
        var areas = await districts.SnapshotAsync(ct);
        var cases = CaseOrgs.Within(db.Cases.AsNoTracking(), areas.CaseOrgs(db.Scope));
        if (q.AreaOrgId is { } area)
        {
            cases = CaseOrgs.Within(cases, areas.Under(area));
        }

        if (!string.IsNullOrWhiteSpace(q.DistrictCode))
        {
            var code = q.DistrictCode.Trim();
            cases = cases.Where(c => c.DistrictCode == code);
        }

        if (q.Class is { } cls)
        {
            cases = cases.Where(c => c.Class == cls);
        }

        if (q.Origin is { } origin)
        {
            cases = cases.Where(c => c.Origin == origin);
        }

        if (q.FoundBy is { } found)
        {
            cases = cases.Where(c => c.FoundBy == found);
        }

        if (q.From is { } from)
        {
            cases = cases.Where(c => c.DiagnosisDate >= from);
        }

        if (q.To is { } to)
        {
            cases = cases.Where(c => c.DiagnosisDate <= to);
        }

        if (!string.IsNullOrWhiteSpace(q.Address))
        {
            var text = q.Address.Trim();
            cases = cases.Where(c => (c.AddressZh != null && c.AddressZh.Contains(text)) || (c.AddressEn != null && c.AddressEn.Contains(text)));
        }

        return cases;
    }
}
