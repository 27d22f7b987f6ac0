namespace Tongban.Epidemic.Cases;

public enum CaseClass
{
    Confirmed = 1,
    Asymptomatic = 2,
}

public enum CaseOrigin
{
    Local = 1,
    Imported = 2,
}

/// <summary>How a case was found (seed 04: isolated observer, social screening, closed-loop arrival).</summary>
public enum FoundBy
{
    NotStated = 0,
    IsolatedObserver = 1,
    SocialScreening = 2,
    ClosedLoopArrival = 3,
}
