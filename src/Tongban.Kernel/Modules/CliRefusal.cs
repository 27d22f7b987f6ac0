using System.CommandLine;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Modules;

/// <summary>
/// How every CLI verb reports a refused operation: one line on stderr,
/// <c>error: &lt;field&gt;: &lt;message&gt; [&lt;rule&gt;]</c>, and exit code 1. The host and the
/// modules' verbs share it, so a module's verb answers the same when invoked on its own (tests).
/// </summary>
public static class CliRefusal
{
    public const int ExitCode = 1;

    public static string Describe(RuleViolation v) => $"error: {v.Field}: {v.Message} [{v.Rule}]";

    /// <summary>Runs a verb's body writing to the invocation's output; a refusal becomes the error line and exit 1.</summary>
    public static async Task<int> RunAsync(ParseResult parse, Func<TextWriter, Task> body)
    {
        try
        {
            await body(parse.InvocationConfiguration.Output);
            return 0;
        }
        catch (RuleViolation violation)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync(Describe(violation));
            return ExitCode;
        }
    }
}
