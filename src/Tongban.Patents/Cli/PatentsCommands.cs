using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Money;
using Tongban.Patents.Fees;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Transformation;
using Tongban.Patents.Value;

namespace Tongban.Patents.Cli;

/// <summary>The database verbs: due, pay, forecast, mark-lapsed, score, ranked, record (ledger).</summary>
internal static class PatentsCommands
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static IEnumerable<Command> Create(CliContext cli) => [Due(cli), Pay(cli), Forecast(cli), MarkLapsed(cli), Score(cli), Ranked(cli), Record(cli)];

    private static Command Due(CliContext cli)
    {
        var days = new Option<int>("--days") { Description = "Fees falling due within this many days (and those in their grace period)", DefaultValueFactory = _ => 90 };
        var command = new Command("due", "Annual fees due soon, with today's surcharge") { days };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            var list = await cli.Open(parse).GetRequiredService<FeeService>().DueAsync(parse.GetValue(days), ct);
            foreach (var d in list)
            {
                await w.WriteLineAsync(string.Create(C, $"{ApplicationNumberRules.Display(d.ApplicationNumber)} year {d.Year} due {d.DueOn:yyyy-MM-dd} fee {d.Fee.Yuan:0.00} surcharge {d.SurchargeToday.Yuan:0.00} grace-ends {d.GraceEndsOn:yyyy-MM-dd}"));
            }

            await w.WriteLineAsync(string.Create(C, $"fees {list.Count}"));
        }));
        return command;
    }

    private static async Task<Patent> FindByNumberAsync(IServiceProvider services, string? number, CancellationToken ct)
    {
        ApplicationNumberRules.Valid(number).ThrowIfRefused("--patent");
        var n = ApplicationNumberRules.Normalize(number);
        return RuleViolation.Found(await services.GetRequiredService<PatentsDb>().Patents.AsNoTracking().SingleOrDefaultAsync(p => p.ApplicationNumber == n, ct),
            "--patent", "patents.patent-unknown", "No such patent in your scope.");
    }

    private static Command Pay(CliContext cli)
    {
        var patent = new Option<string>("--patent") { Description = "Application number", Required = true };
        var year = new Option<int>("--year") { Description = "Patent year to pay", Required = true };
        var paidOn = new Option<string>("--paid-on") { Description = "Payment date (yyyy-MM-dd)", Required = true };
        var command = new Command("pay", "Record an annual fee payment with the surcharge of its month (IR art. 115)") { patent, year, paidOn };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            var services = cli.Open(parse);
            var p = await FindByNumberAsync(services, parse.GetValue(patent), ct);
            var pay = await services.GetRequiredService<FeeService>().PayAsync(p.Id, parse.GetValue(year), CliDates.Parse(parse.GetValue(paidOn), "--paid-on"), ct);
            await w.WriteAsync(string.Create(C, $"due {pay.DueOn:yyyy-MM-dd}\nfee {pay.FeeFen / 100m:0.00}\nsurcharge {pay.SurchargeFen / 100m:0.00}\ntotal {(pay.FeeFen + pay.SurchargeFen) / 100m:0.00}\n"));
        }));
        return command;
    }

    private static Command Forecast(CliContext cli)
    {
        var years = new Option<int>("--years") { Description = "Calendar years ahead", DefaultValueFactory = _ => 5 };
        var command = new Command("forecast", "Annual fees of the live portfolio per calendar year") { years };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            foreach (var y in await cli.Open(parse).GetRequiredService<FeeService>().ForecastAsync(parse.GetValue(years), ct))
            {
                await w.WriteLineAsync(string.Create(C, $"{y.Year} fees {y.Fees} full {y.FullFen / 100m:0.00} payable {y.FeeFen / 100m:0.00}"));
            }
        }));
        return command;
    }

    private static Command MarkLapsed(CliContext cli)
    {
        var command = new Command("mark-lapsed", "Mark patents whose grace period ended unpaid as lapsed (IR art. 115) and those past their term as expired");
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            var changed = await cli.Open(parse).GetRequiredService<FeeService>().MarkLapsedAsync(ct);
            await w.WriteLineAsync(string.Create(C, $"changed {changed}"));
        }));
        return command;
    }

    private static ValuePurpose ParsePurpose(string? text) =>
        Enum.TryParse<ValuePurpose>(text, true, out var p) ? p : throw new RuleViolation("--purpose", "patents.purpose-unknown", $"'{text}' is not licensing, pledge or management.", ("purpose", text));

    private static Command Score(CliContext cli)
    {
        var purpose = new Option<string>("--purpose") { Description = "licensing, pledge or management", Required = true };
        var command = new Command("score", "Score the portfolio for a purpose under its current weights, and recheck every stored score of that version") { purpose };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            var value = cli.Open(parse).GetRequiredService<ValueService>();
            var p = ParsePurpose(parse.GetValue(purpose));
            var n = await value.ScoreAllAsync(p, ct);
            var set = await value.CurrentAsync(p, ct);
            var check = await value.RecheckAsync(set.Id, ct);
            await w.WriteLineAsync(string.Create(C, $"scored {n} weights-version {set.Version} rechecked {check.Checked} mismatches {check.Mismatches}"));
        }));
        return command;
    }

    private static Command Ranked(CliContext cli)
    {
        var purpose = new Option<string>("--purpose") { Description = "licensing, pledge or management", Required = true };
        var take = new Option<int>("--top") { Description = "How many", DefaultValueFactory = _ => 20 };
        var command = new Command("ranked", "The ranked list of the latest scores for a purpose") { purpose, take };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            foreach (var r in await cli.Open(parse).GetRequiredService<ValueService>().RankedAsync(ParsePurpose(parse.GetValue(purpose)), parse.GetValue(take), ct))
            {
                await w.WriteLineAsync(string.Create(C, $"{r.Rank} {ApplicationNumberRules.Display(r.ApplicationNumber)} {r.ScoreHundredths / 100m:0.00} {r.Grade} {r.Title}"));
            }
        }));
        return command;
    }

    private static Command Record(CliContext cli)
    {
        var patent = new Option<string>("--patent") { Description = "Application number", Required = true };
        var mode = new Option<string>("--mode") { Description = string.Join(", ", Enum.GetNames<TransformationMode>()), Required = true };
        var party = new Option<string>("--counterparty") { Description = "Licensee, buyer, bank, insurer, ..." };
        var amount = new Option<string>("--amount") { Description = "Contract amount or loan (yuan)", DefaultValueFactory = _ => "0" };
        var income = new Option<string>("--income") { Description = "Income to date (yuan)", DefaultValueFactory = _ => "0" };
        var start = new Option<string>("--start") { Description = "Start date (yyyy-MM-dd)", Required = true };
        var end = new Option<string?>("--end") { Description = "End of the term (yyyy-MM-dd)" };
        var terms = new Option<string>("--terms") { Description = "Terms in words", DefaultValueFactory = _ => "" };
        var command = new Command("record", "Record a line of the transformation ledger (licence, transfer, pledge, ...)") { patent, mode, party, amount, income, start, end, terms };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async w =>
        {
            var services = cli.Open(parse);
            var p = await FindByNumberAsync(services, parse.GetValue(patent), ct);
            var m = Enum.TryParse<TransformationMode>(parse.GetValue(mode), true, out var mm) ? mm
                : throw new RuleViolation("--mode", "patents.mode-unknown", $"'{parse.GetValue(mode)}' is not a transformation mode.", ("mode", parse.GetValue(mode)));
            var id = await services.GetRequiredService<TransformationService>().RecordAsync(new NewTransformation(p.Id, m, parse.GetValue(party) ?? "",
                Cny.Parse(parse.GetValue(amount), "--amount"), Cny.Parse(parse.GetValue(income), "--income"), CliDates.Parse(parse.GetValue(start), "--start"),
                parse.GetValue(end) is { } e ? CliDates.Parse(e, "--end") : null, parse.GetValue(terms) ?? ""), ct);
            await w.WriteLineAsync($"recorded {id}");
        }));
        return command;
    }
}
