using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Tongban.Epidemic.Management;
using Tongban.Kernel.Errors;

namespace Tongban.Epidemic.Imports;

/// <summary>A refused cell: row (1 = first data row after the header), column and rule.</summary>
public sealed record ImportError(int Row, string Column, string Rule, string Message)
{
    public override string ToString() => $"row {Row}, column {Column}: {Message} ({Rule})";
}

/// <summary>The outcome of an import: every row written, or none and the reasons.</summary>
public sealed record ImportResult(bool Accepted, int Rows, IReadOnlyList<ImportError> Errors);

/// <summary>Reads CSV or XLSX rows as header-keyed text, streamed.</summary>
internal static class ImportFile
{
    public const int MaxErrors = 200;

    public static IEnumerable<IReadOnlyDictionary<string, string>> Rows(Stream stream, string fileName)
    {
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: true))
            {
                yield return row.ToDictionary(
                    kv => kv.Key.Trim().ToLowerInvariant(),
                    kv => kv.Value switch
                    {
                        null => "",
                        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString(Iso.Format, CultureInfo.InvariantCulture),
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        var v => v.ToString() ?? "",
                    });
            }

            yield break;
        }

        RuleViolation.ThrowIf(
            !fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase),
            "file",
            "epidemic.import.file-type",
            $"'{fileName}' is neither a .csv nor a .xlsx file.");
        using var reader = new StreamReader(stream, leaveOpen: true);
        string[]? header = null;
        foreach (var record in Records(reader))
        {
            if (header is null)
            {
                header = record.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
                continue;
            }

            if (record.Count == 1 && record[0].Length == 0)
            {
                continue;
            }

            var row = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < record.Count ? record[i].Trim() : "";
            }

            yield return row;
        }
    }

    /// <summary>RFC 4180 records: fields separated by commas, quoted fields may hold commas, quotes ("") and line breaks.</summary>
    internal static IEnumerable<List<string>> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
                any = false;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }

    /// <summary>Cell readers that add an <see cref="ImportError"/> instead of throwing.</summary>
    public sealed class Cells(IReadOnlyDictionary<string, string> row, int rowNumber, List<ImportError> errors)
    {
        public string? Text(string column, bool required = false)
        {
            var value = row.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            if (value is null && required)
            {
                errors.Add(new ImportError(rowNumber, column, "epidemic.import.required", "A value is required."));
            }

            return value;
        }

        public T? Enum<T>(string column, IReadOnlyDictionary<string, T> names, bool required = false)
            where T : struct
        {
            var text = Text(column, required);
            if (text is null)
            {
                return null;
            }

            if (names.TryGetValue(text.ToLowerInvariant(), out var value))
            {
                return value;
            }

            errors.Add(new ImportError(rowNumber, column, "epidemic.import.value", $"'{text}' is not one of {string.Join(", ", names.Keys)}."));
            return null;
        }

        public DateOnly? Date(string column, bool required = false)
        {
            var text = Text(column, required);
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            errors.Add(new ImportError(rowNumber, column, "epidemic.import.date", $"'{text}' is not a date of the form 2022-10-30."));
            return null;
        }

        public DateTime? Time(string column, bool required = false)
        {
            var text = Text(column, required);
            if (text is null)
            {
                return null;
            }

            try
            {
                return Iso.ParseLocal(text, column);
            }
            catch (RuleViolation v)
            {
                errors.Add(new ImportError(rowNumber, column, v.Rule, v.Message));
                return null;
            }
        }

        public bool Bool(string column)
        {
            var text = Text(column);
            switch (text?.ToLowerInvariant())
            {
                case null or "false" or "0" or "否" or "no":
                    return false;
                case "true" or "1" or "是" or "yes":
                    return true;
                default:
                    errors.Add(new ImportError(rowNumber, column, "epidemic.import.bool", $"'{text}' is not true or false."));
                    return false;
            }
        }
    }
}
