namespace Tongban.Epidemic.Cases;

public enum CaseClass
{
    Confirmed = 1,
    Asymptomatic = 2,

    /// <summary>Seed 04: "no new suspected cases were found" (无新增疑似病例): a suspected case, not yet confirmed or ruled out.</summary>
    Suspected = 3,
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
