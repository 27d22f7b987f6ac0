using Tongban.Kernel.Data;

namespace Tongban.Clinic.Formulary;

/// <summary>What blocks a switch to a drug for a patient (reference 2c caveats).</summary>
[Flags]
public enum Contraindication
{
    None = 0,
    LowEgfr = 1,
    Pregnancy = 2,
    Osteoporosis = 4,
    LamivudineResistance = 8,
}

/// <summary>Insurance catalogue categories (reference 2b): 甲 reimbursed at the full local rate, 乙 with a local self-pay share first, 丙 self-paid.</summary>
public enum InsuranceCategory
{
    Jia = 1,
    Yi = 2,
    Bing = 3,
}

/// <summary>Why a doctor keeps the dearer drug or orders an optional examination (issue 14 item 4).</summary>
public enum KeepReason
{
    Contraindication = 1,
    Resistance = 2,
    Intolerance = 3,
    PatientChoice = 4,
}

/// <summary>A drug of the formulary: price per unit and usual units per day (data, reference 2a: prices vary by province and cycle).</summary>
public sealed class Drug
{
    public string Code { get; set; } = "";

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>The therapeutic-equivalence group (reference 2c).</summary>
    public string Group { get; set; } = "";

    /// <summary>Yuan per unit (tablet, capsule, vial); NVBP prices run to fractions of a fen per day, so four decimals.</summary>
    public decimal UnitPrice { get; set; }

    public decimal UnitsPerDay { get; set; }

    /// <summary>Won in national volume-based procurement (国家集采).</summary>
    public bool Procured { get; set; }

    /// <summary>Conditions in which this drug is not a substitute.</summary>
    public Contraindication BlockedBy { get; set; }

    public DateOnly PriceFrom { get; set; }

    public string PriceSource { get; set; } = "";
}

/// <summary>A drug's insurance category in a province's catalogue of a year, with the patient's self-pay share (data, reference 2b).</summary>
public sealed class DrugCategory
{
    public Guid Id { get; set; }

    public string DrugCode { get; set; } = "";

    /// <summary>The province's two-digit division code (42 = Hubei).</summary>
    public string Province { get; set; } = "";

    public int CatalogueYear { get; set; }

    public InsuranceCategory Category { get; set; }

    /// <summary>The share the patient pays first, in percent (乙类 often 5-20 %; 丙类 100 %).</summary>
    public decimal SelfPayPercent { get; set; }

    public string Source { get; set; } = "";
}

/// <summary>An examination of the catalogue with its price and when it may be skipped.</summary>
public sealed class Examination
{
    public string Code { get; set; } = "";

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";

    public long PriceFen { get; set; }

    /// <summary>Marked optional: ordering it needs a reason.</summary>
    public bool Optional { get; set; }

    public string SkipWhenZh { get; set; } = "";

    public string SkipWhenEn { get; set; } = "";
}

/// <summary>
/// A drug order with the cheapest effective equivalent offered: the drug given, the one asked for, both daily costs,
/// the saving realised over the days (zero when the dearer drug is kept, with its reason) and the patient's estimate.
/// </summary>
[PersonalRecord]
public sealed class DrugOrder : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid PatientId { get; set; }

    [AuditPlain]
    public string Doctor { get; set; } = "";

    public DateOnly On { get; set; }

    /// <summary>yyyyMM of <see cref="On"/>, so the savings report groups in the database.</summary>
    [AuditPlain]
    public int Month { get; set; }

    [AuditPlain]
    public string AskedCode { get; set; } = "";

    [AuditPlain]
    public string GivenCode { get; set; } = "";

    [AuditPlain]
    public string CheapestCode { get; set; } = "";

    public int Days { get; set; }

    public decimal AskedDailyCost { get; set; }

    public decimal CheapestDailyCost { get; set; }

    /// <summary>Saved by giving the cheapest: (asked - cheapest) × days, in fen.</summary>
    public long SavingFen { get; set; }

    /// <summary>The saving offered (whether taken or not), in fen.</summary>
    public long OfferedSavingFen { get; set; }

    [AuditPlain]
    public bool Switched { get; set; }

    [AuditPlain]
    public KeepReason? KeptReason { get; set; }

    public long CostFen { get; set; }

    public long OutOfPocketFen { get; set; }

    /// <summary>A drug outside the formulary (its name), ordered with a reason.</summary>
    public string? OffFormularyName { get; set; }
}

/// <summary>An examination ordered; an optional one carries its reason.</summary>
[PersonalRecord]
public sealed class ExaminationOrder : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid PatientId { get; set; }

    public string Doctor { get; set; } = "";

    public DateOnly On { get; set; }

    public string ExaminationCode { get; set; } = "";

    public long PriceFen { get; set; }

    public KeepReason? Reason { get; set; }
}
