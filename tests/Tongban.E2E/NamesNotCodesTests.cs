using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tongban.Components.Layout;

namespace Tongban.E2E;

/// <summary>
/// Issue 19 item 4: a user reads names, not codes. Walks every page in the navigation (and the first
/// matter and asset card they link to) as the administrator in both languages and fails on a dotted
/// lowercase code (a rule, workflow or text key such as <c>kernel.funding-request</c>) or a
/// PascalCase enum value name of the suite's enums (such as <c>LossAndScrapping</c>) in visible text.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class NamesNotCodesTests(AppFixture app) : BrowserTest(app)
{
    /// <summary>Pages that legitimately show codes: the API reference.</summary>
    private static readonly string[] CodePages = ["/api-reference"];

    /// <summary>Account names (such as <c>juv.school</c>) are identifiers a user signs in with, not codes to translate.</summary>
    private static readonly HashSet<string> UserNames = Demo.DemoWorld.AllAccounts.Select(a => a.UserName).ToHashSet(StringComparer.Ordinal);

    private static readonly string[] FileExtensions = ["csv", "xlsx", "pdf", "png", "svg", "json", "db", "txt", "md"];

    /// <summary>Multi-word value names of every enum in the suite's assemblies (single words like "Sale" are ordinary English).</summary>
    private static readonly HashSet<string> EnumNames = ModuleCatalog.All.Select(m => m.GetType().Assembly)
        .Append(typeof(Kernel.Texts.TextCatalog).Assembly)
        .Append(typeof(ModuleCatalog).Assembly)
        .SelectMany(a => a.GetTypes())
        .Where(t => t.IsEnum)
        .SelectMany(Enum.GetNames)
        .Where(n => PascalCase().IsMatch(n))
        .ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public Task Pages_show_names_not_codes(string locale) => WithPageAsync(
        async page =>
        {
            var pages = HostNavigation.Work.Concat(HostNavigation.Administration).Concat(HostNavigation.Developer)
                .Concat(ModuleCatalog.All.SelectMany(m => m.Navigation))
                .Select(n => n.Href)
                .Where(h => !CodePages.Contains(h))
                .Distinct()
                .ToList();
            var findings = new List<string>();
            foreach (var href in pages)
            {
                findings.AddRange(await CodesOnAsync(page, href));
            }

            // The detail pages the lists open: a matter's timeline, an asset card's history.
            foreach (var (list, link) in new[] { ("/", "a[href^='/matters/']"), ("/assets", "a[href^='/assets/cards/']") })
            {
                await OpenAsync(page, list);
                if (await page.Locator(link).CountAsync() > 0)
                {
                    var href = await page.Locator(link).First.GetAttributeAsync("href");
                    pages.Add(href!);
                    findings.AddRange(await CodesOnAsync(page, href!));
                }
            }

            Assert.True(pages.Count >= 30, $"Only {pages.Count} pages walked.");
            Assert.True(findings.Count == 0, $"Codes in visible text ({locale}, {pages.Count} pages):\n" + string.Join('\n', findings.Distinct()));
        },
        locale: locale);

    private static async Task<IEnumerable<string>> CodesOnAsync(IPage page, string href)
    {
        await OpenAsync(page, href);
        // Mono-spaced spans are references, hashes and identifiers a user copies (a reference number, a token prefix).
        var text = await page.Locator(".mud-main-content").EvaluateAsync<string>(
            "e => { const c = e.cloneNode(true); c.querySelectorAll('.tb-mono, code, pre').forEach(x => x.remove()); document.body.appendChild(c); const t = c.innerText; c.remove(); return t; }");
        return Codes(text).Select(code => $"{href}: {code}");
    }

    private static async Task OpenAsync(IPage page, string href)
    {
        await page.GotoAsync(href);
        await Assertions.Expect(page.Locator(".mud-main-content").GetByRole(AriaRole.Heading).First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(300);
    }

    /// <summary>Dotted lowercase codes (not URLs, hosts or file names) and enum value names in <paramref name="text"/>.</summary>
    public static IEnumerable<string> Codes(string text)
    {
        foreach (Match m in DottedCode().Matches(text))
        {
            var last = m.Value[(m.Value.LastIndexOf('.') + 1)..];
            if (!FileExtensions.Contains(last) && !m.Value.StartsWith("www.", StringComparison.Ordinal) && !UserNames.Contains(m.Value))
            {
                yield return m.Value;
            }
        }

        foreach (Match m in PascalCase().Matches(text))
        {
            if (EnumNames.Contains(m.Value))
            {
                yield return m.Value;
            }
        }
    }

    [Theory]
    [InlineData("kernel.funding-request", true)]
    [InlineData("拒绝：assets.card.code-taken", true)]
    [InlineData("状态 LossAndScrapping", true)]
    [InlineData("see https://example.org/a.b and due.csv, e.g. 2025.10", false)]
    [InlineData("Sale of a car, in use", false)]
    public void The_detector_finds_codes_and_passes_ordinary_text(string text, bool hasCode) =>
        Assert.Equal(hasCode, Codes(text).Any());

    // Lowercase segments joined by dots, not inside a URL, path or e-mail address.
    [GeneratedRegex(@"(?<![\w/@.:-])[a-z][a-z0-9-]{2,}(?:\.[a-z][a-z0-9-]*)+(?![\w/.@-])")]
    private static partial Regex DottedCode();

    [GeneratedRegex(@"\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\b")]
    private static partial Regex PascalCase();
}
