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

/// <summary>
/// A day's cases counted by every field the bulletin's numbers depend on (one row of a GROUP BY):
/// district of residence, class, origin, way found, conversion, and how many of them have each
/// closing measure recorded.
/// </summary>
public sealed record BulletinTally(
    string? DistrictZh,
    string? DistrictEn,
    CaseClass Class,
    CaseOrigin Origin,
    FoundBy FoundBy,
    bool ConvertedFromAsymptomatic,
    int Cases,
    int Transferred,
    int Investigated,
    int ControlMeasures);

/// <summary>
/// What a day's bulletin is written from: the tallies of its cases, the outcomes of earlier cases
/// recorded that day, and the lines of each section that is listed case by case (null for a
/// section above the policy's <see cref="EpidemicPolicy.BulletinCaseLinesUpTo"/>, which gives its
/// cases by district instead).
/// </summary>
public sealed record BulletinDay(
    IReadOnlyList<BulletinTally> Tallies,
    int CuredDischarged,
    int ReleasedFromObservation,
    IReadOnlyList<BulletinCase>? LocalLines,
    IReadOnlyList<BulletinCase>? ImportedLines);

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
    int Total,
    int LocalSuspected = 0,
    int ImportedSuspected = 0);

/// <summary>A district's cases of one section of a bulletin too long to list case by case.</summary>
public sealed record DistrictCount(string? DistrictZh, string? DistrictEn, int Confirmed, int Asymptomatic);

public sealed record BulletinText(DateOnly Date, BulletinCounts Counts, string Zh, string En);

/// <summary>
/// Builds the daily bulletin in the structure of seed 04: headline with local confirmed + local
/// asymptomatic and the social-screening count, the summary paragraph, a line per local case,
/// imported cases apart, the closing line on hospital transfer, investigation and control, and the
/// rules for isolated people and arrivals with the numbers of the policy in force. A section with
/// more cases than the policy's <see cref="EpidemicPolicy.BulletinCaseLinesUpTo"/> gives its cases
/// by district and says that the individual lines are omitted. Every number is counted from the
/// records, never typed in.
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
        var local = cases.Where(c => c.Origin == CaseOrigin.Local).ToList();
        var imported = cases.Where(c => c.Origin == CaseOrigin.Imported).ToList();
        return Build(
            date,
            area,
            new BulletinDay(
                Tally(cases),
                curedDischarged,
                releasedFromObservation,
                ListsLines(local.Count, policy) ? local : null,
                ListsLines(imported.Count, policy) ? imported : null),
            policy);
    }

    /// <summary>
    /// Whether a section of <paramref name="cases"/> cases is written one line per case: at or under
    /// the policy's limit; above it, by district (as Beijing's bulletins did on days with hundreds of cases).
    /// </summary>
    public static bool ListsLines(int cases, EpidemicPolicy policy) => cases <= policy.BulletinCaseLinesUpTo;

    /// <summary>The bulletin from a day's tallies; the lines are needed only for the sections <see cref="ListsLines"/> lists.</summary>
    public static BulletinText Build(DateOnly date, BulletinArea area, BulletinDay day, EpidemicPolicy policy)
    {
        var counts = Count(day.Tallies, day.CuredDischarged, day.ReleasedFromObservation);
        var localCount = counts.LocalConfirmed + counts.LocalAsymptomatic;
        var importedCount = counts.ImportedConfirmed + counts.ImportedAsymptomatic;

        var zh = new StringBuilder();
        var en = new StringBuilder();
        zh.Append(HeadlineZh(date, area, counts)).Append("\n\n").Append(SummaryZh(date, area, counts));
        en.Append(HeadlineEn(date, area, counts)).Append("\n\n").Append(SummaryEn(date, area, counts));

        if (localCount > 0)
        {
            Section(zh, en, ("本土病例", "Local cases"), day.Tallies, CaseOrigin.Local, localCount, day.LocalLines, policy);
        }

        if (importedCount > 0)
        {
            Section(zh, en, ("境外输入病例", "Imported cases from abroad"), day.Tallies, CaseOrigin.Imported, importedCount, day.ImportedLines, policy);
        }

        if (counts.Total > 0)
        {
            var (closingZh, closingEn) = Closing(counts);
            zh.Append("\n\n").Append(closingZh);
            en.Append("\n\n").Append(closingEn);
        }

        zh.Append("\n\n").Append(IsolationRulesZh(policy)).Append("\n\n").Append(ArrivalRulesZh(area, policy)).Append('\n');
        en.Append("\n\n").Append(IsolationRulesEn(policy)).Append("\n\n").Append(ArrivalRulesEn(area, policy)).Append('\n');
        return new BulletinText(date, counts, zh.ToString(), en.ToString());
    }

    /// <summary>The cases given, each a tally of one (the counting rules live in one place: <see cref="Count(IReadOnlyList{BulletinTally}, int, int)"/>).</summary>
    public static List<BulletinTally> Tally(IReadOnlyList<BulletinCase> cases) =>
        cases.Select(c => new BulletinTally(
                c.DistrictZh, c.DistrictEn, c.Class, c.Origin, c.FoundBy, c.ConvertedFromAsymptomatic, 1,
                c.Transferred ? 1 : 0, c.Investigated ? 1 : 0, c.ControlMeasures ? 1 : 0))
            .ToList();

    public static BulletinCounts Count(IReadOnlyList<BulletinCase> cases, int curedDischarged, int releasedFromObservation) =>
        Count(Tally(cases), curedDischarged, releasedFromObservation);

    public static BulletinCounts Count(IReadOnlyList<BulletinTally> tallies, int curedDischarged, int releasedFromObservation)
    {
        int localConfirmed = 0, localAsymptomatic = 0, converted = 0, isolated = 0, screening = 0, notStated = 0;
        int importedConfirmed = 0, importedAsymptomatic = 0, transferred = 0, investigated = 0, controlled = 0, total = 0;
        int localSuspected = 0, importedSuspected = 0;
        foreach (var t in tallies)
        {
            // Seed 04 reports suspected cases apart ("no new suspected cases"): they are neither confirmed nor infected.
            if (t.Class == CaseClass.Suspected)
            {
                localSuspected += t.Origin == CaseOrigin.Local ? t.Cases : 0;
                importedSuspected += t.Origin == CaseOrigin.Imported ? t.Cases : 0;
                continue;
            }

            total += t.Cases;
            transferred += t.Transferred;
            investigated += t.Investigated;
            controlled += t.ControlMeasures;
            if (t.Origin == CaseOrigin.Imported)
            {
                importedConfirmed += t.Class == CaseClass.Confirmed ? t.Cases : 0;
                importedAsymptomatic += t.Class == CaseClass.Asymptomatic ? t.Cases : 0;
                continue;
            }

            localConfirmed += t.Class == CaseClass.Confirmed ? t.Cases : 0;
            localAsymptomatic += t.Class == CaseClass.Asymptomatic ? t.Cases : 0;
            if (t.ConvertedFromAsymptomatic)
            {
                // Seed 04: "18 isolated observers and 4 social screening personnel" count the newly found
                // cases, so a conversion from asymptomatic (already counted when found) is left out.
                converted += t.Cases;
                continue;
            }

            switch (t.FoundBy)
            {
                case FoundBy.IsolatedObserver:
                    isolated += t.Cases;
                    break;
                case FoundBy.SocialScreening:
                    screening += t.Cases;
                    break;
                default:
                    notStated += t.Cases;
                    break;
            }
        }

        return new BulletinCounts(
            localConfirmed, localAsymptomatic, converted, isolated, screening, notStated, importedConfirmed, importedAsymptomatic,
            curedDischarged, releasedFromObservation, transferred, investigated, controlled, total, localSuspected, importedSuspected);
    }

    /// <summary>The cases of one origin by district, most cases first (then by name; an unstated district last).</summary>
    public static List<DistrictCount> ByDistrict(IReadOnlyList<BulletinTally> tallies, CaseOrigin origin) =>
        tallies.Where(t => t.Origin == origin)
            .GroupBy(t => (t.DistrictZh, t.DistrictEn))
            .Select(g => new DistrictCount(
                g.Key.DistrictZh,
                g.Key.DistrictEn,
                g.Where(t => t.Class == CaseClass.Confirmed).Sum(t => t.Cases),
                g.Where(t => t.Class == CaseClass.Asymptomatic).Sum(t => t.Cases)))
            .OrderBy(d => d.DistrictZh is null && d.DistrictEn is null)
            .ThenByDescending(d => d.Confirmed + d.Asymptomatic)
            .ThenBy(d => d.DistrictEn, StringComparer.Ordinal)
            .ThenBy(d => d.DistrictZh, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Seed 04 gives a line to each newly found case only: the two asymptomatic infected persons converted to confirmed
    /// cases (already listed when found) and the six imported asymptomatic infected persons are counted, not listed.
    /// </summary>
    public static bool HasLine(BulletinCase c) =>
        c.Class != CaseClass.Suspected
        && !c.ConvertedFromAsymptomatic
        && !(c.Origin == CaseOrigin.Imported && c.Class == CaseClass.Asymptomatic);

    /// <summary>A section: a line per listed case at or under the policy's limit, otherwise the cases by district.</summary>
    private static void Section(
        StringBuilder zh, StringBuilder en, (string Zh, string En) heading, IReadOnlyList<BulletinTally> tallies, CaseOrigin origin, int count, IReadOnlyList<BulletinCase>? lines, EpidemicPolicy policy)
    {
        var imported = origin == CaseOrigin.Imported;
        if (ListsLines(count, policy))
        {
            if (lines is null || lines.Count(c => c.Class != CaseClass.Suspected) != count)
            {
                throw new InvalidOperationException($"The bulletin lists {count} {origin} cases one by one but was given {lines?.Count ?? 0} lines.");
            }

            var listed = lines.Where(HasLine).ToList();
            if (listed.Count > 0)
            {
                zh.Append("\n\n").Append(heading.Zh);
                en.Append("\n\n").Append(heading.En);
                AppendLines(zh, en, listed, imported);
            }

            return;
        }

        zh.Append("\n\n").Append(heading.Zh);
        en.Append("\n\n").Append(heading.En);

        var limit = policy.BulletinCaseLinesUpTo;
        zh.Append("\n\n").Append(imported ? "当日境外输入病例" : "当日本土病例").Append(count)
            .Append("例，超过逐例发布上限").Append(limit).Append("例，不再逐例列出，按").Append(imported ? "所在区" : "现住区").Append("分布如下：");
        en.Append("\n\n").Append(string.Create(En, $"With {count} {(imported ? "imported" : "local")} {Plural(count, "case", "cases")}, more than the {limit} listed one by one, individual case lines are omitted; the cases by district{(imported ? "" : " of residence")}:"));
        foreach (var d in ByDistrict(tallies, origin))
        {
            zh.Append("\n\n").Append(d.DistrictZh ?? (imported ? "未注明所在区" : "未注明现住区")).Append('：');
            en.Append("\n\n").Append(d.DistrictEn ?? d.DistrictZh ?? "District not stated").Append(": ");
            if (d.Confirmed > 0)
            {
                zh.Append("确诊病例").Append(d.Confirmed).Append('例');
                en.Append(d.Confirmed).Append(d.Confirmed == 1 ? " confirmed case" : " confirmed cases");
            }

            if (d.Confirmed > 0 && d.Asymptomatic > 0)
            {
                zh.Append('，');
                en.Append(" and ");
            }

            if (d.Asymptomatic > 0)
            {
                zh.Append("无症状感染者").Append(d.Asymptomatic).Append('例');
                en.Append(d.Asymptomatic).Append(d.Asymptomatic == 1 ? " asymptomatic infected person" : " asymptomatic infected persons");
            }

            zh.Append('。');
            en.Append('.');
        }
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

        s.Append(c.LocalSuspected == 0 ? "，无新增疑似病例" : $"，新增疑似病例{c.LocalSuspected}例");
        s.Append($"；新增境外输入确诊病例{c.ImportedConfirmed}例、无症状感染者{c.ImportedAsymptomatic}例");
        s.Append(c.ImportedSuspected == 0 ? "，无新增疑似病例。" : $"，疑似病例{c.ImportedSuspected}例。");
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

        s.Append(c.LocalSuspected == 0 ? ", and no new suspected cases were found" : $", and {c.LocalSuspected} suspected {Plural(c.LocalSuspected, "case was", "cases were")} added");
        s.Append($"; {c.ImportedConfirmed} confirmed {Plural(c.ImportedConfirmed, "case", "cases")} and {c.ImportedAsymptomatic} asymptomatic infected {Plural(c.ImportedAsymptomatic, "person", "persons")} imported from abroad were added");
        s.Append(c.ImportedSuspected == 0 ? ", and no suspected cases were added. " : $", and {c.ImportedSuspected} suspected {Plural(c.ImportedSuspected, "case", "cases")}. ");
        s.Append($"{c.CuredDischarged} {Plural(c.CuredDischarged, "case was", "cases were")} cured and discharged, and {c.ReleasedFromObservation} asymptomatic infected {Plural(c.ReleasedFromObservation, "person was", "persons were")} released from medical observation.");
        return s.ToString();
    }

    /// <summary>
    /// One line per case, numbered per class within the section; consecutive cases whose lines
    /// would read the same share one line ("Confirmed cases 13 and 14", as the text does). Lines
    /// are written straight into the text (a day can hold thousands of cases).
    /// </summary>
    private static void AppendLines(StringBuilder zh, StringBuilder en, List<BulletinCase> cases, bool imported)
    {
        var confirmed = 0;
        var asymptomatic = 0;
        var numbers = new List<int>();
        var i = 0;
        while (i < cases.Count)
        {
            var c = cases[i];
            numbers.Clear();
            do
            {
                numbers.Add(c.Class == CaseClass.Confirmed ? ++confirmed : ++asymptomatic);
                i++;
            }
            while (i < cases.Count && SameLine(c, cases[i], imported));

            zh.Append("\n\n").Append(c.Class == CaseClass.Confirmed ? "确诊病例" : "无症状感染者");
            en.Append("\n\n").Append(c.Class == CaseClass.Confirmed
                ? (numbers.Count == 1 ? "Confirmed case " : "Confirmed cases ")
                : (numbers.Count == 1 ? "Asymptomatic infected person " : "Asymptomatic infected persons "));
            for (var k = 0; k < numbers.Count; k++)
            {
                if (k > 0)
                {
                    zh.Append('、');
                    en.Append(k == numbers.Count - 1 ? " and " : ", ");
                }

                zh.Append(numbers[k]);
                en.Append(numbers[k]);
            }

            zh.Append('：');
            en.Append(": ");
            if (imported)
            {
                ImportedZh(zh, c);
                ImportedEn(en, c);
            }
            else
            {
                LocalZh(zh, c);
                LocalEn(en, c);
            }
        }
    }

    /// <summary>Whether two cases' lines read the same: every field the line is written from is equal.</summary>
    private static bool SameLine(BulletinCase a, BulletinCase b, bool imported) =>
        a.Class == b.Class
        && a.FoundBy == b.FoundBy
        && a.DiagnosisDate == b.DiagnosisDate
        && a.ConvertedFromAsymptomatic == b.ConvertedFromAsymptomatic
        && (imported
            ? a.NationalityZh == b.NationalityZh && a.NationalityEn == b.NationalityEn && a.OriginZh == b.OriginZh && a.OriginEn == b.OriginEn
                && a.PortZh == b.PortZh && a.PortEn == b.PortEn && a.ArrivalDate == b.ArrivalDate
            : a.DistrictZh == b.DistrictZh && a.DistrictEn == b.DistrictEn && a.AddressZh == b.AddressZh && a.AddressEn == b.AddressEn);

    private static void LocalZh(StringBuilder zh, BulletinCase c)
    {
        var clauses = new ZhClauses(zh);
        if (c.DistrictZh is not null || c.AddressZh is not null)
        {
            clauses.Next().Append("现住").Append(c.DistrictZh).Append(c.AddressZh);
        }

        if (FoundZh(c.FoundBy) is { } found)
        {
            clauses.Next().Append(found);
        }

        DiagnosisZh(clauses.Next(), c);
        zh.Append('。');
    }

    private static void LocalEn(StringBuilder en, BulletinCase c)
    {
        var addressEn = c.AddressEn ?? c.AddressZh;
        var found = FoundEn(c.FoundBy);
        var clauses = new EnClauses(en, (addressEn is not null || c.DistrictEn is not null ? 1 : 0) + (found is null ? 0 : 1) + 1);
        if (addressEn is not null)
        {
            clauses.Next().Append("lives at ").Append(addressEn);
            if (c.DistrictEn is not null)
            {
                en.Append(", ").Append(c.DistrictEn);
            }
        }
        else if (c.DistrictEn is not null)
        {
            clauses.Next().Append("lives in ").Append(c.DistrictEn);
        }

        if (found is not null)
        {
            clauses.Next().Append(found);
        }

        DiagnosisEn(clauses.Next(), c);
        clauses.End();
    }

    private static void ImportedZh(StringBuilder zh, BulletinCase c)
    {
        var clauses = new ZhClauses(zh);
        if (c.NationalityZh is not null)
        {
            clauses.Next().Append(c.NationalityZh).Append('籍');
        }

        var arrived = clauses.Next();
        if (c.ArrivalDate is { } a)
        {
            DateZh(arrived, a);
        }

        arrived.Append('自').Append(c.OriginZh ?? c.OriginEn).Append("抵达").Append(c.PortZh ?? c.PortEn);
        if (c.FoundBy == FoundBy.ClosedLoopArrival)
        {
            clauses.Next().Append("经闭环管理转运至集中隔离酒店");
        }

        DiagnosisZh(clauses.Next(), c);
        zh.Append('。');
    }

    private static void ImportedEn(StringBuilder en, BulletinCase c)
    {
        var clauses = new EnClauses(en, (c.NationalityEn is null ? 0 : 1) + 1 + (c.FoundBy == FoundBy.ClosedLoopArrival ? 1 : 0) + 1);
        if (c.NationalityEn is not null)
        {
            clauses.Next().Append(c.NationalityEn).Append(" national");
        }

        clauses.Next().Append("arrived at ").Append(c.PortEn ?? c.PortZh).Append(" from ").Append(c.OriginEn ?? c.OriginZh);
        if (c.ArrivalDate is { } a)
        {
            DateEn(en.Append(" on "), a);
        }

        if (c.FoundBy == FoundBy.ClosedLoopArrival)
        {
            clauses.Next().Append("was sent to a centralized isolation hotel through closed-loop management");
        }

        DiagnosisEn(clauses.Next(), c);
        clauses.End();
    }

    private static string? FoundZh(FoundBy found) => found switch
    {
        FoundBy.IsolatedObserver => "为隔离观察人员",
        FoundBy.SocialScreening => "为社会面筛查人员",
        FoundBy.ClosedLoopArrival => "为闭环管理入境人员",
        _ => null,
    };

    private static string? FoundEn(FoundBy found) => found switch
    {
        FoundBy.IsolatedObserver => "is an isolated observer",
        FoundBy.SocialScreening => "was found by social screening",
        FoundBy.ClosedLoopArrival => "is a closed-loop arrival",
        _ => null,
    };

    private static void DiagnosisZh(StringBuilder zh, BulletinCase c)
    {
        DateZh(zh, c.DiagnosisDate);
        zh.Append(c.ConvertedFromAsymptomatic ? "由无症状感染者转为确诊病例" : c.Class == CaseClass.Confirmed ? "诊断为确诊病例" : "诊断为无症状感染者");
    }

    private static void DiagnosisEn(StringBuilder en, BulletinCase c)
    {
        en.Append(c.ConvertedFromAsymptomatic
            ? "was converted from an asymptomatic infection to a confirmed case on "
            : c.Class == CaseClass.Confirmed ? "was diagnosed as a confirmed case on " : "was diagnosed as an asymptomatic infected person on ");
        DateEn(en, c.DiagnosisDate);
    }

    private static void DateZh(StringBuilder zh, DateOnly d) => zh.Append(d.Month).Append('月').Append(d.Day).Append('日');

    private static void DateEn(StringBuilder en, DateOnly d) => en.Append(En.DateTimeFormat.GetMonthName(d.Month)).Append(' ').Append(d.Day);

    /// <summary>Chinese clauses of a line, joined by "，".</summary>
    private struct ZhClauses(StringBuilder zh)
    {
        private bool _any;

        public StringBuilder Next()
        {
            if (_any)
            {
                zh.Append('，');
            }

            _any = true;
            return zh;
        }
    }

    /// <summary>English clauses of a line: "A", "A and B", "A, B, and C"; the first capitalised, a full stop at the end.</summary>
    private struct EnClauses(StringBuilder en, int count)
    {
        private readonly int _start = en.Length;
        private int _written;

        public StringBuilder Next()
        {
            if (_written > 0)
            {
                en.Append(count == 2 ? " and " : _written == count - 1 ? ", and " : ", ");
            }

            _written++;
            return en;
        }

        public readonly void End()
        {
            en[_start] = char.ToUpperInvariant(en[_start]);
            en.Append('.');
        }
    }

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
}
