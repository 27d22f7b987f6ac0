using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Pensions.Amounts;

/// <summary>One month of a personal account: actual contribution base, individual contribution, amount credited.</summary>
public sealed record ContributionMonth(YearMonth Month, Cny Base, Cny Individual, Cny Credited);

/// <summary>
/// A year known only by its totals (e.g. an old ledger kept by year): its months, base, individual contributions and
/// credited amount. Its credits earn interest by the conventional factor 1.083 x 1/2.
/// </summary>
public sealed record ContributionYear(int Year, int Months, Cny Base, Cny Individual, Cny Credited);

/// <summary>One year of the personal account as booked: interest is rounded to the fen and is principal from the next year.</summary>
public sealed record AccountYear(int Year, int ThroughMonth, Cny Opening, Cny Credits, decimal RatePercent, Cny Interest, Cny Closing, Cny Subsidy);

/// <summary>The amounts transferred under Notice art. 7, each separately and in total.</summary>
public sealed record TransferAmounts(int Months, Cny PersonalAccount, Cny MilitarySubsidy, YearMonth AsOf, IReadOnlyList<AccountYear> Years)
{
    public Cny Total => PersonalAccount + MilitarySubsidy;
}

/// <summary>
/// Computes the art. 7 amounts from contribution months fed in ascending order, in constant memory (only the open
/// year is held; the per-year lines are kept when asked for).
/// </summary>
public sealed class TransferAmountCalculator(BookkeepingRates rates, bool keepYears = true)
{
    private readonly List<AccountYear> _years = [];
    private YearMonth? _last;
    private int _months;
    private int _year;
    private long _openingFen;
    private long _yearCreditFen;
    private long _yearCreditTimesMonthFen;
    private long _yearlyCreditFen;
    private long _yearBaseFen;
    private long _subsidyFen;

    /// <summary>Adds a month; months must come in ascending order without repeats (<c>pensions.month-duplicate</c>).</summary>
    public void Add(ContributionMonth month)
    {
        ArgumentNullException.ThrowIfNull(month);
        Add(month.Month, month.Base.Fen, month.Individual.Fen, month.Credited.Fen);
    }

    /// <summary>
    /// Adds a month given in fen, as the batch reads it from the database: the same checks as
    /// <see cref="Add(ContributionMonth)"/>, and nothing allocated unless a month is refused.
    /// </summary>
    public void Add(YearMonth month, long baseFen, long individualFen, long creditedFen)
    {
        if (_last is { } last && month <= last)
        {
            throw new RuleViolation(
                $"month {month}",
                month == last ? "pensions.month-duplicate" : "pensions.month-order",
                month == last ? $"The month {month} is recorded twice." : $"The month {month} comes after {last}; months must be in order.");
        }

        if (!ContributionRules.AmountsValid(baseFen, individualFen, creditedFen))
        {
            ContributionRules.Refuse(new Cny(baseFen), new Cny(individualFen), new Cny(creditedFen), $"month {month}");
        }

        MoveToYear(month.Year);
        var credit = AccountRules.TransferredCreditFen(month, individualFen, creditedFen);
        _yearCreditFen = checked(_yearCreditFen + credit);
        _yearCreditTimesMonthFen = checked(_yearCreditTimesMonthFen + (credit * month.Month));
        if (SubsidyRules.EarnsSubsidy(month))
        {
            _yearBaseFen = checked(_yearBaseFen + baseFen);
        }

        _months++;
        _last = month;
    }

    /// <summary>Adds a year known only by its totals; it must be after every month already added.</summary>
    public void Add(ContributionYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var field = $"year {year.Year}";
        RuleViolation.ThrowIf(year.Months is < 1 or > 12, field, "pensions.year-months", $"A year has 1 to 12 contribution months (got {year.Months}).", ("months", year.Months));
        RuleViolation.ThrowIf(_last is { } last && last.Year >= year.Year, field, "pensions.month-order", $"The year {year.Year} overlaps or precedes months already recorded.", ("year", year.Year));
        ContributionRules.CheckAmounts(year.Base, year.Individual, year.Credited, field);
        MoveToYear(year.Year);
        var firstMonth = new YearMonth(year.Year, 1);
        _yearlyCreditFen = checked(_yearlyCreditFen + AccountRules.TransferredCreditFen(firstMonth, year.Individual.Fen, year.Credited.Fen));
        if (SubsidyRules.EarnsSubsidy(firstMonth))
        {
            _yearBaseFen = checked(_yearBaseFen + year.Base.Fen);
        }

        _months += year.Months;
        _last = new YearMonth(year.Year, 12);
    }

    /// <summary>
    /// Closes the account at the end of <paramref name="asOf"/>: every year through it is booked (the as-of year
    /// through its month). The as-of month may not precede the last contribution (<c>pensions.as-of-early</c>).
    /// </summary>
    public TransferAmounts Finish(YearMonth? asOf = null)
    {
        RuleViolation.ThrowIf(_last is null, "contributions", "pensions.no-contributions", "There are no contribution months to compute from.");
        var end = asOf ?? _last!.Value;
        RuleViolation.ThrowIf(end < _last!.Value, "as-of", "pensions.as-of-early", $"The as-of month {end} is before the last contribution month {_last}.", ("end", end), ("_last", _last));
        RuleViolation.ThrowIf(
            _yearlyCreditFen != 0 && end.Year == _year && end.Month < 12,
            "as-of",
            "pensions.as-of-early",
            $"The year {_year} is known only by its total, so interest can only be booked to its end (as-of {_year}-12 or later).", ("_year", _year), ("_year2", _year));
        while (_year < end.Year)
        {
            CloseYear(12);
            _year++;
        }

        CloseYear(end.Month);
        return new TransferAmounts(_months, new Cny(_openingFen), new Cny(_subsidyFen), end, keepYears ? _years.ToArray() : []);
    }

    private void MoveToYear(int year)
    {
        if (_last is null)
        {
            _year = year;
            return;
        }

        while (_year < year)
        {
            CloseYear(12);
            _year++;
        }
    }

    private void CloseYear(int throughMonth)
    {
        var interest = 0L;
        var rate = 0m;
        if (_openingFen != 0 || _yearCreditFen != 0 || _yearlyCreditFen != 0)
        {
            rate = rates.PercentFor(_year);
            // Σ credit_m x (through - m + 1) = (through + 1) x Σ credit - Σ credit_m x m
            var creditFenMonths = ((decimal)_yearCreditFen * (throughMonth + 1)) - _yearCreditTimesMonthFen;
            interest = InterestRules.BookedInterestFen(InterestRules.ExactInterestFen(_openingFen, creditFenMonths, _yearlyCreditFen, rate, throughMonth));
        }

        var subsidy = SubsidyRules.ForYear(new Cny(_yearBaseFen));
        var credits = _yearCreditFen + _yearlyCreditFen;
        var closing = checked(_openingFen + credits + interest);
        if (keepYears && (closing != 0 || subsidy.Fen != 0))
        {
            _years.Add(new AccountYear(_year, throughMonth, new Cny(_openingFen), new Cny(credits), rate, new Cny(interest), new Cny(closing), subsidy));
        }

        _subsidyFen = checked(_subsidyFen + subsidy.Fen);
        _openingFen = closing;
        _yearCreditFen = 0;
        _yearCreditTimesMonthFen = 0;
        _yearlyCreditFen = 0;
        _yearBaseFen = 0;
    }
}
