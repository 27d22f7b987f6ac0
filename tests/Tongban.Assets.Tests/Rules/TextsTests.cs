using System.Text.RegularExpressions;
using Tongban.Assets.Cards;
using Tongban.Assets.Disposal;
using Tongban.Assets.Use;

namespace Tongban.Assets.Tests.Rules;

public sealed partial class TextsTests
{
    private static readonly HashSet<string> Keys = [.. AssetsTexts.All.Select(t => t.Key)];

    [Fact]
    public void Every_key_the_pages_use_exists_in_both_languages()
    {
        var pages = Path.Combine(SourceRoot(), "Pages");
        var used = Directory.EnumerateFiles(pages, "*.razor").SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).Distinct().ToList();
        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, k => !Keys.Contains(k));
        Assert.All(AssetsTexts.All, t => Assert.False(string.IsNullOrWhiteSpace(t.Zh) || string.IsNullOrWhiteSpace(t.En), t.Key));
        Assert.Equal(AssetsTexts.All.Count, Keys.Count);
    }

    [Fact]
    public void Keys_built_from_enum_values_exist()
    {
        var keys = Enum.GetNames<Composition>().Select(n => "assets.composition." + n)
            .Concat(Enum.GetNames<AssetStatus>().Select(n => "assets.status." + n))
            .Concat(Enum.GetNames<DisposalKind>().Select(n => "assets.disposal.kind." + n))
            .Concat(Enum.GetNames<IncomeHandling>().Select(n => "assets.income.handling." + n));
        Assert.All(keys, k => Assert.Contains(k, Keys));
    }

    [Fact]
    public void Every_navigation_entry_has_a_text() =>
        Assert.All(new AssetsModule().Navigation, n => Assert.Contains(n.TextKey, Keys));

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Tongban.Assets");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Tongban.Assets");
    }

    [GeneratedRegex("""T\("([a-z0-9.\-]+)"[,)]""")]
    private static partial Regex KeyUse();
}
