using Tongban.Delivery.Orders;

namespace Tongban.Delivery.Cycles;

/// <summary>Backlog orders signed on one day in one area, domestic or overseas, with their amount without tax.</summary>
internal sealed record BacklogGroup(BusinessArea Area, DateOnly Signed, bool Overseas, long AmountFen, int Orders);

/// <summary>How many accepted orders of an area took a given number of days.</summary>
internal sealed record CycleCount(BusinessArea Area, int Days, int Orders);

/// <summary>Expected revenue in one quarter, domestic and overseas, in CNY fen.</summary>
public sealed record QuarterAmount(int Year, int Quarter, long DomesticFen, long OverseasFen)
{
    public string Label => $"{Year}Q{Quarter}";

    public long TotalFen => DomesticFen + OverseasFen;
}

/// <summary>
/// Forecast of acceptances, hence revenue (recognised at final acceptance), by quarter from the backlog. For an order
/// signed <c>s</c> and still open <c>e</c> days later, the candidate cycles are the area's historical cycles longer
/// than <c>e</c> (it was not accepted by now); each candidate <c>c</c> puts its share of the order's amount (its
/// count over the candidates' count) into the quarter of <c>s + c</c>. An order already older than every cycle of
/// its area, or of an area without history, is expected in the current quarter.
/// </summary>
internal static class AcceptanceForecast
{
    public static IReadOnlyList<QuarterAmount> Compute(IEnumerable<BacklogGroup> backlog, IEnumerable<CycleCount> history, DateOnly asOf)
    {
        var byArea = history.GroupBy(h => h.Area).ToDictionary(g => g.Key, g => Histogram.Of(g));
        var totals = new Dictionary<(int Year, int Quarter), (decimal Domestic, decimal Overseas)>();
        var current = CycleRules.QuarterOf(asOf);

        void Add((int, int) quarter, bool overseas, decimal amount)
        {
            var (d, o) = totals.GetValueOrDefault(quarter);
            totals[quarter] = overseas ? (d, o + amount) : (d + amount, o);
        }

        foreach (var g in backlog)
        {
            var elapsed = asOf.DayNumber - g.Signed.DayNumber;
            if (!byArea.TryGetValue(g.Area, out var h) || h.FirstLonger(elapsed) is not { } first)
            {
                Add(current, g.Overseas, g.AmountFen);
                continue;
            }

            // Walk the candidates a quarter at a time: the cycles landing in one quarter are a run of the sorted histogram.
            var candidates = (decimal)h.Suffix[first];
            var i = first;
            var quarter = CycleRules.QuarterOf(g.Signed.AddDays(h.Days[i]));
            while (i < h.Days.Length)
            {
                var next = quarter.Quarter == 4 ? (Year: quarter.Year + 1, Quarter: 1) : (quarter.Year, Quarter: quarter.Quarter + 1);
                var limit = new DateOnly(next.Year, ((next.Quarter - 1) * 3) + 1, 1).DayNumber - g.Signed.DayNumber;
                var j = h.FirstAtLeast(limit, i);
                var count = h.Suffix[i] - (j < h.Days.Length ? h.Suffix[j] : 0);
                if (count > 0)
                {
                    Add(quarter.CompareTo(current) < 0 ? current : quarter, g.Overseas, g.AmountFen * count / candidates);
                }

                i = j;
                quarter = next;
            }
        }

        return totals.OrderBy(t => t.Key)
            .Select(t => new QuarterAmount(t.Key.Year, t.Key.Quarter, Round(t.Value.Domestic), Round(t.Value.Overseas)))
            .ToList();
    }

    private static long Round(decimal fen) => (long)decimal.Round(fen, 0, MidpointRounding.AwayFromZero);

    private sealed class Histogram
    {
        public int[] Days { get; private init; } = [];

        public long[] Counts { get; private init; } = [];

        /// <summary>Orders with this cycle or longer.</summary>
        public long[] Suffix { get; private init; } = [];

        public static Histogram Of(IEnumerable<CycleCount> counts)
        {
            var sorted = counts.GroupBy(c => c.Days).Select(g => (Days: g.Key, Count: (long)g.Sum(c => c.Orders))).OrderBy(c => c.Days).ToArray();
            var suffix = new long[sorted.Length];
            long running = 0;
            for (var i = sorted.Length - 1; i >= 0; i--)
            {
                running += sorted[i].Count;
                suffix[i] = running;
            }

            return new Histogram { Days = sorted.Select(s => s.Days).ToArray(), Counts = sorted.Select(s => s.Count).ToArray(), Suffix = suffix };
        }

        /// <summary>The first index from <paramref name="from"/> whose cycle is at least <paramref name="days"/> (the length when none).</summary>
        public int FirstAtLeast(int days, int from)
        {
            var i = Array.BinarySearch(Days, from, Days.Length - from, days);
            return i < 0 ? ~i : i;
        }

        public int? FirstLonger(int elapsed)
        {
            var i = Array.BinarySearch(Days, elapsed + 1);
            i = i < 0 ? ~i : i;
            return i < Days.Length ? i : null;
        }
    }
}
