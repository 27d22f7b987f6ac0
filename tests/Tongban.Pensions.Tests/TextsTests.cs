using System.Text.RegularExpressions;
using Tongban.Pensions.Transfers;

namespace Tongban.Pensions.Tests;

public sealed partial class TextsTests
{
    [Fact]
    public void Every_key_the_pages_use_exists_in_chinese_and_english()
    {
        var pages = SourceDir();
        var used = Directory.EnumerateFiles(pages, "*.razor")
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        var keys = PensionsTexts.All.ToDictionary(e => e.Key);

        Assert.True(used.Count > 50);
        Assert.Empty(used.Where(u => !keys.ContainsKey(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct());
        Assert.All(PensionsTexts.All, e => Assert.False(string.IsNullOrWhiteSpace(e.Zh) || string.IsNullOrWhiteSpace(e.En), e.Key));
        Assert.Equal(PensionsTexts.All.Count, keys.Count);
    }

    [Fact]
    public void Keys_built_from_enum_values_exist_for_every_value()
    {
        var keys = PensionsTexts.All.Select(e => e.Key).ToHashSet();
        var built = Enum.GetValues<TransferStep>().Select(s => $"pensions.step.{s}")
            .Concat(Enum.GetValues<TransferCase>().Select(c => $"pensions.case.{c}"))
            .Concat(Enum.GetValues<DestinationKind>().Select(d => $"pensions.destination.{d}"))
            .Concat(Enum.GetValues<TransferFormKind>().Select(f => $"pensions.form.{f}"))
            .Concat(Enum.GetValues<TransferOffice>().Select(o => $"pensions.office.{o}"))
            .Concat(new PensionsModule().Navigation.Select(n => n.TextKey));

        Assert.All(built, k => Assert.Contains(k, keys));
    }

    private static string SourceDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Tongban.Pensions", "Pages");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Tongban.Pensions/Pages not found above the test output.");
    }

    [GeneratedRegex("PensionsTexts\\.T\\(\"([a-z0-9.-]+)\"\\)")]
    private static partial Regex KeyUse();
}
