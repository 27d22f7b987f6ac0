using System.Text.RegularExpressions;
using Tongban.Components.Layout;
using Tongban.Kernel.Texts;
using Tongban.Texts;

namespace Tongban.Tests.Web;

public sealed partial class TextsTests
{
    private static readonly TextCatalog Catalog = ModuleCatalog.Texts;

    [Fact]
    public void Every_text_has_both_chinese_and_english()
    {
        var missing = Catalog.Entries.Where(e => string.IsNullOrWhiteSpace(e.Zh) || string.IsNullOrWhiteSpace(e.En)).Select(e => e.Key).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Chinese_texts_are_chinese()
    {
        // A Chinese entry without a single CJK character was almost always pasted from the English one.
        var suspicious = Catalog.Entries
            .Where(e => e.Zh == e.En && !e.Zh.Any(c => c >= '\u4e00' && c <= '\u9fff') && e.Zh.Any(char.IsLetter) && !AllowedSame.Contains(e.Key))
            .Select(e => e.Key)
            .ToList();
        Assert.Empty(suspicious);
    }

    [Fact]
    public void Every_key_used_in_razor_files_exists()
    {
        var root = SourceRoot();
        var used = Directory.EnumerateFiles(root, "*.razor", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        Assert.NotEmpty(used);
        var unknown = used.Where(u => !Catalog.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_navigation_entry_has_a_text()
    {
        var keys = HostNavigation.Work.Concat(HostNavigation.Administration).Concat(HostNavigation.Developer)
            .Concat(ModuleCatalog.All.SelectMany(m => m.Navigation))
            .Select(n => n.TextKey);
        Assert.All(keys, k => Assert.True(Catalog.Contains(k), k));
    }

    [Fact]
    public void Keys_built_at_run_time_exist_for_every_value()
    {
        var keys = Enum.GetValues<Tongban.Kernel.Orgs.OrgKind>().Select(k => "orgkind." + k.ToString().ToLowerInvariant())
            .Concat(Enum.GetValues<Tongban.Kernel.Orgs.OrgLevel>().Select(l => "orglevel." + l.ToString().ToLowerInvariant()))
            .Concat(Enumerable.Range(0, 7).SelectMany(d => new[] { $"weekday.{d}", $"weekday.short.{d}" }));
        Assert.All(keys, k => Assert.True(Catalog.Contains(k), k));
    }

    private static readonly HashSet<string> AllowedSame = ["export.csv", "nav.apiref", "nav.tokens"];

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Tongban", "Components");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Tongban/Components not found above the test output.");
    }

    // T["key"] and T.Format("key", ...): literal keys; dynamic ones are covered by the navigation test.
    [GeneratedRegex("\\bT(?:\\[|\\.Format\\()\"([a-z][a-z0-9]*(?:\\.[a-z0-9-]+)+)\"")]
    private static partial Regex KeyUse();
}
