using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Imports;

namespace Tongban.Cli;

/// <summary>
/// <c>tongban import &lt;key&gt; &lt;file&gt;</c> (or <c>import &lt;module&gt; &lt;name&gt; &lt;file&gt;</c>): a CSV or
/// XLSX file, validated whole before anything is written. A refused file prints its error report
/// (row, column, value, rule, message; tab-separated) on stderr and exits 1.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliSession session)
    {
        var args = new Argument<string[]>("import") { Description = "Import key and file: kernel.orgs orgs.csv, or module, name and file", Arity = new ArgumentArity(0, 3) };
        var list = new Option<bool>("--list") { Description = "List the imports and their columns" };
        var template = new Option<bool>("--template") { Description = "Print the header line of the named import's file" };
        var again = new Option<bool>("--again") { Description = "Import a file although the audit shows the same file (SHA-256) imported before" };
        var command = new Command("import", "Import a CSV or XLSX file (rejected whole on any error)") { args, list, template, again };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var services = await session.OpenAsync(parse, ct);
            var catalog = services.GetRequiredService<ImportCatalog>();
            if (parse.GetValue(list))
            {
                foreach (var def in catalog.All.OrderBy(d => d.Key, StringComparer.Ordinal))
                {
                    await output.WriteLineAsync($"{def.Key}\t{def.TitleEn}\t{string.Join(",", def.Columns.Select(c => c.Name))}");
                }

                return TongbanCli.Ok;
            }

            var values = parse.GetValue(args) ?? [];
            if (parse.GetValue(template) && values is [var only])
            {
                var named = catalog.Find(only.Contains('.', StringComparison.Ordinal) ? only : SingleKeyOf(catalog, only))
                    ?? throw new UsageException($"there is no import '{only}'; see 'tongban import --list'.");
                await output.WriteLineAsync(string.Join(",", named.Columns.Select(c => c.Name)));
                return TongbanCli.Ok;
            }

            var (key, file) = values switch
            {
                [var k, var f] => (k.Contains('.', StringComparison.Ordinal) ? k : SingleKeyOf(catalog, k), f),
                [var module, var name, var f] => ($"{module}.{name}", f),
                _ => throw new UsageException("give an import key and a file, e.g. 'tongban import kernel.orgs orgs.csv'."),
            };
            var definition = catalog.Find(key)
                ?? throw new UsageException($"there is no import '{key}'; see 'tongban import --list'.");
            RuleViolation.ThrowIf(!File.Exists(file), "file", "import.file-missing", $"There is no file '{file}'.", ("file", file));

            await using var stream = File.OpenRead(file);
            var pipeline = services.GetRequiredService<ImportPipeline>();
            var result = await CliProgress.RunAsync(parse, $"import {key}", progress =>
                pipeline.RunAsync(
                    definition,
                    stream,
                    file,
                    new InlineProgress<ImportProgress>(p => progress.Report(new ProgressStep(p.Rows, 0, $"{(p.Phase == ImportPhase.Validating ? "checking" : "writing " + p.Table)}: {p.Rows} rows"))),
                    parse.GetValue(again),
                    ct));
            if (result.Accepted)
            {
                await output.WriteLineAsync($"imported {result.RowsRead} rows ({key}, {result.RowsWritten} written, sha256 {result.Sha256})");
                return TongbanCli.Ok;
            }

            var error = parse.InvocationConfiguration.Error;
            await error.WriteLineAsync($"error: {key}: the file was refused with {result.ErrorCount} error(s); nothing was imported [import.refused]");
            await error.WriteLineAsync("row\tcolumn\tvalue\trule\tmessage");
            foreach (var e in result.Errors)
            {
                await error.WriteLineAsync($"{e.Row}\t{e.Column}\t{e.Value}\t{e.Rule}\t{e.Message}");
            }

            if (result.ErrorCount > result.Errors.Count)
            {
                await error.WriteLineAsync($"... and {result.ErrorCount - result.Errors.Count} more");
            }

            return TongbanCli.Refused;
        });
        return command;
    }

    private static string SingleKeyOf(ImportCatalog catalog, string module)
    {
        var keys = catalog.All.Select(d => d.Key).Where(k => k.StartsWith(module + ".", StringComparison.Ordinal)).ToList();
        return keys.Count == 1
            ? keys[0]
            : throw new UsageException(keys.Count == 0
                ? $"there is no import '{module}'; see 'tongban import --list'."
                : $"module '{module}' has several imports ({string.Join(", ", keys)}); name one.");
    }
}
