using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Money;

namespace Tongban.Pensions.Amounts;

/// <summary>What a batch run computed, summed over every person.</summary>
public sealed record BatchTotals(int Persons, long Months, Cny PersonalAccount, Cny MilitarySubsidy)
{
    public Cny Total => PersonalAccount + MilitarySubsidy;
}

/// <summary>
/// The art. 7 amounts of every account in the caller's scope in one pass over the contributions, ordered as the
/// primary key stores them (org, person, month): one calculator is open at a time, so memory stays constant however
/// many rows there are.
/// </summary>
public sealed class AmountsBatch(PensionsDb db, RatesService rates)
{
    public async Task<BatchTotals> RunAsync(YearMonth asOf, Action<Guid, TransferAmounts>? each = null, CancellationToken ct = default)
    {
        var table = await rates.LoadAsync(ct);
        var rows = db.Contributions.AsNoTracking()
            .OrderBy(c => c.OrgId).ThenBy(c => c.PersonId).ThenBy(c => c.Month)
            .Select(c => new { c.PersonId, c.Month, c.BaseFen, c.IndividualFen, c.CreditedFen });
        var persons = 0;
        var months = 0L;
        var account = 0L;
        var subsidy = 0L;
        var current = Guid.Empty;
        TransferAmountCalculator? calculator = null;

        void Flush()
        {
            if (calculator is null)
            {
                return;
            }

            var amounts = calculator.Finish(asOf);
            persons++;
            months += amounts.Months;
            account = checked(account + amounts.PersonalAccount.Fen);
            subsidy = checked(subsidy + amounts.MilitarySubsidy.Fen);
            each?.Invoke(current, amounts);
        }

        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (row.PersonId != current || calculator is null)
            {
                Flush();
                current = row.PersonId;
                calculator = new TransferAmountCalculator(table, keepYears: false);
            }

            calculator.Add(new ContributionMonth(new YearMonth(row.Month / 100, row.Month % 100), new Cny(row.BaseFen), new Cny(row.IndividualFen), new Cny(row.CreditedFen)));
        }

        Flush();
        return new BatchTotals(persons, months, new Cny(account), new Cny(subsidy));
    }
}
