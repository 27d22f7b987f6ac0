using System.Text.RegularExpressions;
using Tongban.Renewal.Communities;
using Tongban.Renewal.Concerns;
using Tongban.Renewal.Lifeline;

namespace Tongban.Renewal.Tests;

public sealed partial class TextsTests
{
    [Fact]
    public void Every_key_the_pages_use_exists_in_chinese_and_english()
    {
        var used = Directory.EnumerateFiles(SourceDir(), "*.razor")
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        var keys = RenewalTexts.All.ToDictionary(e => e.Key);

        Assert.True(used.Count > 60);
        Assert.Empty(used.Where(u => !keys.ContainsKey(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct());
        Assert.All(RenewalTexts.All, e => Assert.False(string.IsNullOrWhiteSpace(e.Zh) || string.IsNullOrWhiteSpace(e.En), e.Key));
        Assert.Equal(RenewalTexts.All.Count, keys.Count);
    }

    [Fact]
    public void Every_enum_value_shown_and_the_navigation_have_texts()
    {
        var keys = RenewalTexts.All.Select(e => e.Key).ToHashSet();
        IEnumerable<string> Of<T>()
            where T : struct, Enum => Enum.GetValues<T>().Select(v => $"enum.{typeof(T).Name}.{v}");
        var built = Of<RenovationCategory>().Concat(Of<FundingChannel>()).Concat(Of<ConcernTopic>()).Concat(Of<Satisfaction>()).Concat(Of<LifelineKind>())
            .Concat(Of<AlarmSeverity>()).Concat(Of<AlarmStatus>()).Concat(Of<RuleType>())
            .Concat(new RenewalModule().Navigation.Select(n => n.TextKey));

        Assert.All(built, k => Assert.Contains(k, keys));
    }

    [Fact]
    public void Every_rule_code_the_module_throws_has_both_texts()
    {
        var codes = Directory.EnumerateFiles(Path.Combine(SourceDir(), ".."), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => RuleCode().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(c => !RenewalPermissions.Roles.Any(r => r.Name == c || r.Permissions.Contains(c)))
            .Where(c => !RenewalTexts.All.Any(t => t.Key == c) && c is not ("renewal.ingest" or "renewal.rollup"))
            .Where(c => !Demo.RenewalDemo.Accounts.Any(a => a.UserName == c))
            .Distinct()
            .ToList();
        var texts = RenewalRuleTexts.Rules.Select(r => r.Key).ToHashSet();

        Assert.NotEmpty(codes);
        Assert.DoesNotContain(codes, c => !texts.Contains(c));
    }

    private static string SourceDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Tongban.Renewal", "Pages");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Tongban.Renewal/Pages not found above the test output.");
    }

    [GeneratedRegex("RenewalTexts\\.[TF]\\(\"([a-z0-9.-]+)\"")]
    private static partial Regex KeyUse();

    [GeneratedRegex("\"(renewal\\.[a-z0-9-]+)\"")]
    private static partial Regex RuleCode();
}
