using Tongban.Assets.Cards;
using Tongban.Kernel.Data;

namespace Tongban.Assets.Reports;

/// <summary>A unit's year-end book values by composition class (from the final accounts), for the value-by-year trend (Figure 5.1).</summary>
public sealed class YearEndValue : IOrgOwned
{
    public Guid OrgId { get; set; }

    public int Year { get; set; }

    public Composition Composition { get; set; }

    public long TotalFen { get; set; }

    public long NetFen { get; set; }
}

/// <summary>A unit's liabilities at a year end: net assets = total assets - liabilities (seed 09 (1)).</summary>
public sealed class UnitLiability : IOrgOwned
{
    public Guid OrgId { get; set; }

    public int Year { get; set; }

    public long AmountFen { get; set; }
}
