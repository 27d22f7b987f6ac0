using Tongban.Kernel.Errors;

namespace Tongban.Juvenile.Rules;

/// <summary>Art. 59: the records that are sealed.</summary>
public enum SealBasis
{
    /// <summary>Art. 59 para. 1: criminal record sealed according to law.</summary>
    CriminalRecord = 1,

    /// <summary>Art. 59 para. 2: special corrective education.</summary>
    SpecialCorrectiveEducation = 2,

    /// <summary>Art. 59 para. 2: special education.</summary>
    SpecialEducation = 3,

    /// <summary>Art. 59 para. 2: administrative punishment.</summary>
    AdministrativePunishment = 4,

    /// <summary>Art. 59 para. 2: criminal compulsory measures.</summary>
    CompulsoryMeasures = 5,

    /// <summary>Art. 59 para. 2: non-prosecution.</summary>
    NonProsecution = 6,
}

/// <summary>Why an inquirer may open a sealed record (art. 59 para. 1).</summary>
public enum InquiryBasis
{
    /// <summary>A judicial organ needs it to handle a case.</summary>
    JudicialCaseHandling = 1,

    /// <summary>A unit inquires under the relevant provisions of the state.</summary>
    StateProvisions = 2,
}

public static class SealRules
{
    /// <summary>
    /// Art. 59: sealed records go to no one except judicial organs handling a case or units inquiring under
    /// state rules; the inquirer states the purpose and the legal basis (a case number or the provision).
    /// </summary>
    public static void CheckInquiry(InquiryBasis basis, string? legalReference, string? purpose)
    {
        RuleViolation.ThrowIf(!Enum.IsDefined(basis), "basis", "juvenile.sealed.basis", "Art. 59: an inquiry is by a judicial organ handling a case or under state provisions.");
        RuleViolation.ThrowIf(
            string.IsNullOrWhiteSpace(legalReference) || legalReference.Trim().Length is < 4 or > 300,
            "legalReference",
            "juvenile.sealed.legal-reference",
            basis == InquiryBasis.JudicialCaseHandling
                ? "Art. 59: name the case the judicial organ is handling (its case number)."
                : "Art. 59: name the state provision under which the unit inquires.");
        Tongban.Kernel.Audit.SensitiveRecordAccess.PurposeRule(purpose).ThrowIfRefused("purpose");
    }

    /// <summary>Art. 59: which actors may inquire at all (judicial organs; units under state rules are granted the inquiry role).</summary>
    public static bool MayInquire(ActorKind actor, InquiryBasis basis) => basis switch
    {
        InquiryBasis.JudicialCaseHandling => actor is ActorKind.PublicSecurity or ActorKind.Procuratorate or ActorKind.Court,
        InquiryBasis.StateProvisions => true,
        _ => false,
    };
}
