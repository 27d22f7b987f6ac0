namespace Tongban.Patents.Portfolio;

/// <summary>Patent Law art. 2: the three kinds of patent.</summary>
public enum PatentType
{
    Invention,
    UtilityModel,
    Design,
}

/// <summary>Where a patent stands; the history of changes is kept in <see cref="StatusEvent"/>.</summary>
public enum LegalStatus
{
    Pending,
    Granted,

    /// <summary>Annual fee unpaid after the grace period (IR art. 115): terminated as of the due date, restorable for two months.</summary>
    Lapsed,
    Expired,
    Abandoned,
    Rejected,
}
