using System.CommandLine;
using Tongban.Bench;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Cli;

/// <summary>
/// <c>tongban bench &lt;name&gt; | --list</c>: one benchmark, ours against a raw-database baseline, on a
/// throwaway database (a temp SQLite file, or for postgres the --db server or one started from
/// the installed binaries). Prints medians, the ratio and peak memory; appends to bench/RESULTS.md.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "Benchmark to run (see --list)", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List the benchmarks" };
        var repeat = new Option<int>("--repeat") { Description = "Timed runs of each path", DefaultValueFactory = _ => 5 };
        var provider = new Option<string>("--provider") { Description = "sqlite or postgres", DefaultValueFactory = _ => "sqlite" };
        provider.AcceptOnlyFromAmong("sqlite", "postgres");
        var size = new Option<int>("--size") { Description = "Work per run (0: the benchmark's default)" };
        var results = new Option<string?>("--results") { Description = "Results file to append to (default bench/RESULTS.md of the checkout)" };
        var noRecord = new Option<bool>("--no-record") { Description = "Do not append to the results file" };
        var command = new Command("bench", "Run a benchmark: our code path against a raw-database baseline") { name, list, repeat, provider, size, results, noRecord };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var benchmarks = BenchRunner.All(ModuleCatalog.All);
            if (parse.GetValue(list))
            {
                foreach (var b in benchmarks.OrderBy(b => b.Name, StringComparer.Ordinal))
                {
                    await output.WriteLineAsync($"{b.Name}\t{b.Description}");
                }

                return TongbanCli.Ok;
            }

            var wanted = parse.GetValue(name) ?? throw new UsageException("give a benchmark name or --list.");
            var benchmark = benchmarks.FirstOrDefault(b => b.Name == wanted)
                ?? throw new UsageException($"there is no benchmark '{wanted}'; see 'tongban bench --list'.");
            var runs = parse.GetValue(repeat);
            RuleViolation.ThrowIf(runs < 1, "repeat", "bench.repeat-positive", "--repeat must be at least 1.");

            var onPostgres = parse.GetValue(provider) == "postgres";
            string? sqliteFile = null;
            ThrowawayPostgres? server = null;
            DatabaseTarget target;
            if (onPostgres)
            {
                var given = parse.GetValue(CliOptions.Db);
                if (given is not null)
                {
                    target = DatabaseTarget.Parse(given);
                    RuleViolation.ThrowIf(target.Provider != DatabaseProvider.Postgres, "db", "bench.db-not-postgres", "--provider postgres needs a PostgreSQL connection string in --db (or none, to start a throwaway server).");
                }
                else
                {
                    server = await ThrowawayPostgres.StartAsync();
                    target = DatabaseTarget.Parse(server.ConnectionString);
                }
            }
            else
            {
                sqliteFile = BenchRunner.TempSqliteFile();
                target = DatabaseTarget.Parse(sqliteFile);
            }

            try
            {
                var result = await CliProgress.RunAsync(parse, benchmark.Name, progress =>
                    BenchRunner.RunAsync(
                        benchmark,
                        target,
                        runs,
                        parse.GetValue(size),
                        new InlineProgress<(int Done, int Total, string Message)>(p => progress.Report(new ProgressStep(p.Done, p.Total, p.Message))),
                        ct));
                await output.WriteLineAsync(BenchRunner.Format(result, benchmark.Description, target));
                if (!parse.GetValue(noRecord))
                {
                    var file = parse.GetValue(results) ?? BenchRunner.DefaultResultsFile();
                    await BenchRunner.RecordAsync(result, file, ct);
                    await output.WriteLineAsync($"recorded   {file}");
                }

                return TongbanCli.Ok;
            }
            finally
            {
                if (server is not null)
                {
                    await server.DisposeAsync();
                }

                if (sqliteFile is not null)
                {
                    BenchRunner.DeleteSqlite(sqliteFile);
                }
            }
        });
        return command;
    }
}

/// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread, in order.</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
