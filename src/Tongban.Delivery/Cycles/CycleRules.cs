namespace Tongban.Delivery.Cycles;

/// <summary>Delivery-cycle arithmetic: pure, shared by the CLI file report, the pages and the API.</summary>
internal static class CycleRules
{
    // Seed 02, "lead time of orders in hand": the delivery cycle is basically around 9-12 months.
    public const int BandFromMonths = 9;
    public const int BandToMonths = 12;

    /// <summary>The cycle: actual acceptance minus signing, in days.</summary>
    public static int CycleDays(DateOnly signed, DateOnly accepted) => accepted.DayNumber - signed.DayNumber;

    // Seed 02: "basically around 9-12 months"; within the band when accepted 9 to 12 calendar months after signing.
    public static bool InBand(DateOnly signed, DateOnly accepted) =>
        accepted >= signed.AddMonths(BandFromMonths) && accepted <= signed.AddMonths(BandToMonths);

    /// <summary>Late: accepted after the planned date, or not accepted while the planned date is before <paramref name="asOf"/>.</summary>
    public static bool IsLate(DateOnly planned, DateOnly? actual, DateOnly asOf) =>
        actual is { } a ? a > planned : planned < asOf;

    /// <summary>Days late as of <paramref name="asOf"/> (0 when on time).</summary>
    public static int DaysLate(DateOnly planned, DateOnly? actual, DateOnly asOf) =>
        Math.Max(0, (actual ?? asOf).DayNumber - planned.DayNumber);

    /// <summary>The median; of an even count the mean of the middle two, rounded half up. Null for none.</summary>
    public static int? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        if (sorted.Length % 2 == 1)
        {
            return sorted[mid];
        }

        var sum = (long)sorted[mid - 1] + sorted[mid];
        return (int)Math.Floor((sum / 2m) + 0.5m);
    }

    /// <summary>The whole months of a cycle, for the distribution charts (month 0 is the first month after signing).</summary>
    public static int Months(DateOnly signed, DateOnly accepted)
    {
        var months = ((accepted.Year - signed.Year) * 12) + accepted.Month - signed.Month;
        return accepted.Day < signed.Day ? months - 1 : months;
    }

    /// <summary>
    /// The milestone that slipped: the first, in order, whose actual date is after its plan, or that is not done
    /// while its plan is before <paramref name="asOf"/>; null when none slipped.
    /// </summary>
    public static (Orders.MilestoneKind Kind, int DaysLate)? Slipped(IEnumerable<(Orders.MilestoneKind Kind, DateOnly Planned, DateOnly? Actual)> milestones, DateOnly asOf)
    {
        foreach (var m in milestones.OrderBy(m => m.Kind))
        {
            if (IsLate(m.Planned, m.Actual, asOf))
            {
                return (m.Kind, DaysLate(m.Planned, m.Actual, asOf));
            }
        }

        return null;
    }

    public static (int Year, int Quarter) QuarterOf(DateOnly date) => (date.Year, ((date.Month - 1) / 3) + 1);
}
