using System.Text.RegularExpressions;
using Tongban.Patents.Fees;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Transformation;
using Tongban.Patents.Value;

namespace Tongban.Patents.Tests;

public sealed partial class TextsTests
{
    [Fact]
    public void Every_key_the_pages_use_exists_in_chinese_and_english()
    {
        var used = Directory.EnumerateFiles(SourceDir(), "*.razor")
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        var keys = PatentsTexts.All.ToDictionary(e => e.Key);

        Assert.True(used.Count > 100);
        Assert.Empty(used.Where(u => !keys.ContainsKey(u.Key) && !u.Key.EndsWith('.')).Select(u => $"{u.File}: {u.Key}").Distinct());
        Assert.All(PatentsTexts.All, e => Assert.False(string.IsNullOrWhiteSpace(e.Zh) || string.IsNullOrWhiteSpace(e.En), e.Key));
        Assert.Equal(PatentsTexts.All.Count, keys.Count);
    }

    [Fact]
    public void Keys_built_from_enum_values_exist_for_every_value()
    {
        var keys = PatentsTexts.All.Select(e => e.Key).ToHashSet();
        var built = Enum.GetValues<PatentType>().Select(v => $"patents.type.{v}")
            .Concat(Enum.GetValues<LegalStatus>().Select(v => $"patents.status.{v}"))
            .Concat(Enum.GetValues<Reduction>().Select(v => $"patents.reduction.{v}"))
            .Concat(Enum.GetValues<ValuePurpose>().Select(v => $"patents.purpose.{v}"))
            .Concat(Enum.GetValues<Indicator>().Select(v => $"patents.indicator.{v}"))
            .Concat(Enum.GetValues<IndicatorGroup>().Select(v => $"patents.group.{v}"))
            .Concat(Enum.GetValues<TransformationMode>().Select(v => $"patents.mode.{v}"))
            .Concat(Enum.GetValues<Reminder>().Select(v => $"patents.reminder.{v}"))
            .Concat(Enum.GetValues<RuleTag>().Select(v => $"patents.tag.{v}"))
            .Concat(new[] { "keep", "review", "drop", "score" }.Select(v => $"patents.advice.{v}"))
            .Concat(new PatentsModule().Navigation.Select(n => n.TextKey));

        Assert.All(built, k => Assert.Contains(k, keys));
    }

    [Fact]
    public void Every_rule_code_of_the_module_has_both_texts()
    {
        var texts = PatentsRuleTexts.Rules.Select(r => r.Key).ToHashSet();
        var codes = Directory.EnumerateFiles(Path.GetDirectoryName(SourceDir())!, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => RuleUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();

        Assert.True(codes.Count > 40);
        var missing = codes.Where(c => !texts.Contains(c)).ToList();
        Assert.True(missing.Count == 0, string.Join(", ", missing));
    }

    private static string SourceDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Tongban.Patents", "Pages");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Tongban.Patents/Pages not found above the test output.");
    }

    [GeneratedRegex("PatentsTexts\\.T\\(\"([a-z0-9.-]+)\"\\)")]
    private static partial Regex KeyUse();

    [GeneratedRegex("(?:RuleViolation|Refused|Found|ThrowIf|Fail)\\([^;]*?\"(patents\\.[a-z0-9-]+)\"")]
    private static partial Regex RuleUse();
}
