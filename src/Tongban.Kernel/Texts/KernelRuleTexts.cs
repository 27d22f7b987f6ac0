using Tongban.Kernel.Modules;

namespace Tongban.Kernel.Texts;

/// <summary>The kernel's refusal texts by rule code, and the display names of the fields they name.</summary>
internal static class KernelRuleTexts
{
    public static IReadOnlyList<TextEntry> Rules { get; } =
    [
    ];

    public static IReadOnlyList<TextEntry> Fields { get; } =
    [
    ];
}
