using Tongban.Kernel.Data;

namespace Tongban.Pensions.Records;

/// <summary>
/// An unemployed military spouse with a personal pension account kept by a military finance department (Notice
/// art. 1). The row belongs to that department, which shares it with the receiving agency when it issues a voucher.
/// </summary>
[PersonalRecord]
public sealed class InsuredPerson : ISharedRecord
{
    public Guid Id { get; set; }

    /// <summary>The military logistics finance department that keeps the account.</summary>
    public Guid OrgId { get; set; }

    /// <summary>Citizen identity number (GB 11643, 18 characters).</summary>
    public string IdNumber { get; set; } = "";

    public string Name { get; set; } = "";

    public Gender Gender { get; set; }

    public DateOnly BirthDate { get; set; }

    /// <summary>Household-registration division code (GB/T 2260).</summary>
    public string HouseholdDivisionCode { get; set; } = "";

    /// <summary>First month with the army, as yyyymm.</summary>
    public int MilitaryStart { get; set; }

    /// <summary>Last month with the army as yyyymm, once the military-period relationship has ended (art. 8(I)4).</summary>
    public int? MilitaryEnd { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public enum Gender
{
    Female = 1,
    Male = 2,
}

/// <summary>An insured period before, during or after the army, with the agency that holds it; shared with the person.</summary>
[PersonalRecord]
public sealed class InsuredPeriodRecord : ISharedRecord
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid PersonId { get; set; }

    public PeriodKind Kind { get; set; }

    /// <summary>yyyymm, inclusive.</summary>
    public int Start { get; set; }

    /// <summary>yyyymm, inclusive.</summary>
    public int End { get; set; }

    /// <summary>GB/T 2260 code; 910000 for the military period (art. 8(II)).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The agency (or military finance department) that holds the period's records.</summary>
    public string HolderName { get; set; } = "";

    /// <summary>Personal-account storage at the period's end, in fen, as stated by its holder (art. 2: it keeps earning interest there).</summary>
    public long AccountFen { get; set; }

    /// <summary>Notice art. 6: sealed at the original place before joining the army.</summary>
    public bool Sealed { get; set; }

    /// <summary>Notice art. 6: number of the Certificate of Payment for Basic Old-age Insurance issued for a sealed period.</summary>
    public string? CertificateNumber { get; set; }
}

/// <summary>One month of the military-period personal account (Notice art. 1); money in fen.</summary>
public sealed class ContributionRecord : IOrgOwned
{
    public Guid OrgId { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>yyyymm.</summary>
    public int Month { get; set; }

    public long BaseFen { get; set; }

    public long IndividualFen { get; set; }

    public long CreditedFen { get; set; }
}
