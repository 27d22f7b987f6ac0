using System.Text.RegularExpressions;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.Rules;

namespace Tongban.Juvenile.Tests.Rules;

public sealed partial class TextsTests
{
    private static readonly HashSet<string> Keys = JuvenileTexts.All.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_key_used_in_the_pages_exists_in_both_languages()
    {
        var pages = Path.Combine(SourceRoot(), "Pages");
        var used = Directory.EnumerateFiles(pages, "*.razor").SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).Distinct().ToList();
        Assert.True(used.Count > 50);
        Assert.DoesNotContain(used, k => !Keys.Contains(k));
        Assert.All(JuvenileTexts.All, t => Assert.False(string.IsNullOrWhiteSpace(t.Zh) || string.IsNullOrWhiteSpace(t.En), t.Key));
    }

    [Fact]
    public void Keys_built_at_run_time_exist_for_every_value()
    {
        var keys = Enum.GetValues<CaseStage>().Select(s => "juvenile.stage." + s)
            .Concat(Enum.GetValues<RiskLevel>().Select(r => "juvenile.risk." + r))
            .Concat(Enum.GetValues<NoticeStatus>().Select(n => "juvenile.notice." + n))
            .Concat(Enum.GetValues<ReferralStatus>().Select(s => "juvenile.referral.status." + s))
            .Concat(Tongban.Juvenile.SpecialEducation.SpecialEducationWorkflow.Definition.States.Where(s => s.Code != "application").Select(s => "juvenile.special.state." + s.Code))
            .Concat(new JuvenileModule().Navigation.Select(n => n.TextKey));
        Assert.All(keys, k => Assert.Contains(k, Keys));
    }

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Tongban.Juvenile");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Tongban.Juvenile not found above the test output.");
    }

    [GeneratedRegex("\\bT\\(\"(juvenile\\.[a-z0-9.\\-]+)\"")]
    private static partial Regex KeyUse();
}
