using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Money;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Records;
using Tongban.Pensions.Transfers;

namespace Tongban.Pensions.Estimate;

/// <summary>What the estimate is asked with: the figures only the benefit place knows are entered, never assumed.</summary>
public sealed record EstimateInput(int RetirementAge, Cny AverageMonthlyWage, decimal AverageIndex);

/// <summary>One part of the personal-account balance and where it comes from.</summary>
public sealed record AccountPart(string Source, Cny Amount);

/// <summary>The estimate with every input and the formula, so the figure can be checked by hand.</summary>
public sealed record PensionEstimate(
    int InsuredMonths,
    int RetirementAge,
    Cny AverageMonthlyWage,
    decimal AverageIndex,
    Cny BasicPart,
    IReadOnlyList<AccountPart> AccountParts,
    Cny AccountBalance,
    int MonthsDivisor,
    Cny AccountPart,
    Cny Total,
    string Formula);

/// <summary>The optional monthly basic-pension estimate at retirement from the merged record (Notice art. 9, 国发〔2005〕38号).</summary>
public sealed class PensionEstimator(PensionsDb db, RecordsService records, TransferService transfers, TimeProvider clock)
{
    public async Task<PensionEstimate> EstimateAsync(Guid personId, EstimateInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        PensionEstimateRules.CheckIndex(input.AverageIndex);
        var divisor = PensionEstimateRules.MonthsDivisor(input.RetirementAge);
        var person = await records.FindAsync(personId, ct);
        var thisMonth = YearMonth.Of(Kernel.Calendar.ChinaTime.Today(clock));

        // Notice art. 9: the military period is merged with local insured time; the account storage accumulates.
        var months = await records.MergedMonthsAsync(personId, thisMonth, ct);
        var parts = new List<AccountPart>();
        var last = await db.Contributions.Where(c => c.PersonId == personId).MaxAsync(c => (int?)c.Month, ct);
        if (last is { } l)
        {
            var fixedAsOf = await db.Transfers.Where(t => t.PersonId == personId && t.AsOfMonth != null).MaxAsync(t => t.AsOfMonth, ct);
            var asOf = RecordsService.FromInt(fixedAsOf ?? l);
            var military = await transfers.ComputeAsync(personId, asOf, ct);
            parts.Add(new AccountPart($"随军期间个人账户（第七条，计息至{asOf}）", military.PersonalAccount));
        }
        else
        {
            // The receiving agency does not see the department's months (art. 1); it has the account as the department
            // stated it on the information form, or else on the voucher.
            var stated = await db.Transfers.Where(t => t.PersonId == personId).OrderByDescending(t => t.CreatedUtc)
                .Select(t => t.SentStatement ?? t.VoucherStatement).FirstOrDefaultAsync(ct);
            if (AccountStatement.FromJson(stated) is { } statement)
            {
                parts.Add(new AccountPart($"随军期间个人账户（军队财务部门所列，计息至{statement.AsOfYear:D4}-{statement.AsOfMonth:D2}）", statement.PersonalAccount));
            }
        }

        var periods = await db.Periods.AsNoTracking().Where(p => p.PersonId == personId).OrderBy(p => p.Start).ToListAsync(ct);
        foreach (var p in periods)
        {
            parts.Add(new AccountPart($"{RecordsService.FromInt(p.Start)}至{RecordsService.FromInt(p.End)} {p.HolderName}（原经办机构记载）", new Cny(p.AccountFen)));
        }

        var balance = Cny.Sum(parts.Select(p => p.Amount));
        var basic = PensionEstimateRules.BasicPart(input.AverageMonthlyWage, input.AverageIndex, months);
        var account = PensionEstimateRules.AccountPart(balance, input.RetirementAge);
        var c = CultureInfo.InvariantCulture;
        var formula = string.Create(c,
            $"基础养老金 = {input.AverageMonthlyWage} × (1 + {input.AverageIndex}) ÷ 2 × {months}/12 年 × 1% = {basic}；" +
            $"个人账户养老金 = {balance} ÷ {divisor} = {account}；合计 {basic + account}（国发〔2005〕38号）");
        return new PensionEstimate(months, input.RetirementAge, input.AverageMonthlyWage, input.AverageIndex, basic, parts, balance, divisor, account, basic + account, formula);
    }

    /// <summary>The statutory age the form starts from: 60 for men, 50 for women (the estimate takes any shipped age).</summary>
    public static int DefaultAge(Gender gender) => gender == Gender.Male ? 60 : 50;
}
