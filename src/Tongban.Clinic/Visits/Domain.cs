using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Scores;
using Tongban.Kernel.Data;

namespace Tongban.Clinic.Visits;

/// <summary>
/// A visit with the lab values that matter in hepatology, in the SI units of Chinese lab reports (reference section 3),
/// and the scores computed from them, each stored with its formula version (reference section 4).
/// </summary>
[PersonalRecord]
public sealed class Visit : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid PatientId { get; set; }

    public DateOnly On { get; set; }

    [AuditPlain]
    public string Doctor { get; set; } = "";

    /// <summary>U/L.</summary>
    public decimal? Alt { get; set; }

    public decimal? Ast { get; set; }

    public decimal? Ggt { get; set; }

    public decimal? Alp { get; set; }

    /// <summary>µmol/L.</summary>
    public decimal? TotalBilirubin { get; set; }

    public decimal? DirectBilirubin { get; set; }

    /// <summary>g/L.</summary>
    public decimal? Albumin { get; set; }

    /// <summary>Seconds.</summary>
    public decimal? ProthrombinTime { get; set; }

    public decimal? Inr { get; set; }

    /// <summary>×10⁹/L.</summary>
    public decimal? Platelets { get; set; }

    /// <summary>µmol/L.</summary>
    public decimal? Creatinine { get; set; }

    /// <summary>mmol/L.</summary>
    public decimal? Sodium { get; set; }

    /// <summary>ng/mL.</summary>
    public decimal? Afp { get; set; }

    /// <summary>IU/mL; with <see cref="HbvDnaBelowLimit"/> the value is the assay's lower limit ("&lt;20"), never 0 (reference 3).</summary>
    public decimal? HbvDna { get; set; }

    public bool HbvDnaBelowLimit { get; set; }

    /// <summary>The assay's lower limit of detection, IU/mL.</summary>
    public decimal? HbvDnaLowerLimit { get; set; }

    public string Imaging { get; set; } = "";

    [AuditPlain]
    public Ascites? Ascites { get; set; }

    [AuditPlain]
    public Encephalopathy? Encephalopathy { get; set; }

    public bool Dialysis { get; set; }

    /// <summary>Analytes beyond the soft limits the user confirmed, comma-separated.</summary>
    public string Confirmed { get; set; } = "";

    public int? ChildPughPoints { get; set; }

    public ChildPughClass? ChildPughClass { get; set; }

    public int? Meld { get; set; }

    public int? MeldNa { get; set; }

    /// <summary>The formula versions the scores were computed with (e.g. "child-pugh-si-cn;meld-unos-2001;meld-na-optn-2016").</summary>
    public string ScoreVersions { get; set; } = "";
}

/// <summary>A follow-up item done at a visit (the rows the overdue benchmark counts as visit items).</summary>
public sealed class VisitItem : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid VisitId { get; set; }

    public Guid PatientId { get; set; }

    public FollowUpItem Item { get; set; }

    public DateOnly On { get; set; }
}
