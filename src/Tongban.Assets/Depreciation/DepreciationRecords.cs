using Tongban.Kernel.Data;

namespace Tongban.Assets.Depreciation;

/// <summary>One month's charge on one card, written by the monthly run.</summary>
public sealed class DepreciationEntry : IOrgOwned
{
    public Guid CardId { get; set; }

    public int Period { get; set; }

    public Guid OrgId { get; set; }

    public long AmountFen { get; set; }
}

/// <summary>One monthly run for an org subtree, with its totals.</summary>
public sealed class DepreciationRunRecord : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public int Period { get; set; }

    public long Cards { get; set; }

    public long TotalFen { get; set; }

    public DateTime AtUtc { get; set; }

    public string Actor { get; set; } = "";
}

/// <summary>
/// A jurisdiction's edit of the useful-life table for one class. Settings are read by every unit under
/// the jurisdiction (OrgId is the jurisdiction), so they are not scoped like owned rows.
/// </summary>
public sealed class UsefulLifeSetting
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public string ClassCode { get; set; } = "";

    public int Years { get; set; }
}
