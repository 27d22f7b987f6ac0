namespace Tongban.Pensions.Amounts;

/// <summary>A stored, editable bookkeeping rate: national, so not owned by an org; changes are audited.</summary>
public sealed class RateRecord
{
    public int Year { get; set; }

    /// <summary>The rate in hundredths of a percent (6.04 % -> 604), so that both providers compare it exactly.</summary>
    public int Hundredths { get; set; }

    public string Source { get; set; } = "";
}
