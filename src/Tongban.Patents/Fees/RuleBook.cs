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
public sealed record RuleValue(string Key, int FromYear, int ToYear, DateOnly? ValidFrom, decimal Value, RuleTag Tag, string Source)
{
    /// <summary>The value as whole fen, for amounts in yuan (worked out once: forecasts read it per patent and year).</summary>
    public long Fen { get; } = (long)decimal.Round(Value * 100m, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The rules held as dated data: annual fees by type and patent year, the grace period and surcharge, reduction
/// rates and window, terms, PCT national-phase months by office. Shipped as Fees/Data/patent-rules.csv; a value
/// applies from its date (the latest one not after the date asked about).
/// </summary>
public sealed class RuleBook
{
    private readonly IReadOnlyList<RuleValue> _values;
    private readonly Dictionary<string, RuleValue[]> _byKey;

    public RuleBook(IEnumerable<RuleValue> values)
    {
        _values = values.ToList();
        // Latest date first, so a lookup takes the first row that applies (forecasts call this per patent and year).
        _byKey = _values.GroupBy(v => v.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.ValidFrom ?? DateOnly.MinValue).ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<RuleValue> All => _values;

    /// <summary>
    /// The shipped rules, with the rows of the CSV file named by TONGBAN_PATENT_RULES (same header) replacing the
    /// shipped row of the same key, years and date, or added: how a value from memory is corrected without a release.
    /// </summary>
    public static RuleBook Shipped { get; } = new(Merge(LoadShipped(), Environment.GetEnvironmentVariable("TONGBAN_PATENT_RULES")));

    public static IReadOnlyList<RuleValue> Merge(IReadOnlyList<RuleValue> shipped, string? overrideFile)
    {
        if (string.IsNullOrWhiteSpace(overrideFile) || !File.Exists(overrideFile))
        {
            return shipped;
        }

        using var reader = new StreamReader(overrideFile);
        var local = Parse(reader);
        return shipped.Where(v => !local.Any(l => l.Key == v.Key && l.FromYear == v.FromYear && l.ToYear == v.ToYear && l.ValidFrom == v.ValidFrom)).Concat(local).ToList();
    }

    /// <summary>What a rule key means, for pages (the key itself is internal).</summary>
    public static string DisplayKey(string key, bool chinese)
    {
        if (key.StartsWith("pct.months.", StringComparison.Ordinal))
        {
            var office = key["pct.months.".Length..];
            var name = office == "default" ? (chinese ? "其他受理局" : "other offices") : office;
            return chinese ? $"PCT 进入国家阶段期限（月）：{name}" : $"PCT national-phase entry (months): {name}";
        }

        return (key, chinese) switch
        {
            ("annual.invention", true) => "发明专利年费（元）",
            ("annual.invention", false) => "Invention annual fee (yuan)",
            ("annual.utility-model", true) => "实用新型年费（元）",
            ("annual.utility-model", false) => "Utility-model annual fee (yuan)",
            ("annual.design", true) => "外观设计年费（元）",
            ("annual.design", false) => "Design annual fee (yuan)",
            ("first-fee.months", true) => "首年年费：授权通知后（月）",
            ("first-fee.months", false) => "First fee: months after the grant notice",
            ("grace.months", true) => "滞纳期（月）",
            ("grace.months", false) => "Grace period (months)",
            ("surcharge.percent-per-month", true) => "滞纳金：每月全额年费的（%）",
            ("surcharge.percent-per-month", false) => "Surcharge per month begun (% of the full fee)",
            ("restoration.months", true) => "恢复权利请求期限（月）",
            ("restoration.months", false) => "Restoration request period (months)",
            ("restoration.fee", true) => "恢复权利请求费（元）",
            ("restoration.fee", false) => "Restoration request fee (yuan)",
            ("reduction.single", true) => "费减：单一权利人（%）",
            ("reduction.single", false) => "Reduction, one owner (%)",
            ("reduction.joint", true) => "费减：两个以上权利人（%）",
            ("reduction.joint", false) => "Reduction, joint owners (%)",
            ("reduction.window-years", true) => "年费减缴期限：自授权当年起（年）",
            ("reduction.window-years", false) => "Reduction window from the grant year (years)",
            ("reduction.open-licence", true) => "开放许可期间年费减免（%）",
            ("reduction.open-licence", false) => "Open-licence reduction (%)",
            ("term.invention", true) => "发明专利权期限（年）",
            ("term.invention", false) => "Invention term (years)",
            ("term.utility-model", true) => "实用新型专利权期限（年）",
            ("term.utility-model", false) => "Utility-model term (years)",
            ("term.design", true) => "外观设计专利权期限（年，按申请日）",
            ("term.design", false) => "Design term (years, by filing date)",
            ("office-action.months", true) => "审查意见默认答复期限（月）",
            ("office-action.months", false) => "Default office-action response period (months)",
            _ => key,
        };
    }

    /// <summary>The value of <paramref name="key"/> (for patent year <paramref name="year"/>, 0 for none) in force on <paramref name="on"/>.</summary>
    public RuleValue? Find(string key, DateOnly on, int year = 0)
    {
        if (!_byKey.TryGetValue(key, out var rows))
        {
            return null;
        }

        foreach (var v in rows)
        {
            if ((year == 0 || (v.FromYear <= year && year <= v.ToYear)) && (v.ValidFrom is null || v.ValidFrom <= on))
            {
                return v;
            }
        }

        return null;
    }

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
