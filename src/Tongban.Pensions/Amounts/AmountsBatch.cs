using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
/// <remarks>
/// The query is EF's, so the caller's scope filter is the model's query filter; its rows are read with the data
/// reader of the command EF built (<see cref="RelationalQueryableExtensions.CreateDbCommand"/>) rather than through
/// a materialised object per row, and booked with <see cref="TransferAmountCalculator.Add(YearMonth, long, long, long)"/>,
/// which allocates nothing: at 12 million rows the per-row cost is what separates this pass from raw SQL.
/// </remarks>
public sealed class AmountsBatch(PensionsDb db, RatesService rates)
{
    public async Task<BatchTotals> RunAsync(YearMonth asOf, Action<Guid, TransferAmounts>? each = null, CancellationToken ct = default)
    {
        var table = await rates.LoadAsync(ct);
        var query = db.Contributions.AsNoTracking()
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

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = query.CreateDbCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var personId = reader.GetGuid(0);
                if (personId != current || calculator is null)
                {
                    Flush();
                    current = personId;
                    calculator = new TransferAmountCalculator(table, keepYears: false);
                }

                var month = reader.GetInt32(1);
                calculator.Add(new YearMonth(month / 100, month % 100), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        Flush();
        return new BatchTotals(persons, months, new Cny(account), new Cny(subsidy));
    }
}
