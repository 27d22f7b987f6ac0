using System.Globalization;
using System.Reflection;
using Tongban.Kernel.Errors;

namespace Tongban.Pensions.Amounts;

/// <summary>One year's personal-account bookkeeping rate (记账利率), in percent, with where it comes from.</summary>
public sealed record BookkeepingRate(int Year, decimal RatePercent, string Source);

/// <summary>
/// Personal-account bookkeeping rates by year. The shipped table holds the single national rates published by
/// MOHRSS and MOF from 2016 on (人社部发〔2017〕31号); before 2016 each province set its own rate by reference to bank
/// deposit rates, so those years are not shipped and must be supplied (a rates file or the rates page). A year
/// without a rate is refused naming the year; a rate is never guessed.
/// </summary>
public sealed class BookkeepingRates
{
    private readonly SortedDictionary<int, BookkeepingRate> _byYear;

    public BookkeepingRates(IEnumerable<BookkeepingRate> rates)
    {
        _byYear = [];
        foreach (var rate in rates)
        {
            _byYear[rate.Year] = rate;
        }
    }

    public static BookkeepingRates Empty { get; } = new([]);

    /// <summary>The rates shipped with the project (Amounts/Data/bookkeeping-rates.csv), each with its source.</summary>
    public static BookkeepingRates Shipped { get; } = LoadShipped();

    public IReadOnlyCollection<BookkeepingRate> All => _byYear.Values;

    /// <summary>This table with <paramref name="overrides"/> laid over it: a year in both takes the override.</summary>
    public BookkeepingRates With(BookkeepingRates overrides) => new(_byYear.Values.Concat(overrides.All));

    public bool TryGet(int year, out BookkeepingRate rate) => _byYear.TryGetValue(year, out rate!);

    /// <summary>The rate of <paramref name="year"/> in percent; a missing year is <c>pensions.rate-missing</c> naming the year.</summary>
    public decimal PercentFor(int year)
    {
        if (_byYear.TryGetValue(year, out var rate))
        {
            return rate.RatePercent;
        }

        var known = _byYear.Count == 0 ? "none" : string.Join(", ", _byYear.Keys);
        throw new RuleViolation(
            $"rates.{year}",
            "pensions.rate-missing",
            $"No personal-account bookkeeping rate for {year}; supply the rate of {year} (known years: {known}).");
    }

    private static BookkeepingRates LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Tongban.Pensions.bookkeeping-rates.csv")
            ?? throw new InvalidOperationException("The shipped bookkeeping-rate table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rates = new List<BookkeepingRate>();
        foreach (var (row, fields) in CsvRecords.Read(reader).Skip(1))
        {
            rates.Add(new BookkeepingRate(
                int.Parse(fields[0], CultureInfo.InvariantCulture),
                decimal.Parse(fields[1], CultureInfo.InvariantCulture),
                fields[2]));
        }

        return new BookkeepingRates(rates);
    }
}
