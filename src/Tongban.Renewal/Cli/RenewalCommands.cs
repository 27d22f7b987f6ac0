using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Money;
using Tongban.Renewal.Communities;
using Tongban.Renewal.Concerns;
using Tongban.Renewal.Lifeline;
using Tongban.Renewal.Rollups;

namespace Tongban.Renewal.Cli;

/// <summary>
/// <c>tongban renewal ...</c>: <c>alarms</c> over two CSV files (no database); over the database <c>communities</c>,
/// <c>community-add</c>, <c>project-add</c>, <c>start</c>, <c>complete</c>, <c>accept</c>, <c>fund</c>, <c>plan</c>,
/// <c>rollup</c>, <c>concern-add</c>, <c>answer</c>, <c>concerns</c>, <c>ingest</c>, <c>alarm-list</c>, <c>ack</c>,
/// <c>clear</c> and <c>sweep</c>.
/// </summary>
internal static class RenewalCommands
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static IEnumerable<Command> All(CliContext cli) =>
        [Alarms(), Communities(cli), CommunityAdd(cli), ProjectAdd(cli), Dated(cli, "start"), Dated(cli, "complete"), Dated(cli, "accept"), Fund(cli), Plan(cli), Rollup(cli),
            ConcernAdd(cli), Answer(cli), Concerns(cli), Ingest(cli), AlarmList(cli), Handle(cli, "ack"), Handle(cli, "clear"), Sweep(cli)];

    /// <summary><c>alarms --rules FILE.csv --telemetry FILE.csv</c>: <c>raised SENSOR TIME SEVERITY</c> and <c>cleared SENSOR TIME</c> in time order.</summary>
    internal static Command Alarms()
    {
        var rules = new Option<FileInfo>("--rules") { Description = "CSV with the header kind,metric,op,threshold,for_seconds,severity", Required = true };
        var telemetry = new Option<FileInfo>("--telemetry") { Description = "CSV with the header sensor,kind,time,metric,value (ISO-8601 local time)", Required = true };
        var command = new Command("alarms", "Evaluate duration rules over telemetry: raised SENSOR TIME SEVERITY / cleared SENSOR TIME") { rules, telemetry };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var r = Read(parse.GetValue(rules)!, "--rules", AlarmFile.ReadRules);
            var t = Read(parse.GetValue(telemetry)!, "--telemetry", AlarmFile.ReadTelemetry);
            foreach (var line in AlarmFile.Evaluate(r, t))
            {
                await writer.WriteLineAsync(line);
            }
        }));
        return command;
    }

    private static T Read<T>(FileInfo file, string option, Func<TextReader, T> read)
    {
        RuleViolation.ThrowIf(!file.Exists, option, "renewal.file-missing", $"No file {file.FullName}.", ("path", file.FullName));
        using var reader = new StreamReader(file.FullName);
        return read(reader);
    }

    private static DateOnly Date(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", C, DateTimeStyles.None, out var d)
            ? d
            : throw new RuleViolation(field, "renewal.date-format", $"'{text}' is not a date (yyyy-MM-dd).", ("value", text));

    private static Command Communities(CliContext cli)
    {
        var search = new Option<string?>("--search") { Description = "Part of a code or name" };
        var command = new Command("communities", "Communities you may see: CODE YEAR_BUILT HOUSEHOLDS STARTED COMPLETED FUNDING NAME") { search };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            foreach (var c in await cli.Open(parse).GetRequiredService<RenovationService>().ListAsync(parse.GetValue(search), 5000, ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"{c.Code} {c.YearBuilt} {c.Households} {D(c.StartedOn)} {D(c.CompletedOn)} {new Cny(c.FundingFen)} {c.Name}"));
            }
        }));
        return command;
    }

    private static string D(DateOnly? d) => d is { } x ? x.ToString("yyyy-MM-dd", C) : "-";

    private static Command CommunityAdd(CliContext cli)
    {
        var org = new Option<Guid>("--org") { Description = "The owning street office or residents' committee (org id)", Required = true };
        var code = new Option<string>("--code") { Required = true };
        var name = new Option<string>("--name") { Required = true };
        var division = new Option<string>("--division") { Description = "Division code (6, 9 or 12 digits)", Required = true };
        var built = new Option<int>("--year-built") { Required = true };
        var buildings = new Option<int>("--buildings") { Required = true };
        var households = new Option<int>("--households") { Required = true };
        var area = new Option<decimal>("--floor-area") { Description = "Floor area in m²", Required = true };
        var command = new Command("community-add", "Register an old community") { org, code, name, division, built, buildings, households, area };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var id = await cli.Open(parse).GetRequiredService<RenovationService>().RegisterAsync(
                new NewCommunity(parse.GetValue(org), parse.GetValue(code)!, parse.GetValue(name)!, parse.GetValue(division)!, parse.GetValue(built), parse.GetValue(buildings), parse.GetValue(households), parse.GetValue(area)), ct);
            await writer.WriteLineAsync($"community {id}");
        }));
        return command;
    }

    private static Command ProjectAdd(CliContext cli)
    {
        var community = new Option<string>("--community") { Description = "Community code", Required = true };
        var code = new Option<string>("--code") { Required = true };
        var category = new Option<string>("--category") { Description = "basic, improvement or enhancement", Required = true };
        var year = new Option<int>("--plan-year") { Required = true };
        var items = new Option<string>("--items") { Description = "Content item codes, comma-separated (e.g. water-supply,gas)", Required = true };
        var households = new Option<int>("--households") { Description = "Households benefited" };
        var facilities = new Option<int>("--facilities") { Description = "Facilities added" };
        var command = new Command("project-add", "Plan a renovation project of a community") { community, code, category, year, items, households, facilities };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var s = cli.Open(parse).GetRequiredService<RenovationService>();
            var id = await s.AddProjectAsync(
                new NewProject(await s.IdOfAsync(parse.GetValue(community)!, ct), parse.GetValue(code)!, RenewalEndpoints.CategoryOf(parse.GetValue(category)), parse.GetValue(year),
                    parse.GetValue(items)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), parse.GetValue(households), parse.GetValue(facilities)),
                ct);
            await writer.WriteLineAsync($"project {id}");
        }));
        return command;
    }

    private static Command Dated(CliContext cli, string verb)
    {
        var project = new Option<string>("--project") { Description = "Project code", Required = true };
        var on = new Option<string>("--on") { Description = "Date (yyyy-MM-dd)", Required = true };
        var command = new Command(verb, verb switch { "start" => "Record the start of works", "complete" => "Record the completion of works", _ => "Pass the project's acceptance" }) { project, on };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var s = cli.Open(parse).GetRequiredService<RenovationService>();
            var id = await s.ProjectIdOfAsync(parse.GetValue(project)!, ct);
            var date = Date(parse.GetValue(on), "--on");
            await (verb switch { "start" => s.StartAsync(id, date, ct), "complete" => s.CompleteAsync(id, date, ct), _ => s.AcceptAsync(id, date, ct) });
            await writer.WriteLineAsync($"{verb} {parse.GetValue(project)} {date:yyyy-MM-dd}");
        }));
        return command;
    }

    private static Command Fund(CliContext cli)
    {
        var project = new Option<string>("--project") { Description = "Project code", Required = true };
        var channel = new Option<string>("--channel") { Description = "CentralSubsidy, LocalBudget, SpecialBonds, Utilities, SocialCapital or Residents", Required = true };
        var amount = new Option<string>("--amount") { Description = "CNY (e.g. 1,250,000.00)", Required = true };
        var on = new Option<string>("--on") { Description = "Date (yyyy-MM-dd)", Required = true };
        var command = new Command("fund", "Record funding of a project from a channel") { project, channel, amount, on };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var s = cli.Open(parse).GetRequiredService<RenovationService>();
            var id = await s.ProjectIdOfAsync(parse.GetValue(project)!, ct);
            await s.FundAsync(id, RenewalEndpoints.ChannelOf(parse.GetValue(channel)), Cny.Parse(parse.GetValue(amount), "--amount").Fen, Date(parse.GetValue(on), "--on"), ct);
            await writer.WriteLineAsync($"funded {parse.GetValue(project)} {parse.GetValue(amount)}");
        }));
        return command;
    }

    private static Command Plan(CliContext cli)
    {
        var org = new Option<Guid>("--org") { Required = true };
        var year = new Option<int>("--year") { Required = true };
        var communities = new Option<int>("--communities") { Required = true };
        var households = new Option<int>("--households") { Required = true };
        var command = new Command("plan", "Set an org's annual task (communities and households to start)") { org, year, communities, households };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            await cli.Open(parse).GetRequiredService<RenovationService>().SetPlanAsync(parse.GetValue(org), parse.GetValue(year), parse.GetValue(communities), parse.GetValue(households), ct);
            await writer.WriteLineAsync($"plan {parse.GetValue(year)} {parse.GetValue(communities)}");
        }));
        return command;
    }

    private static Command Rollup(CliContext cli)
    {
        var org = new Option<Guid?>("--org") { Description = "Org id (default: the highest org you may see)" };
        var year = new Option<int?>("--year") { Description = "Year of the task and rate" };
        var command = new Command("rollup", "Roll-up per child org: NAME COMMUNITIES STARTED COMPLETED HOUSEHOLDS FACILITIES FUNDING STARTED_IN_YEAR PLANNED RATE%") { org, year };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var v = await cli.Open(parse).GetRequiredService<RollupReport>().ComputeAsync(parse.GetValue(org), parse.GetValue(year), ct);
            foreach (var l in v.Lines.Prepend(v.Total))
            {
                await writer.WriteLineAsync(string.Create(C, $"{l.NameEn.Replace(' ', '_')} {l.Communities} {l.Started} {l.Completed} {l.Households} {l.Facilities} {new Cny(l.FundingFen)} {l.StartedInYear} {l.PlannedInYear?.ToString(C) ?? "-"} {l.Rate?.ToString("0.0", C) ?? "-"}"));
            }

            foreach (var y in v.Years)
            {
                await writer.WriteLineAsync(string.Create(C, $"year {y.Year} planned {y.Planned?.ToString(C) ?? "-"} started {y.Started} completed {y.Completed} rate {y.Rate?.ToString("0.0", C) ?? "-"}"));
            }
        }));
        return command;
    }

    private static Command ConcernAdd(CliContext cli)
    {
        var community = new Option<string>("--community") { Description = "Community code", Required = true };
        var topic = new Option<string>("--topic") { Description = "Lifts, Parking, Pipes, Environment, Construction, Services or Other", Required = true };
        var summary = new Option<string>("--summary") { Required = true };
        var on = new Option<string>("--on") { Description = "Day received (yyyy-MM-dd)", Required = true };
        var command = new Command("concern-add", "Record a residents' concern; prints its id and the day the answer is due") { community, topic, summary, on };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var services = cli.Open(parse);
            var id = await services.GetRequiredService<ConcernService>().RecordAsync(
                await services.GetRequiredService<RenovationService>().IdOfAsync(parse.GetValue(community)!, ct), RenewalEndpoints.TopicOf(parse.GetValue(topic)), parse.GetValue(summary)!, Date(parse.GetValue(on), "--on"), ct);
            var row = (await services.GetRequiredService<ConcernService>().ListAsync(true, 5000, ct)).Single(c => c.Id == id);
            await writer.WriteLineAsync(string.Create(C, $"concern {id} due {row.DueOn:yyyy-MM-dd}"));
        }));
        return command;
    }

    private static Command Answer(CliContext cli)
    {
        var id = new Option<Guid>("--concern") { Required = true };
        var text = new Option<string>("--answer") { Required = true };
        var on = new Option<string>("--on") { Required = true };
        var command = new Command("answer", "Answer a concern") { id, text, on };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            await cli.Open(parse).GetRequiredService<ConcernService>().AnswerAsync(parse.GetValue(id), parse.GetValue(text)!, Date(parse.GetValue(on), "--on"), ct);
            await writer.WriteLineAsync($"answered {parse.GetValue(id)}");
        }));
        return command;
    }

    private static Command Concerns(CliContext cli)
    {
        var open = new Option<bool>("--open") { Description = "Only unanswered concerns" };
        var command = new Command("concerns", "Concerns: RECEIVED DUE ANSWERED OVERDUE TOPIC COMMUNITY SUMMARY") { open };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            foreach (var c in await cli.Open(parse).GetRequiredService<ConcernService>().ListAsync(parse.GetValue(open), 5000, ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"{c.ReceivedOn:yyyy-MM-dd} {c.DueOn:yyyy-MM-dd} {D(c.AnsweredOn)} {(c.Overdue ? "overdue" : "-")} {c.Topic} {c.Community} {c.Summary}"));
            }
        }));
        return command;
    }

    private static Command Ingest(CliContext cli)
    {
        var file = new Option<FileInfo>("--telemetry") { Description = "CSV with the header sensor,kind,time,metric,value", Required = true };
        var command = new Command("ingest", "Send telemetry to the database in batches; alarms are raised and cleared as it is evaluated") { file };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var rows = Read(parse.GetValue(file)!, "--telemetry", AlarmFile.ReadTelemetry);
            var s = cli.Open(parse).GetRequiredService<LifelineService>();
            int readings = 0, raised = 0, cleared = 0;
            foreach (var chunk in rows.OrderBy(r => r.At).Chunk(LifelineService.MaxBatch))
            {
                var result = await s.IngestAsync(chunk.Select(r => new ReadingInput(r.Sensor, r.At, r.Metric, (decimal)r.Value)).ToList(), ct);
                (readings, raised, cleared) = (readings + result.Readings, raised + result.Raised, cleared + result.Cleared);
            }

            await writer.WriteLineAsync($"ingested {readings} raised {raised} cleared {cleared}");
        }));
        return command;
    }

    private static Command AlarmList(CliContext cli)
    {
        var open = new Option<bool>("--open") { Description = "Only active and acknowledged alarms" };
        var command = new Command("alarm-list", "Alarms, worst first: ID STATUS SEVERITY SENSOR METRIC RAISED ESCALATED_TO") { open };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var s = cli.Open(parse).GetRequiredService<LifelineService>();
            await s.SweepAsync(ct);
            foreach (var a in await s.AlarmsAsync(parse.GetValue(open), 5000, ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"{a.Id} {a.Status} {AlarmFile.SeverityCode(a.Severity)} {a.Sensor} {a.Metric} {a.RaisedLocal:yyyy-MM-ddTHH:mm:ss} {a.EscalatedTo ?? "-"}"));
            }
        }));
        return command;
    }

    private static Command Handle(CliContext cli, string verb)
    {
        var id = new Option<Guid>("--alarm") { Required = true };
        var command = new Command(verb, verb == "ack" ? "Acknowledge an alarm" : "Clear an alarm") { id };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var s = cli.Open(parse).GetRequiredService<LifelineService>();
            await (verb == "ack" ? s.AcknowledgeAsync(parse.GetValue(id), ct) : s.ClearAsync(parse.GetValue(id), ct));
            await writer.WriteLineAsync($"{verb} {parse.GetValue(id)}");
        }));
        return command;
    }

    private static Command Sweep(CliContext cli)
    {
        var command = new Command("sweep", "Raise no-data alarms and escalate unacknowledged alarms now");
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var (silent, escalated) = await cli.Open(parse).GetRequiredService<LifelineService>().SweepAsync(ct);
            await writer.WriteLineAsync($"silent {silent} escalated {escalated}");
        }));
        return command;
    }
}
