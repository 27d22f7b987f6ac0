using Tongban.Assets.Allocation;
using Tongban.Kernel.Data;

namespace Tongban.Assets.Disposal;

/// <summary>A disposal of one or more cards (a batch), approved as one matter on its book value.</summary>
public sealed class DisposalRequest : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public DisposalKind Kind { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>Why an asset leaves before the minimum service life of its equipment standard (seed 09 (4), asset allocation).</summary>
    public string? EarlyReason { get; set; }

    /// <summary>The documents supplied, comma-separated <see cref="DisposalDocument"/> names.</summary>
    public string Documents { get; set; } = "";

    public long BookValueFen { get; set; }

    public long OriginalValueFen { get; set; }

    public long? ProceedsFen { get; set; }

    public Guid? MatterId { get; set; }

    public RequestStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateOnly? DisposedOn { get; set; }
}

/// <summary>Which cards a disposal covers: a link row, read with its disposal (which is scoped).</summary>
public sealed class DisposalItem
{
    public Guid DisposalId { get; set; }

    public Guid CardId { get; set; }

    public Guid OrgId { get; set; }
}
