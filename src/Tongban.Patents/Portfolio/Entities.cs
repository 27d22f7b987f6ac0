using Tongban.Kernel.Data;
using Tongban.Patents.Fees;

namespace Tongban.Patents.Portfolio;

/// <summary>A patent or application in an organisation's portfolio.</summary>
public sealed class Patent : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public PatentType Type { get; set; }

    /// <summary>Normalized: digits and the check character, no point (see <see cref="ApplicationNumberRules"/>).</summary>
    public string ApplicationNumber { get; set; } = "";

    public string Title { get; set; } = "";

    public DateOnly FiledOn { get; set; }

    public DateOnly? PriorityOn { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DateOnly? GrantedOn { get; set; }

    public LegalStatus Status { get; set; }

    public DateOnly StatusOn { get; set; }

    /// <summary>Inventors' names, separated by ";".</summary>
    public string Inventors { get; set; } = "";

    /// <summary>IPC classes, separated by ";" (e.g. "B64C 1/00;B64D 27/18").</summary>
    public string IpcClasses { get; set; } = "";

    /// <summary>A family code shared by the members of one family (the CN priority filing's number by default).</summary>
    public string FamilyCode { get; set; } = "";

    public Reduction Reduction { get; set; }

    /// <summary>Under an open licence (PL art. 50-51).</summary>
    public bool OpenLicence { get; set; }

    /// <summary>The last patent year whose annual fee is paid (0: none).</summary>
    public int PaidThroughYear { get; set; }

    // Value inputs entered by the evaluator (0-100 ratings) or from the register.
    public int StabilityRating { get; set; } = 50;

    public int AdvancementRating { get; set; } = 50;

    public int IndependentClaims { get; set; } = 1;

    public int ForwardCitations { get; set; }

    public DateTime CreatedUtc { get; set; }
}

/// <summary>An owner of a patent and its share in percent (joint owners share 100).</summary>
public sealed class PatentOwner : IOrgOwned
{
    public Guid PatentId { get; set; }

    public int Seq { get; set; }

    public Guid OrgId { get; set; }

    public string Name { get; set; } = "";

    public int SharePercent { get; set; }
}

/// <summary>A change of legal status, in order.</summary>
public sealed class StatusEvent : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid PatentId { get; set; }

    public Guid OrgId { get; set; }

    public DateOnly On { get; set; }

    public LegalStatus Status { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>A PCT national (or regional) phase entry, or a Paris-route filing abroad, of a patent's family.</summary>
public sealed class NationalPhase : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid PatentId { get; set; }

    public Guid OrgId { get; set; }

    /// <summary>WIPO ST.3 code (US, EP, JP, ...).</summary>
    public string Office { get; set; } = "";

    /// <summary>PCT art. 22/39: the entry deadline, from the priority date and the office's months.</summary>
    public DateOnly DueOn { get; set; }

    public DateOnly? EnteredOn { get; set; }

    public string Number { get; set; } = "";

    public bool Granted { get; set; }
}

/// <summary>An office action with its response period.</summary>
public sealed class OfficeAction : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid PatentId { get; set; }

    public Guid OrgId { get; set; }

    public string Kind { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    public DateOnly RespondBy { get; set; }

    public DateOnly? RespondedOn { get; set; }
}
