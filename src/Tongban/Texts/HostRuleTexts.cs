using Tongban.Kernel.Modules;

namespace Tongban.Texts;

/// <summary>The host's refusal texts (API, CLI, bench) by rule code, and the fields they name.</summary>
internal static class HostRuleTexts
{
    public static IReadOnlyList<TextEntry> Rules { get; } =
    [
    ];

    public static IReadOnlyList<TextEntry> Fields { get; } =
    [
    ];
}
