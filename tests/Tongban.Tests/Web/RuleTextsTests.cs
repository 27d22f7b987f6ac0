using System.Globalization;
using System.Text.RegularExpressions;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Texts;

namespace Tongban.Tests.Web;

/// <summary>Every refusal a user can meet has its text in both languages, found by reading the sources.</summary>
public sealed partial class RuleTextsTests
{
    private static readonly TextCatalog Catalog = ModuleCatalog.Texts;

    [Fact]
    public void Every_rule_code_in_the_sources_has_a_chinese_and_an_english_text()
    {
        var codes = RuleCodesInSources();
        Assert.True(codes.Count > 300, $"only {codes.Count} rule codes found; the scan has gone blind");

        var missing = codes.Where(c => !Catalog.HasRule(c.Code)).Select(c => $"{c.File}: {c.Code}").Distinct().ToList();
        Assert.True(missing.Count == 0, "rule codes without text:\n" + string.Join("\n", missing));
        var empty = Catalog.RuleEntries.Where(e => string.IsNullOrWhiteSpace(e.Zh) || string.IsNullOrWhiteSpace(e.En)).Select(e => e.Key).ToList();
        Assert.Empty(empty);
    }

    [Fact]
    public void Chinese_refusal_texts_are_chinese()
    {
        var notChinese = Catalog.RuleEntries.Where(e => !e.Zh.Any(c => c >= '\u4e00' && c <= '\u9fff')).Select(e => e.Key).ToList();
        Assert.Empty(notChinese);
    }

    [Fact]
    public void Chinese_template_uses_no_value_the_english_one_lacks()
    {
        // The English template is checked against the sites that raise it (it was their message); a Chinese
        // placeholder beyond it would fall back to English at run time.
        var extra = Catalog.RuleEntries
            .Select(e => (e.Key, Extra: Placeholders(e.Zh).Except(Placeholders(e.En)).Except(["field"]).ToList()))
            .Where(x => x.Extra.Count > 0)
            .Select(x => $"{x.Key}: {string.Join(", ", x.Extra)}")
            .ToList();
        Assert.Empty(extra);
    }

    [Fact]
    public void A_refusal_reads_in_chinese_with_its_values_and_the_fields_display_name()
    {
        var v = new RuleViolation("quantity", "assets.date.future", "The acquisition date is in the future.");
        var zh = CultureInfo.GetCultureInfo("zh-CN");

        Assert.Equal("数量不能晚于今天。", Catalog.Message(v, zh));
        Assert.Equal("数量：数量不能晚于今天。", Catalog.Describe(v, zh));

        var n = new RuleViolation("days", "calendar.negative-days", "The number of working days must not be negative (got -3).", ("n", -3));
        Assert.Equal("工作日数不能为负数（收到 -3）。", Catalog.Message(n, zh));
        Assert.Equal("The number of working days must not be negative (got -3).", Catalog.Message(n, CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void A_template_missing_a_value_falls_back_to_the_english_message()
    {
        var v = new RuleViolation("days", "calendar.negative-days", "developer text");

        Assert.Equal("developer text", Catalog.Message(v, CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void Row_and_column_fields_read_as_row_and_column_names()
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");

        Assert.Equal("第 4 行，金额", Catalog.FieldName("row 4, column amount", zh));
        Assert.Equal("row 4, Amount", Catalog.FieldName("row 4, column amount", CultureInfo.GetCultureInfo("en")));
        Assert.Equal("开始", Catalog.FieldName("periods[2].start", zh));
        Assert.Equal("unheard-of", Catalog.FieldName("unheard-of", zh));
    }

    private static IEnumerable<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value);

    /// <summary>
    /// Rule codes passed to <c>new RuleViolation(field, rule, ...)</c>, <c>RuleViolation.ThrowIf(c, field, rule, ...)</c>,
    /// <c>RuleResult.Refused(rule, ...)</c>, <c>RuleViolation.Found(v, field, rule, ...)</c> and import errors
    /// (<c>Invalid(rule, ...)</c>, <c>Fail(column, rule, ...)</c>), plus <c>const string ...Rule = "..."</c>.
    /// </summary>
    private static List<(string File, string Code)> RuleCodesInSources()
    {
        var found = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(SourceRoot(), "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains("Migrations", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            var name = Path.GetFileName(file);
            foreach (Match call in Call().Matches(text))
            {
                var skip = call.Groups["kind"].Value switch
                {
                    "Refused" or "Invalid" => 0,
                    "ThrowIf" or "Found" => 2,
                    _ => 1,
                };
                if (RuleArgument(text, call.Index + call.Length, skip) is { } argument)
                {
                    found.AddRange(Code().Matches(argument).Select(m => (name, m.Groups[1].Value)));
                }
            }

            found.AddRange(RuleConstant().Matches(text).Select(m => (name, m.Groups[1].Value)));
        }

        return found;
    }

    /// <summary>The text of the top-level argument after <paramref name="skip"/> others (strings skipped naively; enough before the message).</summary>
    private static string? RuleArgument(string text, int start, int skip)
    {
        var depth = 0;
        var index = 0;
        var from = start;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && depth-- == 0 || c == ',' && depth == 0)
            {
                if (index == skip)
                {
                    return text[from..i];
                }

                index++;
                from = i + 1;
                if (c == ')')
                {
                    return null;
                }
            }
        }

        return null;
    }

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tongban.slnx")))
            {
                return Path.Combine(dir.FullName, "src");
            }
        }

        throw new DirectoryNotFoundException("Tongban.slnx not found above the test output.");
    }

    [GeneratedRegex(@"(?:new\s+(?:[\w.]+\.)?RuleViolation|RuleViolation\.(?<kind>ThrowIf|Found)|RuleResult\.(?<kind>Refused)|\.(?<kind>Invalid)|\b(?<kind>Fail))\s*\(")]
    private static partial Regex Call();

    [GeneratedRegex("\"([a-z][a-z0-9]*(?:\\.[a-z0-9-]+)+)\"")]
    private static partial Regex Code();

    [GeneratedRegex("const string \\w*Rule\\w* = \"([a-z][a-z0-9]*(?:\\.[a-z0-9-]+)+)\"")]
    private static partial Regex RuleConstant();

    [GeneratedRegex(@"(?<!\{)\{(\w+)")]
    private static partial Regex Placeholder();
}
