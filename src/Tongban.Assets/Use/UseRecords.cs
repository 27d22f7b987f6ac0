using Tongban.Kernel.Data;

namespace Tongban.Assets.Use;

/// <summary>A use of an asset other than self-use: a lending, a lease or an outward investment.</summary>
public sealed class UseRecord : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid CardId { get; set; }

    public UseKind Kind { get; set; }

    public string Counterparty { get; set; } = "";

    public string? Contract { get; set; }

    public DateOnly StartOn { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    /// <summary>Monthly rent (leases) or the lending fee.</summary>
    public long AmountFen { get; set; }

    public DateTime CreatedUtc { get; set; }
}

/// <summary>An income line (rent instalment, lending fee, disposal proceeds) and its "two lines" handling.</summary>
public sealed class IncomeLine : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid? CardId { get; set; }

    public Guid? UseId { get; set; }

    public Guid? DisposalId { get; set; }

    public IncomeKind Kind { get; set; }

    public long AmountFen { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    /// <summary>Required when received: turned over to the treasury or into the unit budget.</summary>
    public IncomeHandling? Handling { get; set; }

    /// <summary>When the turnover or booking was done; null while outstanding.</summary>
    public DateOnly? HandledOn { get; set; }
}
