namespace Tongban.Juvenile.Rules;

/// <summary>Art. 3: statistics may not identify a minor.</summary>
public static class StatisticsRules
{
    /// <summary>Cells under this count are suppressed.</summary>
    public const int MinimumCell = 5;

    /// <summary>Art. 3 (privacy, personal information): a count under 5 is shown as suppressed (null).</summary>
    public static int? Publish(int count) => count < MinimumCell ? null : count;

    /// <summary>
    /// Complementary suppression: in every row and every column of the table, a lone suppressed cell could be recovered
    /// from the others and a total, so the smallest published cell of that row or column is suppressed with it, until no
    /// row or column holds exactly one suppressed cell among published ones.
    /// </summary>
    public static List<T> SuppressComplements<T, TRow, TColumn>(
        IReadOnlyList<T> cells, Func<T, int> count, Func<T, bool> suppressed, Func<T, T> suppress, Func<T, TRow> row, Func<T, TColumn> column)
    {
        var result = cells.ToList();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var line in new[] { result.Select((c, i) => (Key: (object?)row(c), i)), result.Select((c, i) => (Key: (object?)column(c), i)) })
            {
                foreach (var group in line.GroupBy(x => x.Key).Select(g => g.Select(x => x.i).ToList()))
                {
                    var hidden = group.Count(i => suppressed(result[i]));
                    var shown = group.Where(i => !suppressed(result[i])).OrderBy(i => count(result[i])).ToList();
                    if (hidden == 1 && shown.Count > 0)
                    {
                        result[shown[0]] = suppress(result[shown[0]]);
                        changed = true;
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Age bands for de-identified tables.</summary>
    public static string AgeBand(int age) => age switch
    {
        < 12 => "0-11",
        < 14 => "12-13",
        < 16 => "14-15",
        _ => "16-17",
    };
}
