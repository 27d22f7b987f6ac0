using Tongban.Kernel.Data;

namespace Tongban.Assets.Allocation;

public enum RequestStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
    Fulfilled = 4,
    Withdrawn = 5,
}

/// <summary>A request for new assets: budget line, standard item, quantity, and the approval matter.</summary>
public sealed class AllocationRequest : IOrgOwned, IVersioned
{
    public Guid Id { get; set; }

    /// <summary>Raised on every change: two filings on the same AllocationRequest cannot both commit.</summary>
    public int Version { get; set; }

    public Guid OrgId { get; set; }

    public string ItemCode { get; set; } = "";

    public string ClassCode { get; set; } = "";

    public string Name { get; set; } = "";

    public int Quantity { get; set; }

    public long UnitPriceFen { get; set; }

    public string BudgetLine { get; set; } = "";

    public bool GovernmentProcurement { get; set; }

    public string Reason { get; set; } = "";

    public Guid? MatterId { get; set; }

    public RequestStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Spare assets of the class in the jurisdiction when the request was made (adjustment preferred).</summary>
    public int SpareSeen { get; set; }

    public long TotalFen => UnitPriceFen * Quantity;
}
