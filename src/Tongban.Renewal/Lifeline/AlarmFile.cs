using System.Globalization;
using Tongban.Kernel.Errors;

namespace Tongban.Renewal.Lifeline;

/// <summary>A rule line of the CLI's rules file.</summary>
public sealed record FileRule(string Kind, string Metric, ComparisonOp Op, double Threshold, int ForSeconds, AlarmSeverity Severity);

/// <summary>A telemetry line of the CLI's telemetry file (local China time).</summary>
public sealed record FileReading(int Row, string Sensor, string Kind, DateTime At, string Metric, double Value);

/// <summary>
/// <c>tongban renewal alarms --rules FILE.csv --telemetry FILE.csv</c> (issue 16 item 4's contract): the two files
/// read whole (one bad row refuses the run, naming the file, row and column), readings evaluated per sensor and
/// metric in reading time, the raised and cleared lines printed in time order, ties by sensor.
/// </summary>
public static class AlarmFile
{
    public const string RulesHeader = "kind,metric,op,threshold,for_seconds,severity";
    public const string TelemetryHeader = "sensor,kind,time,metric,value";

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm",
    ];

    public static IReadOnlyList<FileRule> ReadRules(TextReader reader)
    {
        var rules = new List<FileRule>();
        foreach (var (row, cells) in Rows(reader, "rules", RulesHeader))
        {
            rules.Add(new FileRule(
                Token(cells[0], "rules", row, "kind"),
                Token(cells[1], "rules", row, "metric"),
                ParseOp(cells[2], "rules", row),
                Number(cells[3], "rules", row, "threshold"),
                Seconds(cells[4], row),
                ParseSeverity(cells[5], Field(row, "severity"), "rules")));
        }

        return rules;
    }

    public static IReadOnlyList<FileReading> ReadTelemetry(TextReader reader)
    {
        var readings = new List<FileReading>();
        foreach (var (row, cells) in Rows(reader, "telemetry", TelemetryHeader))
        {
            readings.Add(new FileReading(
                row,
                Token(cells[0], "telemetry", row, "sensor", lower: false),
                Token(cells[1], "telemetry", row, "kind"),
                Time(cells[2], row),
                Token(cells[3], "telemetry", row, "metric"),
                Number(cells[4], "telemetry", row, "value")));
        }

        return readings;
    }

    /// <summary>The lines to print: <c>raised SENSOR TIME SEVERITY</c> and <c>cleared SENSOR TIME</c>.</summary>
    public static IReadOnlyList<string> Evaluate(IReadOnlyList<FileRule> rules, IReadOnlyList<FileReading> readings)
    {
        var byKindMetric = rules.Select((r, i) => (r, i)).ToLookup(x => (x.r.Kind, x.r.Metric));
        var states = new Dictionary<(string Sensor, string Metric, int Rule), RunState>();
        var events = new List<(DateTime At, string Sensor, long Seq, string Line)>();
        long seq = 0;

        // Reading time decides the order; rows at the same time keep the file's order.
        foreach (var reading in readings.OrderBy(r => r.At).ThenBy(r => r.Row))
        {
            foreach (var (rule, index) in byKindMetric[(reading.Kind, reading.Metric)])
            {
                var key = (reading.Sensor, reading.Metric, index);
                if (!states.TryGetValue(key, out var state))
                {
                    states[key] = state = new RunState();
                }

                var condition = new Condition(RuleType.Threshold, rule.Op, rule.Threshold, rule.ForSeconds);
                var time = reading.At.ToString("yyyy-MM-dd'T'HH:mm:ss", C);
                switch (AlarmEvaluation.Step(condition, state, reading.At, reading.Value))
                {
                    case Transition.Raised:
                        events.Add((reading.At, reading.Sensor, seq++, $"raised {reading.Sensor} {time} {SeverityCode(rule.Severity)}"));
                        break;
                    case Transition.Cleared:
                        events.Add((reading.At, reading.Sensor, seq++, $"cleared {reading.Sensor} {time}"));
                        break;
                }
            }
        }

        return events.OrderBy(e => e.At).ThenBy(e => e.Sensor, StringComparer.Ordinal).ThenBy(e => e.Seq).Select(e => e.Line).ToList();
    }

    public static string SeverityCode(AlarmSeverity s) => s.ToString().ToLowerInvariant();

    /// <summary>red, orange, yellow or blue (reference §3c), or the grade 1-4.</summary>
    public static AlarmSeverity ParseSeverity(string text, string field, string file)
    {
        var t = text.Trim().ToLowerInvariant();
        return t switch
        {
            "red" or "1" => AlarmSeverity.Red,
            "orange" or "2" => AlarmSeverity.Orange,
            "yellow" or "3" => AlarmSeverity.Yellow,
            "blue" or "4" => AlarmSeverity.Blue,
            _ => throw new RuleViolation(field, "renewal.severity-unknown", $"{file}: '{text}' is not red, orange, yellow or blue.", ("file", file), ("value", text)),
        };
    }

    public static bool TryParseOp(string text, out ComparisonOp op)
    {
        op = text.Trim() switch
        {
            ">" => ComparisonOp.Greater,
            ">=" => ComparisonOp.GreaterOrEqual,
            "<" => ComparisonOp.Less,
            "<=" => ComparisonOp.LessOrEqual,
            _ => 0,
        };
        return op != 0;
    }

    public static string OpText(ComparisonOp op) => op switch
    {
        ComparisonOp.Greater => ">",
        ComparisonOp.GreaterOrEqual => ">=",
        ComparisonOp.Less => "<",
        _ => "<=",
    };

    private static ComparisonOp ParseOp(string text, string file, int row) =>
        TryParseOp(text, out var op) ? op : throw new RuleViolation(Field(row, "op"), "renewal.op-unknown", $"{file}: '{text}' is not >, >=, < or <=.", ("file", file), ("value", text));

    private static string Field(int row, string column) => $"row {row}, column {column}";

    private static IEnumerable<(int Row, string[] Cells)> Rows(TextReader reader, string file, string header)
    {
        var first = reader.ReadLine();
        RuleViolation.ThrowIf(first is null || !string.Equals(first.Trim().TrimStart('\uFEFF'), header, StringComparison.OrdinalIgnoreCase), "row 0", "renewal.file-header", $"{file}: the first line must be {header}.", ("file", file), ("header", header));
        var expected = header.Split(',').Length;
        var row = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            row++;
            var cells = line.Split(',');
            RuleViolation.ThrowIf(cells.Length != expected, $"row {row}", "renewal.file-cells", $"{file}: row {row} has {cells.Length} cells, not {expected}.", ("file", file), ("row", row), ("count", cells.Length), ("expected", expected));
            yield return (row, cells);
        }
    }

    private static string Token(string text, string file, int row, string column, bool lower = true)
    {
        var t = text.Trim();
        RuleViolation.ThrowIf(t.Length == 0 || t.Any(char.IsWhiteSpace), Field(row, column), "renewal.file-token", $"{file}: a non-empty value without spaces.", ("file", file));
        return lower ? t.ToLowerInvariant() : t;
    }

    private static double Number(string text, string file, int row, string column) =>
        double.TryParse(text.Trim(), NumberStyles.Float, C, out var v) && double.IsFinite(v)
            ? v
            : throw new RuleViolation(Field(row, column), "renewal.file-number", $"{file}: '{text}' is not a number.", ("file", file), ("value", text));

    private static int Seconds(string text, int row) =>
        int.TryParse(text.Trim(), NumberStyles.None, C, out var v)
            ? v
            : throw new RuleViolation(Field(row, "for_seconds"), "renewal.file-seconds", $"rules: '{text}' is not a whole number of seconds, zero or more.", ("file", "rules"), ("value", text));

    /// <summary>ISO-8601 local time; a time with an offset is turned into China time.</summary>
    public static DateTime Time(string text, int row)
    {
        var t = text.Trim();
        if (DateTime.TryParseExact(t, TimeFormats, C, DateTimeStyles.None, out var local))
        {
            return local;
        }

        if (t.Length > 19 && DateTimeOffset.TryParse(t, C, DateTimeStyles.None, out var withOffset))
        {
            return withOffset.ToOffset(TimeSpan.FromHours(8)).DateTime;
        }

        throw new RuleViolation(Field(row, "time"), "renewal.file-time", $"telemetry: '{text}' is not an ISO-8601 local time (yyyy-MM-ddTHH:mm:ss).", ("file", "telemetry"), ("value", text));
    }
}
