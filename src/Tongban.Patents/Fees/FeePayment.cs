using Tongban.Kernel.Data;

namespace Tongban.Patents.Fees;

/// <summary>An annual fee paid: the year, when it was due and paid, the fee after reduction and the surcharge.</summary>
public sealed class FeePayment : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid PatentId { get; set; }

    public Guid OrgId { get; set; }

    public int Year { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly PaidOn { get; set; }

    public long FullFeeFen { get; set; }

    public long FeeFen { get; set; }

    public long SurchargeFen { get; set; }

    public int ReductionPercent { get; set; }
}
