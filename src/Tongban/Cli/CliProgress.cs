using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Tongban.Cli;

/// <summary>One step of long work: how far, of how much, and what is happening.</summary>
internal readonly record struct ProgressStep(double Done, double Total, string Message);

/// <summary>
/// Progress of long work (imports, benchmarks): a Spectre.Console bar when the output is a
/// terminal, otherwise plain "title: message (done/total)" lines on stderr, at most one a second,
/// so that stdout stays exactly what scripts read.
/// </summary>
internal static class CliProgress
{
    public static bool IsTerminal(ParseResult parse) =>
        ReferenceEquals(parse.InvocationConfiguration.Output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    public static async Task<T> RunAsync<T>(ParseResult parse, string title, Func<IProgress<ProgressStep>, Task<T>> work)
    {
        if (!IsTerminal(parse))
        {
            return await work(new PlainLines(parse.InvocationConfiguration.Error, title));
        }

        var result = default(T)!;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(title), maxValue: 1);
                result = await work(new Bar(task, title));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private sealed class Bar(ProgressTask task, string title) : IProgress<ProgressStep>
    {
        public void Report(ProgressStep value)
        {
            task.MaxValue = Math.Max(value.Total, 1);
            task.Value = Math.Min(value.Done, task.MaxValue);
            task.Description = Markup.Escape(value.Message.Length == 0 ? title : $"{title}: {value.Message}");
        }
    }

    /// <summary>A line a second at most; work done within the first second prints nothing.</summary>
    private sealed class PlainLines(TextWriter error, string title) : IProgress<ProgressStep>
    {
        private readonly Stopwatch _since = Stopwatch.StartNew();
        private bool _printed;

        public void Report(ProgressStep value)
        {
            var finished = value.Total > 0 && value.Done >= value.Total;
            if (_since.Elapsed < TimeSpan.FromSeconds(1) && !(finished && _printed))
            {
                return;
            }

            _printed = true;
            _since.Restart();
            var count = value.Total > 0
                ? string.Create(CultureInfo.InvariantCulture, $" ({value.Done:0}/{value.Total:0})")
                : "";
            error.WriteLine($"{title}: {value.Message}{count}");
        }
    }
}
