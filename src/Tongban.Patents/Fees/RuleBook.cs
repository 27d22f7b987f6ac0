using System.Globalization;
using Tongban.Kernel.Errors;

namespace Tongban.Patents.Fees;

/// <summary>How sure a value is: seen in an official text, secondary sources only, or from memory (check it).</summary>
public enum RuleTag
{
    Verified,
    Secondary,
    Memory,
}

/// <summary>One dated value of the fee and term rules (reference sections 1-4), with where it comes from.</summary>
public sealed record RuleValue(string Key, int FromYear, int ToYear, DateOnly? ValidFrom, decimal Value, RuleTag Tag, string Source);

/// <summary>
/// The rules held as dated data: annual fees by type and patent year, the grace period and surcharge, reduction
/// rates and window, terms, PCT national-phase months by office. Shipped as Fees/Data/patent-rules.csv; a value
/// applies from its date (the latest one not after the date asked about).
/// </summary>
public sealed class RuleBook
{
    private readonly IReadOnlyList<RuleValue> _values;

    public RuleBook(IEnumerable<RuleValue> values) => _values = values.ToList();

    public IReadOnlyList<RuleValue> All => _values;

    public static RuleBook Shipped { get; } = new(LoadShipped());

    /// <summary>The value of <paramref name="key"/> (for patent year <paramref name="year"/>, 0 for none) in force on <paramref name="on"/>.</summary>
    public RuleValue? Find(string key, DateOnly on, int year = 0) =>
        _values
            .Where(v => v.Key == key && (year == 0 || (v.FromYear <= year && year <= v.ToYear)) && (v.ValidFrom is null || v.ValidFrom <= on))
            .OrderByDescending(v => v.ValidFrom ?? DateOnly.MinValue)
            .FirstOrDefault();

    public decimal Get(string key, DateOnly on, int year = 0) =>
        Find(key, on, year)?.Value ?? throw new RuleViolation("rules", "patents.rule-missing", $"No value of {key} applies on {on:yyyy-MM-dd}.", ("key", key), ("on", on));

    public int Months(string key, DateOnly on) => (int)Get(key, on);

    /// <summary>Parses the CSV form (header key,years,valid_from,value,tag,source).</summary>
    public static IReadOnlyList<RuleValue> Parse(TextReader reader)
    {
        var list = new List<RuleValue>();
        var header = reader.ReadLine();
        var row = 1;
        while (reader.ReadLine() is { } line)
        {
            row++;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = Split(line);
            RuleViolation.ThrowIf(cells.Count < 6, $"row {row}", "patents.rules-row", $"Row {row} needs key,years,valid_from,value,tag,source.", ("row", row));
            var (from, to) = (0, 0);
            if (cells[1].Length > 0)
            {
                var parts = cells[1].Split('-');
                from = int.Parse(parts[0], CultureInfo.InvariantCulture);
                to = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            }

            list.Add(new RuleValue(
                cells[0],
                from,
                to,
                cells[2].Length == 0 ? null : DateOnly.ParseExact(cells[2], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                decimal.Parse(cells[3], CultureInfo.InvariantCulture),
                cells[4] switch { "V" => RuleTag.Verified, "S" => RuleTag.Secondary, _ => RuleTag.Memory },
                cells[5]));
        }

        _ = header;
        return list;
    }

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return cells;
    }

    private static IReadOnlyList<RuleValue> LoadShipped()
    {
        using var stream = typeof(RuleBook).Assembly.GetManifestResourceStream("Tongban.Patents.patent-rules.csv")
            ?? throw new InvalidOperationException("The shipped patent rules are missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
