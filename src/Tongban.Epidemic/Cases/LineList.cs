using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Tongban.Epidemic.Data;
using Tongban.Kernel.Audit;
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
public sealed class LineList(EpidemicDb db, Districts districts, SensitiveRecordAccess sensitive)
{
    public const int MaxPageSize = 500;

    /// <summary>Every line-list filter; a null filter is left out of the SQL.</summary>
    private static readonly Expression<Func<EpidemicDb, Guid?, Guid[]?, string?, CaseClass?, CaseOrigin?, FoundBy?, DateOnly?, DateOnly?, string?, IQueryable<EpidemicCase>>> Filter =
        (db, org, orgs, district, cls, origin, found, from, to, address) => db.Cases.AsNoTracking().Where(c =>
            (org == null || c.OrgId == org)
            && (orgs == null || orgs.Contains(c.OrgId))
            && (district == null || c.DistrictCode == district)
            && (cls == null || c.Class == cls)
            && (origin == null || c.Origin == origin)
            && (found == null || c.FoundBy == found)
            && (from == null || c.DiagnosisDate >= from)
            && (to == null || c.DiagnosisDate <= to)
            && (address == null || (c.AddressZh != null && c.AddressZh.Contains(address)) || (c.AddressEn != null && c.AddressEn.Contains(address))));

    // A page is one compiled query per sort order, every filter a parameter that is left out of the SQL
    // when null (EF Core writes and caches the SQL per combination of null filters). Compiled, a call
    // skips building, parameterising and hashing the LINQ tree, which was most of the per-call cost
    // of a page next to the raw indexed query (the query itself takes well under a millisecond).
    // A compiled query belongs to one model; a process holds one per provider (tests run both).
    private static readonly ConcurrentDictionary<IModel, CompiledQueries> Compiled = new();

    private sealed class CompiledQueries
    {
        public Func<EpidemicDb, Guid?, Guid[]?, string?, CaseClass?, CaseOrigin?, FoundBy?, DateOnly?, DateOnly?, string?, int, int, IAsyncEnumerable<CaseRow>>[] Pages { get; } =
        [
            Page(q => q.OrderBy(c => c.DiagnosisDate).ThenBy(c => c.ReportedAtUtc).ThenBy(c => c.Id)),
            Page(q => q.OrderByDescending(c => c.DiagnosisDate).ThenByDescending(c => c.ReportedAtUtc).ThenByDescending(c => c.Id)),
            Page(q => q.OrderBy(c => c.ReportedAtUtc).ThenBy(c => c.Id)),
            Page(q => q.OrderByDescending(c => c.ReportedAtUtc).ThenByDescending(c => c.Id)),
            Page(q => q.OrderBy(c => c.DistrictCode).ThenBy(c => c.DiagnosisDate).ThenBy(c => c.Id)),
            Page(q => q.OrderByDescending(c => c.DistrictCode).ThenByDescending(c => c.DiagnosisDate).ThenByDescending(c => c.Id)),
        ];

        public Func<EpidemicDb, Guid?, Guid[]?, string?, CaseClass?, CaseOrigin?, FoundBy?, DateOnly?, DateOnly?, string?, Task<long>> Count { get; } =
            EF.CompileAsyncQuery(Inline.Apply<Func<EpidemicDb, Guid?, Guid[]?, string?, CaseClass?, CaseOrigin?, FoundBy?, DateOnly?, DateOnly?, string?, long>>(
                (db, org, orgs, district, cls, origin, found, from, to, address) => Filtered(db, org, orgs, district, cls, origin, found, from, to, address).LongCount(),
                null));
    }

    public async Task<CasePage> QueryAsync(CaseQuery q, CancellationToken ct)
    {
        RuleViolation.ThrowIf(q.Page < 1, "page", "epidemic.list.page", "The page number starts at 1.");
        RuleViolation.ThrowIf(q.PageSize is < 1 or > MaxPageSize, "pageSize", "epidemic.list.page-size", $"A page holds 1 to {MaxPageSize} rows.", ("maxPageSize", MaxPageSize));
        RuleViolation.ThrowIf(q.From > q.To, "from", "epidemic.list.range", "The start of the date range is after its end.");
        var areas = await districts.SnapshotAsync(ct);
        var owners = areas.CaseOrgs(db.ViewScope);
        if (q.AreaOrgId is { } area)
        {
            var under = areas.Under(area);
            owners = owners is null ? under : owners.Intersect(under).ToList();
        }

        // One org: "OrgId = @org", so the org-first index also gives the order; several: IN; none listed: every org in scope.
        Guid? org = owners is { Count: 1 } ? owners[0] : null;
        var orgs = owners is { Count: not 1 } ? owners.ToArray() : null;
        var district = string.IsNullOrWhiteSpace(q.DistrictCode) ? null : q.DistrictCode.Trim();
        var address = string.IsNullOrWhiteSpace(q.Address) ? null : q.Address.Trim();
        var compiled = Compiled.GetOrAdd(db.Model, _ => new CompiledQueries());
        var total = q.WithTotal ? await compiled.Count(db, org, orgs, district, q.Class, q.Origin, q.FoundBy, q.From, q.To, address) : (long?)null;
        var sort = q.Sort switch
        {
            CaseSort.Reported => 2,
            CaseSort.District => 4,
            _ => 0,
        };
        var rows = new List<CaseRow>(q.PageSize);
        await foreach (var row in compiled.Pages[sort + (q.Descending ? 1 : 0)](db, org, orgs, district, q.Class, q.Origin, q.FoundBy, q.From, q.To, address, (q.Page - 1) * q.PageSize, q.PageSize).WithCancellation(ct))
        {
            rows.Add(row);
        }

        return new CasePage(q.Page, q.PageSize, total, rows);
    }

    private static Func<EpidemicDb, Guid?, Guid[]?, string?, CaseClass?, CaseOrigin?, FoundBy?, DateOnly?, DateOnly?, string?, int, int, IAsyncEnumerable<CaseRow>> Page(
        Expression<Func<IQueryable<EpidemicCase>, IOrderedQueryable<EpidemicCase>>> order)
    {
        Expression<Func<EpidemicDb, Guid?, Guid[]?, string?, CaseClass?, CaseOrigin?, FoundBy?, DateOnly?, DateOnly?, string?, int, int, IQueryable<CaseRow>>> page =
            (db, org, orgs, district, cls, origin, found, from, to, address, skip, take) =>
                Sorted(Filtered(db, org, orgs, district, cls, origin, found, from, to, address))
                    .Skip(skip)
                    .Take(take)
                    .Select(c => new CaseRow(
                        c.Id, c.DistrictCode, c.Class, c.Origin, c.FoundBy, c.DiagnosisDate, c.ReportedAtUtc, c.ConvertedFromAsymptomatic,
                        c.AddressZh, c.AddressEn, c.ArrivalDate, c.TransferredOn, c.InvestigatedOn, c.ControlMeasuresOn, c.DischargedOn));
        return EF.CompileAsyncQuery(Inline.Apply(page, order));
    }

    // Stand-ins that Inline replaces by the filter's and the sort's own expressions before compiling.
    private static IQueryable<EpidemicCase> Filtered(
        EpidemicDb db, Guid? org, Guid[]? orgs, string? district, CaseClass? cls, CaseOrigin? origin, FoundBy? found, DateOnly? from, DateOnly? to, string? address) =>
        throw new InvalidOperationException("Replaced by Inline before compiling.");

    private static IOrderedQueryable<EpidemicCase> Sorted(IQueryable<EpidemicCase> cases) =>
        throw new InvalidOperationException("Replaced by Inline before compiling.");

    /// <summary>Puts <see cref="Filter"/> and a sort in place of their stand-ins in a page's expression.</summary>
    private sealed class Inline(LambdaExpression? order) : ExpressionVisitor
    {
        public static Expression<T> Apply<T>(Expression<T> page, LambdaExpression? order) =>
            (Expression<T>)new Inline(order).Visit(page);

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType == typeof(LineList) && node.Method.Name == nameof(Filtered))
            {
                return Bind(Filter, node.Arguments.Select(Visit).ToArray()!);
            }

            if (order is not null && node.Method.DeclaringType == typeof(LineList) && node.Method.Name == nameof(Sorted))
            {
                return Bind(order, [Visit(node.Arguments[0])!]);
            }

            return base.VisitMethodCall(node);
        }

        private static Expression Bind(LambdaExpression lambda, Expression[] arguments)
        {
            var map = lambda.Parameters.Zip(arguments).ToDictionary(p => (Expression)p.First, p => p.Second);
            return new Replace(map).Visit(lambda.Body)!;
        }
    }

    private sealed class Replace(Dictionary<Expression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => map.GetValueOrDefault(node) ?? node;
    }

    /// <summary>Every row matching the filters, in line-list order, streamed (for export).</summary>
    public async IAsyncEnumerable<CaseRow> StreamAsync(CaseQuery q, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var filtered = await FilterAsync(q, ct);
        // Issue 21 (6): the export (addresses, dates of a person's illness) is audited before the first row leaves.
        await sensitive.RecordListAsync(db, "epidemic.case.export", System.Text.Json.JsonSerializer.Serialize(q), await filtered.CountAsync(ct), null, null, ct);
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
        var cases = CaseOrgs.Within(db.Cases.AsNoTracking(), areas.CaseOrgs(db.ViewScope));
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
