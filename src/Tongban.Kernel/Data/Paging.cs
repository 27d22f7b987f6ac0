using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Data;

/// <summary>Page numbers from a request, checked once: 1-based, 1 to 500 rows, and an offset that fits (issue 22 (15)).</summary>
public static class Paging
{
    public const int MaxPageSize = 500;

    /// <summary>The rows to skip for <paramref name="page"/>; page 2147483647 overflowed to the first page before.</summary>
    public static int Offset(int page, int pageSize)
    {
        RuleViolation.ThrowIf(page < 1, "page", "paging.page", "The page number starts at 1.");
        RuleViolation.ThrowIf(pageSize is < 1 or > MaxPageSize, "pageSize", "paging.page-size", "A page holds 1 to 500 rows.");
        var offset = ((long)page - 1) * pageSize;
        RuleViolation.ThrowIf(offset > int.MaxValue, "page", "paging.too-far", "The page lies beyond any list.");
        return (int)offset;
    }
}
