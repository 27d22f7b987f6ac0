using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace Tongban.Components.Shared;

/// <summary>
/// Runs a MudDataGrid's state (filters, sorts, page) as one database query: the filter and sort
/// expressions are composed onto the IQueryable, so the database does the work, not the circuit.
/// </summary>
internal static class GridQuery
{
    /// <summary>Most rows an export of a filtered list may carry; past that, narrow the filter.</summary>
    public const int ExportLimit = 100_000;

    public static IQueryable<T> Apply<T>(IQueryable<T> query, GridState<T> state, Func<IQueryable<T>, IOrderedQueryable<T>> defaultOrder) =>
        Apply(query, state.FilterDefinitions, state.SortDefinitions, defaultOrder);

    public static IQueryable<T> Apply<T>(
        IQueryable<T> query,
        IEnumerable<IFilterDefinition<T>> filters,
        IEnumerable<SortDefinition<T>> sorts,
        Func<IQueryable<T>, IOrderedQueryable<T>> defaultOrder)
    {
        var filtered = query.Where(filters.Where(f => f.Value is not null || f.Operator is FilterOperator.String.Empty or FilterOperator.String.NotEmpty), DataGridFilterCaseSensitivity.Ignore);
        var sortList = sorts.ToList();
        return sortList.Count > 0 ? filtered.OrderBy(sortList) : defaultOrder(filtered);
    }

    public static async Task<GridData<T>> PageAsync<T>(
        IQueryable<T> query,
        GridState<T> state,
        Func<IQueryable<T>, IOrderedQueryable<T>> defaultOrder,
        CancellationToken ct)
    {
        var shaped = Apply(query, state, defaultOrder);
        var total = await shaped.CountAsync(ct);
        var items = await shaped.Skip(state.Page * state.PageSize).Take(state.PageSize).ToListAsync(ct);
        return new GridData<T> { Items = items, TotalItems = total };
    }
}
