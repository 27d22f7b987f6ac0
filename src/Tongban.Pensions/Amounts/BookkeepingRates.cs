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

        throw year < NationalRateFrom
            ? new RuleViolation($"rates.{year}", ProvincialRateMissingRule, ProvincialRateMissingMessage(year, _byYear.Keys), ("year", year), ("nationalFrom", NationalRateFrom))
            : new RuleViolation($"rates.{year}", RateMissingRule, RateMissingMessage(year, _byYear.Keys), ("year", year));
    }

    /// <summary>The rule of a computation refused for want of a year's rate.</summary>
    public const string RateMissingRule = "pensions.rate-missing";

    /// <summary>The rule for a missing year before <see cref="NationalRateFrom"/>, whose rate the province set.</summary>
    public const string ProvincialRateMissingRule = "pensions.rate-missing-provincial";

    /// <summary>人社部发〔2017〕31号: the first year of one national bookkeeping rate; earlier rates were provincial.</summary>
    public const int NationalRateFrom = 2016;

    /// <summary>Whether a refusal is for a missing rate (national or provincial), so pages point to the rates page.</summary>
    public static bool IsRateMissing(string? rule) => rule is RateMissingRule or ProvincialRateMissingRule;

    /// <summary>
    /// Before 2016 no ministry published a rate: each province set its own (人社部发〔2017〕31号 unified them from 2016),
    /// so the refusal says to load the rate of the province of the original insured place, with its source.
    /// </summary>
    public static string ProvincialRateMissingMessage(int year, IEnumerable<int> knownYears)
    {
        var known = knownYears.Any() ? string.Join(", ", knownYears) : "none";
        return $"No personal-account bookkeeping rate for {year}: before {NationalRateFrom} each province set its own rate, so "
            + $"load the rate {year} of the province of the original insured place, with the province's notice as its source, on the "
            + $"rates page ({RatesPage}) or with 'tongban pensions rates set --year {year} --rate PERCENT --source TEXT' "
            + $"(or add it to a --rates file). Known years: {known}.";
    }

    /// <summary>The rates page, where a rates keeper enters a year's rate with its source.</summary>
    public const string RatesPage = "/pensions/rates";

    /// <summary>
    /// Why a year has no rate and who enters it: MOHRSS and MOF publish the rate of year N in N+1, so the current year
    /// (e.g. a transfer in 2026) has none until a rates keeper (role pensions.rates-keeper) enters the rate to apply, with
    /// its source, on the rates page or with <c>tongban pensions rates set</c>.
    /// </summary>
    public static string RateMissingMessage(int year, IEnumerable<int> knownYears)
    {
        var known = knownYears.Any() ? string.Join(", ", knownYears) : "none";
        return $"No personal-account bookkeeping rate for {year}: the rate of a year is published by MOHRSS and MOF in the "
            + $"following year, and no rate is guessed. A rates keeper (role pensions.rates-keeper) enters the rate of {year} "
            + $"with its source on the rates page ({RatesPage}) or with 'tongban pensions rates set --year {year} --rate PERCENT --source TEXT' "
            + $"(or add it to a --rates file). Known years: {known}.";
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
