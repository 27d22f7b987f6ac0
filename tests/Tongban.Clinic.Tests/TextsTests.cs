using System.Text.RegularExpressions;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Patients;
using Tongban.Clinic.Scores;

namespace Tongban.Clinic.Tests;

public sealed partial class TextsTests
{
    [Fact]
    public void Every_key_the_pages_use_exists_in_chinese_and_english()
    {
        var used = Directory.EnumerateFiles(SourceDir(), "*.razor")
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        var keys = ClinicTexts.All.ToDictionary(e => e.Key);

        Assert.True(used.Count > 60);
        Assert.Empty(used.Where(u => !keys.ContainsKey(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct());
        Assert.All(ClinicTexts.All, e => Assert.False(string.IsNullOrWhiteSpace(e.Zh) || string.IsNullOrWhiteSpace(e.En), e.Key));
        Assert.Equal(ClinicTexts.All.Count, keys.Count);
    }

    [Fact]
    public void Every_enum_value_shown_and_the_navigation_have_texts()
    {
        var keys = ClinicTexts.All.Select(e => e.Key).ToHashSet();
        var built = new Enum[0]
            .Concat(Enum.GetValues<Sex>().Cast<Enum>())
            .Concat(Enum.GetValues<Programme>().Cast<Enum>())
            .Concat(Enum.GetValues<FollowUpItem>().Cast<Enum>())
            .Concat(Enum.GetValues<ReminderChannel>().Cast<Enum>())
            .Concat(Enum.GetValues<ReminderOutcome>().Cast<Enum>())
            .Concat(Enum.GetValues<Ascites>().Cast<Enum>())
            .Concat(Enum.GetValues<Encephalopathy>().Cast<Enum>())
            .Concat(Enum.GetValues<ChildPughClass>().Cast<Enum>())
            .Select(v => $"enum.{v.GetType().Name}.{v}")
            .Concat(new ClinicModule().Navigation.Select(n => n.TextKey));

        Assert.All(built, k => Assert.Contains(k, keys));
    }

    [Fact]
    public void Every_rule_code_the_module_throws_has_both_texts()
    {
        var codes = Directory.EnumerateFiles(Path.Combine(SourceDir(), ".."), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => RuleCode().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(c => !ClinicPermissions.Roles.Any(r => r.Name == c || r.Permissions.Contains(c)))
            .Where(c => !ClinicTexts.All.Any(t => t.Key == c))
            .Where(c => !Demo.ClinicDemo.Accounts.Any(a => a.UserName == c))
            .Where(c => !new ClinicModule().Benchmarks.Any(b => b.Name == c))
            .Distinct()
            .ToList();
        var texts = ClinicRuleTexts.Rules.Select(r => r.Key).ToHashSet();

        Assert.NotEmpty(codes);
        Assert.DoesNotContain(codes, c => !texts.Contains(c));
    }

    private static string SourceDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Tongban.Clinic", "Pages");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Tongban.Clinic/Pages not found above the test output.");
    }

    [GeneratedRegex("ClinicTexts\\.[TF]\\(\"([a-z0-9.-]+)\"")]
    private static partial Regex KeyUse();

    [GeneratedRegex("\"(clinic\\.[a-z0-9-]+)\"")]
    private static partial Regex RuleCode();
}
