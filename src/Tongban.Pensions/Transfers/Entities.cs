using Tongban.Kernel.Data;

namespace Tongban.Pensions.Transfers;

/// <summary>
/// One transfer matter (Notice art. 8). The military finance department (transfer-out office) owns it and shares it with
/// the receiving agency when the voucher is issued (a kernel record share), so both offices see and update it and
/// nobody else does; each step is checked against the office it belongs to. Every change is audited with the clerk.
/// </summary>
public sealed class Transfer : ISharedRecord
{
    public Guid Id { get; set; }

    /// <summary>The military finance department (transfer-out office) that keeps the account and owns the matter.</summary>
    public Guid OrgId { get; set; }

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

    /// <summary>
    /// The account as the military finance department stated it on the voucher (Annex 1) and on the information form
    /// (Annex 4): months, amounts and the account by year, as JSON. The receiving agency prints the forms from these,
    /// since the contribution months stay with the department that keeps them (Notice art. 1).
    /// </summary>
    public string? VoucherStatement { get; set; }

    public string? SentStatement { get; set; }

    public DateTime CreatedUtc { get; set; }
}

/// <summary>
/// One step taken, in order; the timeline of the matter. It belongs to its transfer and is read only through a
/// transfer the caller may see (so it is not org-owned itself: both offices read the whole timeline).
/// </summary>
public sealed class TransferEvent
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
