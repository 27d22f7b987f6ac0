using Tongban.Kernel.Calendar;
using Tongban.Pensions.Transfers;

namespace Tongban.Pensions.Tests.Transfers;

public sealed class TransferRuleTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadDefault();

    [Theory]
    [InlineData(TransferCase.Employment, DestinationKind.NewInsuredPlace)]
    [InlineData(TransferCase.RelocationNotEmployed, DestinationKind.RelocationHouseholdRegistration)]
    [InlineData(TransferCase.RetirementAge, DestinationKind.HouseholdRegistration)]
    [InlineData(TransferCase.Article13, DestinationKind.HouseholdRegistration)]
    public void Destination_follows_the_case_arts_3_4_5_13(TransferCase transferCase, DestinationKind destination) =>
        Assert.Equal(destination, TransferRules.DestinationFor(transferCase));

    [Fact]
    public void No_temporary_account_even_for_a_man_over_50_arts_3_4()
    {
        Assert.False(TransferRules.OpensTemporaryAccount(TransferCase.Employment, age: 52, male: true));
        Assert.False(TransferRules.OpensTemporaryAccount(TransferCase.RelocationNotEmployed, age: 45, male: false));
    }

    [Fact]
    public void Steps_go_in_order_art8()
    {
        Assert.True(TransferRules.MayTake(null, TransferStep.VoucherIssued, TransferOffice.MilitaryFinance).IsAllowed);
        Assert.True(TransferRules.MayTake(TransferStep.ContactLetterSent, TransferStep.FormAndFundsSent, TransferOffice.MilitaryFinance).IsAllowed);

        var skipped = TransferRules.MayTake(TransferStep.ApplicationAccepted, TransferStep.FormAndFundsSent, TransferOffice.MilitaryFinance);
        var done = TransferRules.MayTake(TransferStep.Completed, TransferStep.Completed, TransferOffice.Agency);

        Assert.Equal("pensions.step-out-of-order", skipped.Rule);
        Assert.Equal("pensions.step-out-of-order", done.Rule);
    }

    [Theory]
    [InlineData(null, TransferStep.VoucherIssued, TransferOffice.Agency)]
    [InlineData(TransferStep.VoucherIssued, TransferStep.ApplicationAccepted, TransferOffice.MilitaryFinance)]
    [InlineData(TransferStep.ApplicationAccepted, TransferStep.ContactLetterSent, TransferOffice.MilitaryFinance)]
    [InlineData(TransferStep.ContactLetterSent, TransferStep.FormAndFundsSent, TransferOffice.Agency)]
    [InlineData(TransferStep.FormAndFundsSent, TransferStep.Completed, TransferOffice.MilitaryFinance)]
    public void Each_step_only_by_its_own_office_art8(TransferStep? current, TransferStep next, TransferOffice actor) =>
        Assert.Equal("pensions.step-wrong-office", TransferRules.MayTake(current, next, actor).Rule);

    [Fact]
    public void Contact_letter_is_due_15_working_days_after_acceptance_across_National_Day_art8()
    {
        // Accepted Friday 2025-09-26: 09-28 (adjusted), 09-29, 09-30, 10-09, 10-10, 10-11 (adjusted), then 10-13..10-23 (9 days); 10-01..10-08 off.
        var due = TransferRules.DueAfter(TransferStep.ApplicationAccepted, new DateOnly(2025, 9, 26), Calendar);

        Assert.Equal(Calendar.AddWorkingDays(new DateOnly(2025, 9, 26), 15), due);
        Assert.Equal(new DateOnly(2025, 10, 23), due);
    }

    [Fact]
    public void Form_and_completion_are_due_15_working_days_after_their_trigger_art8()
    {
        Assert.Equal(new DateOnly(2024, 3, 22), TransferRules.DueAfter(TransferStep.ContactLetterSent, new DateOnly(2024, 3, 1), Calendar));
        Assert.Equal(new DateOnly(2024, 3, 22), TransferRules.DueAfter(TransferStep.FormAndFundsSent, new DateOnly(2024, 3, 1), Calendar));
        Assert.Null(TransferRules.DueAfter(TransferStep.VoucherIssued, new DateOnly(2024, 3, 1), Calendar));
        Assert.Null(TransferRules.DueAfter(TransferStep.Completed, new DateOnly(2024, 3, 1), Calendar));
    }

    [Fact]
    public void Overdue_from_the_day_after_the_due_date()
    {
        Assert.False(TransferRules.IsOverdue(new DateOnly(2025, 10, 24), new DateOnly(2025, 10, 24)));
        Assert.True(TransferRules.IsOverdue(new DateOnly(2025, 10, 24), new DateOnly(2025, 10, 25)));
        Assert.False(TransferRules.IsOverdue(null, new DateOnly(2030, 1, 1)));
    }
}
