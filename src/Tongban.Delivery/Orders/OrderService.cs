using Microsoft.EntityFrameworkCore;
using Tongban.Delivery.Cycles;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;

namespace Tongban.Delivery.Orders;

internal enum OrderStatus
{
    Backlog,
    Accepted,
}

/// <summary>A line of the order list.</summary>
internal sealed record OrderRow(
    Guid Id,
    string Code,
    string Title,
    Guid CustomerId,
    string Customer,
    BusinessArea Area,
    string SectorCode,
    bool Overseas,
    Guid OrgId,
    string ProjectManager,
    DateOnly Signed,
    DateOnly PlannedAcceptance,
    DateOnly? AcceptedOn,
    long ContractExTaxFen,
    bool Late,
    int DaysLate);

internal sealed record MilestoneView(MilestoneKind Kind, DateOnly Planned, DateOnly? Actual, bool Late, int DaysLate);

internal sealed record CollectionView(Guid Id, DateOnly On, long AmountFen, string Note);

/// <summary>One order as its page and the API show it.</summary>
internal sealed record OrderDetails(
    OrderRow Order,
    string Currency,
    decimal ExchangeRate,
    long ContractWithTaxMinor,
    long ContractExTaxMinor,
    long ContractWithTaxFen,
    long CostFen,
    int PaymentTermsDays,
    long CollectedFen,
    long ReceivableFen,
    long AdvancesFen,
    int? CycleDays,
    bool? InBand,
    IReadOnlyList<MilestoneView> Milestones,
    IReadOnlyList<CollectionView> Collections);

internal sealed record OrderFilter(BusinessArea? Area = null, bool? Overseas = null, OrderStatus? Status = null, bool LateOnly = false, string? Search = null, int Take = 2000);

/// <summary>Orders in hand: entering them, their milestones and collections, and listing what the caller may see.</summary>
internal sealed class OrderService(DeliveryDb db, DeliveryAccess access, Kernel.Data.KernelDb kernel, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<Sector>> SectorsAsync(CancellationToken ct = default) =>
        await db.Sectors.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);

    public async Task AddSectorAsync(string code, string nameZh, string nameEn, CancellationToken ct = default)
    {
        var c = code?.Trim().ToLowerInvariant() ?? "";
        RuleViolation.ThrowIf(!System.Text.RegularExpressions.Regex.IsMatch(c, "^[a-z][a-z0-9-]{1,39}$"), "code", "delivery.sector-code", "A sector code is 2-40 lower-case letters, digits and hyphens.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(nameZh) || string.IsNullOrWhiteSpace(nameEn), "name", "delivery.sector-name", "A sector has a Chinese and an English name.");
        RuleViolation.ThrowIf(!access.Holds(DeliveryPermissions.EditOrders), "caller", "delivery.not-permitted", "This needs the permission delivery.orders.edit.", ("permission", DeliveryPermissions.EditOrders));
        RuleViolation.ThrowIf(await db.Sectors.AnyAsync(s => s.Code == c, ct), "code", "delivery.sector-exists", $"The sector {c} exists.", ("sector", c));
        db.Sectors.Add(new Sector { Code = c, NameZh = nameZh.Trim(), NameEn = nameEn.Trim() });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ServingEntity>> EntitiesAsync(CancellationToken ct = default) =>
        await db.Entities.AsNoTracking().ToListAsync(ct);

    public async Task RegisterEntityAsync(Guid orgId, bool overseas, string country, CancellationToken ct = default)
    {
        await access.EnsureAsync(DeliveryPermissions.EditOrders, orgId, ct);
        var c = country?.Trim().ToUpperInvariant() ?? "";
        RuleViolation.ThrowIf(c.Length != 2 || !c.All(char.IsAsciiLetterUpper), "country", "delivery.country", "A country is a two-letter ISO 3166 code.");
        RuleViolation.ThrowIf(overseas == (c == "CN"), "country", "delivery.entity-country", "An overseas entity sits outside CN; a domestic one in CN.");
        var existing = await db.Entities.SingleOrDefaultAsync(e => e.OrgId == orgId, ct);
        if (existing is null)
        {
            db.Entities.Add(new ServingEntity { OrgId = orgId, Overseas = overseas, Country = c });
        }
        else
        {
            existing.Overseas = overseas;
            existing.Country = c;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The serving entities with their org names (zh, en), for the pages' pickers and columns.</summary>
    public async Task<IReadOnlyList<(ServingEntity Entity, string NameZh, string NameEn)>> EntitiesNamedAsync(CancellationToken ct = default)
    {
        var entities = await db.Entities.AsNoTracking().ToListAsync(ct);
        var ids = entities.Select(e => e.OrgId).ToList();
        var names = await kernel.Orgs.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.NameZh, o.NameEn), ct);
        return entities.Select(e => (e, names.GetValueOrDefault(e.OrgId).NameZh ?? e.Country, names.GetValueOrDefault(e.OrgId).NameEn ?? e.Country)).ToList();
    }

    public async Task<IReadOnlyList<Customer>> CustomersAsync(CancellationToken ct = default) =>
        await db.Customers.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);

    public async Task<Guid> AddCustomerAsync(NewCustomer input, CancellationToken ct = default)
    {
        await access.EnsureAsync(DeliveryPermissions.EditOrders, input.OrgId, ct);
        var name = input.Name?.Trim() ?? "";
        RuleViolation.ThrowIf(name.Length is 0 or > 200, "name", "delivery.customer-name", "A customer has a name of at most 200 characters.");
        RuleViolation.ThrowIf(!await db.Sectors.AnyAsync(s => s.Code == input.SectorCode, ct), "sectorCode", "delivery.sector-unknown", $"'{input.SectorCode}' is not a known sector.", ("sector", input.SectorCode));
        RuleViolation.ThrowIf(!Enum.IsDefined(input.Relationship), "relationship", "delivery.relationship-unknown", "Unknown relationship.");
        RuleViolation.ThrowIf(input.ShareholdingPercent is < 0 or > 100, "shareholdingPercent", "delivery.shareholding", "A shareholding is 0 to 100 %.");
        var bp = input.ShareholdingPercent * 100;
        RuleViolation.ThrowIf(bp != decimal.Truncate(bp), "shareholdingPercent", "delivery.shareholding", "A shareholding is 0 to 100 %.");
        RuleViolation.ThrowIf(input.Relationship != Relationship.None && string.IsNullOrWhiteSpace(input.RelatedParty), "relatedParty", "delivery.related-party-name", "Name the related party behind the customer.");
        RuleViolation.ThrowIf(await db.Customers.AnyAsync(c => c.OrgId == input.OrgId && c.Name == name, ct), "name", "delivery.customer-exists", "That customer is already registered.");
        var customer = new Customer
        {
            Id = Guid.CreateVersion7(),
            OrgId = input.OrgId,
            Name = name,
            SectorCode = input.SectorCode,
            Overseas = input.Overseas,
            Relationship = input.Relationship,
            RelatedParty = string.IsNullOrWhiteSpace(input.RelatedParty) ? null : input.RelatedParty.Trim(),
            ShareholdingBasisPoints = (int)bp,
        };
        db.Customers.Add(customer);
        await db.SaveChangesAsync(ct);
        return customer.Id;
    }

    public async Task<Guid> CreateAsync(NewOrder input, CancellationToken ct = default)
    {
        await access.EnsureAsync(DeliveryPermissions.EditOrders, input.OrgId, ct);
        var entity = await db.Entities.AsNoTracking().SingleOrDefaultAsync(e => e.OrgId == input.OrgId, ct);
        var customerSector = await db.Customers.Where(c => c.Id == input.CustomerId).Select(c => c.SectorCode).SingleOrDefaultAsync(ct);
        var sectors = (await db.Sectors.Select(s => s.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var (order, milestones) = OrderBuilder.Build(input, Guid.CreateVersion7(), entity, customerSector, sectors.Contains);
        db.Orders.Add(order);
        db.Milestones.AddRange(milestones);
        await SaveUniqueAsync(order.Code, ct);
        return order.Id;
    }

    /// <summary>Codes are unique across the database, rows the caller cannot see included, so the index is the check.</summary>
    private async Task SaveUniqueAsync(string code, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: "23505" } or Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 2067 or 1555 })
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(x => x.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }

            throw new RuleViolation("code", "delivery.order-code-taken", $"The order code {code} is taken.", ("code", code));
        }
    }

    private async Task<Order> FindAsync(Guid id, CancellationToken ct) =>
        RuleViolation.Found(await access.Orders().SingleOrDefaultAsync(o => o.Id == id, ct), "orderId", "delivery.order-unknown", "No such order in your scope.");

    /// <summary>Records (or corrects) a milestone's actual date; final acceptance recognises the revenue and fixes the cycle.</summary>
    public async Task RecordMilestoneAsync(Guid orderId, MilestoneKind kind, DateOnly date, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(!Enum.IsDefined(kind), "kind", "delivery.milestone-unknown", "Unknown milestone.");
        var order = await FindAsync(orderId, ct);
        await access.EnsureMilestoneAsync(order, ct);
        var milestones = await db.Milestones.Where(m => m.OrderId == orderId).ToListAsync(ct);
        var actuals = milestones.Where(m => m.Kind != kind).ToDictionary(m => m.Kind, m => m.Actual);
        OrderRules.Actual(order.Signed, Today, kind, date, actuals);
        milestones.Single(m => m.Kind == kind).Actual = date;
        if (kind == MilestoneKind.FinalAcceptance)
        {
            order.AcceptedOn = date;
            order.AcceptedYear = date.Year;
            order.CycleDays = CycleRules.CycleDays(order.Signed, date);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task RecordCollectionAsync(Guid orderId, DateOnly on, long amountFen, string? note, CancellationToken ct = default)
    {
        var order = await FindAsync(orderId, ct);
        await access.EnsureAsync(DeliveryPermissions.RecordCollections, order.OrgId, ct);
        OrderRules.NotBeforeSigning(order.Signed, on, "on");
        OrderRules.NotInFuture(on, Today, "on");
        OrderRules.CollectionWithinContract(order.CollectedFen, amountFen, order.ContractWithTaxFen);
        order.CollectedFen += amountFen;
        db.Collections.Add(new Collection { Id = Guid.CreateVersion7(), OrgId = order.OrgId, OrderId = order.Id, On = on, AmountFen = amountFen, Note = note?.Trim() ?? "" });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<OrderRow>> ListAsync(OrderFilter filter, CancellationToken ct = default)
    {
        var today = Today;
        var q = access.Orders();
        if (filter.Area is { } area)
        {
            q = q.Where(o => o.Area == area);
        }

        if (filter.Overseas is { } overseas)
        {
            q = q.Where(o => o.Overseas == overseas);
        }

        q = filter.Status switch
        {
            OrderStatus.Backlog => q.Where(o => o.AcceptedOn == null),
            OrderStatus.Accepted => q.Where(o => o.AcceptedOn != null),
            _ => q,
        };
        if (filter.LateOnly)
        {
            q = q.Where(o => o.AcceptedOn > o.PlannedAcceptance || (o.AcceptedOn == null && o.PlannedAcceptance < today));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var s = filter.Search.Trim();
            q = q.Where(o => o.Code.Contains(s) || o.Title.Contains(s));
        }

        var rows = await q.OrderByDescending(o => o.Signed).ThenBy(o => o.Code).Take(Math.Clamp(filter.Take, 1, 5000))
            .Join(db.Customers, o => o.CustomerId, c => c.Id, (o, c) => new { o, c.Name })
            .ToListAsync(ct);
        return rows.Select(r => Row(r.o, r.Name, today)).ToList();
    }

    private static OrderRow Row(Order o, string customer, DateOnly today) =>
        new(o.Id, o.Code, o.Title, o.CustomerId, customer, o.Area, o.SectorCode, o.Overseas, o.OrgId, o.ProjectManager, o.Signed, o.PlannedAcceptance, o.AcceptedOn,
            o.ContractExTaxFen, CycleRules.IsLate(o.PlannedAcceptance, o.AcceptedOn, today), CycleRules.DaysLate(o.PlannedAcceptance, o.AcceptedOn, today));

    public async Task<OrderDetails> DetailsAsync(Guid id, CancellationToken ct = default)
    {
        var today = Today;
        var o = await FindAsync(id, ct);
        var customer = await db.Customers.Where(c => c.Id == o.CustomerId).Select(c => c.Name).SingleOrDefaultAsync(ct) ?? "";
        var milestones = await db.Milestones.Where(m => m.OrderId == id).OrderBy(m => m.Kind).ToListAsync(ct);
        var collections = await db.Collections.Where(c => c.OrderId == id).OrderBy(c => c.On).ToListAsync(ct);
        var (receivable, advances) = OrderRules.Receivable(o.AcceptedOn is not null, o.ContractWithTaxFen, o.CollectedFen);
        return new OrderDetails(
            Row(o, customer, today),
            o.Currency,
            o.ExchangeRateMicros / (decimal)OrderRules.Micros,
            o.ContractWithTaxMinor,
            o.ContractExTaxMinor,
            o.ContractWithTaxFen,
            o.CostFen,
            o.PaymentTermsDays,
            o.CollectedFen,
            receivable,
            advances,
            o.CycleDays,
            o.AcceptedOn is { } a ? CycleRules.InBand(o.Signed, a) : null,
            milestones.Select(m => new MilestoneView(m.Kind, m.Planned, m.Actual, CycleRules.IsLate(m.Planned, m.Actual, today), CycleRules.DaysLate(m.Planned, m.Actual, today))).ToList(),
            collections.Select(c => new CollectionView(c.Id, c.On, c.AmountFen, c.Note)).ToList());
    }
}
