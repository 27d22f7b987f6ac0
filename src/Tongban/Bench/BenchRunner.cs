using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Tongban.Hosting;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;

namespace Tongban.Bench;

/// <summary>What one benchmark run measured.</summary>
internal sealed record BenchResult(
    string Name,
    string Provider,
    int Operations,
    string Unit,
    int Repeats,
    double OursMedianMs,
    double BaselineMedianMs,
    long PeakBytes)
{
    public double Ratio => OursMedianMs / BaselineMedianMs;

    public double OursRate => Operations / (OursMedianMs / 1000);

    public double BaselineRate => Operations / (BaselineMedianMs / 1000);
}

/// <summary>
/// Runs a benchmark on a throwaway database: prepare once, one untimed warm-up of each path, then
/// <c>repeat</c> timed calls of each, alternating which path goes first, and the median of each.
/// </summary>
internal static class BenchRunner
{
    public static IReadOnlyList<IBenchmark> All(IEnumerable<ITongbanModule> modules) =>
        [new AuditAppendBenchmark(), new OrgDescendantsBenchmark(), new ApiReadBenchmark(), .. modules.SelectMany(m => m.Benchmarks)];

    public static async Task<BenchResult> RunAsync(
        IBenchmark benchmark, DatabaseTarget target, int repeat, int size, IProgress<(int Done, int Total, string Message)> progress, CancellationToken ct)
    {
        var total = 2 + (2 * repeat);
        progress.Report((0, total, "preparing"));
        await using var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddTongban(target).BuildServiceProvider();
        await TongbanServices.MigrateAsync(services, ct);
        await using var run = await benchmark.PrepareAsync(new BenchmarkContext(target, services, size, new SyncProgress(m => progress.Report((0, total, m)))), ct);

        progress.Report((0, total, "warm-up"));
        await run.OursAsync(ct);
        await run.BaselineAsync(ct);
        var done = 2;
        var ours = new List<double>();
        var baseline = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            var oursFirst = i % 2 == 0;
            for (var k = 0; k < 2; k++)
            {
                var isOurs = oursFirst == (k == 0);
                progress.Report((done, total, $"run {i + 1}/{repeat} {(isOurs ? "ours" : "baseline")}"));
                var watch = Stopwatch.StartNew();
                await (isOurs ? run.OursAsync(ct) : run.BaselineAsync(ct));
                watch.Stop();
                (isOurs ? ours : baseline).Add(watch.Elapsed.TotalMilliseconds);
                done++;
            }
        }

        progress.Report((done, total, "verifying"));
        await run.VerifyAsync(ct);
        progress.Report((total, total, "done"));
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return new BenchResult(
            benchmark.Name,
            target.Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres",
            run.Operations,
            run.Unit,
            repeat,
            Median(ours),
            Median(baseline),
            self.PeakWorkingSet64);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static string Format(BenchResult r, string description, DatabaseTarget target)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"benchmark  {r.Name}: {description}");
        sb.AppendLine(c, $"database   {target}");
        sb.AppendLine(c, $"work       {r.Operations} {r.Unit} per run, {r.Repeats} runs");
        sb.AppendLine(c, $"ours       median {r.OursMedianMs:0.0} ms ({r.OursRate:0} {r.Unit}/s)");
        sb.AppendLine(c, $"baseline   median {r.BaselineMedianMs:0.0} ms ({r.BaselineRate:0} {r.Unit}/s)");
        sb.AppendLine(c, $"ratio      {r.Ratio:0.00} (ours/baseline)");
        sb.Append(c, $"peak       {r.PeakBytes / (1024 * 1024)} MB working set");
        return sb.ToString();
    }

    /// <summary>Appends one row to the results file (creating it with its header), with date, machine and commit.</summary>
    public static async Task RecordAsync(BenchResult r, string file, CancellationToken ct)
    {
        var c = CultureInfo.InvariantCulture;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var sb = new StringBuilder();
        if (!File.Exists(file))
        {
            sb.AppendLine("# Benchmark results");
            sb.AppendLine();
            sb.AppendLine("Appended by `tongban bench <name>`. Each row: the median of the timed runs of our code path and of a");
            sb.AppendLine("raw-database baseline doing the same work in the same process; ratio = ours / baseline (1.00 = as fast as raw SQL).");
            sb.AppendLine();
            sb.AppendLine("| date (UTC) | benchmark | provider | work per run | runs | ours median | baseline median | ratio | peak memory | machine | commit |");
            sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        }

        sb.AppendLine(c, $"| {DateTime.UtcNow:yyyy-MM-dd HH:mm} | {r.Name} | {r.Provider} | {r.Operations} {r.Unit} | {r.Repeats} | {r.OursMedianMs:0.0} ms ({r.OursRate:0}/s) | {r.BaselineMedianMs:0.0} ms ({r.BaselineRate:0}/s) | {r.Ratio:0.00} | {r.PeakBytes / (1024 * 1024)} MB | {Machine()} | {Commit()} |");
        await File.AppendAllTextAsync(file, sb.ToString(), ct);
    }

    public static string Machine()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {memory:0.0} GB{(cpu is null ? "" : ", " + cpu)}");
    }

    public static string Commit()
    {
        try
        {
            var psi = new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            var text = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return p.ExitCode == 0 && text.Length > 0 ? text : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    /// <summary>The repository's bench/RESULTS.md when run inside a checkout, else ./bench/RESULTS.md.</summary>
    public static string DefaultResultsFile()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tongban.slnx")))
            {
                return Path.Combine(dir.FullName, "bench", "RESULTS.md");
            }
        }

        return Path.Combine("bench", "RESULTS.md");
    }

    /// <summary>A throwaway SQLite file for one run.</summary>
    public static string TempSqliteFile() => Path.Combine(Path.GetTempPath(), $"tongban-bench-{Guid.NewGuid():N}.db");

    public static void DeleteSqlite(string file)
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; posts to the thread pool and could reorder lines).</summary>
    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
