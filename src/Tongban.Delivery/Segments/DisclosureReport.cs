using Microsoft.EntityFrameworkCore;
using Tongban.Delivery.Orders;

namespace Tongban.Delivery.Segments;

internal enum SegmentDimension
{
    Area,
    Sector,
    Region,
}

/// <summary>One segment's recognised revenue (contract without tax at final acceptance), cost and gross margin in a year.</summary>
internal sealed record SegmentLine(string Key, int Orders, long RevenueFen, long CostFen, decimal? MarginPercent);

internal sealed record SegmentTable(int Year, SegmentDimension Dimension, IReadOnlyList<SegmentLine> Lines, SegmentLine Total);

internal sealed record CustomerShare(Guid CustomerId, string Name, bool Related, long Fen, decimal SharePercent);

/// <summary>The top five customers' share of the year's revenue and of the backlog.</summary>
internal sealed record Concentration(int Year, long RevenueFen, IReadOnlyList<CustomerShare> TopRevenue, decimal TopRevenuePercent, long BacklogFen, IReadOnlyList<CustomerShare> TopBacklog, decimal TopBacklogPercent);

/// <summary>Terms of a group of orders: price (average contract without tax), margin, payment terms and collection.</summary>
internal sealed record Terms(int Orders, long RevenueFen, long AveragePriceFen, decimal? MarginPercent, decimal AveragePaymentTermsDays, decimal CollectedPercent);

/// <summary>A related customer's terms in an area beside the unrelated customers' terms in the same area.</summary>
internal sealed record RelatedLine(Guid CustomerId, string Customer, Relationship Relationship, string? RelatedParty, decimal ShareholdingPercent, BusinessArea Area, Terms Related, Terms Unrelated, decimal? MarginDifference);

internal sealed record RelatedPartyView(int? Year, long RevenueFen, long RelatedRevenueFen, decimal RelatedSharePercent, IReadOnlyList<RelatedLine> Lines);

/// <summary>The board office's disclosure figures: segment margins, concentration and related parties, all grouped in the database.</summary>
internal sealed class DisclosureReport(DeliveryDb db, DeliveryAccess access)
{
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        access.EnsureDisclosure();
        return await access.Orders().Where(o => o.AcceptedYear != null).Select(o => o.AcceptedYear!.Value).Distinct().OrderByDescending(y => y).ToListAsync(ct);
    }

    public async Task<SegmentTable> SegmentsAsync(int year, SegmentDimension dimension, CancellationToken ct = default)
    {
        access.EnsureDisclosure();
        var groups = await access.Orders().Where(o => o.AcceptedYear == year)
            .GroupBy(o => new { o.Area, o.SectorCode, o.Overseas })
            .Select(g => new { g.Key.Area, g.Key.SectorCode, g.Key.Overseas, Orders = g.Count(), Revenue = g.Sum(o => o.ContractExTaxFen), Cost = g.Sum(o => o.CostFen) })
            .ToListAsync(ct);
        var lines = groups
            .GroupBy(g => dimension switch
            {
                SegmentDimension.Area => Areas.Code(g.Area),
                SegmentDimension.Sector => g.SectorCode,
                _ => g.Overseas ? "overseas" : "domestic",
            })
            .Select(g => Line(g.Key, g.Sum(x => x.Orders), g.Sum(x => x.Revenue), g.Sum(x => x.Cost)))
            .OrderByDescending(l => l.RevenueFen)
            .ToList();
        return new SegmentTable(year, dimension, lines, Line("total", lines.Sum(l => l.Orders), lines.Sum(l => l.RevenueFen), lines.Sum(l => l.CostFen)));
    }

    private static SegmentLine Line(string key, int orders, long revenue, long cost) => new(key, orders, revenue, cost, SegmentRules.MarginPercent(revenue, cost));

    public async Task<Concentration> ConcentrationAsync(int year, CancellationToken ct = default)
    {
        access.EnsureDisclosure();
        var orders = access.Orders();
        var revenue = await orders.Where(o => o.AcceptedYear == year).GroupBy(o => o.CustomerId).Select(g => new { Id = g.Key, Fen = g.Sum(o => o.ContractExTaxFen) }).ToListAsync(ct);
        var backlog = await orders.Where(o => o.AcceptedOn == null).GroupBy(o => o.CustomerId).Select(g => new { Id = g.Key, Fen = g.Sum(o => o.ContractExTaxFen) }).ToListAsync(ct);
        var customers = await db.Customers.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var (topRevenue, revenueShare) = SegmentRules.Top(revenue.Select(r => (r.Id, r.Fen)));
        var (topBacklog, backlogShare) = SegmentRules.Top(backlog.Select(r => (r.Id, r.Fen)));
        var revenueTotal = revenue.Sum(r => r.Fen);
        var backlogTotal = backlog.Sum(r => r.Fen);
        return new Concentration(
            year,
            revenueTotal,
            topRevenue.Select(t => Share(customers, t.Key, t.Fen, revenueTotal)).ToList(),
            revenueShare,
            backlogTotal,
            topBacklog.Select(t => Share(customers, t.Key, t.Fen, backlogTotal)).ToList(),
            backlogShare);
    }

    private static CustomerShare Share(Dictionary<Guid, Customer> customers, Guid id, long fen, long total)
    {
        var c = customers.GetValueOrDefault(id);
        return new CustomerShare(id, c?.Name ?? id.ToString(), c is not null && SegmentRules.IsRelated(c.Relationship, c.ShareholdingBasisPoints), fen, SegmentRules.SharePercent(fen, total));
    }

    /// <summary>
    /// Every related customer's accepted orders (in <paramref name="year"/>, or all years) by area, beside the
    /// unrelated customers' orders in the same area: the comparison behind "normal commercial terms" (seed 02).
    /// </summary>
    public async Task<RelatedPartyView> RelatedPartiesAsync(int? year, CancellationToken ct = default)
    {
        access.EnsureDisclosure();
        var accepted = access.Orders().Where(o => o.AcceptedOn != null);
        if (year is { } y)
        {
            accepted = accepted.Where(o => o.AcceptedYear == y);
        }

        var groups = await accepted
            .GroupBy(o => new { o.Area, o.CustomerId })
            .Select(g => new TermsGroup(
                g.Key.Area,
                g.Key.CustomerId,
                g.Count(),
                g.Sum(o => o.ContractExTaxFen),
                g.Sum(o => o.CostFen),
                g.Sum(o => (long)o.PaymentTermsDays),
                g.Sum(o => o.ContractWithTaxFen),
                g.Sum(o => o.CollectedFen)))
            .ToListAsync(ct);
        var customers = await db.Customers.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        bool IsRelated(Guid id) => customers.TryGetValue(id, out var c) && SegmentRules.IsRelated(c.Relationship, c.ShareholdingBasisPoints);

        static Terms TermsOf(IEnumerable<TermsGroup> rows)
        {
            var list = rows.ToList();
            var orders = list.Sum(r => r.Orders);
            var revenue = list.Sum(r => r.Revenue);
            var cost = list.Sum(r => r.Cost);
            var terms = list.Sum(r => r.Terms);
            var withTax = list.Sum(r => r.WithTax);
            var collected = list.Sum(r => r.Collected);
            return new Terms(
                orders,
                revenue,
                orders == 0 ? 0 : revenue / orders,
                SegmentRules.MarginPercent(revenue, cost),
                orders == 0 ? 0 : decimal.Round(terms / (decimal)orders, 1, MidpointRounding.AwayFromZero),
                SegmentRules.SharePercent(collected, withTax));
        }

        var lines = new List<RelatedLine>();
        foreach (var byCustomer in groups.Where(g => IsRelated(g.CustomerId)).GroupBy(g => new { g.CustomerId, g.Area }))
        {
            var c = customers[byCustomer.Key.CustomerId];
            var related = TermsOf(byCustomer);
            var unrelated = TermsOf(groups.Where(g => g.Area == byCustomer.Key.Area && !IsRelated(g.CustomerId)));
            lines.Add(new RelatedLine(
                c.Id, c.Name, c.Relationship, c.RelatedParty, c.ShareholdingBasisPoints / 100m, byCustomer.Key.Area, related, unrelated,
                related.MarginPercent - unrelated.MarginPercent));
        }

        var total = groups.Sum(g => g.Revenue);
        var relatedTotal = groups.Where(g => IsRelated(g.CustomerId)).Sum(g => g.Revenue);
        return new RelatedPartyView(year, total, relatedTotal, SegmentRules.SharePercent(relatedTotal, total), lines.OrderBy(l => l.Customer).ThenBy(l => l.Area).ToList());
    }

    private sealed record TermsGroup(BusinessArea Area, Guid CustomerId, int Orders, long Revenue, long Cost, long Terms, long WithTax, long Collected);
}
