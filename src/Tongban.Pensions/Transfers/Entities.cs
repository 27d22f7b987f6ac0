using Tongban.Kernel.Data;

namespace Tongban.Pensions.Transfers;

/// <summary>
/// One transfer matter (Notice art. 8). Two offices share it, so it is not owned by one org: the transfer service lets
/// a caller see it only when their grants cover the military finance department or the receiving agency, and each
/// step is checked against the office it belongs to. Every change is audited with the acting clerk.
/// </summary>
public sealed class Transfer
{
    public Guid Id { get; set; }

    /// <summary>The military finance department (transfer-out office) that keeps the account.</summary>
    public Guid MilitaryOrgId { get; set; }

    public Guid PersonId { get; set; }

    public Guid AgencyOrgId { get; set; }

    public TransferCase Case { get; set; }

    public DestinationKind Destination { get; set; }

    /// <summary>Printed on the voucher (Annex 1); with the ID number it opens the progress page.</summary>
    public string VoucherCode { get; set; } = "";

    public TransferStep Step { get; set; }

    public DateOnly StepTakenOn { get; set; }

    /// <summary>Due date of the next step, when it has one (art. 8(I)3-5).</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>Amounts fixed when the Information Form is sent (art. 7), in fen; recomputable from the contributions.</summary>
    public long? PersonalAccountFen { get; set; }

    public long? MilitarySubsidyFen { get; set; }

    public int? Months { get; set; }

    public int? AsOfMonth { get; set; }

    public DateTime CreatedUtc { get; set; }
}

/// <summary>One step taken, in order; the timeline of the matter.</summary>
public sealed class TransferEvent : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid TransferId { get; set; }

    /// <summary>The office that took the step.</summary>
    public Guid OrgId { get; set; }

    public TransferStep Step { get; set; }

    public DateOnly TakenOn { get; set; }

    /// <summary>The due date the step had to meet, if any, and the working days it took from the previous step.</summary>
    public DateOnly? DueOn { get; set; }

    public int WorkingDays { get; set; }

    public string Actor { get; set; } = "";

    public string? Note { get; set; }
}
