using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Imports;

namespace Tongban.Delivery.Orders;

internal sealed record OrderImportRow(int Number, NewOrder? Input, string Customer, string Entity, IReadOnlyDictionary<MilestoneKind, DateOnly> Actuals);

/// <summary>
/// "delivery.orders": orders in hand from CSV or XLSX through the kernel's <see cref="ImportPipeline"/>. Each row is an
/// order with its six planned milestone dates and, for orders under way or done, their actual dates; the customer is
/// named as registered and the serving entity by its country (CN, KR, HK, SG). Every row passes the same rules as an
/// order entered by hand; one bad row refuses the file whole with its row, column and rule, and nothing is written.
/// </summary>
internal sealed class OrderImport : ImportDefinition<OrderImportRow>
{
    public static readonly ImportColumn<string> Code = new("code", "订单编号", "Order code", true, ImportParsers.Code(OrderBuilder.CodeMaxLength));
    public static readonly ImportColumn<string> Title = new("title", "项目名称", "Project title", false, ImportParsers.Text(200));
    public static readonly ImportColumn<string> Customer = new("customer", "客户", "Customer", true, ImportParsers.Text(200));
    public static readonly ImportColumn<BusinessArea> Area = new("area", "业务板块", "Business area", true, ParseArea);
    public static readonly ImportColumn<string> Sector = new("sector", "客户行业", "Sector", false, ImportParsers.Code(40));
    public static readonly ImportColumn<bool> Overseas = new("overseas", "境外", "Overseas", true, ImportParsers.Boolean());
    public static readonly ImportColumn<string> Entity = new("entity", "承接主体", "Serving entity", true, ImportParsers.Code(2));
    public static readonly ImportColumn<string> ProjectManager = new("project_manager", "项目经理", "Project manager", false, ImportParsers.Text(100));
    public static readonly ImportColumn<string> Currency = new("currency", "币种", "Currency", true, ImportParsers.Code(3));
    public static readonly ImportColumn<decimal> ExchangeRate = new("exchange_rate", "汇率", "Exchange rate", true, ImportParsers.Decimal());
    public static readonly ImportColumn<long> WithTax = new("contract_with_tax", "含税合同额", "Contract with tax", true, ImportParsers.MoneyFen());
    public static readonly ImportColumn<long> ExTax = new("contract_ex_tax", "不含税合同额", "Contract without tax", true, ImportParsers.MoneyFen());
    public static readonly ImportColumn<long> Cost = new("cost", "项目成本", "Cost", true, ImportParsers.MoneyFen());
    public static readonly ImportColumn<long> Terms = new("payment_terms_days", "信用期（天）", "Payment terms (days)", true, ImportParsers.Integer(0, 3650));
    public static readonly ImportColumn<DateOnly> Signed = new("signed", "签约日期", "Signed", true, ImportParsers.Date());

    public static readonly IReadOnlyDictionary<MilestoneKind, ImportColumn<DateOnly>> Planned = Enum.GetValues<MilestoneKind>()
        .ToDictionary(k => k, k => new ImportColumn<DateOnly>(Snake(k), $"{Zh(k)}计划", $"{k} planned", true, ImportParsers.Date()));

    public static readonly IReadOnlyDictionary<MilestoneKind, ImportColumn<DateOnly>> Actual = Enum.GetValues<MilestoneKind>()
        .ToDictionary(k => k, k => new ImportColumn<DateOnly>(Snake(k) + "_actual", $"{Zh(k)}实际", $"{k} actual", false, ImportParsers.Date()));

    internal static readonly string[] OrderColumns =
    [
        nameof(Order.Id), nameof(Order.OrgId), nameof(Order.Code), nameof(Order.Title), nameof(Order.CustomerId), nameof(Order.Area), nameof(Order.SectorCode),
        nameof(Order.Overseas), nameof(Order.ProjectManager), nameof(Order.Currency), nameof(Order.ExchangeRateMicros), nameof(Order.ContractWithTaxMinor),
        nameof(Order.ContractExTaxMinor), nameof(Order.ContractWithTaxFen), nameof(Order.ContractExTaxFen), nameof(Order.CostFen), nameof(Order.PaymentTermsDays),
        nameof(Order.Signed), nameof(Order.PlannedAcceptance), nameof(Order.AcceptedOn), nameof(Order.AcceptedYear), nameof(Order.CycleDays), nameof(Order.CollectedFen),
    ];

    internal static readonly string[] MilestoneColumns = [nameof(Milestone.OrgId), nameof(Milestone.OrderId), nameof(Milestone.Kind), nameof(Milestone.Planned), nameof(Milestone.Actual)];

    public override string Key => "delivery.orders";

    public override string TitleZh => "在手订单导入";

    public override string TitleEn => "Orders in hand import";

    public override string Permission => DeliveryPermissions.EditOrders;

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        Code, Title, Customer, Area, Sector, Overseas, Entity, ProjectManager, Currency, ExchangeRate, WithTax, ExTax, Cost, Terms, Signed,
        .. Planned.Values, .. Actual.Values,
    ];

    private static string Snake(MilestoneKind k) => k switch
    {
        MilestoneKind.DeliveryToSite => "delivery_to_site",
        MilestoneKind.FinalAcceptance => "final_acceptance",
        _ => k.ToString().ToLowerInvariant(),
    };

    private static string Zh(MilestoneKind k) => DeliveryTexts.MilestoneName(k).Zh;

    private static Parsed<BusinessArea> ParseArea(string text) =>
        Areas.TryParse(text, out var area) ? Parsed<BusinessArea>.Valid(area) : Parsed<BusinessArea>.Invalid("delivery.area-unknown", $"'{text}' is not a business area.");

    protected override OrderImportRow Read(ImportRow row)
    {
        var planned = Planned.ToDictionary(p => p.Key, p => row.Get(p.Value));
        var actuals = Actual.Where(a => row.Raw(a.Value).Length > 0).ToDictionary(a => a.Key, a => row.Get(a.Value));
        var input = new NewOrder(
            row.Get(Code) ?? "", row.Get(Title) ?? "", Guid.Empty, Guid.Empty, row.Get(Area), row.Get(Sector), row.Get(Overseas), row.Get(ProjectManager) ?? "",
            row.Get(Currency) ?? "", row.Get(ExchangeRate), row.Get(WithTax), row.Get(ExTax), row.Get(Cost), (int)row.Get(Terms), row.Get(Signed), planned);
        row.Get(Customer);
        row.Get(Entity);
        return new OrderImportRow(row.Number, row.IsValid ? input : null, row.Raw(Customer), row.Raw(Entity).ToUpperInvariant(), actuals);
    }

    protected override async Task<ImportSession<OrderImportRow>> BeginAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<DeliveryDb>();
        var access = services.GetRequiredService<DeliveryAccess>();
        var entities = await db.Entities.AsNoTracking().ToListAsync(ct);
        var customers = await db.Customers.AsNoTracking().Select(c => new { c.Id, c.Name, c.SectorCode }).ToListAsync(ct);
        var sectors = (await db.Sectors.Select(s => s.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var codes = (await db.Orders.Select(o => o.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return new Session(
            db,
            access,
            entities.GroupBy(e => e.Country).ToDictionary(g => g.Key, g => g.ToList()),
            customers.GroupBy(c => c.Name).ToDictionary(g => g.Key, g => (g.First().Id, g.First().SectorCode)),
            sectors,
            codes,
            ChinaTime.Today(services.GetRequiredService<TimeProvider>()));
    }

    /// <summary>A rule's field as the file's column.</summary>
    private static ImportColumn ColumnOf(RuleViolation v)
    {
        var dot = v.Field.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && Enum.TryParse<MilestoneKind>(v.Field[(dot + 1)..], out var kind))
        {
            return v.Field.StartsWith("actual", StringComparison.Ordinal) ? Actual[kind] : Planned[kind];
        }

        return v.Field switch
        {
            "code" => Code,
            "area" => Area,
            "sectorCode" => Sector,
            "customerId" => Customer,
            "orgId" => Entity,
            "currency" => Currency,
            "exchangeRate" => ExchangeRate,
            "contractWithTax" => WithTax,
            "contractExTax" => ExTax,
            "cost" => Cost,
            "paymentTermsDays" => Terms,
            _ => Code,
        };
    }

    private sealed class Session(
        DeliveryDb db,
        DeliveryAccess access,
        Dictionary<string, List<ServingEntity>> entities,
        Dictionary<string, (Guid Id, string Sector)> customers,
        HashSet<string> sectors,
        HashSet<string> codes,
        DateOnly today) : ImportSession<OrderImportRow>
    {
        private readonly Dictionary<int, (Order Order, IReadOnlyList<Milestone> Milestones)> _built = [];
        private readonly Dictionary<Guid, bool> _permitted = [];

        public override DbContext Context => db;

        public override IReadOnlyList<ImportTarget> Targets { get; } =
            [new ImportTarget("delivery_orders", OrderColumns), new ImportTarget("delivery_milestones", MilestoneColumns)];

        public override async ValueTask CheckAsync(OrderImportRow row, ImportRow cells, CancellationToken ct)
        {
            if (!cells.IsValid || row.Input is null)
            {
                return;
            }

            if (!entities.TryGetValue(row.Entity, out var candidates) || candidates.Count != 1)
            {
                cells.Fail(Entity, candidates is null ? "delivery.entity-unknown" : "delivery.entity-ambiguous", $"No single serving entity in '{row.Entity}'.");
                return;
            }

            var entity = candidates[0];
            if (!_permitted.TryGetValue(entity.OrgId, out var ok))
            {
                // The bulk path bypasses the per-save checks, so the permission is checked here, per entity.
                ok = await RuleViolationFree(() => access.EnsureAsync(DeliveryPermissions.EditOrders, entity.OrgId, ct));
                _permitted[entity.OrgId] = ok;
            }

            if (!ok)
            {
                cells.Fail(Entity, "delivery.not-permitted", "You may not enter orders for this entity.");
                return;
            }

            var known = customers.TryGetValue(row.Customer, out var customer);
            if (!known)
            {
                cells.Fail(Customer, "delivery.customer-unknown", $"No customer '{row.Customer}' is registered.");
                return;
            }

            try
            {
                var input = row.Input with { OrgId = entity.OrgId, CustomerId = customer.Id };
                var (order, milestones) = OrderBuilder.Build(input, Guid.CreateVersion7(), entity, customer.Sector, sectors.Contains);
                if (!codes.Add(order.Code))
                {
                    cells.Fail(Code, "delivery.order-code-taken", $"The order code {order.Code} is taken.");
                    return;
                }

                var actuals = new Dictionary<MilestoneKind, DateOnly?>();
                foreach (var (kind, date) in row.Actuals.OrderBy(a => a.Key))
                {
                    OrderRules.Actual(order.Signed, today, kind, date, actuals);
                    actuals[kind] = date;
                    milestones.Single(m => m.Kind == kind).Actual = date;
                }

                if (row.Actuals.TryGetValue(MilestoneKind.FinalAcceptance, out var accepted))
                {
                    order.AcceptedOn = accepted;
                    order.AcceptedYear = accepted.Year;
                    order.CycleDays = Cycles.CycleRules.CycleDays(order.Signed, accepted);
                }

                _built[row.Number] = (order, milestones);
            }
            catch (RuleViolation v)
            {
                cells.Fail(ColumnOf(v), v.Rule, v.Message);
            }
        }

        private static async Task<bool> RuleViolationFree(Func<Task> check)
        {
            try
            {
                await check();
                return true;
            }
            catch (RuleViolation)
            {
                return false;
            }
        }

        public override IEnumerable<object?[]> RowsFor(int target, OrderImportRow row)
        {
            var (o, milestones) = _built[row.Number];
            if (target == 0)
            {
                yield return
                [
                    o.Id, o.OrgId, o.Code, o.Title, o.CustomerId, (int)o.Area, o.SectorCode, o.Overseas, o.ProjectManager, o.Currency, o.ExchangeRateMicros,
                    o.ContractWithTaxMinor, o.ContractExTaxMinor, o.ContractWithTaxFen, o.ContractExTaxFen, o.CostFen, o.PaymentTermsDays, o.Signed,
                    o.PlannedAcceptance, o.AcceptedOn, o.AcceptedYear, o.CycleDays, o.CollectedFen,
                ];
            }
            else
            {
                foreach (var m in milestones)
                {
                    yield return [m.OrgId, m.OrderId, (int)m.Kind, m.Planned, m.Actual];
                }
            }
        }
    }
}
