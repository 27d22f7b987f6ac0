using Tongban.Epidemic.Bulletin;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Demo;
using Tongban.Epidemic.Policy;

namespace Tongban.Epidemic.Tests.Rules;

public sealed class BulletinBuilderTests
{
    private static BulletinText Seed04Bulletin() =>
        BulletinBuilder.Build(Seed04Cases.Date, BulletinArea.Beijing, Seed04Cases.All.Select(c => c.Case).ToList(), 26, 11, EpidemicPolicy.Seed04);

    [Fact]
    public void The_headline_is_the_texts_16_plus_8_seed04_headline()
    {
        var b = Seed04Bulletin();
        Assert.Equal(16, b.Counts.LocalConfirmed);
        Assert.Equal(8, b.Counts.LocalAsymptomatic);
        Assert.Equal(2, b.Counts.Converted);
        Assert.StartsWith("北京10月30日新增本土“16+8”，含4例社会面筛查人员", b.Zh, StringComparison.Ordinal);
        Assert.StartsWith("Beijing added local \"16+8\" on October 30, including 4 social screening personnel.", b.En, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_states_the_texts_numbers_seed04_summary()
    {
        // Seed 04: 16 + 8 (including 2 converted), 18 isolated observers and 4 social screening, no new suspected
        // cases; 2 imported confirmed and 6 imported asymptomatic, no suspected; 26 cured, 11 released.
        var b = Seed04Bulletin();
        var c = b.Counts;
        Assert.Equal((18, 4, 0), (c.IsolatedObservers, c.SocialScreening, c.FoundNotStated));
        Assert.Equal((2, 6), (c.ImportedConfirmed, c.ImportedAsymptomatic));
        Assert.Equal((0, 0), (c.LocalSuspected, c.ImportedSuspected));
        Assert.Contains(
            "据北京市卫生健康委员会通报，10月30日0时至24时，新增本土确诊病例16例和无症状感染者8例（含2例无症状感染者转确诊病例），其中隔离观察人员18例，社会面筛查人员4例，无新增疑似病例；"
            + "新增境外输入确诊病例2例、无症状感染者6例，无新增疑似病例。治愈出院26例，解除医学观察无症状感染者11例。",
            b.Zh,
            StringComparison.Ordinal);
        Assert.Contains("and no new suspected cases were found; 2 confirmed cases and 6 asymptomatic infected persons imported from abroad were added, and no suspected cases were added.", b.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Converted_and_imported_asymptomatic_cases_are_counted_but_get_no_line_seed04_lines()
    {
        var b = Seed04Bulletin();
        Assert.DoesNotContain("Confirmed case 15", b.En, StringComparison.Ordinal);
        Assert.DoesNotContain("由无症状感染者转为确诊病例", b.Zh, StringComparison.Ordinal);
        var imported = b.En[b.En.IndexOf("\n\nImported cases from abroad", StringComparison.Ordinal)..];
        Assert.DoesNotContain("Asymptomatic infected person", imported, StringComparison.Ordinal);
        Assert.Contains("Confirmed case 2: ", imported, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suspected_case_is_reported_apart_and_not_as_a_case_seed04_no_new_suspected()
    {
        var suspected = new BulletinCase(CaseClass.Suspected, CaseOrigin.Local, FoundBy.SocialScreening, Seed04Cases.Date);
        var b = BulletinBuilder.Build(Seed04Cases.Date, BulletinArea.Beijing, [.. Seed04Cases.All.Select(c => c.Case), suspected], 26, 11, EpidemicPolicy.Seed04);
        Assert.Equal((16, 8, 1), (b.Counts.LocalConfirmed, b.Counts.LocalAsymptomatic, b.Counts.LocalSuspected));
        Assert.Contains("社会面筛查人员4例，新增疑似病例1例；", b.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Cases_with_the_same_line_share_one_line_as_cases_13_and_14_do_seed04_lines()
    {
        var b = Seed04Bulletin();
        Assert.Contains("\n\nConfirmed cases 13 and 14: Lives at the south of Xinggong, Miyun District, is an isolated observer, and was diagnosed as a confirmed case on October 30.", b.En, StringComparison.Ordinal);
        Assert.Contains("\n\n确诊病例13、14：现住密云区兴工南区，为隔离观察人员，10月30日诊断为确诊病例。", b.Zh, StringComparison.Ordinal);
        Assert.Contains("\n\nAsymptomatic infected persons 6 and 7: ", b.En, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirmed case 14:", b.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_without_address_or_way_found_gets_a_shorter_line_seed04_cases_6_and_12()
    {
        var b = Seed04Bulletin();
        Assert.Contains("\n\nConfirmed case 6: Is an isolated observer and was diagnosed as a confirmed case on October 30.", b.En, StringComparison.Ordinal);
        Assert.Contains("\n\n确诊病例6：为隔离观察人员，10月30日诊断为确诊病例。", b.Zh, StringComparison.Ordinal);
        Assert.Contains("\n\n确诊病例12：现住密云区宾阳西里社区，为隔离观察人员，10月30日诊断为确诊病例。", b.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Imported_cases_are_listed_apart_after_the_local_cases_seed04_imported()
    {
        var b = Seed04Bulletin();
        var local = b.En.IndexOf("\n\nLocal cases\n\n", StringComparison.Ordinal);
        var imported = b.En.IndexOf("\n\nImported cases from abroad\n\n", StringComparison.Ordinal);
        Assert.True(local > 0 && imported > local);
        Assert.Contains(
            "Confirmed case 1: Chinese national, arrived at Beijing Capital Airport from France on October 27, was sent to a centralized isolation hotel through closed-loop management, and was diagnosed as a confirmed case on October 30.",
            b.En[imported..],
            StringComparison.Ordinal);
        Assert.Contains("确诊病例2：中国籍，10月26日自中国台湾抵达北京首都国际机场，经闭环管理转运至集中隔离酒店，10月30日诊断为确诊病例。", b.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_closing_line_says_all_when_every_case_was_transferred_investigated_and_controlled_seed04_closing()
    {
        Assert.Contains("以上病例均已转至定点医院，已开展流行病学调查，并按要求落实管控措施。", Seed04Bulletin().Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_closing_line_counts_each_measure_when_some_are_still_open()
    {
        var cases = Seed04Cases.All.Select(c => c.Case).ToList();
        cases[0] = cases[0] with { Transferred = false };
        var b = BulletinBuilder.Build(Seed04Cases.Date, BulletinArea.Beijing, cases, 0, 0, EpidemicPolicy.Seed04);
        Assert.Contains("以上32例中，31例已转至定点医院，32例已开展流行病学调查，32例已按要求落实管控措施。", b.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_paragraphs_state_the_numbers_of_the_policy_in_force_seed04_rules()
    {
        var b = Seed04Bulletin();
        Assert.Contains("解除隔离后7天内不聚餐、不聚会、不去人员密集场所", b.Zh, StringComparison.Ordinal);
        Assert.Contains("抵京后落实“三天两检”，抵京后24小时内完成一次核酸检测", b.Zh, StringComparison.Ordinal);
        Assert.Contains("checking negative nucleic acid certificates from within 72 hours", b.En, StringComparison.Ordinal);
        var other = BulletinBuilder.Build(Seed04Cases.Date, BulletinArea.Beijing, [], 0, 0, EpidemicPolicy.Seed04 with { ArrivalRestrictionDays = 5 });
        Assert.Contains("5天内不聚餐", other.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conversion_from_asymptomatic_counts_as_confirmed_but_not_as_newly_found()
    {
        var converted = new BulletinCase(CaseClass.Confirmed, CaseOrigin.Local, FoundBy.IsolatedObserver, Seed04Cases.Date, "西城区", "Xicheng District", ConvertedFromAsymptomatic: true);
        var b = BulletinBuilder.Build(Seed04Cases.Date, BulletinArea.Beijing, [.. Seed04Cases.All.Select(c => c.Case), converted], 26, 11, EpidemicPolicy.Seed04);
        Assert.Equal(17, b.Counts.LocalConfirmed);
        Assert.Equal(18, b.Counts.IsolatedObservers);
        Assert.Contains("（含3例无症状感染者转确诊病例）", b.Zh, StringComparison.Ordinal);
        Assert.Contains("治愈出院26例，解除医学观察无症状感染者11例。", b.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_without_cases_still_gives_the_headline_and_the_rules()
    {
        var b = BulletinBuilder.Build(new DateOnly(2022, 11, 1), BulletinArea.Beijing, [], 0, 0, EpidemicPolicy.Seed04);
        Assert.StartsWith("北京11月1日新增本土“0+0”\n\n", b.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain("本土病例\n", b.Zh, StringComparison.Ordinal);
    }
}

public sealed class BulletinLimitTests
{
    private static readonly List<BulletinCase> Seed04 = Seed04Cases.All.Select(c => c.Case).ToList();

    [Fact]
    public void A_section_at_the_policys_limit_is_still_listed_case_by_case()
    {
        var b = BulletinBuilder.Build(Seed04Cases.Date, BulletinArea.Beijing, Seed04, 0, 0, EpidemicPolicy.Seed04 with { BulletinCaseLinesUpTo = 24 });
        Assert.Equal(BulletinBuilder.Build(Seed04Cases.Date, BulletinArea.Beijing, Seed04, 0, 0, EpidemicPolicy.Seed04).Zh, b.Zh);
        Assert.Contains("\n\n确诊病例1：现住西城区", b.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain("不再逐例列出", b.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_above_the_policys_limit_gives_its_cases_by_district_and_says_the_lines_are_omitted()
    {
        var b = BulletinBuilder.Build(Seed04Cases.Date, BulletinArea.Beijing, Seed04, 0, 0, EpidemicPolicy.Seed04 with { BulletinCaseLinesUpTo = 23 });

        // The 24 local cases: by district, most first; the eight imported cases are still listed (the two confirmed have lines).
        Assert.Contains("\n\n本土病例\n\n当日本土病例24例，超过逐例发布上限23例，不再逐例列出，按现住区分布如下：\n\n密云区：确诊病例5例，无症状感染者1例。", b.Zh, StringComparison.Ordinal);
        Assert.Contains("\n\nLocal cases\n\nWith 24 local cases, more than the 23 listed one by one, individual case lines are omitted; the cases by district of residence:\n\nMiyun District: 5 confirmed cases and 1 asymptomatic infected person.", b.En, StringComparison.Ordinal);
        Assert.Contains("\n\nDaxing District: 1 asymptomatic infected person.", b.En, StringComparison.Ordinal);
        Assert.Contains("\n\n未注明现住区：确诊病例3例。", b.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirmed cases 13 and 14", b.En, StringComparison.Ordinal);
        Assert.Contains("\n\n境外输入病例\n\n确诊病例1：中国籍", b.Zh, StringComparison.Ordinal);

        // The headline and the summary are the same numbers as when every line is listed.
        Assert.StartsWith("北京10月30日新增本土“16+8”，含4例社会面筛查人员", b.Zh, StringComparison.Ordinal);
        Assert.Equal(BulletinBuilder.Build(Seed04Cases.Date, BulletinArea.Beijing, Seed04, 0, 0, EpidemicPolicy.Seed04).Counts, b.Counts);
        Assert.Contains("以上病例均已转至定点医院", b.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_district_counts_of_a_long_day_sum_to_the_headline()
    {
        var b = BulletinBuilder.Build(Seed04Cases.Date, BulletinArea.Beijing, Seed04, 0, 0, EpidemicPolicy.Seed04 with { BulletinCaseLinesUpTo = 0 });
        var (confirmed, asymptomatic) = DistrictSums(b.Zh, "本土病例");
        Assert.Equal((16, 8), (confirmed, asymptomatic));
        Assert.Equal((2, 6), DistrictSums(b.Zh, "境外输入病例"));
        Assert.Contains("当日境外输入病例8例，超过逐例发布上限0例，不再逐例列出，按所在区分布如下：\n\n未注明所在区：确诊病例2例，无症状感染者6例。", b.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_limit_is_refused()
    {
        var v = Assert.Throws<Kernel.Errors.RuleViolation>(() => (EpidemicPolicy.Seed04 with { BulletinCaseLinesUpTo = -1 }).Validate());
        Assert.Equal(nameof(EpidemicPolicy.BulletinCaseLinesUpTo), v.Field);
        Assert.Equal("epidemic.policy.negative", v.Rule);
    }

    /// <summary>The confirmed and asymptomatic cases of a section's district lines ("X区：确诊病例n例，无症状感染者m例。"), summed.</summary>
    internal static (int Confirmed, int Asymptomatic) DistrictSums(string zh, string section)
    {
        var start = zh.IndexOf("\n\n" + section + "\n\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {section}");
        var body = zh[(start + section.Length + 4)..];
        var end = body.IndexOf("\n\n以上", StringComparison.Ordinal);
        var next = body.IndexOf("\n\n境外输入病例", StringComparison.Ordinal);
        body = body[..(next >= 0 && next < end ? next : end)];
        int confirmed = 0, asymptomatic = 0;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(
            body, "\n\n[^：\n]+：(?:确诊病例(\\d+)例)?，?(?:无症状感染者(\\d+)例)?。"))
        {
            confirmed += m.Groups[1].Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            asymptomatic += m.Groups[2].Success ? int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }

        return (confirmed, asymptomatic);
    }
}
