using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;

namespace Tongban.Kernel.Texts;

/// <summary>
/// Every text a user reads, in Chinese and English, with one language rule: UI strings by key,
/// refusal texts by rule code (templates over the refusal's named values and <c>{field}</c>), and
/// display names of the fields refusals name. The host composes one from the kernel's, its own
/// and each module's entries (<see cref="Compose"/>) and publishes it as <see cref="Shared"/>.
/// </summary>
public sealed partial class TextCatalog
{
    private readonly FrozenDictionary<string, TextEntry> _texts;
    private readonly FrozenDictionary<string, TextEntry> _rules;
    private readonly FrozenDictionary<string, TextEntry> _fields;

    public TextCatalog(IEnumerable<TextEntry> texts, IEnumerable<TextEntry>? rules = null, IEnumerable<TextEntry>? fields = null)
    {
        _texts = Index(texts);
        _rules = Index(rules ?? []);
        _fields = Index(fields ?? []);
    }

    public static readonly string[] Cultures = ["zh-CN", "en"];

    /// <summary>The catalogue refusals outside a request render from (the CLI); the host replaces it with the composed one.</summary>
    public static TextCatalog Shared { get; set; } = new([], KernelRuleTexts.Rules, KernelRuleTexts.Fields);

    /// <summary>The kernel's refusal texts and field names, then <paramref name="texts"/>, then each module's entries.</summary>
    public static TextCatalog Compose(IEnumerable<TextEntry> texts, IEnumerable<TextEntry> rules, IEnumerable<TextEntry> fields, IEnumerable<ITongbanModule> modules)
    {
        var all = modules.ToList();
        return new TextCatalog(
            texts.Concat(all.SelectMany(m => m.Texts)),
            KernelRuleTexts.Rules.Concat(rules).Concat(all.SelectMany(m => m.RuleTexts)),
            KernelRuleTexts.Fields.Concat(fields).Concat(all.SelectMany(m => m.FieldNames)));
    }

    /// <summary>The one language rule: Chinese for any zh culture, English otherwise.</summary>
    public static bool IsChineseCulture(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public static bool IsChinese => IsChineseCulture(CultureInfo.CurrentUICulture);

    /// <summary>An entry's text in the UI language, by the one language rule.</summary>
    public static string InUiLanguage(TextEntry entry) => Pick(entry, CultureInfo.CurrentUICulture);

    /// <summary>
    /// A module's string: from the shared catalogue (where the host composed the module's entries in),
    /// else from the module's own <paramref name="entries"/> (a module run alone, as in its tests).
    /// </summary>
    public static string Lookup(string key, IReadOnlyDictionary<string, TextEntry> entries) =>
        Shared._texts.TryGetValue(key, out var e) || entries.TryGetValue(key, out e) ? InUiLanguage(e) : key;

    /// <summary>The culture a language name stands for: zh* is zh-CN, anything else English.</summary>
    public static CultureInfo CultureFor(string? language) =>
        language is not null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? new CultureInfo("zh-CN") : new CultureInfo("en");

    public IEnumerable<TextEntry> Entries => _texts.Values;

    public IEnumerable<TextEntry> RuleEntries => _rules.Values;

    public IEnumerable<TextEntry> FieldEntries => _fields.Values;

    /// <summary>The string in the current language; an unknown key shows itself, and a test forbids that.</summary>
    public string this[string key] => _texts.TryGetValue(key, out var e) ? Pick(e, CultureInfo.CurrentUICulture) : key;

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    public bool Contains(string key) => _texts.ContainsKey(key);

    /// <summary>The string in <paramref name="culture"/> (default: the UI culture), or null for an unknown key.</summary>
    public string? Find(string key, CultureInfo? culture = null) =>
        _texts.TryGetValue(key, out var e) ? Pick(e, culture ?? CultureInfo.CurrentUICulture) : null;

    /// <summary>An enum value's display name, the entry <c>enum.&lt;Type&gt;.&lt;Value&gt;</c>; a value without one shows its name.</summary>
    public string Name(Enum value, CultureInfo? culture = null) =>
        _texts.TryGetValue($"enum.{value.GetType().Name}.{value}", out var e) ? Pick(e, culture ?? CultureInfo.CurrentUICulture) : value.ToString();

    public bool HasRule(string rule) => _rules.ContainsKey(rule);

    /// <summary>The refusal in <paramref name="culture"/> (default: the UI culture); a rule without text, or a template missing a value, falls back to the English developer message.</summary>
    public string Message(RuleViolation v, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        return _rules.TryGetValue(v.Rule, out var e) && TryFill(Pick(e, culture), v, culture, out var text) ? text : v.Message;
    }

    /// <summary>A field's display name: "rows[3].month" and "row 4, column month" name the row and the column's display name.</summary>
    public string FieldName(string field, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var zh = IsChineseCulture(culture);
        if (_fields.TryGetValue(field, out var exact))
        {
            return Pick(exact, culture);
        }

        if (RowColumn().Match(field) is { Success: true } rc)
        {
            var row = rc.Groups["row"].Value;
            var column = rc.Groups["column"].Success ? FieldName(rc.Groups["column"].Value, culture) : null;
            return zh ? $"第 {row} 行{(column is null ? "" : "，" + column)}" : $"row {row}{(column is null ? "" : ", " + column)}";
        }

        var last = field[(field.LastIndexOfAny(['.', ' ']) + 1)..];
        var bare = Brackets().Replace(last, "").TrimStart('-');
        return bare.Length > 0 && _fields.TryGetValue(bare, out var e) ? Pick(e, culture) : field;
    }

    /// <summary>"field: message" as a page shows it, without the rule code.</summary>
    public string Describe(RuleViolation v, CultureInfo? culture = null) => $"{FieldName(v.Field, culture)}{(IsChineseCulture(culture ?? CultureInfo.CurrentUICulture) ? "：" : ": ")}{Message(v, culture)}";

    private bool TryFill(string template, RuleViolation v, CultureInfo culture, out string text)
    {
        var format = IsChineseCulture(culture) ? culture : CultureInfo.InvariantCulture;
        var output = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                output.Append(c);
                i += 2;
                continue;
            }

            if (c != '{')
            {
                output.Append(c);
                i++;
                continue;
            }

            var end = template.IndexOf('}', i);
            var hole = template[(i + 1)..end];
            var colon = hole.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? hole : hole[..colon];
            var spec = colon < 0 ? null : hole[(colon + 1)..];
            if (name == "field")
            {
                output.Append(FieldName(v.Field, culture));
            }
            else if (v.Args.TryGetValue(name, out var value))
            {
                output.Append(value switch
                {
                    Enum en => Name(en, culture),
                    IFormattable f => f.ToString(spec, format),
                    _ => value?.ToString(),
                });
            }
            else
            {
                text = "";
                return false;
            }

            i = end + 1;
        }

        text = output.ToString();
        return true;
    }

    private static string Pick(TextEntry e, CultureInfo culture) => IsChineseCulture(culture) ? e.Zh : e.En;

    private static FrozenDictionary<string, TextEntry> Index(IEnumerable<TextEntry> entries)
    {
        var map = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            map[entry.Key] = entry;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^rows?\[?\s*(?<row>\d+)\]?(?:(?:, column |\.)(?<column>.+))?$")]
    private static partial Regex RowColumn();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Brackets();
}
