using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Money;
using Tongban.Patents.Inventors;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Programmes;

namespace Tongban.Patents.Cli;

/// <summary>
/// The IP office's programmes and the inventors' particulars: <c>programmes</c>, <c>programme-add</c>, <c>apply</c>,
/// <c>evaluate</c>, <c>award-pay</c>, <c>applications</c>, <c>inventor-add</c>, <c>inventors</c>.
/// </summary>
internal static class ProgrammeCommands
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static IEnumerable<Command> Create(CliContext cli) =>
        [List(cli), Add(cli), Apply(cli), Evaluate(cli), PayAward(cli), Applications(cli), InventorAdd(cli), InventorsRead(cli)];

    private static async Task<Patent> PatentAsync(IServiceProvider services, string? number, CancellationToken ct)
    {
        ApplicationNumberRules.Valid(number).ThrowIfRefused("--patent");
        var n = ApplicationNumberRules.Normalize(number);
        return RuleViolation.Found(await services.GetRequiredService<PatentsDb>().Patents.AsNoTracking().SingleOrDefaultAsync(p => p.ApplicationNumber == n, ct),
            "--patent", "patents.patent-unknown", "No such patent in your scope.");
    }

    private static Guid ParseId(string? text, string field) =>
        Guid.TryParse(text, out var id) ? id : throw new RuleViolation(field, "patents.id-format", $"'{text}' is not an id.", ("text", text));

    private static Command List(CliContext cli)
    {
        var command = new Command("programmes", "The IP office's subsidy and award programmes with what they approved and paid");
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            foreach (var p in await cli.Open(parse).GetRequiredService<ProgrammeService>().ListAsync(ct))
            {
                await w.WriteLineAsync(string.Create(C, $"{p.Id} {p.Kind.ToString().ToLowerInvariant()} {p.Year} cap {p.CapFen / 100m:0.00} budget {p.BudgetFen / 100m:0.00} applications {p.Applications} approved {p.Approved} paid {p.PaidFen / 100m:0.00} {p.Name}"));
            }
        }));
        return command;
    }

    private static Command Add(CliContext cli)
    {
        var office = new Option<string>("--office") { Description = "The office's org (code or id)", Required = true };
        var kind = new Option<string>("--kind") { Description = "subsidy or award", Required = true };
        var name = new Option<string>("--name") { Required = true };
        var year = new Option<int>("--year") { Required = true };
        var type = new Option<string?>("--type") { Description = "invention, utility-model or design (any when omitted)" };
        var cap = new Option<string>("--cap") { Description = "Most per application (yuan)", Required = true };
        var budget = new Option<string>("--budget") { Description = "Budget (yuan)", Required = true };
        var max = new Option<int>("--max-awards") { Description = "How many may be approved (0: the budget decides)" };
        var opens = new Option<string>("--opens") { Required = true };
        var closes = new Option<string>("--closes") { Required = true };
        var basis = new Option<string>("--basis") { DefaultValueFactory = _ => "" };
        var command = new Command("programme-add", "Open a subsidy (paid after grant) or award programme (every three years, up to 100,000 yuan a project)")
        {
            office, kind, name, year, type, cap, budget, max, opens, closes, basis,
        };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            var services = cli.Open(parse);
            var code = parse.GetValue(office);
            var byId = Guid.TryParse(code, out var g) ? g : Guid.Empty;
            var orgId = await services.GetRequiredService<Kernel.Data.KernelDb>().Orgs.AsNoTracking().Where(o => o.ExternalCode == code || o.Id == byId).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct)
                ?? throw new RuleViolation("--office", "patents.org-unknown", $"No organisation with code or id '{code}'.", ("org", code));
            var k = Enum.TryParse<ProgrammeKind>(parse.GetValue(kind), true, out var kk) ? kk
                : throw new RuleViolation("--kind", "patents.programme-kind-unknown", $"'{parse.GetValue(kind)}' is not subsidy or award.", ("kind", parse.GetValue(kind)));
            var id = await services.GetRequiredService<ProgrammeService>().CreateAsync(new NewProgramme(orgId, k, parse.GetValue(name) ?? "", parse.GetValue(year),
                parse.GetValue(type) is { } t ? AnnualFeeCommand.ParseType(t) : null, Cny.Parse(parse.GetValue(cap), "--cap"), Cny.Parse(parse.GetValue(budget), "--budget"),
                parse.GetValue(max), CliDates.Parse(parse.GetValue(opens), "--opens"), CliDates.Parse(parse.GetValue(closes), "--closes"), parse.GetValue(basis) ?? ""), ct);
            await w.WriteLineAsync($"programme {id}");
        }));
        return command;
    }

    private static Command Apply(CliContext cli)
    {
        var programme = new Option<string>("--programme") { Description = "Programme id", Required = true };
        var patent = new Option<string>("--patent") { Description = "Application number", Required = true };
        var requested = new Option<string>("--requested") { Description = "Amount asked for (yuan)", DefaultValueFactory = _ => "0" };
        var on = new Option<string>("--on") { Description = "Application date (yyyy-MM-dd)", Required = true };
        var statement = new Option<string>("--statement") { DefaultValueFactory = _ => "" };
        var command = new Command("apply", "Apply to a programme with a granted patent (subsidies after grant, not on application)") { programme, patent, requested, on, statement };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            var services = cli.Open(parse);
            var p = await PatentAsync(services, parse.GetValue(patent), ct);
            var id = await services.GetRequiredService<ProgrammeService>().ApplyAsync(ParseId(parse.GetValue(programme), "--programme"), p.Id,
                Cny.Parse(parse.GetValue(requested), "--requested"), parse.GetValue(statement) ?? "", CliDates.Parse(parse.GetValue(on), "--on"), ct);
            await w.WriteLineAsync($"application {id}");
        }));
        return command;
    }

    private static Command Evaluate(CliContext cli)
    {
        var application = new Option<string>("--application") { Description = "Application id", Required = true };
        var approve = new Option<bool>("--approve") { Description = "Approve (otherwise reject)" };
        var amount = new Option<string>("--amount") { Description = "Amount awarded (yuan)", DefaultValueFactory = _ => "0" };
        var note = new Option<string>("--note") { Description = "The evaluation's note (the reason, when rejecting)", DefaultValueFactory = _ => "" };
        var command = new Command("evaluate", "Evaluate an application: approve an amount within the cap and the budget, or reject with a reason") { application, approve, amount, note };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            await cli.Open(parse).GetRequiredService<ProgrammeService>().EvaluateAsync(ParseId(parse.GetValue(application), "--application"), parse.GetValue(approve),
                Cny.Parse(parse.GetValue(amount), "--amount"), parse.GetValue(note) ?? "", ct);
            await w.WriteLineAsync(parse.GetValue(approve) ? "approved" : "rejected");
        }));
        return command;
    }

    private static Command PayAward(CliContext cli)
    {
        var application = new Option<string>("--application") { Description = "Application id", Required = true };
        var on = new Option<string>("--paid-on") { Description = "Payment date (yyyy-MM-dd)", Required = true };
        var command = new Command("award-pay", "Pay an approved subsidy or award, once") { application, on };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            await cli.Open(parse).GetRequiredService<ProgrammeService>().PayAsync(ParseId(parse.GetValue(application), "--application"), CliDates.Parse(parse.GetValue(on), "--paid-on"), ct);
            await w.WriteLineAsync("paid");
        }));
        return command;
    }

    private static Command Applications(CliContext cli)
    {
        var programme = new Option<string?>("--programme") { Description = "Programme id" };
        var command = new Command("applications", "Applications to the programmes, with their evaluation and payment") { programme };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            var id = parse.GetValue(programme) is { } text ? ParseId(text, "--programme") : (Guid?)null;
            foreach (var a in await cli.Open(parse).GetRequiredService<ProgrammeService>().ApplicationsAsync(id, null, ct))
            {
                await w.WriteLineAsync(string.Create(C, $"{a.Id} {ApplicationNumberRules.Display(a.ApplicationNumber)} {a.Status.ToString().ToLowerInvariant()} requested {a.RequestedFen / 100m:0.00} awarded {a.AwardedFen / 100m:0.00} score {(a.ScoreHundredths is { } s ? (s / 100m).ToString("0.00", C) : "-")} {a.Programme}"));
            }
        }));
        return command;
    }

    private static Command InventorAdd(CliContext cli)
    {
        var patent = new Option<string>("--patent") { Description = "Application number", Required = true };
        var name = new Option<string>("--name") { Required = true };
        var department = new Option<string?>("--department");
        var phone = new Option<string?>("--phone");
        var email = new Option<string?>("--email");
        var idNumber = new Option<string?>("--id-number") { Description = "Resident ID number (GB 11643-1999)" };
        var command = new Command("inventor-add", "Record an inventor's particulars (personal data)") { patent, name, department, phone, email, idNumber };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            var services = cli.Open(parse);
            var p = await PatentAsync(services, parse.GetValue(patent), ct);
            var id = await services.GetRequiredService<InventorService>().AddAsync(p.Id, new NewInventor(parse.GetValue(name) ?? "", parse.GetValue(department), parse.GetValue(phone),
                parse.GetValue(email), parse.GetValue(idNumber)), ct);
            await w.WriteLineAsync($"inventor {id}");
        }));
        return command;
    }

    private static Command InventorsRead(CliContext cli)
    {
        var patent = new Option<string>("--patent") { Description = "Application number", Required = true };
        var purpose = new Option<string>("--purpose") { Description = "Why you read the inventors' particulars (written to the audit log)", Required = true };
        var command = new Command("inventors", "The inventors' particulars of a patent; the read is audited with its purpose") { patent, purpose };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            var services = cli.Open(parse);
            var p = await PatentAsync(services, parse.GetValue(patent), ct);
            foreach (var i in await services.GetRequiredService<InventorService>().ReadAsync(p.Id, parse.GetValue(purpose) ?? "", ct))
            {
                await w.WriteLineAsync($"{i.Seq} {i.Name}\t{i.Department}\t{i.Phone}\t{i.Email}\t{i.IdNumber}");
            }
        }));
        return command;
    }
}
