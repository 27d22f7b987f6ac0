namespace Tongban.Delivery.Pages;

/// <summary>One series of a <see cref="BarChart"/>: its display name and a value per label.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);
