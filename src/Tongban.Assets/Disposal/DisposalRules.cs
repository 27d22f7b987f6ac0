using Tongban.Assets.Cards;
using Tongban.Kernel.Errors;

namespace Tongban.Assets.Disposal;

/// <summary>Seed 09 (4) "Disposal of assets": the ways property rights are transferred or written off.</summary>
public enum DisposalKind
{
    FreeTransfer = 1,
    OutwardDonation = 2,
    Sale = 3,
    TitleTransfer = 4,
    Exchange = 5,
    LossAndScrapping = 6,
    MonetaryLossVerification = 7,
}

public enum DisposalDocument
{
    Application = 1,
    AssetList = 2,
    OwnershipProof = 3,
    Appraisal = 4,
    EvaluationReport = 5,
    TransfereeAgreement = 6,
    DonationAgreement = 7,
    LossEvidence = 8,
    TechnicalAppraisal = 9,
    AuditOpinion = 10,
}

public static class DisposalRules
{
    /// <summary>
    /// The documents a disposal needs. Every disposal: application, asset list, ownership proof. A sale,
    /// transfer of title or exchange changes hands for value, so it needs an asset evaluation report
    /// (seed 09 (4) "Other basic work": asset evaluation); scrapping needs a technical appraisal, a loss
    /// needs evidence; a monetary loss needs evidence and an audit opinion.
    /// </summary>
    public static IReadOnlyList<DisposalDocument> RequiredDocuments(DisposalKind kind) =>
    [
        DisposalDocument.Application,
        DisposalDocument.AssetList,
        .. kind == DisposalKind.MonetaryLossVerification ? Array.Empty<DisposalDocument>() : [DisposalDocument.OwnershipProof],
        .. kind switch
        {
            DisposalKind.FreeTransfer => [DisposalDocument.TransfereeAgreement],
            DisposalKind.OutwardDonation => [DisposalDocument.DonationAgreement, DisposalDocument.Appraisal],
            DisposalKind.Sale or DisposalKind.TitleTransfer => [DisposalDocument.EvaluationReport],
            DisposalKind.Exchange => [DisposalDocument.EvaluationReport, DisposalDocument.TransfereeAgreement],
            DisposalKind.LossAndScrapping => [DisposalDocument.TechnicalAppraisal, DisposalDocument.LossEvidence],
            DisposalKind.MonetaryLossVerification => [DisposalDocument.LossEvidence, DisposalDocument.AuditOpinion],
            _ => Array.Empty<DisposalDocument>(),
        },
    ];

    public static RuleResult CheckDocuments(DisposalKind kind, IReadOnlyCollection<DisposalDocument> given)
    {
        var missing = RequiredDocuments(kind).Where(d => !given.Contains(d)).ToList();
        return missing.Count == 0
            ? RuleResult.Allowed
            : RuleResult.Refused("assets.disposal.documents", $"A {kind} disposal also needs: {string.Join(", ", missing)}.", ("kind", kind), ("missing", string.Join(", ", missing)));
    }

    // A disposal transfers or writes off the property right once (seed 09 (4) "Disposal of assets").
    public static RuleResult MayDispose(AssetStatus status) => status switch
    {
        AssetStatus.Disposed => RuleResult.Refused("assets.disposal.already-disposed", "The asset has already been disposed; it cannot be disposed again."),
        AssetStatus.PendingDisposal => RuleResult.Refused("assets.disposal.pending", "A disposal of this asset is already under approval."),
        AssetStatus.LentOut or AssetStatus.LeasedOut or AssetStatus.Invested => RuleResult.Refused("assets.disposal.in-use-outward", $"The asset is {status}; end that use before disposing of it.", ("status", status)),
        _ => RuleResult.Allowed,
    };

    /// <summary>Loss verification is for monetary (current) assets; the other ways are for non-monetary ones.</summary>
    public static RuleResult FitsComposition(DisposalKind kind, Composition composition) =>
        (kind == DisposalKind.MonetaryLossVerification) == (composition == Composition.Current)
            ? RuleResult.Allowed
            : RuleResult.Refused("assets.disposal.kind-composition", kind == DisposalKind.MonetaryLossVerification
                ? "Loss verification of monetary assets applies to current (monetary) assets only."
                : "Current (monetary) assets leave the books by loss verification, not by this way of disposal.");

    /// <summary>
    /// Seed 09 (4) "Asset allocation": equipment is replaced only after the minimum service life of its standard
    /// (<see cref="Allocation.EquipmentStandards"/>). A disposal requested before it needs a reason, recorded with the
    /// request. The shortest minimum among the standard's items of the card's class applies.
    /// </summary>
    public static RuleResult CheckServiceLife(string cardCode, string classCode, DateOnly acquired, DateOnly today, string? earlyReason)
    {
        var years = Allocation.EquipmentStandards.Defaults.Where(i => i.ClassCode == classCode).Select(i => (int?)i.MinServiceYears).Min();
        if (years is not { } y || acquired.AddYears(y) <= today || !string.IsNullOrWhiteSpace(earlyReason))
        {
            return RuleResult.Allowed;
        }

        return RuleResult.Refused(
            "assets.disposal.before-service-life",
            $"Card {cardCode} has not served the minimum {y} years of its equipment standard (until {acquired.AddYears(y):yyyy-MM-dd}); give the reason for disposing of it early.",
            ("card", cardCode),
            ("years", y),
            ("until", acquired.AddYears(y)));
    }

    /// <summary>Whether a disposal brings proceeds that need a "two lines" income line.</summary>
    public static bool HasProceeds(DisposalKind kind) => kind is DisposalKind.Sale or DisposalKind.TitleTransfer or DisposalKind.Exchange;
}
