using Tongban.Kernel.Data;

namespace Tongban.Assets.Cards;

/// <summary>An asset card: one item (or a batch of like items) held by a unit, with its book values.</summary>
public sealed class AssetCard : IOrgOwned, IVersioned
{
    public Guid Id { get; set; }

    /// <summary>Raised on every change: two filings on the same AssetCard cannot both commit.</summary>
    public int Version { get; set; }

    /// <summary>The holding unit.</summary>
    public Guid OrgId { get; set; }

    /// <summary>Unique code, printed on the QR label.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>GB/T 14885 second-level class code.</summary>
    public string ClassCode { get; set; } = "";

    /// <summary>A building's structure (class 102), which sets its useful life (财会〔2017〕4号 表1).</summary>
    public Depreciation.BuildingStructure Structure { get; set; }

    /// <summary>Booked at the nominal amount of 1 yuan (Government Accounting Standard No. 3): not depreciated.</summary>
    public bool AtNominalAmount { get; set; }

    public Composition Composition { get; set; }

    public AcquisitionWay AcquisitionWay { get; set; }

    public DateOnly AcquiredOn { get; set; }

    public FundingSource FundingSource { get; set; }

    public int Quantity { get; set; } = 1;

    public long OriginalValueFen { get; set; }

    public long AccumulatedFen { get; set; }

    /// <summary>Useful life in months, 0 when not depreciated.</summary>
    public int LifeMonths { get; set; }

    public bool Depreciable { get; set; }

    /// <summary>Month index (year * 12 + month - 1) the card was added: depreciation starts in it.</summary>
    public int StartPeriod { get; set; }

    /// <summary>Month index the card left the books (disposed): not depreciated from it.</summary>
    public int? LeftPeriod { get; set; }

    /// <summary>The last month a depreciation run covered.</summary>
    public int? DepreciatedThrough { get; set; }

    public string UserDepartment { get; set; } = "";

    public string Custodian { get; set; } = "";

    public string Location { get; set; } = "";

    public AssetStatus Status { get; set; }

    /// <summary>Property-right registration (e.g. a real-estate certificate number).</summary>
    public string? PropertyRight { get; set; }

    public long? EvaluatedValueFen { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long NetFen => OriginalValueFen - AccumulatedFen;
}

/// <summary>One step of a card's history (added, moved, lent, returned, evaluated, disposed...).</summary>
public sealed class CardEvent : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid CardId { get; set; }

    public Guid OrgId { get; set; }

    public DateTime AtUtc { get; set; }

    public string Kind { get; set; } = "";

    public string Detail { get; set; } = "";

    public string Actor { get; set; } = "";
}
