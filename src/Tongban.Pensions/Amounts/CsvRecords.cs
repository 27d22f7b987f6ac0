using System.Text;
using Tongban.Kernel.Errors;

namespace Tongban.Pensions.Amounts;

/// <summary>
/// A small RFC 4180 reader: comma-separated fields, optional double quotes ("" inside quotes is a quote, commas and
/// line breaks inside quotes are data). Rows are numbered as a spreadsheet numbers them, the first row being 1.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<(int Row, string[] Fields)> Read(TextReader reader)
    {
        var row = 0;
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var quotedField = false;
        var any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (row == 0 && !any && ch == '\uFEFF')
            {
                continue;
            }

            any = true;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0 && !quotedField:
                    inQuotes = true;
                    quotedField = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    quotedField = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    quotedField = false;
                    row++;
                    yield return (row, fields.ToArray());
                    fields.Clear();
                    any = false;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new RuleViolation($"row {row + 1}", "pensions.csv-quote", $"Row {row + 1} opens a quoted field that is never closed.", ("row", row + 1));
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return (row + 1, fields.ToArray());
        }
    }
}
