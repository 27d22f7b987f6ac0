using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Formulary;
using Tongban.Clinic.Fund;
using Tongban.Clinic.Messages;
using Tongban.Clinic.Outreach;
using Tongban.Clinic.Patients;
using Tongban.Clinic.Scores;
using Tongban.Clinic.Visits;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Money;

namespace Tongban.Clinic.Cli;

/// <summary>
/// <c>tongban clinic ...</c>: <c>score</c> (no database), and over the database <c>patients</c>, <c>register</c>,
/// <c>enrol</c>, <c>done</c>, <c>due</c>, <c>remind</c>, <c>intervals</c> and <c>interval</c>.
/// </summary>
internal static class ClinicCommands
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static IEnumerable<Command> All(CliContext cli) =>
        [Score(), Cheapest(), Patients(cli), Register(cli), Enrol(cli), Done(cli), Due(cli), Remind(cli), Intervals(cli), Interval(cli), VisitCommand(cli), Offer(cli), Order(cli), Savings(cli), FundCommand(cli), Gift(cli), Help(cli), Message(cli), Inbox(cli), Reply(cli), OutreachAdd(cli), OutreachReportCommand(cli)];

    /// <summary>
    /// <c>score --bilirubin UMOL_L --albumin G_L --inr RATIO --creatinine UMOL_L --ascites none|mild|moderate
    /// --encephalopathy none|1-2|3-4 [--sodium MMOL_L] [--dialysis]</c>: <c>child_pugh POINTS CLASS</c>, <c>meld N</c>
    /// and, with sodium, <c>meld_na N</c>; a value beyond the hard limits exits 1 naming the field.
    /// </summary>
    internal static Command Score()
    {
        var bilirubin = new Option<decimal>("--bilirubin") { Description = "Total bilirubin, µmol/L", Required = true };
        var albumin = new Option<decimal>("--albumin") { Description = "Albumin, g/L", Required = true };
        var inr = new Option<decimal>("--inr") { Description = "INR", Required = true };
        var creatinine = new Option<decimal>("--creatinine") { Description = "Creatinine, µmol/L", Required = true };
        var ascites = new Option<string>("--ascites") { Description = "none, mild or moderate", Required = true };
        var encephalopathy = new Option<string>("--encephalopathy") { Description = "none, 1-2 or 3-4", Required = true };
        var sodium = new Option<decimal?>("--sodium") { Description = "Sodium, mmol/L (adds MELD-Na)" };
        var dialysis = new Option<bool>("--dialysis") { Description = "Dialysis twice or more in the past week (creatinine counts as 4.0 mg/dL)" };
        var command = new Command("score", "Child-Pugh and MELD (MELD-Na with sodium) from labs in SI units") { bilirubin, albumin, inr, creatinine, ascites, encephalopathy, sodium, dialysis };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var body = new ScoreBody(parse.GetValue(bilirubin), parse.GetValue(albumin), parse.GetValue(inr), parse.GetValue(creatinine), parse.GetValue(ascites)!, parse.GetValue(encephalopathy)!, parse.GetValue(sodium), parse.GetValue(dialysis));
            var r = LiverScores.Compute(ClinicEndpoints.ToScore(body), LabLimits.Default);
            await writer.WriteLineAsync(string.Create(C, $"child_pugh {r.ChildPughPoints} {r.ChildPughClass}"));
            await writer.WriteLineAsync(string.Create(C, $"meld {r.Meld}"));
            if (r.MeldNa is { } na)
            {
                await writer.WriteLineAsync(string.Create(C, $"meld_na {na}"));
            }
        }));
        return command;
    }

    private static DateOnly ParseDate(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", C, DateTimeStyles.None, out var d)
            ? d
            : throw new RuleViolation(field, "clinic.date-format", $"'{text}' is not a date (yyyy-MM-dd).", ("value", text));

    private static string Day(DateOnly? d) => d is { } x ? x.ToString("yyyy-MM-dd", C) : "-";

    private static Command Patients(CliContext cli)
    {
        var search = new Option<string?>("--search") { Description = "Part of a name or phone number" };
        var doctor = new Option<string?>("--doctor") { Description = "The responsible doctor's user name" };
        var command = new Command("patients", "Patients of your teams: ID NAME SEX AGE ID_NUMBER(masked) PHONE DOCTOR LAST_CONTACT") { search, doctor };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            foreach (var p in await cli.Open(parse).GetRequiredService<PatientService>().ListAsync(parse.GetValue(search), parse.GetValue(doctor), 2000, ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"{p.Id} {p.Name} {p.Sex} {p.Age} {p.IdNumberMasked} {p.Phone} {p.Doctor} {Day(p.LastContactOn)}"));
            }
        }));
        return command;
    }

    private static Command Register(CliContext cli)
    {
        var team = new Option<Guid>("--team") { Description = "The team (org id)", Required = true };
        var name = new Option<string>("--name") { Required = true };
        var sex = new Option<string>("--sex") { Description = "male or female", Required = true };
        var born = new Option<string>("--birth-date") { Description = "yyyy-MM-dd", Required = true };
        var id = new Option<string>("--id-number") { Description = "18-character resident ID number", Required = true };
        var phone = new Option<string>("--phone") { Required = true };
        var division = new Option<string>("--division") { Description = "Six-digit division code of the address", Required = true };
        var doctor = new Option<string?>("--doctor") { Description = "Responsible doctor (default: you)" };
        var command = new Command("register", "Register a patient with a team") { team, name, sex, born, id, phone, division, doctor };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var input = new NewPatient(parse.GetValue(team), parse.GetValue(name)!, ClinicEndpoints.Parse<Sex>(parse.GetValue(sex), "--sex", "clinic.sex"), ParseDate(parse.GetValue(born), "--birth-date"),
                parse.GetValue(id)!, parse.GetValue(phone)!, parse.GetValue(division)!, parse.GetValue(doctor));
            var created = await cli.Open(parse).GetRequiredService<PatientService>().RegisterAsync(input, ct);
            await writer.WriteLineAsync($"patient {created}");
        }));
        return command;
    }

    private static Command Enrol(CliContext cli)
    {
        var patient = new Option<Guid>("--patient") { Required = true };
        var programme = new Option<string>("--programme") { Description = "ChbAntiviral, ChbUntreated, CirrhosisSurveillance, Mafld, AutoimmuneHepatitis or AfterTace", Required = true };
        var on = new Option<string>("--on") { Description = "Enrolment date (yyyy-MM-dd)", Required = true };
        var command = new Command("enrol", "Enrol a patient in a programme; its items become due") { patient, programme, on };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var id = await cli.Open(parse).GetRequiredService<PatientService>().EnrolAsync(
                parse.GetValue(patient), ClinicEndpoints.Parse<Programme>(parse.GetValue(programme), "--programme", "clinic.programme-unknown"), ParseDate(parse.GetValue(on), "--on"), null, ct);
            await writer.WriteLineAsync($"enrolment {id}");
        }));
        return command;
    }

    private static Command Done(CliContext cli)
    {
        var patient = new Option<Guid>("--patient") { Required = true };
        var items = new Option<string>("--items") { Description = "Comma-separated items (LiverPanel,HbvDna,AfpUltrasound,...)", Required = true };
        var on = new Option<string>("--on") { Description = "Date done (yyyy-MM-dd)", Required = true };
        var command = new Command("done", "Record follow-up items done; their next due dates move on") { patient, items, on };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var list = parse.GetValue(items)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(i => ClinicEndpoints.Parse<FollowUpItem>(i, "--items", "clinic.item-unknown")).ToList();
            await cli.Open(parse).GetRequiredService<FollowUpService>().RecordDoneAsync(parse.GetValue(patient), list, ParseDate(parse.GetValue(on), "--on"), ct);
            await writer.WriteLineAsync($"done {list.Count}");
        }));
        return command;
    }

    private static Command Due(CliContext cli)
    {
        var team = new Option<Guid?>("--team") { Description = "One team (org id)" };
        var doctor = new Option<string?>("--doctor") { Description = "One doctor's patients" };
        var overdue = new Option<bool>("--overdue") { Description = "Only overdue items" };
        var asOf = new Option<string?>("--as-of") { Description = "yyyy-MM-dd (default today)" };
        var command = new Command("due", "Due and overdue items, most overdue first: DAYS_OVERDUE DUE NAME PHONE DOCTOR PROGRAMME ITEM LAST_CONTACT") { team, doctor, overdue, asOf };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var filter = new DueFilter(parse.GetValue(team), parse.GetValue(doctor), parse.GetValue(overdue), 30, 5000);
            var day = parse.GetValue(asOf) is { } a ? ParseDate(a, "--as-of") : (DateOnly?)null;
            foreach (var r in await cli.Open(parse).GetRequiredService<FollowUpService>().DueAsync(filter, day, ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"{r.DaysOverdue} {Day(r.NextDueOn)} {r.Name} {r.Phone} {r.Doctor} {r.Programme} {r.Item} {Day(r.LastContactOn)}"));
            }
        }));
        return command;
    }

    private static Command Remind(CliContext cli)
    {
        var patient = new Option<Guid>("--patient") { Required = true };
        var channel = new Option<string>("--channel") { Description = "Call or Message", Required = true };
        var outcome = new Option<string>("--outcome") { Description = "Reached, WillCome, NoAnswer, WrongNumber, Declined or MessageSent", Required = true };
        var note = new Option<string?>("--note");
        var command = new Command("remind", "Record a reminder call or message and its outcome") { patient, channel, outcome, note };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            await cli.Open(parse).GetRequiredService<FollowUpService>().RecordReminderAsync(
                parse.GetValue(patient),
                ClinicEndpoints.Parse<ReminderChannel>(parse.GetValue(channel), "--channel", "clinic.channel-unknown"),
                ClinicEndpoints.Parse<ReminderOutcome>(parse.GetValue(outcome), "--outcome", "clinic.outcome-unknown"),
                parse.GetValue(note),
                ct);
            await writer.WriteLineAsync("recorded");
        }));
        return command;
    }

    private static Command Intervals(CliContext cli)
    {
        var command = new Command("intervals", "Follow-up intervals: PROGRAMME ITEM MONTHS VALID_FROM IN_FORCE SOURCE");
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            foreach (var i in await cli.Open(parse).GetRequiredService<FollowUpService>().IntervalsAsync(ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"{i.Programme} {i.Item} {i.IntervalMonths} {Day(i.ValidFrom)} {(i.InForce ? "in-force" : "-")} {i.Source}"));
            }
        }));
        return command;
    }

    private static Command Interval(CliContext cli)
    {
        var programme = new Option<string>("--programme") { Required = true };
        var item = new Option<string>("--item") { Required = true };
        var months = new Option<int>("--months") { Required = true };
        var from = new Option<string>("--from") { Description = "Valid from (yyyy-MM-dd)", Required = true };
        var source = new Option<string>("--source") { Description = "Where the interval comes from", Required = true };
        var command = new Command("interval", "Set a programme item's interval from a date, with its source") { programme, item, months, from, source };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            await cli.Open(parse).GetRequiredService<FollowUpService>().SetIntervalAsync(
                ClinicEndpoints.Parse<Programme>(parse.GetValue(programme), "--programme", "clinic.programme-unknown"),
                ClinicEndpoints.Parse<FollowUpItem>(parse.GetValue(item), "--item", "clinic.item-unknown"),
                parse.GetValue(months),
                ParseDate(parse.GetValue(from), "--from"),
                parse.GetValue(source)!,
                ct);
            await writer.WriteLineAsync("interval set");
        }));
        return command;
    }

    /// <summary>
    /// <c>cheapest --formulary FILE.csv --drug CODE --days N</c> (header <c>code,name,group,unit_price,units_per_day</c>):
    /// prints <c>CODE saving AMOUNT</c>, the group's member with the lowest daily cost (on a tie the drug asked for) and
    /// (daily cost asked - its daily cost) × N with two decimals.
    /// </summary>
    internal static Command Cheapest()
    {
        var file = new Option<FileInfo>("--formulary") { Description = "CSV with the header code,name,group,unit_price,units_per_day", Required = true };
        var drug = new Option<string>("--drug") { Description = "The drug code asked for", Required = true };
        var days = new Option<int>("--days") { Description = "Days of the order", Required = true };
        var command = new Command("cheapest", "The cheapest effective equivalent in the drug's group and the saving over the days: CODE saving AMOUNT") { file, drug, days };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var path = parse.GetValue(file)!;
            RuleViolation.ThrowIf(!path.Exists, "--formulary", "clinic.file-missing", $"No file {path.FullName}.", ("path", path.FullName));
            OrderRules.Days(parse.GetValue(days));
            using var reader = new StreamReader(path.FullName);
            var answer = CheapestFile.Cheapest(await CheapestFile.ReadAsync(reader, ct), parse.GetValue(drug)!, parse.GetValue(days));
            await writer.WriteLineAsync(string.Create(C, $"{answer.Cheapest.Code} saving {answer.Saving:0.00}"));
        }));
        return command;
    }

    private static Command VisitCommand(CliContext cli)
    {
        var patient = new Option<Guid>("--patient") { Required = true };
        var on = new Option<string>("--on") { Description = "yyyy-MM-dd", Required = true };
        var labs = new Option<string[]>("--lab") { Description = "ANALYTE=VALUE in SI units (Alt=45, TotalBilirubin=30, Albumin=36, Inr=1.2, Creatinine=80, Sodium=138, Afp=5, HbvDna=1200...)", AllowMultipleArgumentsPerToken = true };
        var below = new Option<decimal?>("--hbv-dna-below") { Description = "HBV DNA below the assay's limit of detection (the limit, IU/mL)" };
        var ascites = new Option<string?>("--ascites") { Description = "none, mild or moderate" };
        var enc = new Option<string?>("--encephalopathy") { Description = "none, 1-2 or 3-4" };
        var items = new Option<string?>("--items") { Description = "Follow-up items done, comma-separated" };
        var confirm = new Option<string?>("--confirm") { Description = "Analytes beyond the soft limits you confirm, comma-separated" };
        var command = new Command("visit", "Record a visit with labs; prints the scores when their inputs are there") { patient, on, labs, below, ascites, enc, items, confirm };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var dict = new Dictionary<string, decimal>();
            foreach (var pair in parse.GetValue(labs) ?? [])
            {
                var parts = pair.Split('=', 2);
                RuleViolation.ThrowIf(parts.Length != 2 || !decimal.TryParse(parts[1], NumberStyles.Number, C, out var v), "--lab", "clinic.lab-format", $"'{pair}' is not ANALYTE=VALUE.", ("value", pair));
                dict[parts[0]] = decimal.Parse(parts[1], NumberStyles.Number, C);
            }

            var belowLimit = parse.GetValue(below);
            var body = new VisitBody(ParseDate(parse.GetValue(on), "--on"), dict, belowLimit is not null, belowLimit, null, parse.GetValue(ascites), parse.GetValue(enc), false,
                parse.GetValue(items)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), parse.GetValue(confirm)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var services = cli.Open(parse);
            var visits = services.GetRequiredService<VisitService>();
            var id = await visits.RecordAsync(ClinicEndpoints.ToVisit(parse.GetValue(patient), body), ct);
            await writer.WriteLineAsync($"visit {id}");
        }));
        return command;
    }

    private static Option<string[]> ConditionsOption() => new("--conditions") { Description = "LowEgfr, Pregnancy, Osteoporosis, LamivudineResistance (comma-separated)", AllowMultipleArgumentsPerToken = true };

    private static Command Offer(CliContext cli)
    {
        var patient = new Option<Guid>("--patient") { Required = true };
        var drug = new Option<string>("--drug") { Required = true };
        var days = new Option<int>("--days") { Required = true };
        var conditions = ConditionsOption();
        var command = new Command("offer", "The cheapest effective equivalent for a patient: both daily costs, the saving and each out-of-pocket estimate") { patient, drug, days, conditions };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var o = await cli.Open(parse).GetRequiredService<OrderService>().OfferAsync(parse.GetValue(patient), parse.GetValue(drug)!, parse.GetValue(days), Conditions(parse, conditions), ct);
            await writer.WriteLineAsync(string.Create(C, $"asked {o.Asked.Code} daily {o.Asked.DailyCost:0.0000} cost {new Cny(o.AskedCostFen)} out_of_pocket {new Cny(o.AskedOutOfPocketFen)}"));
            await writer.WriteLineAsync(string.Create(C, $"cheapest {o.Cheapest.Code} daily {o.Cheapest.DailyCost:0.0000} cost {new Cny(o.CheapestCostFen)} out_of_pocket {new Cny(o.CheapestOutOfPocketFen)}"));
            await writer.WriteLineAsync(string.Create(C, $"saving {new Cny(o.SavingFen)} over {o.Days} days"));
        }));
        return command;
    }

    private static Contraindication Conditions(ParseResult parse, Option<string[]> option) =>
        ClinicEndpoints.ConditionsOf((parse.GetValue(option) ?? []).SelectMany(c => c.Split(',')));

    private static Command Order(CliContext cli)
    {
        var patient = new Option<Guid>("--patient") { Required = true };
        var drug = new Option<string>("--drug") { Required = true };
        var days = new Option<int>("--days") { Required = true };
        var keep = new Option<string?>("--keep-reason") { Description = "Keep the drug asked for: Contraindication, Resistance, Intolerance or PatientChoice (default: take the cheapest)" };
        var conditions = ConditionsOption();
        var command = new Command("order", "Order a drug, the cheapest equivalent unless kept with a reason") { patient, drug, days, keep, conditions };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var reason = ClinicEndpoints.ReasonOf(parse.GetValue(keep));
            var id = await cli.Open(parse).GetRequiredService<OrderService>().PlaceAsync(new NewDrugOrder(parse.GetValue(patient), parse.GetValue(drug)!, parse.GetValue(days), reason is null, reason, Conditions(parse, conditions)), ct);
            await writer.WriteLineAsync($"order {id}");
        }));
        return command;
    }

    private static Command Savings(CliContext cli)
    {
        var from = new Option<int>("--from") { Description = "First month (yyyyMM)", Required = true };
        var to = new Option<int>("--to") { Description = "Last month (yyyyMM)", Required = true };
        var by = new Option<string?>("--by") { Description = "Doctor (default), Team or Patient" };
        var command = new Command("savings", "Money saved by the cheapest equivalents per month: MONTH KEY ORDERS SWITCHED RATE% SAVED OFFERED") { from, to, by };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var b = parse.GetValue(by) is { } t ? ClinicEndpoints.Parse<SavingsBy>(t, "--by", "clinic.savings-by") : SavingsBy.Doctor;
            foreach (var r in await cli.Open(parse).GetRequiredService<OrderService>().SavingsAsync(parse.GetValue(from), parse.GetValue(to), b, ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"{r.Month} {r.Key} {r.Orders} {r.Switched} {r.SwitchRate:0.0} {new Cny(r.SavingFen)} {new Cny(r.OfferedFen)}"));
            }
        }));
        return command;
    }

    private static Command FundCommand(CliContext cli)
    {
        var org = new Option<Guid>("--org") { Description = "The fund's organisation (the department)", Required = true };
        var command = new Command("fund", "The assistance fund: balance, yearly totals and movements") { org };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var f = await cli.Open(parse).GetRequiredService<FundService>().ViewAsync(parse.GetValue(org), ct);
            await writer.WriteLineAsync(string.Create(C, $"balance {new Cny(f.BalanceFen)} second_approver_above {new Cny(f.SecondApproverAboveFen)}"));
            foreach (var y in f.Years)
            {
                await writer.WriteLineAsync(string.Create(C, $"year {y.Year} gifts {new Cny(y.GiftsFen)} help {new Cny(y.HelpFen)} helped {y.Helped}"));
            }
        }));
        return command;
    }

    private static Command Gift(CliContext cli)
    {
        var org = new Option<Guid>("--org") { Required = true };
        var amount = new Option<string>("--amount") { Description = "Yuan", Required = true };
        var donor = new Option<string>("--donor") { Required = true };
        var command = new Command("gift", "A gift into the assistance fund") { org, amount, donor };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var fund = cli.Open(parse).GetRequiredService<FundService>();
            await fund.GiftAsync(parse.GetValue(org), Cny.Parse(parse.GetValue(amount), "--amount").Fen, parse.GetValue(donor)!, ct);
            var balance = (await fund.ViewAsync(parse.GetValue(org), ct)).BalanceFen;
            await writer.WriteLineAsync(string.Create(C, $"balance {new Cny(balance)}"));
        }));
        return command;
    }

    private static Command Help(CliContext cli)
    {
        var org = new Option<Guid>("--org") { Required = true };
        var patient = new Option<Guid>("--patient") { Required = true };
        var amount = new Option<string>("--amount") { Description = "Yuan", Required = true };
        var purpose = new Option<string>("--purpose") { Required = true };
        var second = new Option<string?>("--second-approver") { Description = "Needed above the fund's threshold" };
        var command = new Command("help", "Help a patient from the assistance fund (never beyond the balance)") { org, patient, amount, purpose, second };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var fund = cli.Open(parse).GetRequiredService<FundService>();
            await fund.HelpAsync(parse.GetValue(org), parse.GetValue(patient), Cny.Parse(parse.GetValue(amount), "--amount").Fen, parse.GetValue(purpose)!, parse.GetValue(second), ct);
            var balance = (await fund.ViewAsync(parse.GetValue(org), ct)).BalanceFen;
            await writer.WriteLineAsync(string.Create(C, $"balance {new Cny(balance)}"));
        }));
        return command;
    }

    private static Command Message(CliContext cli)
    {
        var patient = new Option<Guid>("--patient") { Required = true };
        var text = new Option<string>("--text") { Required = true };
        var command = new Command("message", "Enter a patient's message to their doctor") { patient, text };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var id = await cli.Open(parse).GetRequiredService<MessageService>().ReceiveAsync(parse.GetValue(patient), parse.GetValue(text)!, ct);
            await writer.WriteLineAsync($"message {id}");
        }));
        return command;
    }

    private static Command Inbox(CliContext cli)
    {
        var doctor = new Option<string?>("--doctor");
        var all = new Option<bool>("--all") { Description = "Replied messages too" };
        var command = new Command("inbox", "A doctor's inbox, the longest waiting first: ID WAITED_HOURS PATIENT DOCTOR TEXT; then each doctor's median reply time") { doctor, all };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var messages = cli.Open(parse).GetRequiredService<MessageService>();
            foreach (var m in await messages.InboxAsync(parse.GetValue(doctor), !parse.GetValue(all), ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"{m.Id} {m.WaitedMinutes / 60.0:0.0} {m.Patient} {m.Doctor} {m.Text}"));
            }

            foreach (var s in await messages.StatsAsync(ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"median {s.Doctor} {s.Messages} {s.Replied} {(s.MedianReplyHours is { } h ? h.ToString("0.0", C) : "-")}"));
            }
        }));
        return command;
    }

    private static Command Reply(CliContext cli)
    {
        var message = new Option<Guid>("--message") { Required = true };
        var text = new Option<string>("--text") { Required = true };
        var command = new Command("reply", "Reply to a patient's message") { message, text };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            await cli.Open(parse).GetRequiredService<MessageService>().ReplyAsync(parse.GetValue(message), parse.GetValue(text)!, ct);
            await writer.WriteLineAsync("replied");
        }));
        return command;
    }

    private static Command OutreachAdd(CliContext cli)
    {
        var org = new Option<Guid>("--org") { Required = true };
        var kind = new Option<string>("--kind") { Description = "FreeClinic, HealthTalk, Salon or Training", Required = true };
        var on = new Option<string>("--on") { Required = true };
        var place = new Option<string>("--place") { Required = true };
        var reached = new Option<int>("--reached") { Description = "People reached" };
        var trained = new Option<int>("--trained") { Description = "Primary-care staff trained" };
        var command = new Command("outreach", "Record a free clinic, health talk, salon or training") { org, kind, on, place, reached, trained };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var id = await cli.Open(parse).GetRequiredService<OutreachService>().RecordAsync(
                parse.GetValue(org), ClinicEndpoints.Parse<OutreachKind>(parse.GetValue(kind), "--kind", "clinic.outreach-kind"), ParseDate(parse.GetValue(on), "--on"), parse.GetValue(place)!, parse.GetValue(reached), parse.GetValue(trained), null, ct);
            await writer.WriteLineAsync($"outreach {id}");
        }));
        return command;
    }

    private static Command OutreachReportCommand(CliContext cli)
    {
        var from = new Option<string>("--from") { Required = true };
        var to = new Option<string>("--to") { Required = true };
        var command = new Command("outreach-report", "The period's outreach in the text's terms: free clinics and talks, people reached, salons and trainings, staff trained") { from, to };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var r = await cli.Open(parse).GetRequiredService<OutreachService>().ReportAsync(ParseDate(parse.GetValue(from), "--from"), ParseDate(parse.GetValue(to), "--to"), ct);
            await writer.WriteLineAsync(string.Create(C, $"clinics_and_talks {r.FreeClinicsAndTalks} people_reached {r.PeopleReached} salons_and_trainings {r.SalonsAndTrainings} staff_trained {r.StaffTrained}"));
            foreach (var y in r.Years)
            {
                await writer.WriteLineAsync(string.Create(C, $"year {y.Year} events {y.Events} reached {y.PeopleReached} salons_and_trainings {y.SalonsAndTrainings} trained {y.StaffTrained}"));
            }
        }));
        return command;
    }
}
