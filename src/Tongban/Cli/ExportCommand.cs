using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Reports;

namespace Tongban.Cli;

/// <summary>
/// <c>tongban export &lt;report&gt; --format csv|xlsx [--out FILE]</c>: a report's table as a file. CSV
/// without --out goes to stdout; XLSX needs --out.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliSession session)
    {
        var report = new Argument<string?>("report") { Description = "Report key, e.g. kernel.matters-by-state (see --list)", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "csv or xlsx", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var output = new Option<string?>("--out") { Description = "File to write (CSV: stdout when omitted)" };
        var lang = new Option<string>("--lang") { Description = "Column titles: zh or en", DefaultValueFactory = _ => "zh" };
        lang.AcceptOnlyFromAmong("zh", "en");
        var from = new Option<DateOnly?>("--from") { Description = "First day (ISO)", CustomParser = r => CalendarCommands.IsoDate(r) };
        var to = new Option<DateOnly?>("--to") { Description = "Last day (ISO)", CustomParser = r => CalendarCommands.IsoDate(r) };
        var list = new Option<bool>("--list") { Description = "List the reports" };
        var command = new Command("export", "Export a report as CSV or XLSX") { report, format, output, lang, from, to, list };
        command.SetAction(async (parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var services = await session.OpenAsync(parse, ct);
            var catalog = services.GetRequiredService<ReportCatalog>();
            if (parse.GetValue(list))
            {
                foreach (var r in catalog.All.OrderBy(r => r.Key, StringComparer.Ordinal))
                {
                    await stdout.WriteLineAsync($"{r.Key}\t{r.TitleEn}");
                }

                return TongbanCli.Ok;
            }

            var key = parse.GetValue(report) ?? throw new UsageException("give a report key or --list.");
            var definition = catalog.Find(key) ?? throw new UsageException($"there is no report '{key}'; see 'tongban export --list'.");
            var file = parse.GetValue(output);
            var xlsx = parse.GetValue(format) == "xlsx";
            if (xlsx && file is null)
            {
                throw new UsageException("--format xlsx needs --out FILE.");
            }

            var table = await definition.RunAsync(
                services,
                new ReportParameters(parse.GetValue(from), parse.GetValue(to), null, new Dictionary<string, string>()),
                ct);
            var chinese = parse.GetValue(lang) == "zh";
            if (file is null)
            {
                var buffer = new MemoryStream();
                await ReportExport.WriteCsvAsync(table, buffer, chinese, ct);
                buffer.Position = 0;
                using var reader = new StreamReader(buffer);
                await stdout.WriteAsync(await reader.ReadToEndAsync(ct));
                return TongbanCli.Ok;
            }

            await using (var stream = File.Create(file))
            {
                if (xlsx)
                {
                    ReportExport.WriteXlsx(table, stream, chinese);
                }
                else
                {
                    await ReportExport.WriteCsvAsync(table, stream, chinese, ct);
                }
            }

            await stdout.WriteLineAsync($"exported {key} to {file}");
            return TongbanCli.Ok;
        });
        return command;
    }
}
