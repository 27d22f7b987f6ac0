using Tongban.Kernel.Errors;

namespace Tongban.Juvenile.Rules;

public enum RecidivismRecordKind
{
    /// <summary>Art. 51: social investigation of growth, causes, guardianship and education.</summary>
    SocialInvestigation,

    /// <summary>Art. 51: psychological evaluation, only with the consent of the minor and the legal representative.</summary>
    PsychologicalEvaluation,

    /// <summary>Art. 52: a suitable adult designated as guarantor for bail.</summary>
    GuarantorDesignation,

    /// <summary>Art. 53: community correction, separately from adults.</summary>
    CommunityCorrection,

    /// <summary>Arts. 55-57: resettlement, help and education follow-up.</summary>
    ResettlementFollowUp,
}

public static class ReportRules
{
    /// <summary>
    /// Art. 51: a psychological evaluation needs the consent of the juvenile suspect or defendant and of
    /// the legal representative; social investigations and evaluations are done by police, procuratorate,
    /// court or the organisations they entrust; art. 52 guarantors by the same organs.
    /// </summary>
    public static void Check(RecidivismRecordKind kind, ActorKind actor, bool minorConsented, bool representativeConsented)
    {
        var judicial = actor is ActorKind.PublicSecurity or ActorKind.Procuratorate or ActorKind.Court;
        switch (kind)
        {
            case RecidivismRecordKind.PsychologicalEvaluation:
                RuleViolation.ThrowIf(
                    !minorConsented || !representativeConsented,
                    "consent",
                    "juvenile.report.no-consent",
                    "Art. 51: a psychological evaluation needs the recorded consent of the minor and of the legal representative.");
                RuleViolation.ThrowIf(!judicial && actor != ActorKind.SocialWorkAgency, "actor", "juvenile.report.wrong-actor", $"Art. 51: evaluations are made by police, procuratorate, court or an organisation they entrust; not by a {actor}.", ("actor", actor));
                break;
            case RecidivismRecordKind.SocialInvestigation:
                RuleViolation.ThrowIf(!judicial && actor != ActorKind.SocialWorkAgency, "actor", "juvenile.report.wrong-actor", $"Art. 51: social investigations are made by police, procuratorate, court or an organisation they entrust; not by a {actor}.", ("actor", actor));
                break;
            case RecidivismRecordKind.GuarantorDesignation:
                RuleViolation.ThrowIf(!judicial, "actor", "juvenile.report.wrong-actor", $"Art. 52: police, procuratorate or court designate a guarantor; not a {actor}.", ("actor", actor));
                break;
            default:
                break;
        }
    }
}
