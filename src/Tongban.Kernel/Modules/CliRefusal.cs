using System.CommandLine;
using System.Globalization;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Texts;

namespace Tongban.Kernel.Modules;

/// <summary>
/// How every CLI verb reports a refused operation: one line on stderr,
/// <c>error: &lt;field&gt;: &lt;message&gt; [&lt;rule&gt;]</c>, and exit code 1, the message in the
/// <c>--lang</c> language. The host and the modules' verbs share it, so a module's verb answers the
/// same when invoked on its own (tests).
/// </summary>
public static class CliRefusal
{
    public const int ExitCode = 1;

    /// <summary>The global language option; without it, LC_ALL or LANG decides (zh* is Chinese, anything else English).</summary>
    public static readonly Option<string?> Lang = new("--lang")
    {
        Description = "Language of messages: zh-CN or en (default from LC_ALL/LANG)",
        Recursive = true,
    };

    public static string Describe(RuleViolation v) => Describe(v, CultureInfo.InvariantCulture);

    public static string Describe(RuleViolation v, CultureInfo culture) => $"error: {v.Field}: {TextCatalog.Shared.Message(v, culture)} [{v.Rule}]";

    /// <summary>The language of this invocation: <c>--lang</c>, else the environment.</summary>
    public static CultureInfo Culture(ParseResult? parse)
    {
        var chosen = parse?.GetResult(Lang) is not null ? parse.GetValue(Lang) : null;
        return TextCatalog.CultureFor(chosen ?? EnvironmentLanguage());
    }

    private static string? EnvironmentLanguage() =>
        new[] { "LC_ALL", "LC_MESSAGES", "LANG" }.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrEmpty(v));

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
            await parse.InvocationConfiguration.Error.WriteLineAsync(Describe(violation, Culture(parse)));
            return ExitCode;
        }
    }
}
