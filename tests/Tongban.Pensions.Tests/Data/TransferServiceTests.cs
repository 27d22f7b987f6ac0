using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Records;
using Tongban.Pensions.Tests.Amounts;
using Tongban.Pensions.Transfers;
using Tongban.Testing;

namespace Tongban.Pensions.Tests.Data;

public sealed class TransferServiceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_transfer_goes_from_voucher_to_completion_each_step_by_its_office_art8(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        var (transferId, code) = await IssueAsync(world, 11, TransferCase.Employment, new DateOnly(2025, 8, 1));

        await using (var agency = world.As(world.Agency))
        {
            var t = agency.ServiceProvider.GetRequiredService<TransferService>();
            await t.TakeStepAsync(transferId, TransferStep.ApplicationAccepted, world.Agency, new DateOnly(2025, 8, 4));
            var letter = await t.TakeStepAsync(transferId, TransferStep.ContactLetterSent, world.Agency, new DateOnly(2025, 8, 20));
            Assert.Equal(new DateOnly(2025, 9, 10), letter.DueOn);
        }

        await using (var military = world.As(world.Military))
        {
            var sent = await military.ServiceProvider.GetRequiredService<TransferService>()
                .TakeStepAsync(transferId, TransferStep.FormAndFundsSent, world.Military, new DateOnly(2025, 9, 5));
            // 2020 months: 2974.22 at end-2020, then 2021-2024 at the shipped rates and 2025 through September at 1.5 %
            Assert.Equal(12, sent.Months);
            Assert.Equal(432000, sent.MilitarySubsidyFen);
            Assert.Equal(202509, sent.AsOfMonth);
            Assert.Equal(new DateOnly(2025, 9, 26), sent.DueOn);
            var person = await military.ServiceProvider.GetRequiredService<PensionsDb>().Persons.SingleAsync();
            Assert.Equal(202012, person.MilitaryEnd);
        }

        await using (var agency = world.As(world.Agency))
        {
            await agency.ServiceProvider.GetRequiredService<TransferService>().TakeStepAsync(transferId, TransferStep.Completed, world.Agency, new DateOnly(2025, 9, 25));
        }

        await using var anonymous = world.Db.Open(Tongban.Kernel.People.CallerScope.Nobody);
        var progress = await anonymous.ServiceProvider.GetRequiredService<TransferService>().ProgressAsync(PensionsWorld.IdNumber(11), code.ToLowerInvariant());
        Assert.NotNull(progress);
        Assert.Equal(TransferStep.Completed, progress.Step);
        Assert.Null(progress.NextStep);
        Assert.Equal(DestinationKind.NewInsuredPlace, progress.Destination);
        Assert.Equal(
            [TransferStep.VoucherIssued, TransferStep.ApplicationAccepted, TransferStep.ContactLetterSent, TransferStep.FormAndFundsSent, TransferStep.Completed],
            progress.History.Select(e => e.Step));
        Assert.Equal(12, progress.History[2].WorkingDays);

        await using var officer = world.As(world.Agency);
        var forms = officer.ServiceProvider.GetRequiredService<TransferForms>();
        var annex4 = await forms.BuildAsync(transferId, TransferFormKind.InformationForm);
        var again = await forms.BuildAsync(transferId, TransferFormKind.InformationForm);
        var fields = annex4.Fields.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal(annex4.Fingerprint, again.Fingerprint);
        Assert.Equal("910000", fields["随军期间行政区划代码"]);
        Assert.Equal("4,320.00", fields["军队补助（小写）"]);
        Assert.Equal("人民币肆仟叁佰贰拾元整", fields["军队补助（大写）"]);
        Assert.Equal("2020年12月", fields["随军期间终止年月"]);
        Assert.Equal("12", fields["缴费月数"]);
        var statistics = await officer.ServiceProvider.GetRequiredService<TransferStatistics>().ComputeAsync();
        Assert.Equal([new MonthCount(2025, 8, 1)], statistics.ByMonth);
        Assert.Equal([TransferStep.ApplicationAccepted, TransferStep.ContactLetterSent, TransferStep.FormAndFundsSent, TransferStep.Completed], statistics.Steps.Select(s => s.Step));
        Assert.Equal(12, statistics.Steps[1].AverageWorkingDays);
        Assert.Equal((3, 0, 0d), (statistics.DeadlineSteps, statistics.Late, statistics.ShareOverdue));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Steps_out_of_order_or_by_the_wrong_office_are_refused_art8(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        var (transferId, _) = await IssueAsync(world, 12, TransferCase.RetirementAge, new DateOnly(2025, 9, 1));

        await using var military = world.As(world.Military);
        var byMilitary = military.ServiceProvider.GetRequiredService<TransferService>();
        var wrongOffice = await Assert.ThrowsAsync<RuleViolation>(() => byMilitary.TakeStepAsync(transferId, TransferStep.ApplicationAccepted, world.Military, new DateOnly(2025, 9, 2)));
        var notMine = await Assert.ThrowsAsync<RuleViolation>(() => byMilitary.TakeStepAsync(transferId, TransferStep.ApplicationAccepted, world.Agency, new DateOnly(2025, 9, 2)));

        await using var agency = world.As(world.Agency);
        var byAgency = agency.ServiceProvider.GetRequiredService<TransferService>();
        var skipped = await Assert.ThrowsAsync<RuleViolation>(() => byAgency.TakeStepAsync(transferId, TransferStep.ContactLetterSent, world.Agency, new DateOnly(2025, 9, 2)));
        var early = await Assert.ThrowsAsync<RuleViolation>(() => byAgency.TakeStepAsync(transferId, TransferStep.ApplicationAccepted, world.Agency, new DateOnly(2025, 8, 30)));

        await using var otherAgency = world.As(world.OtherAgency);
        var hidden = await Assert.ThrowsAsync<RuleViolation>(() => otherAgency.ServiceProvider.GetRequiredService<TransferService>().ProgressAsync(transferId));

        Assert.Equal("pensions.step-wrong-office", wrongOffice.Rule);
        Assert.Equal("pensions.org-out-of-scope", notMine.Rule);
        Assert.Equal("pensions.step-out-of-order", skipped.Rule);
        Assert.Equal("pensions.step-date-order", early.Rule);
        Assert.Equal("pensions.transfer-unknown", hidden.Rule);
        Assert.Equal(TransferStep.VoucherIssued, (await byAgency.ProgressAsync(transferId)).Step);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Due_lists_show_who_holds_the_step_and_flag_overdue_art8(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        var (transferId, code) = await IssueAsync(world, 13, TransferCase.RelocationNotEmployed, new DateOnly(2025, 8, 1));
        await using (var agency = world.As(world.Agency))
        {
            // Accepted 2025-08-05: the contact letter is due 15 working days later, 2025-08-26.
            await agency.ServiceProvider.GetRequiredService<TransferService>().TakeStepAsync(transferId, TransferStep.ApplicationAccepted, world.Agency, new DateOnly(2025, 8, 5));
        }

        await using var agencyScope = world.As(world.Agency);
        var due = await agencyScope.ServiceProvider.GetRequiredService<TransferService>().DueListAsync(world.Agency);
        await using var militaryScope = world.As(world.Military);
        var militaryDue = await militaryScope.ServiceProvider.GetRequiredService<TransferService>().DueListAsync(world.Military);
        await using var anonymous = world.Db.Open(Tongban.Kernel.People.CallerScope.Nobody);
        var progress = await anonymous.ServiceProvider.GetRequiredService<TransferService>().ProgressAsync(PensionsWorld.IdNumber(13), code);
        var wrongCode = await anonymous.ServiceProvider.GetRequiredService<TransferService>().ProgressAsync(PensionsWorld.IdNumber(13), "XXXXXXXXXX");

        var item = Assert.Single(due);
        Assert.Equal(TransferStep.ContactLetterSent, item.NextStep);
        Assert.Equal(new DateOnly(2025, 8, 26), item.DueOn);
        Assert.True(item.Overdue);
        Assert.Empty(militaryDue);
        Assert.NotNull(progress);
        Assert.Equal(TransferOffice.Agency, progress.HeldBy);
        Assert.Equal("杭州市社会保险管理服务中心", progress.HolderName);
        Assert.True(progress.Overdue);
        Assert.Equal(DestinationKind.RelocationHouseholdRegistration, progress.Destination);
        Assert.Null(wrongCode);
        var statistics = await agencyScope.ServiceProvider.GetRequiredService<TransferStatistics>().ComputeAsync();
        Assert.Equal((1, 1, 1d), (statistics.DeadlineSteps, statistics.Late, statistics.ShareOverdue));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_voucher_issued_twice_at_once_is_issued_once_art8_issue23(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        Guid id;
        await using (var scope = world.As(world.Military))
        {
            var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
            id = await records.RegisterAsync(world.Person(12, new YearMonth(2019, 7)));
            await records.RecordContributionsAsync(id, TransferAmountTests.Months(2020, 1, 12, 3000m, 240m, 240m).ToList());
        }

        var refusals = new List<RuleViolation>();
        async Task IssueOnce()
        {
            await using var scope = world.As(world.Military);
            try
            {
                await scope.ServiceProvider.GetRequiredService<TransferService>().IssueVoucherAsync(id, TransferCase.Employment, world.Agency, new DateOnly(2025, 8, 1));
            }
            catch (RuleViolation v)
            {
                lock (refusals)
                {
                    refusals.Add(v);
                }
            }
        }

        await Task.WhenAll(Task.Run(IssueOnce), Task.Run(IssueOnce));

        Assert.Contains(Assert.Single(refusals).Rule, new[] { "pensions.transfer-open", "records.concurrent-change" });
        await using var check = world.As(world.Military);
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<PensionsDb>().Transfers.CountAsync(t => t.PersonId == id));
    }

    private static async Task<(Guid Id, string Code)> IssueAsync(PensionsWorld world, int sequence, TransferCase transferCase, DateOnly on)
    {
        await using var scope = world.As(world.Military);
        var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
        var id = await records.RegisterAsync(world.Person(sequence, new YearMonth(2019, 7)));
        await records.RecordContributionsAsync(id, TransferAmountTests.Months(2020, 1, 12, 3000m, 240m, 240m).ToList());
        var transfer = await scope.ServiceProvider.GetRequiredService<TransferService>().IssueVoucherAsync(id, transferCase, world.Agency, on);
        return (transfer.Id, transfer.VoucherCode);
    }
}
