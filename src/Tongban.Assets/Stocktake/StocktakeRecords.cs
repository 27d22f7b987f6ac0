using Tongban.Kernel.Data;

namespace Tongban.Assets.Stocktake;

public enum PlanStatus
{
    Counting = 1,
    Reconciled = 2,
}

/// <summary>A count plan for a unit, or one location of it.</summary>
public sealed class StocktakePlan : IOrgOwned, IVersioned
{
    public Guid Id { get; set; }

    /// <summary>Raised on every change: two filings on the same StocktakePlan cannot both commit.</summary>
    public int Version { get; set; }

    public Guid OrgId { get; set; }

    public string Title { get; set; } = "";

    public string? Location { get; set; }

    public DateOnly StartedOn { get; set; }

    public PlanStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }
}

/// <summary>One line of a count: a book card (with what was seen) or a surplus code nobody booked.</summary>
public sealed class StocktakeLine : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    public Guid OrgId { get; set; }

    public Guid? CardId { get; set; }

    public string Code { get; set; } = "";

    public string BookLocation { get; set; } = "";

    public string BookCustodian { get; set; } = "";

    public DateTime? SeenUtc { get; set; }

    public string? SeenLocation { get; set; }

    public string? SeenCustodian { get; set; }

    public CountResult? Result { get; set; }

    /// <summary>The verification or write-off matter the reconciliation opened.</summary>
    public Guid? MatterId { get; set; }
}
