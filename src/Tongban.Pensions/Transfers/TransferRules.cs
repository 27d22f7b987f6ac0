using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;

namespace Tongban.Pensions.Transfers;

/// <summary>Why the relationship is transferred; it decides where it goes.</summary>
public enum TransferCase
{
    /// <summary>Notice art. 3: the spouse takes up employment and joins the urban employees' insurance.</summary>
    Employment = 3,

    /// <summary>Notice art. 4: not employed when the serviceman is relocated on retirement from the army.</summary>
    RelocationNotEmployed = 4,

    /// <summary>Notice art. 5: the spouse reaches the statutory retirement age.</summary>
    RetirementAge = 5,

    /// <summary>Notice art. 13: the items of art. 17 of Guo Ban Fa [2003] No. 102.</summary>
    Article13 = 13,
}

/// <summary>Which agency receives the relationship and the funds.</summary>
public enum DestinationKind
{
    /// <summary>The social insurance agency of the new insured place (art. 3).</summary>
    NewInsuredPlace = 1,

    /// <summary>The agency of the household registration the family relocates to (art. 4).</summary>
    RelocationHouseholdRegistration = 2,

    /// <summary>The agency of the household registration (arts. 5, 13).</summary>
    HouseholdRegistration = 3,
}

/// <summary>The offices that take the steps of art. 8(I).</summary>
public enum TransferOffice
{
    /// <summary>The finance department of the military logistics (joint logistics) organ.</summary>
    MilitaryFinance = 1,

    /// <summary>The receiving social insurance agency.</summary>
    Agency = 2,
}

/// <summary>The steps of Notice art. 8(I), in order; the state of a transfer is the last step taken.</summary>
public enum TransferStep
{
    /// <summary>Art. 8(I)1: military finance issues the Payment Voucher (Annex 1).</summary>
    VoucherIssued = 1,

    /// <summary>Art. 8(I)2-3: the application (Annex 2, with the voucher) is accepted by the agency for review.</summary>
    ApplicationAccepted = 2,

    /// <summary>Art. 8(I)3: the agency sends the Contact Letter (Annex 3) to military finance.</summary>
    ContactLetterSent = 3,

    /// <summary>Art. 8(I)4: military finance sends the Information Form (Annex 4), transfers the funds, ends the military-period relationship.</summary>
    FormAndFundsSent = 4,

    /// <summary>Art. 8(I)5: the agency completes the transfer.</summary>
    Completed = 5,
}

internal static class TransferRules
{
    /// <summary>Each deadline of art. 8(I)3-5 is 15 working days.</summary>
    public const int StepWorkingDays = 15;

    /// <summary>Notice arts. 3, 4, 5 and 13: where the relationship and the funds go.</summary>
    public static DestinationKind DestinationFor(TransferCase transferCase) => transferCase switch
    {
        TransferCase.Employment => DestinationKind.NewInsuredPlace,
        TransferCase.RelocationNotEmployed => DestinationKind.RelocationHouseholdRegistration,
        TransferCase.RetirementAge => DestinationKind.HouseholdRegistration,
        TransferCase.Article13 => DestinationKind.HouseholdRegistration,
        _ => throw new RuleViolation("case", "pensions.case-unknown", $"Unknown transfer case {transferCase}.", ("transferCase", transferCase)),
    };

    /// <summary>
    /// Notice arts. 3 and 4: no "men 50 / women 40" age limit and no temporary contribution account for these
    /// transfers, unlike Doc. 66 art. 5(2) for ordinary inter-provincial moves.
    /// </summary>
    public static bool OpensTemporaryAccount(TransferCase transferCase, int age, bool male) => false;

    /// <summary>Notice art. 8(I): the office that takes each step.</summary>
    public static TransferOffice OfficeFor(TransferStep step) => step switch
    {
        TransferStep.VoucherIssued => TransferOffice.MilitaryFinance,
        TransferStep.ApplicationAccepted => TransferOffice.Agency,
        TransferStep.ContactLetterSent => TransferOffice.Agency,
        TransferStep.FormAndFundsSent => TransferOffice.MilitaryFinance,
        TransferStep.Completed => TransferOffice.Agency,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>Notice art. 8(I): steps are taken one after another, each only by its own office.</summary>
    public static RuleResult MayTake(TransferStep? current, TransferStep next, TransferOffice actor)
    {
        var expected = current is null ? TransferStep.VoucherIssued : current.Value + 1;
        if (current == TransferStep.Completed)
        {
            return RuleResult.Refused("pensions.step-out-of-order", "The transfer is already completed.");
        }

        if (next != expected)
        {
            return RuleResult.Refused("pensions.step-out-of-order", $"The next step is {expected}, not {next} (Notice art. 8(I)).", ("expected", expected), ("next", next));
        }

        return OfficeFor(next) == actor
            ? RuleResult.Allowed
            : RuleResult.Refused("pensions.step-wrong-office", $"{next} is taken by {OfficeFor(next)}, not {actor} (Notice art. 8(I)).", ("next", next), ("office", OfficeFor(next)), ("actor", actor));
    }

    /// <summary>
    /// Notice art. 8(I)3-5: after acceptance the letter is due in 15 working days; after the letter the form and funds
    /// are due in 15 working days of its receipt; after those the completion is due in 15 working days. The voucher
    /// stage has no deadline: the person applies when the case arises.
    /// </summary>
    public static DateOnly? DueAfter(TransferStep taken, DateOnly takenOn, WorkingDayCalendar calendar) =>
        taken is TransferStep.ApplicationAccepted or TransferStep.ContactLetterSent or TransferStep.FormAndFundsSent
            ? calendar.AddWorkingDays(takenOn, StepWorkingDays)
            : null;

    /// <summary>Overdue when the working day after the due date has begun and the step is still open.</summary>
    public static bool IsOverdue(DateOnly? due, DateOnly today) => due is { } d && today > d;
}
