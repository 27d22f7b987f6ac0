using System.Globalization;
using System.Text;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Policy;

namespace Tongban.Epidemic.Bulletin;

/// <summary>One recorded case as the bulletin needs it.</summary>
public sealed record BulletinCase(
    CaseClass Class,
    CaseOrigin Origin,
    FoundBy FoundBy,
    DateOnly DiagnosisDate,
    string? DistrictZh = null,
    string? DistrictEn = null,
    string? AddressZh = null,
    string? AddressEn = null,
    bool ConvertedFromAsymptomatic = false,
    string? NationalityZh = null,
    string? NationalityEn = null,
    string? OriginZh = null,
    string? OriginEn = null,
    string? PortZh = null,
    string? PortEn = null,
    DateOnly? ArrivalDate = null,
    bool Transferred = false,
    bool Investigated = false,
    bool ControlMeasures = false);

/// <summary>The area a bulletin covers: its name, the short name used in "进返京", and the issuing commission.</summary>
public sealed record BulletinArea(string NameZh, string NameEn, string ShortZh, string IssuerZh, string IssuerEn)
{
    public static BulletinArea Beijing { get; } = new("北京", "Beijing", "京", "北京市卫生健康委员会", "Beijing Municipal Health Commission");
}

/// <summary>Every number the bulletin states, counted from the cases given.</summary>
public sealed record BulletinCounts(
    int LocalConfirmed,
    int LocalAsymptomatic,
    int Converted,
    int IsolatedObservers,
    int SocialScreening,
    int FoundNotStated,
    int ImportedConfirmed,
    int ImportedAsymptomatic,
    int CuredDischarged,
    int ReleasedFromObservation,
    int Transferred,
    int Investigated,
    int ControlMeasures,
    int Total);

public sealed record BulletinText(DateOnly Date, BulletinCounts Counts, string Zh, string En);

/// <summary>
/// Builds the daily bulletin in the structure of seed 04: headline with local confirmed + local
/// asymptomatic and the social-screening count, the summary paragraph, a line per local case,
/// imported cases apart, the closing line on hospital transfer, investigation and control, and the
/// rules for isolated people and arrivals with the numbers of the policy in force. Every number
/// is counted from the cases given, never typed in.
/// </summary>
public static class BulletinBuilder
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    /// <summary>
    /// <paramref name="cases"/> are the day's cases in reporting order; <paramref name="curedDischarged"/>
    /// and <paramref name="releasedFromObservation"/> are counts of earlier cases whose outcome was recorded that day.
    /// </summary>
    public static BulletinText Build(
        DateOnly date,
        BulletinArea area,
        IReadOnlyList<BulletinCase> cases,
        int curedDischarged,
        int releasedFromObservation,
        EpidemicPolicy policy)
    {
        var counts = Count(cases, curedDischarged, releasedFromObservation);
        var local = cases.Where(c => c.Origin == CaseOrigin.Local).ToList();
        var imported = cases.Where(c => c.Origin == CaseOrigin.Imported).ToList();

        var zh = new StringBuilder();
        var en = new StringBuilder();
        zh.Append(HeadlineZh(date, area, counts)).Append("\n\n").Append(SummaryZh(date, area, counts));
        en.Append(HeadlineEn(date, area, counts)).Append("\n\n").Append(SummaryEn(date, area, counts));

        if (local.Count > 0)
        {
            zh.Append("\n\n本土病例");
            en.Append("\n\nLocal cases");
            AppendLines(zh, en, local, LocalBody);
        }

        if (imported.Count > 0)
        {
            zh.Append("\n\n境外输入病例");
            en.Append("\n\nImported cases from abroad");
            AppendLines(zh, en, imported, ImportedBody);
        }

        if (cases.Count > 0)
        {
            var (closingZh, closingEn) = Closing(counts);
            zh.Append("\n\n").Append(closingZh);
            en.Append("\n\n").Append(closingEn);
        }

        zh.Append("\n\n").Append(IsolationRulesZh(policy)).Append("\n\n").Append(ArrivalRulesZh(area, policy)).Append('\n');
        en.Append("\n\n").Append(IsolationRulesEn(policy)).Append("\n\n").Append(ArrivalRulesEn(area, policy)).Append('\n');
        return new BulletinText(date, counts, zh.ToString(), en.ToString());
    }

    public static BulletinCounts Count(IReadOnlyList<BulletinCase> cases, int curedDischarged, int releasedFromObservation)
    {
        var local = cases.Where(c => c.Origin == CaseOrigin.Local).ToList();

        // Seed 04: "18 isolated observers and 4 social screening personnel" count the newly found
        // cases, so a conversion from asymptomatic (already counted when found) is left out.
        var found = local.Where(c => !c.ConvertedFromAsymptomatic).ToList();
        return new BulletinCounts(
            local.Count(c => c.Class == CaseClass.Confirmed),
            local.Count(c => c.Class == CaseClass.Asymptomatic),
            local.Count(c => c.ConvertedFromAsymptomatic),
            found.Count(c => c.FoundBy == FoundBy.IsolatedObserver),
            found.Count(c => c.FoundBy == FoundBy.SocialScreening),
            found.Count(c => c.FoundBy is FoundBy.NotStated or FoundBy.ClosedLoopArrival),
            cases.Count(c => c.Origin == CaseOrigin.Imported && c.Class == CaseClass.Confirmed),
            cases.Count(c => c.Origin == CaseOrigin.Imported && c.Class == CaseClass.Asymptomatic),
            curedDischarged,
            releasedFromObservation,
            cases.Count(c => c.Transferred),
            cases.Count(c => c.Investigated),
            cases.Count(c => c.ControlMeasures),
            cases.Count);
    }

    private static string DateZh(DateOnly d) => $"{d.Month}月{d.Day}日";

    private static string DateEn(DateOnly d) => d.ToString("MMMM d", En);

    private static string HeadlineZh(DateOnly date, BulletinArea area, BulletinCounts c) =>
        $"{area.NameZh}{DateZh(date)}新增本土“{c.LocalConfirmed}+{c.LocalAsymptomatic}”"
        + (c.SocialScreening > 0 ? $"，含{c.SocialScreening}例社会面筛查人员" : "");

    private static string HeadlineEn(DateOnly date, BulletinArea area, BulletinCounts c) =>
        $"{area.NameEn} added local \"{c.LocalConfirmed}+{c.LocalAsymptomatic}\" on {DateEn(date)}"
        + (c.SocialScreening > 0 ? $", including {c.SocialScreening} social screening {Plural(c.SocialScreening, "person", "personnel")}." : ".");

    private static string SummaryZh(DateOnly date, BulletinArea area, BulletinCounts c)
    {
        var s = new StringBuilder();
        s.Append($"据{area.IssuerZh}通报，{DateZh(date)}0时至24时，新增本土确诊病例{c.LocalConfirmed}例和无症状感染者{c.LocalAsymptomatic}例");
        if (c.Converted > 0)
        {
            s.Append($"（含{c.Converted}例无症状感染者转确诊病例）");
        }

        s.Append($"，其中隔离观察人员{c.IsolatedObservers}例，社会面筛查人员{c.SocialScreening}例");
        if (c.FoundNotStated > 0)
        {
            s.Append($"，未注明发现途径{c.FoundNotStated}例");
        }

        s.Append($"；新增境外输入确诊病例{c.ImportedConfirmed}例、无症状感染者{c.ImportedAsymptomatic}例。");
        s.Append($"治愈出院{c.CuredDischarged}例，解除医学观察无症状感染者{c.ReleasedFromObservation}例。");
        return s.ToString();
    }

    private static string SummaryEn(DateOnly date, BulletinArea area, BulletinCounts c)
    {
        var s = new StringBuilder();
        s.Append($"According to the {area.IssuerEn}, from 0:00 to 24:00 on {DateEn(date)}, ");
        s.Append($"{c.LocalConfirmed} local confirmed {Plural(c.LocalConfirmed, "case", "cases")} and {c.LocalAsymptomatic} asymptomatic infected {Plural(c.LocalAsymptomatic, "person", "persons")} were added");
        if (c.Converted > 0)
        {
            s.Append($" (including {c.Converted} asymptomatic infected {Plural(c.Converted, "person", "persons")} converted to confirmed {Plural(c.Converted, "case", "cases")})");
        }

        s.Append($", of whom {c.IsolatedObservers} {Plural(c.IsolatedObservers, "was an isolated observer", "were isolated observers")} and {c.SocialScreening} {Plural(c.SocialScreening, "was", "were")} found by social screening");
        if (c.FoundNotStated > 0)
        {
            s.Append($", and for {c.FoundNotStated} the way found is not stated");
        }

        s.Append($"; {c.ImportedConfirmed} confirmed {Plural(c.ImportedConfirmed, "case", "cases")} and {c.ImportedAsymptomatic} asymptomatic infected {Plural(c.ImportedAsymptomatic, "person", "persons")} imported from abroad were added. ");
        s.Append($"{c.CuredDischarged} {Plural(c.CuredDischarged, "case was", "cases were")} cured and discharged, and {c.ReleasedFromObservation} asymptomatic infected {Plural(c.ReleasedFromObservation, "person was", "persons were")} released from medical observation.");
        return s.ToString();
    }

    /// <summary>
    /// One line per case, numbered per class within the section; consecutive cases whose lines
    /// would read the same share one line ("Confirmed cases 13 and 14", as the text does).
    /// </summary>
    private static void AppendLines(
        StringBuilder zh, StringBuilder en, List<BulletinCase> cases, Func<BulletinCase, (string Zh, string En)> body)
    {
        var numbers = new Dictionary<CaseClass, int>();
        var groups = new List<(CaseClass Class, List<int> Numbers, string Zh, string En)>();
        foreach (var c in cases)
        {
            var n = numbers[c.Class] = numbers.GetValueOrDefault(c.Class) + 1;
            var (bz, be) = body(c);
            if (groups.Count > 0 && groups[^1].Class == c.Class && groups[^1].Zh == bz && groups[^1].En == be)
            {
                groups[^1].Numbers.Add(n);
            }
            else
            {
                groups.Add((c.Class, [n], bz, be));
            }
        }

        foreach (var (cls, nums, bz, be) in groups)
        {
            var labelZh = (cls == CaseClass.Confirmed ? "确诊病例" : "无症状感染者") + string.Join("、", nums);
            var labelEn = cls == CaseClass.Confirmed
                ? (nums.Count == 1 ? "Confirmed case " : "Confirmed cases ") + JoinEn(nums.Select(n => n.ToString(En)).ToList())
                : (nums.Count == 1 ? "Asymptomatic infected person " : "Asymptomatic infected persons ") + JoinEn(nums.Select(n => n.ToString(En)).ToList());
            zh.Append("\n\n").Append(labelZh).Append('：').Append(bz);
            en.Append("\n\n").Append(labelEn).Append(": ").Append(be);
        }
    }

    private static (string Zh, string En) LocalBody(BulletinCase c)
    {
        var zh = new List<string>();
        var en = new List<string>();
        if (c.DistrictZh is not null || c.AddressZh is not null)
        {
            zh.Add($"现住{c.DistrictZh}{c.AddressZh}");
        }

        var addressEn = c.AddressEn ?? c.AddressZh;
        if (addressEn is not null)
        {
            en.Add(c.DistrictEn is null ? $"lives at {addressEn}" : $"lives at {addressEn}, {c.DistrictEn}");
        }
        else if (c.DistrictEn is not null)
        {
            en.Add($"lives in {c.DistrictEn}");
        }

        switch (c.FoundBy)
        {
            case FoundBy.IsolatedObserver:
                zh.Add("为隔离观察人员");
                en.Add("is an isolated observer");
                break;
            case FoundBy.SocialScreening:
                zh.Add("为社会面筛查人员");
                en.Add("was found by social screening");
                break;
            case FoundBy.ClosedLoopArrival:
                zh.Add("为闭环管理入境人员");
                en.Add("is a closed-loop arrival");
                break;
        }

        zh.Add(DiagnosisZh(c));
        en.Add(DiagnosisEn(c));
        return (string.Join("，", zh) + "。", Sentence(en));
    }

    private static (string Zh, string En) ImportedBody(BulletinCase c)
    {
        var zh = new List<string>();
        var en = new List<string>();
        if (c.NationalityZh is not null)
        {
            zh.Add($"{c.NationalityZh}籍");
        }

        if (c.NationalityEn is not null)
        {
            en.Add($"{c.NationalityEn} national");
        }

        var arrivedZh = c.ArrivalDate is { } a ? DateZh(a) : "";
        var arrivedEn = c.ArrivalDate is { } b ? $" on {DateEn(b)}" : "";
        zh.Add($"{arrivedZh}自{c.OriginZh ?? c.OriginEn}抵达{c.PortZh ?? c.PortEn}");
        en.Add($"arrived at {c.PortEn ?? c.PortZh} from {c.OriginEn ?? c.OriginZh}{arrivedEn}");
        if (c.FoundBy == FoundBy.ClosedLoopArrival)
        {
            zh.Add("经闭环管理转运至集中隔离酒店");
            en.Add("was sent to a centralized isolation hotel through closed-loop management");
        }

        zh.Add(DiagnosisZh(c));
        en.Add(DiagnosisEn(c));
        return (string.Join("，", zh) + "。", Sentence(en));
    }

    private static string DiagnosisZh(BulletinCase c) =>
        c.ConvertedFromAsymptomatic
            ? $"{DateZh(c.DiagnosisDate)}由无症状感染者转为确诊病例"
            : $"{DateZh(c.DiagnosisDate)}诊断为{(c.Class == CaseClass.Confirmed ? "确诊病例" : "无症状感染者")}";

    private static string DiagnosisEn(BulletinCase c) =>
        c.ConvertedFromAsymptomatic
            ? $"was converted from an asymptomatic infection to a confirmed case on {DateEn(c.DiagnosisDate)}"
            : $"was diagnosed as {(c.Class == CaseClass.Confirmed ? "a confirmed case" : "an asymptomatic infected person")} on {DateEn(c.DiagnosisDate)}";

    private static (string Zh, string En) Closing(BulletinCounts c)
    {
        // Seed 04: "All the above cases have been transferred to designated hospitals, epidemiological
        // investigations have been carried out, and control measures have been implemented as required."
        if (c.Transferred == c.Total && c.Investigated == c.Total && c.ControlMeasures == c.Total)
        {
            return (
                "以上病例均已转至定点医院，已开展流行病学调查，并按要求落实管控措施。",
                "All the above cases have been transferred to designated hospitals, epidemiological investigations have been carried out, and control measures have been implemented as required.");
        }

        return (
            $"以上{c.Total}例中，{c.Transferred}例已转至定点医院，{c.Investigated}例已开展流行病学调查，{c.ControlMeasures}例已按要求落实管控措施。",
            $"Of the above {c.Total} {Plural(c.Total, "case", "cases")}, {c.Transferred} {Plural(c.Transferred, "has", "have")} been transferred to designated hospitals, epidemiological investigations have been carried out for {c.Investigated}, and control measures have been implemented as required for {c.ControlMeasures}.");
    }

    private static string IsolationRulesZh(EpidemicPolicy p) =>
        "集中隔离、居家隔离和居家健康监测人员要严格遵守防疫规定。"
        + $"集中隔离人员在隔离期间所在隔离点出现阳性病例的，解除隔离后{p.PostIsolationRestrictionDays}天内不聚餐、不聚会、不去人员密集场所。"
        + "居家隔离、居家健康监测人员及其同住人员要严格足不出户，配合做好核酸检测和健康监测。"
        + "一旦出现发热、干咳、乏力、嗅（味）觉减退等症状，不自行购药，第一时间向社区报告，配合落实相应管控措施。";

    private static string IsolationRulesEn(EpidemicPolicy p) =>
        "Centralized isolation, home isolation and home health monitoring personnel should strictly abide by the epidemic prevention regulations. "
        + $"If there are positive cases in the isolation point where the centralized isolation personnel are located during the isolation period, they will not dine out, get together or go to crowded places within {p.PostIsolationRestrictionDays} days after the isolation is lifted. "
        + "Home isolation, home health monitoring personnel and their roommates should strictly stay at home and stay indoors, and cooperate with nucleic acid testing and health monitoring. "
        + "Once symptoms such as fever, dry cough, fatigue, and decreased sense of smell and taste appear, they will not buy medicines by themselves, and immediately report to the community and cooperate with corresponding control measures.";

    private static string ArrivalRulesZh(BulletinArea a, EpidemicPolicy p) =>
        $"进返{a.ShortZh}人员要严格落实进返{a.ShortZh}防疫政策，主动向社区、单位、酒店等相关部门报备。"
        + $"抵{a.ShortZh}后落实“{TestDaysZh(p)}天两检”，抵{a.ShortZh}后{p.ArrivalFirstTestWithinHours}小时内完成一次核酸检测，间隔{p.ArrivalSecondTestGapHours}小时以上、{p.ArrivalSecondTestWithinHours}小时内完成第二次核酸检测。"
        + $"核酸检测结果出来前不出门，{p.ArrivalRestrictionDays}天内不聚餐、不聚会、不去人员密集场所。"
        + "坚持戴口罩、勤洗手、常通风、少聚集，保持社交安全距离，进入社区（村）、超市、文娱健身场所等公共场所，"
        + $"配合落实扫码测温、查验{p.CertificateValidityHours}小时内核酸检测阴性证明等常态化防控措施。";

    private static string ArrivalRulesEn(BulletinArea a, EpidemicPolicy p) =>
        $"Those who enter and return to {a.NameEn} should strictly implement the epidemic prevention policy of entering and returning to {a.NameEn}, and take the initiative to report to the relevant departments such as communities, units and hotels. "
        + $"After arriving in {a.NameEn}, they will have two tests in {TestDaysEn(p)}: complete a nucleic acid test within {p.ArrivalFirstTestWithinHours} hours after arriving, and complete the second nucleic acid test within {p.ArrivalSecondTestWithinHours} hours, at least {p.ArrivalSecondTestGapHours} hours after the first. "
        + $"Before the negative result comes out, they will not go out; for {p.ArrivalRestrictionDays} days they will not dine out, get together or go to crowded places. "
        + "Adhere to wearing a mask, washing hands frequently, ventilating frequently, gathering less and keeping a safe social distance; when entering public places such as communities (villages), supermarkets, entertainment and fitness centres, "
        + $"cooperate with normal prevention and control measures such as scanning the code, temperature measurement and checking negative nucleic acid certificates from within {p.CertificateValidityHours} hours.";

    private static string TestDaysZh(EpidemicPolicy p) =>
        p.ArrivalSecondTestWithinHours % 24 == 0 ? ChineseDigit(p.ArrivalSecondTestWithinHours / 24) : $"{p.ArrivalSecondTestWithinHours}小时";

    private static string TestDaysEn(EpidemicPolicy p) =>
        p.ArrivalSecondTestWithinHours % 24 == 0 ? $"{p.ArrivalSecondTestWithinHours / 24} days" : $"{p.ArrivalSecondTestWithinHours} hours";

    private static string ChineseDigit(int n) =>
        n is >= 1 and <= 10 ? "一二三四五六七八九十"[n - 1].ToString() : n.ToString(En);

    private static string Plural(int n, string one, string many) => n == 1 ? one : many;

    private static string JoinEn(IReadOnlyList<string> items) =>
        items.Count switch
        {
            1 => items[0],
            2 => $"{items[0]} and {items[1]}",
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };

    private static string Sentence(List<string> clauses)
    {
        var text = clauses.Count switch
        {
            1 => clauses[0],
            2 => $"{clauses[0]} and {clauses[1]}",
            _ => string.Join(", ", clauses.Take(clauses.Count - 1)) + ", and " + clauses[^1],
        };
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }
}
