using Tongban.Kernel.Data;
using Tongban.Patents.Portfolio;

namespace Tongban.Patents.Programmes;

/// <summary>What an IP office programme pays: a subsidy after grant, or the municipal patent award.</summary>
public enum ProgrammeKind
{
    /// <summary>The patent subsidy: since the 2012 revision of the Shanghai measures, paid after grant, not on application.</summary>
    Subsidy,

    /// <summary>The municipal patent award: evaluated every three years, 40+ projects, up to 100,000 yuan each.</summary>
    Award,
}

/// <summary>Where an application stands.</summary>
public enum ApplicationStatus
{
    Applied,
    Approved,
    Rejected,
    Paid,
}

/// <summary>
/// A programme of the IP office. Published to every applicant, so it is not owned by an org's rows; the office
/// that runs it (<see cref="OfficeOrgId"/>) is where its permission is checked.
/// </summary>
public sealed class Programme
{
    public Guid Id { get; set; }

    public Guid OfficeOrgId { get; set; }

    public ProgrammeKind Kind { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The round's year (an award round every three years).</summary>
    public int Year { get; set; }

    /// <summary>Only patents of this type (subsidies focus on inventions); null: any type.</summary>
    public PatentType? Type { get; set; }

    /// <summary>The most one application can receive, in fen.</summary>
    public long CapFen { get; set; }

    public long BudgetFen { get; set; }

    /// <summary>How many applications may be approved (0: no limit beyond the budget).</summary>
    public int MaxAwards { get; set; }

    public DateOnly OpensOn { get; set; }

    public DateOnly ClosesOn { get; set; }

    /// <summary>The measures the programme rests on, in words.</summary>
    public string Basis { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}

/// <summary>An application of one patent to one programme, with its evaluation and payment.</summary>
public sealed class ProgrammeApplication : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    public Guid PatentId { get; set; }

    /// <summary>The patent's org: the applicant.</summary>
    public Guid OrgId { get; set; }

    public DateOnly AppliedOn { get; set; }

    /// <summary>What the applicant asks for (the fees paid, for a subsidy), in fen.</summary>
    public long RequestedFen { get; set; }

    public string Statement { get; set; } = "";

    public ApplicationStatus Status { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    /// <summary>The patent's latest management-grading score when evaluated (policy support follows the score), hundredths.</summary>
    public int? ScoreHundredths { get; set; }

    public string? Grade { get; set; }

    public long AwardedFen { get; set; }

    public string EvaluationNote { get; set; } = "";

    public DateOnly? PaidOn { get; set; }

    public DateTime CreatedUtc { get; set; }
}
