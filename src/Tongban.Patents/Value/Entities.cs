using Tongban.Kernel.Data;

namespace Tongban.Patents.Value;

/// <summary>
/// A version of the weights for one purpose. A change of weights adds a version; old scores keep pointing at
/// theirs, so they stay reproducible.
/// </summary>
public sealed class WeightSet
{
    public Guid Id { get; set; }

    public ValuePurpose Purpose { get; set; }

    public int Version { get; set; }

    public int Stability { get; set; }

    public int ClaimBreadth { get; set; }

    public int RemainingTerm { get; set; }

    public int FamilyCountries { get; set; }

    public int Advancement { get; set; }

    public int Citations { get; set; }

    public int IpcBreadth { get; set; }

    public int Implementation { get; set; }

    public int Licensing { get; set; }

    public int Market { get; set; }

    public int GradeA { get; set; }

    public int GradeB { get; set; }

    public int GradeC { get; set; }

    public string Note { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public Weights ToWeights() =>
        new([Stability, ClaimBreadth, RemainingTerm, FamilyCountries, Advancement, Citations, IpcBreadth, Implementation, Licensing, Market], GradeA, GradeB, GradeC);
}

/// <summary>A patent's score under one weight version, with the inputs it was computed from.</summary>
public sealed class ValueScore : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid PatentId { get; set; }

    public Guid OrgId { get; set; }

    public Guid WeightSetId { get; set; }

    public DateOnly ScoredOn { get; set; }

    public int StabilityRating { get; set; }

    public int IndependentClaims { get; set; }

    public int RemainingYears { get; set; }

    public int TermYears { get; set; }

    public int FamilyCountries { get; set; }

    public int AdvancementRating { get; set; }

    public int ForwardCitations { get; set; }

    public int IpcSubclasses { get; set; }

    public bool Implemented { get; set; }

    public int Licences { get; set; }

    public long IncomeFen { get; set; }

    /// <summary>Hundredths of a point (0-10000).</summary>
    public int ScoreHundredths { get; set; }

    public string Grade { get; set; } = "";

    public ValueInputs Inputs => new(StabilityRating, IndependentClaims, RemainingYears, TermYears, FamilyCountries, AdvancementRating, ForwardCitations, IpcSubclasses, Implemented, Licences, IncomeFen);
}
