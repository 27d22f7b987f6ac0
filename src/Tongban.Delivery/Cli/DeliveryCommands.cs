using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Delivery.Backlog;
using Tongban.Delivery.Cycles;
using Tongban.Delivery.Orders;
using Tongban.Delivery.Segments;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Money;

namespace Tongban.Delivery.Cli;

/// <summary>
/// <c>tongban delivery ...</c>: <c>cycles</c> over a CSV file (no database), and over the database <c>orders</c>,
/// <c>show</c>, <c>milestone</c>, <c>collect</c>, <c>late</c>, <c>backlog</c>, <c>segments</c>, <c>concentration</c> and
/// <c>related</c>. Orders are imported with <c>tongban import delivery.orders FILE</c>.
/// </summary>
internal static class DeliveryCommands
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static IEnumerable<Command> All(CliContext cli) =>
        [Cycles(), Customers(cli), CustomerAdd(cli), Entity(cli), Orders(cli), Show(cli), Milestone(cli), Collect(cli), Late(cli), BacklogCommand(cli), Segments(cli), Concentration(cli), Related(cli)];

    /// <summary>
    /// <c>cycles --orders FILE.csv --as-of DATE</c>: one line per area, sorted by area code, <c>AREA ORDERS MEDIAN_DAYS LATE</c>.
    /// </summary>
    internal static Command Cycles()
    {
        var file = new Option<FileInfo>("--orders") { Description = "CSV with the header order,area,signed,planned_acceptance,actual_acceptance,amount", Required = true };
        var asOf = new Option<string>("--as-of") { Description = "The date late is judged on (yyyy-MM-dd)", Required = true };
        var command = new Command("cycles", "Delivery cycles per area from an orders file: AREA ORDERS MEDIAN_DAYS LATE") { file, asOf };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var date = ParseDate(parse.GetValue(asOf), "--as-of");
            var path = parse.GetValue(file)!;
            RuleViolation.ThrowIf(!path.Exists, "--orders", "delivery.file-missing", $"No file {path.FullName}.", ("path", path.FullName));
            using var reader = new StreamReader(path.FullName);
            foreach (var line in CycleFile.Summarise(CycleFile.Read(reader), date))
            {
                await writer.WriteLineAsync(line.Line);
            }
        }));
        return command;
    }

    private static DateOnly ParseDate(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", C, DateTimeStyles.None, out var d)
            ? d
            : throw new RuleViolation(field, "delivery.date-format", $"'{text}' is not a date (yyyy-MM-dd).", ("value", text));

    private static Option<string?> AsOfOption() => new("--as-of") { Description = "As of this date (yyyy-MM-dd; default today)" };

    private static DateOnly? OptionalDate(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } text ? ParseDate(text, "--as-of") : null;

    private static Command Customers(CliContext cli)
    {
        var command = new Command("customers", "Customers: NAME SECTOR REGION RELATIONSHIP HOLDING% RELATED");
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            foreach (var c in await cli.Open(parse).GetRequiredService<OrderService>().CustomersAsync(ct))
            {
                await writer.WriteLineAsync(string.Create(
                    C,
                    $"{c.Name} {c.SectorCode} {(c.Overseas ? "overseas" : "domestic")} {c.Relationship} {c.ShareholdingBasisPoints / 100m:0.00} {(SegmentRules.IsRelated(c.Relationship, c.ShareholdingBasisPoints) ? "related" : "-")}"));
            }
        }));
        return command;
    }

    private static Command CustomerAdd(CliContext cli)
    {
        var org = new Option<Guid>("--org") { Description = "The org registering the customer (an org id)", Required = true };
        var name = new Option<string>("--name") { Description = "Customer name", Required = true };
        var sector = new Option<string>("--sector") { Description = "Sector code (e.g. express-logistics, tyres, photovoltaics)", Required = true };
        var overseas = new Option<bool>("--overseas") { Description = "An overseas customer" };
        var relationship = new Option<string?>("--relationship") { Description = "None, Shareholder, ShareholderAffiliate or ManagementAffiliate" };
        var party = new Option<string?>("--related-party") { Description = "The related party behind the customer" };
        var holding = new Option<decimal>("--holding") { Description = "The related party's shareholding in percent (e.g. 11.14)" };
        var command = new Command("customer-add", "Register a customer, flagging a related party") { org, name, sector, overseas, relationship, party, holding };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var body = new CustomerBody(parse.GetValue(org), parse.GetValue(name)!, parse.GetValue(sector)!, parse.GetValue(overseas), parse.GetValue(relationship), parse.GetValue(party), parse.GetValue(holding));
            var id = await cli.Open(parse).GetRequiredService<OrderService>().AddCustomerAsync(DeliveryEndpoints.ToCustomer(body), ct);
            await writer.WriteLineAsync($"customer {id}");
        }));
        return command;
    }

    private static Command Entity(CliContext cli)
    {
        var org = new Option<Guid>("--org") { Description = "The org (an org id) that serves customers", Required = true };
        var overseas = new Option<bool>("--overseas") { Description = "An overseas subsidiary or branch" };
        var country = new Option<string>("--country") { Description = "Where it sits (ISO 3166 alpha-2: CN, KR, HK, SG)", Required = true };
        var command = new Command("entity", "Register an org as a serving entity (domestic, or an overseas subsidiary)") { org, overseas, country };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            await cli.Open(parse).GetRequiredService<OrderService>().RegisterEntityAsync(parse.GetValue(org), parse.GetValue(overseas), parse.GetValue(country)!, ct);
            await writer.WriteLineAsync($"entity {parse.GetValue(org)} {parse.GetValue(country)}");
        }));
        return command;
    }

    private static Command Orders(CliContext cli)
    {
        var area = new Option<string?>("--area") { Description = "logistics, warehousing, factory or new-energy" };
        var late = new Option<bool>("--late") { Description = "Only late orders" };
        var command = new Command("orders", "The orders you may see: CODE AREA SECTOR REGION SIGNED PLANNED ACCEPTED AMOUNT_CNY LATE_DAYS") { area, late };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var services = cli.Open(parse);
            var filter = new OrderFilter(parse.GetValue(area) is { } a ? DeliveryEndpoints.AreaOf(a, "--area") : null, LateOnly: parse.GetValue(late), Take: 5000);
            foreach (var o in await services.GetRequiredService<OrderService>().ListAsync(filter, ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"{o.Code} {Areas.Code(o.Area)} {o.SectorCode} {(o.Overseas ? "overseas" : "domestic")} {o.Signed:yyyy-MM-dd} {o.PlannedAcceptance:yyyy-MM-dd} {(o.AcceptedOn is { } d ? d.ToString("yyyy-MM-dd", C) : "-")} {new Cny(o.ContractExTaxFen)} {o.DaysLate}"));
            }
        }));
        return command;
    }

    private static async Task<Guid> OrderIdAsync(OrderService orders, string code, CancellationToken ct) =>
        (await orders.ListAsync(new OrderFilter(Search: code, Take: 5000), ct)).FirstOrDefault(o => o.Code == code)?.Id
            ?? throw new RuleViolation("--order", "delivery.order-unknown", "No such order in your scope.");

    private static Command Show(CliContext cli)
    {
        var code = new Option<string>("--order") { Description = "Order code", Required = true };
        var command = new Command("show", "One order: amounts, receivable, milestones planned and actual") { code };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var orders = cli.Open(parse).GetRequiredService<OrderService>();
            var d = await orders.DetailsAsync(await OrderIdAsync(orders, parse.GetValue(code)!, ct), ct);
            await writer.WriteLineAsync(string.Create(C, $"order {d.Order.Code} {Areas.Code(d.Order.Area)} {d.Order.SectorCode} {d.Order.Customer}"));
            await writer.WriteLineAsync(string.Create(C, $"contract {d.Currency} {new Cny(d.ContractWithTaxMinor)} with tax, {new Cny(d.ContractExTaxMinor)} without, rate {d.ExchangeRate}; CNY {new Cny(d.ContractWithTaxFen)} / {new Cny(d.Order.ContractExTaxFen)}"));
            await writer.WriteLineAsync(string.Create(C, $"collected {new Cny(d.CollectedFen)} receivable {new Cny(d.ReceivableFen)} advances {new Cny(d.AdvancesFen)}"));
            foreach (var m in d.Milestones)
            {
                await writer.WriteLineAsync(string.Create(C, $"{m.Kind} planned {m.Planned:yyyy-MM-dd} actual {(m.Actual is { } a ? a.ToString("yyyy-MM-dd", C) : "-")}{(m.Late ? $" late {m.DaysLate}" : "")}"));
            }
        }));
        return command;
    }

    private static Command Milestone(CliContext cli)
    {
        var code = new Option<string>("--order") { Description = "Order code", Required = true };
        var kind = new Option<string>("--milestone") { Description = "Design, Manufacture, DeliveryToSite, Installation, Commissioning or FinalAcceptance", Required = true };
        var on = new Option<string>("--on") { Description = "Actual date (yyyy-MM-dd)", Required = true };
        var command = new Command("milestone", "Record a milestone's actual date (final acceptance recognises the revenue)") { code, kind, on };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var orders = cli.Open(parse).GetRequiredService<OrderService>();
            var id = await OrderIdAsync(orders, parse.GetValue(code)!, ct);
            var k = DeliveryEndpoints.MilestoneOf(parse.GetValue(kind)!);
            await orders.RecordMilestoneAsync(id, k, ParseDate(parse.GetValue(on), "--on"), ct);
            await writer.WriteLineAsync($"recorded {parse.GetValue(code)} {k} {parse.GetValue(on)}");
        }));
        return command;
    }

    private static Command Collect(CliContext cli)
    {
        var code = new Option<string>("--order") { Description = "Order code", Required = true };
        var on = new Option<string>("--on") { Description = "Date received (yyyy-MM-dd)", Required = true };
        var amount = new Option<string>("--amount") { Description = "Amount in CNY (e.g. 1,250,000.00)", Required = true };
        var command = new Command("collect", "Record a collection from the customer") { code, on, amount };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var orders = cli.Open(parse).GetRequiredService<OrderService>();
            var id = await OrderIdAsync(orders, parse.GetValue(code)!, ct);
            await orders.RecordCollectionAsync(id, ParseDate(parse.GetValue(on), "--on"), Cny.Parse(parse.GetValue(amount), "--amount").Fen, null, ct);
            var d = await orders.DetailsAsync(id, ct);
            await writer.WriteLineAsync(string.Create(C, $"collected {new Cny(d.CollectedFen)} receivable {new Cny(d.ReceivableFen)}"));
        }));
        return command;
    }

    private static Command Late(CliContext cli)
    {
        var asOf = AsOfOption();
        var command = new Command("late", "Late and slipping projects: CODE AREA PM ACCEPTANCE_DAYS_LATE SLIPPED_MILESTONE MILESTONE_DAYS_LATE") { asOf };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var services = cli.Open(parse);
            var date = OptionalDate(parse, asOf) ?? services.GetRequiredService<OrderService>().Today;
            foreach (var e in await services.GetRequiredService<CycleReport>().LateAsync(date, 5000, ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"{e.Code} {Areas.Code(e.Area)} {(e.ProjectManager.Length == 0 ? "-" : e.ProjectManager)} {e.AcceptanceDaysLate} {e.Slipped?.ToString() ?? "-"} {e.SlippedDaysLate}"));
            }
        }));
        return command;
    }

    private static Command BacklogCommand(CliContext cli)
    {
        var asOf = AsOfOption();
        var command = new Command("backlog", "Backlog by quarter of planned acceptance and expected revenue by quarter, domestic and overseas (CNY without tax)") { asOf };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var b = await cli.Open(parse).GetRequiredService<BacklogReport>().ComputeAsync(OptionalDate(parse, asOf), ct);
            await writer.WriteLineAsync(string.Create(C, $"backlog {b.Orders} orders domestic {new Cny(b.DomesticFen)} overseas {new Cny(b.OverseasFen)} as of {b.AsOf:yyyy-MM-dd}"));
            foreach (var q in b.ByPlannedQuarter)
            {
                await writer.WriteLineAsync(string.Create(C, $"planned {q.Label} {q.Orders} {new Cny(q.DomesticFen)} {new Cny(q.OverseasFen)}"));
            }

            foreach (var q in b.ExpectedRevenue)
            {
                await writer.WriteLineAsync(string.Create(C, $"expected {q.Label} {new Cny(q.DomesticFen)} {new Cny(q.OverseasFen)}"));
            }
        }));
        return command;
    }

    private static Option<int> YearOption() => new("--year") { Description = "The year revenue was recognised", Required = true };

    private static Command Segments(CliContext cli)
    {
        var year = YearOption();
        var by = new Option<string?>("--by") { Description = "area (default), sector or region" };
        var command = new Command("segments", "Gross margin by segment for a year: SEGMENT ORDERS REVENUE COST MARGIN%") { year, by };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var t = await cli.Open(parse).GetRequiredService<DisclosureReport>().SegmentsAsync(parse.GetValue(year), DeliveryEndpoints.DimensionOf(parse.GetValue(by)), ct);
            foreach (var l in t.Lines.Append(t.Total))
            {
                await writer.WriteLineAsync(string.Create(C, $"{l.Key} {l.Orders} {new Cny(l.RevenueFen)} {new Cny(l.CostFen)} {(l.MarginPercent is { } m ? m.ToString("0.00", C) : "-")}"));
            }
        }));
        return command;
    }

    private static Command Concentration(CliContext cli)
    {
        var year = YearOption();
        var command = new Command("concentration", "The top five customers' share of the year's revenue and of the backlog") { year };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var c = await cli.Open(parse).GetRequiredService<DisclosureReport>().ConcentrationAsync(parse.GetValue(year), ct);
            await writer.WriteLineAsync(string.Create(C, $"revenue top5 {c.TopRevenuePercent:0.00}% of {new Cny(c.RevenueFen)}"));
            foreach (var s in c.TopRevenue)
            {
                await writer.WriteLineAsync(string.Create(C, $"  {s.Name}{(s.Related ? " [related]" : "")} {new Cny(s.Fen)} {s.SharePercent:0.00}%"));
            }

            await writer.WriteLineAsync(string.Create(C, $"backlog top5 {c.TopBacklogPercent:0.00}% of {new Cny(c.BacklogFen)}"));
            foreach (var s in c.TopBacklog)
            {
                await writer.WriteLineAsync(string.Create(C, $"  {s.Name}{(s.Related ? " [related]" : "")} {new Cny(s.Fen)} {s.SharePercent:0.00}%"));
            }
        }));
        return command;
    }

    private static Command Related(CliContext cli)
    {
        var year = new Option<int?>("--year") { Description = "Only orders accepted in this year (default all years)" };
        var command = new Command("related", "Related-party customers' terms beside unrelated customers in the same area") { year };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var v = await cli.Open(parse).GetRequiredService<DisclosureReport>().RelatedPartiesAsync(parse.GetValue(year), ct);
            await writer.WriteLineAsync(string.Create(C, $"related revenue {new Cny(v.RelatedRevenueFen)} of {new Cny(v.RevenueFen)} ({v.RelatedSharePercent:0.00}%)"));
            foreach (var l in v.Lines)
            {
                await writer.WriteLineAsync(string.Create(
                    C,
                    $"{l.Customer} ({l.RelatedParty}, {l.Relationship}, {l.ShareholdingPercent:0.00}%) {Areas.Code(l.Area)}: related {l.Related.Orders} orders avg {new Cny(l.Related.AveragePriceFen)} margin {l.Related.MarginPercent:0.00}% terms {l.Related.AveragePaymentTermsDays}d; unrelated {l.Unrelated.Orders} orders avg {new Cny(l.Unrelated.AveragePriceFen)} margin {l.Unrelated.MarginPercent:0.00}% terms {l.Unrelated.AveragePaymentTermsDays}d"));
            }
        }));
        return command;
    }
}
