namespace Tongban.Assets.Cards;

/// <summary>The five composition classes of seed 09 (1): current, fixed, outward investment, intangible, other (Figure 5.2).</summary>
public enum Composition
{
    Current = 1,
    Fixed = 2,
    OutwardInvestment = 3,
    Intangible = 4,
    Other = 5,
}

/// <summary>How an asset came to the unit (seed 09 (4) "Asset allocation": purchase or adjustment, and the other ways a card opens).</summary>
public enum AcquisitionWay
{
    Purchase = 1,
    Adjustment = 2,
    Construction = 3,
    Donation = 4,
    Exchange = 5,
    SurplusFound = 6,
    Other = 9,
}

public enum AssetStatus
{
    InUse = 1,
    Idle = 2,
    LentOut = 3,
    LeasedOut = 4,
    Invested = 5,
    PendingDisposal = 6,
    Disposed = 7,
}

public enum FundingSource
{
    FiscalAppropriation = 1,
    NonFiscal = 2,
    Donated = 3,
    Other = 9,
}

/// <summary>The two kinds of holder the text's rules tell apart: administrative units and public institutions.</summary>
public enum UnitKind
{
    AdministrativeUnit = 1,
    PublicInstitution = 2,
    NotCovered = 9,
}
