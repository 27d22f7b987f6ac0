using System.Collections.Frozen;
using System.Globalization;
using Tongban.Kernel.Modules;

namespace Tongban.Texts;

/// <summary>
/// Every UI string in Chinese and English: the host's own (<see cref="HostTexts"/>) and each
/// module's <see cref="ITongbanModule.Texts"/>. The language follows the current UI culture.
/// </summary>
internal sealed class TextCatalog
{
    private readonly FrozenDictionary<string, TextEntry> _entries;

    public TextCatalog(IEnumerable<ITongbanModule> modules)
        : this(HostTexts.All.Concat(modules.SelectMany(m => m.Texts)))
    {
    }

    public TextCatalog(IEnumerable<TextEntry> entries)
    {
        var map = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            map[entry.Key] = entry;
        }

        _entries = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static readonly string[] Cultures = ["zh-CN", "en"];

    public IEnumerable<TextEntry> Entries => _entries.Values;

    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The string in the current language; an unknown key shows itself, and a test forbids that.</summary>
    public string this[string key] => _entries.TryGetValue(key, out var e) ? (IsChinese ? e.Zh : e.En) : key;

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    public bool Contains(string key) => _entries.ContainsKey(key);
}
