using Tongban.Kernel.Data;

namespace Tongban.Patents.Transformation;

/// <summary>The text's ways of turning a patent into value.</summary>
public enum TransformationMode
{
    Implementation,
    LicenceExclusive,
    LicenceSole,
    LicenceOrdinary,
    LicenceOpen,
    Transfer,
    Investment,
    Pledge,
    Insurance,
    Litigation,
}

/// <summary>A line of the transformation ledger: one patent, one mode, the counter party, amounts and dates.</summary>
public sealed class TransformationRecord : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid PatentId { get; set; }

    public Guid OrgId { get; set; }

    public TransformationMode Mode { get; set; }

    /// <summary>Licensee, buyer, invested company, bank (pledge), insurer, other party.</summary>
    public string Counterparty { get; set; } = "";

    /// <summary>Contract amount: licence fee, price, capital contribution, pledged loan, insured sum, damages.</summary>
    public long AmountFen { get; set; }

    /// <summary>Income the patent brought to date (royalties, sales attributed, damages received).</summary>
    public long IncomeFen { get; set; }

    public DateOnly StartOn { get; set; }

    public DateOnly? EndOn { get; set; }

    public string Terms { get; set; } = "";
}

/// <summary>A patent alliance or pool (the text: digital TV, motors, medical devices, oil exploration equipment).</summary>
public sealed class Alliance : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public string Name { get; set; } = "";

    public bool IsPool { get; set; }

    public string Field { get; set; } = "";
}

/// <summary>A member of an alliance or pool, with the patent it brings (for a pool).</summary>
public sealed class AllianceMember : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid AllianceId { get; set; }

    public Guid OrgId { get; set; }

    public string MemberName { get; set; } = "";

    public Guid? PatentId { get; set; }
}
