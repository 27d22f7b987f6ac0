using System.Text.RegularExpressions;
using Tongban.Delivery.Orders;

namespace Tongban.Delivery.Tests;

public sealed partial class TextsTests
{
    [Fact]
    public void Every_key_the_pages_use_exists_in_chinese_and_english()
    {
        var used = Directory.EnumerateFiles(SourceDir(), "*.razor")
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        var keys = DeliveryTexts.All.ToDictionary(e => e.Key);

        Assert.True(used.Count > 80);
        Assert.Empty(used.Where(u => !keys.ContainsKey(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct());
        Assert.All(DeliveryTexts.All, e => Assert.False(string.IsNullOrWhiteSpace(e.Zh) || string.IsNullOrWhiteSpace(e.En), e.Key));
        Assert.Equal(DeliveryTexts.All.Count, keys.Count);
    }

    [Fact]
    public void Keys_built_from_enum_values_and_the_navigation_exist()
    {
        var keys = DeliveryTexts.All.Select(e => e.Key).ToHashSet();
        var built = Enum.GetValues<BusinessArea>().Select(a => $"delivery.area.{a}")
            .Concat(Enum.GetValues<MilestoneKind>().Select(m => $"delivery.milestone.{m}"))
            .Concat(Enum.GetValues<Relationship>().Select(r => $"delivery.relationship.{r}"))
            .Concat(new[] { "area", "sector", "region" }.Select(d => $"delivery.segments.by-{d}"))
            .Concat(new DeliveryModule().Navigation.Select(n => n.TextKey));

        Assert.All(built, k => Assert.Contains(k, keys));
    }

    [Fact]
    public void Every_rule_code_the_module_throws_has_both_texts()
    {
        var codes = Directory.EnumerateFiles(Path.Combine(SourceDir(), ".."), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => RuleCode().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(c => !DeliveryPermissions.Roles.Any(r => r.Name == c || r.Permissions.Contains(c)))
            .Where(c => !DeliveryTexts.All.Any(t => t.Key == c) && c is not ("delivery.orders" or "delivery.backlog"))
            .Where(c => !Demo.DeliveryDemo.Accounts.Any(a => a.UserName == c))
            .Distinct()
            .ToList();
        var texts = DeliveryRuleTexts.Rules.Select(r => r.Key).ToHashSet();

        Assert.NotEmpty(codes);
        Assert.DoesNotContain(codes, c => !texts.Contains(c));
    }

    private static string SourceDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Tongban.Delivery", "Pages");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Tongban.Delivery/Pages not found above the test output.");
    }

    [GeneratedRegex("DeliveryTexts\\.[TF]\\(\"([a-z0-9.-]+)\"")]
    private static partial Regex KeyUse();

    [GeneratedRegex("\"(delivery\\.[a-z0-9-]+)\"")]
    private static partial Regex RuleCode();
}
