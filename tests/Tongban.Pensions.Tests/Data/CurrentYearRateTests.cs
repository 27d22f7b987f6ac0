using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Records;
using Tongban.Pensions.Tests.Amounts;
using Tongban.Pensions.Transfers;
using Tongban.Testing;

namespace Tongban.Pensions.Tests.Data;

/// <summary>
/// A transfer in 2026: the 2026 rate is published only in 2027, so the funds step (art. 8(I)4, amounts of art. 7) is
/// refused naming the year, the rates page and the CLI verb, until a rates keeper enters the rate.
/// </summary>
public sealed class CurrentYearRateTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_2026_transfer_is_refused_naming_where_the_rate_is_entered_and_goes_through_once_it_is_art7(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        world.Db.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        Guid transferId;
        await using (var military = world.As(world.Military))
        {
            var records = military.ServiceProvider.GetRequiredService<RecordsService>();
            var id = await records.RegisterAsync(world.Person(21, new YearMonth(2019, 7)));
            await records.RecordContributionsAsync(id, TransferAmountTests.Months(2020, 1, 12, 3000m, 240m, 240m).ToList());
            transferId = (await military.ServiceProvider.GetRequiredService<TransferService>().IssueVoucherAsync(id, TransferCase.Employment, world.Agency, new DateOnly(2026, 3, 2))).Id;
        }

        await using (var agency = world.As(world.Agency))
        {
            var t = agency.ServiceProvider.GetRequiredService<TransferService>();
            await t.TakeStepAsync(transferId, TransferStep.ApplicationAccepted, world.Agency, new DateOnly(2026, 3, 3));
            await t.TakeStepAsync(transferId, TransferStep.ContactLetterSent, world.Agency, new DateOnly(2026, 3, 10));
        }

        await using (var military = world.As(world.Military))
        {
            var refused = await Assert.ThrowsAsync<RuleViolation>(() => military.ServiceProvider.GetRequiredService<TransferService>()
                .TakeStepAsync(transferId, TransferStep.FormAndFundsSent, world.Military, new DateOnly(2026, 3, 20)));
            Assert.Equal(("rates.2026", BookkeepingRates.RateMissingRule), (refused.Field, refused.Rule));
            Assert.Contains("/pensions/rates", refused.Message, StringComparison.Ordinal);
            Assert.Contains("tongban pensions rates set --year 2026", refused.Message, StringComparison.Ordinal);
            Assert.Contains("pensions.rates-keeper", refused.Message, StringComparison.Ordinal);
        }

        await using (var keeper = world.AsSystem())
        {
            var rates = keeper.ServiceProvider.GetRequiredService<RatesService>();
            Assert.Equal([2026], RatesService.MissingYears(await rates.LoadAsync(), 2026));
            await rates.SetAsync(2026, 1.5m, "经办规定：2026年利率公布前按1.50%暂计");
        }

        await using (var military = world.As(world.Military))
        {
            var sent = await military.ServiceProvider.GetRequiredService<TransferService>()
                .TakeStepAsync(transferId, TransferStep.FormAndFundsSent, world.Military, new DateOnly(2026, 3, 20));
            Assert.Equal((TransferStep.FormAndFundsSent, 202603), (sent.Step, sent.AsOfMonth));
            Assert.Equal(432000, sent.MilitarySubsidyFen);
        }
    }

    [Fact]
    public void Missing_years_run_from_the_first_stored_year_through_the_current_one()
    {
        var table = new BookkeepingRates([new(2016, 8.31m, "a"), new(2018, 8.29m, "b")]);

        Assert.Equal([2017, 2019, 2020], RatesService.MissingYears(table, 2020));
        Assert.Equal([2026], RatesService.MissingYears(BookkeepingRates.Shipped, 2026));
        Assert.Equal([2026], RatesService.MissingYears(BookkeepingRates.Empty, 2026));
    }
}
