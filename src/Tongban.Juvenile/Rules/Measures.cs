using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;

namespace Tongban.Juvenile.Rules;

/// <summary>Who takes a measure. Guardians are not organisations: their measures are recorded by a caseworker on their behalf.</summary>
public enum ActorKind
{
    Guardian,
    School,
    PublicSecurity,
    ResidentsCommittee,
    VillagersCommittee,
    EducationDepartment,
    SteeringCommittee,
    SpecialSchool,
    SocialWorkAgency,
    Procuratorate,
    Court,
    Other,
}

/// <summary>Why a measure whose article sets a condition may be taken; recorded with the measure.</summary>
public enum MeasureGround
{
    None = 0,

    /// <summary>Art. 31: the student refuses to correct the bad behaviour (拒不改正).</summary>
    NotCorrected = 1,

    /// <summary>Art. 31: the circumstances are serious (情节严重).</summary>
    Serious = 2,

    /// <summary>Art. 35: the school taking the measure is the minor's boarding school (寄宿制学校).</summary>
    BoardingSchool = 3,
}

/// <summary>A measure the law gives to certain actors, with its legal basis and what it answers.</summary>
public sealed record MeasureKind(
    string Code,
    int Article,
    int Item,
    IReadOnlyList<ActorKind> Actors,
    IReadOnlyList<BehaviourCategory> Answers,
    bool NotifiesGuardians,
    string Zh,
    string En,
    IReadOnlyList<string>? OnlyItems = null)
{
    /// <summary>"art. 41 item 3" or "art. 29".</summary>
    public string Basis => Item == 0 ? $"art. {Article}" : $"art. {Article} item {Item}";
}

/// <summary>Arts. 29-42 and 61: the measures, and which actor the law gives each to.</summary>
public static class Measures
{
    private static readonly BehaviourCategory[] BadOnly = [BehaviourCategory.Bad];
    private static readonly BehaviourCategory[] SeriousOrCriminal = [BehaviourCategory.Serious, BehaviourCategory.CriminalAct];
    // Art. 31 answers bad behaviour, and (art. 33) minor theft and bullying of art. 38 items 3-4; never an art. 45 act.
    private static readonly BehaviourCategory[] SchoolAnswers = [BehaviourCategory.Bad, BehaviourCategory.Serious];
    private static readonly string[] SchoolItems = ["28.1", "28.2", "28.3", "28.4", "28.5", "28.6", "28.7", "28.8", "28.9", "38.3", "38.4"];
    private static readonly ActorKind[] Police = [ActorKind.PublicSecurity];
    private static readonly ActorKind[] School = [ActorKind.School];

    public static IReadOnlyList<MeasureKind> All { get; } =
    [
        // Art. 29: guardians stop bad behaviour and discipline.
        new("29", 29, 0, [ActorKind.Guardian], BadOnly, false, "监护人制止并加强管教", "Guardians stop it and strengthen discipline"),

        // Art. 30: police and residents'/villagers' committees stop it and urge guardians.
        new("30", 30, 0, [ActorKind.PublicSecurity, ActorKind.ResidentsCommittee, ActorKind.VillagersCommittee], BadOnly, false, "及时制止并督促监护人依法履行监护职责", "Stop it and urge guardians to perform their duty"),

        // Art. 31: when the student refuses to correct or the circumstances are serious, the school may sanction (处分)
        // or take items (1)-(6); art. 32: guardians notified promptly; art. 33: minor theft and bullying too.
        new("31.0", 31, 0, School, SchoolAnswers, true, "予以处分", "School sanction (处分)", SchoolItems),
        new("31.1", 31, 1, School, SchoolAnswers, true, "予以训导", "Admonition by the school", SchoolItems),
        new("31.2", 31, 2, School, SchoolAnswers, true, "要求遵守特定的行为规范", "Specific code of conduct", SchoolItems),
        new("31.3", 31, 3, School, SchoolAnswers, true, "要求参加特定的专题教育", "Specific thematic education", SchoolItems),
        new("31.4", 31, 4, School, SchoolAnswers, true, "要求参加校内服务活动", "Service activities in the school", SchoolItems),
        new("31.5", 31, 5, School, SchoolAnswers, true, "要求接受社会工作者或者其他专业人员的心理辅导和行为干预", "Counselling and behavioural intervention by social workers", SchoolItems),
        new("31.6", 31, 6, School, SchoolAnswers, true, "其他适当的管理教育措施", "Other appropriate management and education measures", SchoolItems),

        // Art. 34: truancy, the school contacts guardians in time.
        new("34", 34, 0, School, BadOnly, false, "及时联系监护人了解情况", "Contact guardians about absence or truancy"),

        // Art. 35: staying out or running away (art. 28 item 3): guardians and the boarding school look and report to police.
        new("35", 35, 0, [ActorKind.Guardian, ActorKind.School], BadOnly, false, "及时查找，必要时向公安机关报告", "Look for the minor, report to police when needed", ["28.3"]),

        // Art. 36: police and public-place managers protect, notify, escort home or to a rescue institution.
        new("36", 36, 0, [ActorKind.PublicSecurity, ActorKind.Other], BadOnly, false, "采取保护措施，通知监护人，护送回家或送救助保护机构", "Protect, notify guardians, escort home or to rescue institution"),

        // Art. 37: guardians and the school stop a gang doing bad behaviour (art. 28 item 5), and report it to public
        // security at once when it is suspected of offences. The article has no items: its two duties are 37.1 and 37.2.
        new("37.1", 37, 0, [ActorKind.Guardian, ActorKind.School], BadOnly, false, "及时制止组织或者参加实施不良行为的团伙", "Stop the minor organising or joining a gang doing bad behaviour", ["28.5"]),
        new("37.2", 37, 0, [ActorKind.Guardian, ActorKind.School], BadOnly, false, "发现团伙有违法犯罪嫌疑的，立即向公安机关报告", "Report the gang to public security at once when it is suspected of offences", ["28.5"]),

        // Art. 40: police stop serious bad behaviour and may order guardians to mitigate and discipline.
        new("40", 40, 0, Police, SeriousOrCriminal, false, "责令监护人消除或者减轻违法后果，采取措施严加管教", "Order guardians to mitigate the consequences and discipline strictly"),

        // Art. 41: the police's nine corrective and educational measures.
        new("41.1", 41, 1, Police, SeriousOrCriminal, false, "予以训诫", "Admonition (训诫)"),
        new("41.2", 41, 2, Police, SeriousOrCriminal, false, "责令赔礼道歉、赔偿损失", "Ordered to apologise and compensate"),
        new("41.3", 41, 3, Police, SeriousOrCriminal, false, "责令具结悔过", "Ordered to make a statement of repentance"),
        new("41.4", 41, 4, Police, SeriousOrCriminal, false, "责令定期报告活动情况", "Ordered to report activities regularly"),
        new("41.5", 41, 5, Police, SeriousOrCriminal, false, "责令遵守特定的行为规范，不得实施特定行为、接触特定人员或者进入特定场所", "Ordered to keep specific rules; no specific acts, persons or places"),
        new("41.6", 41, 6, Police, SeriousOrCriminal, false, "责令接受心理辅导、行为矫治", "Ordered to receive counselling and behaviour correction"),
        new("41.7", 41, 7, Police, SeriousOrCriminal, false, "责令参加社会服务活动", "Ordered to take part in social service"),
        new("41.8", 41, 8, Police, SeriousOrCriminal, false, "责令接受社会观护，由社会组织、有关机构在适当场所对未成年人进行教育、监督和管束", "Ordered to accept social observation and protection"),
        new("41.9", 41, 9, Police, SeriousOrCriminal, false, "其他适当的矫治教育措施", "Other appropriate corrective and educational measures"),

        // Art. 42: police invite schools, committees and social-work agencies to take part.
        new("42", 42, 0, Police, SeriousOrCriminal, false, "邀请学校、居民委员会、村民委员会以及社会工作服务机构等参与矫治教育", "Invite schools, committees and social-work agencies to take part"),

        // Art. 61: police, procuratorates and courts reprimand guardians who fail their duty and order family-education guidance.
        new("61", 61, 0, [ActorKind.PublicSecurity, ActorKind.Procuratorate, ActorKind.Court], SeriousOrCriminal, false, "予以训诫，并可以责令其接受家庭教育指导", "Reprimand guardians and order family-education guidance"),
    ];

    private static readonly Dictionary<string, MeasureKind> ByCode = All.ToDictionary(m => m.Code, StringComparer.Ordinal);

    public static MeasureKind? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code.Trim());

    public static MeasureKind Get(string? code) =>
        Find(code) ?? throw new RuleViolation("measure", "juvenile.measure.unknown", $"'{code}' is not a measure of arts. 29-42 or 61.", ("code", code));

    /// <summary>The actor an organisation of <paramref name="kind"/> acts as.</summary>
    public static ActorKind ActorOf(OrgKind kind) => kind switch
    {
        OrgKind.School => ActorKind.School,
        OrgKind.PublicSecurityOrgan => ActorKind.PublicSecurity,
        OrgKind.ResidentsCommittee => ActorKind.ResidentsCommittee,
        OrgKind.VillagersCommittee => ActorKind.VillagersCommittee,
        OrgKind.EducationDepartment => ActorKind.EducationDepartment,
        OrgKind.SpecialEducationSteeringCommittee => ActorKind.SteeringCommittee,
        OrgKind.SpecialSchool => ActorKind.SpecialSchool,
        OrgKind.SocialWorkAgency => ActorKind.SocialWorkAgency,
        OrgKind.Procuratorate => ActorKind.Procuratorate,
        OrgKind.Court => ActorKind.Court,
        _ => ActorKind.Other,
    };

    /// <summary>Arts. 29-42, 61: only the actor the law names may take a measure; the refusal names the article.</summary>
    public static RuleResult MayTake(MeasureKind measure, ActorKind actor) =>
        measure.Actors.Contains(actor)
            ? RuleResult.Allowed
            : RuleResult.Refused(
                "juvenile.measure.wrong-actor",
                $"{Cap(measure.Basis)} gives this measure to {string.Join(" / ", measure.Actors)}; a {actor} may not take it.", ("basis", Cap(measure.Basis)), ("actors", string.Join(" / ", measure.Actors)), ("actor", actor));

    /// <summary>
    /// Arts. 29-37 answer bad behaviour (art. 28), arts. 40-42 and 61 serious bad behaviour (art. 38, 45);
    /// art. 31 also reaches minor theft and bullying (art. 33, art. 38 items 3-4) but not an art. 45 act;
    /// art. 35 answers staying out or running away (art. 28 item 3), art. 37 gangs (art. 28 item 5).
    /// </summary>
    public static RuleResult Answers(MeasureKind measure, IReadOnlyCollection<string> recordedItems)
    {
        var items = recordedItems.Select(Behaviours.Find).OfType<BehaviourItem>().ToList();
        var answered = items.Any(i => measure.Answers.Contains(i.Category) && (measure.OnlyItems is null || measure.OnlyItems.Contains(i.Code)));
        var what = measure.OnlyItems is { Count: <= 2 } only
            ? string.Join(" / ", only.Select(c => $"art. {c.Split('.')[0]} item {c.Split('.')[1]}"))
            : string.Join(" / ", measure.Answers.Select(c => $"art. {(int)c}"));
        return answered
            ? RuleResult.Allowed
            : RuleResult.Refused(
                "juvenile.measure.no-behaviour",
                $"{Cap(measure.Basis)} answers {what} behaviour, and none such is recorded on the case.", ("basis", Cap(measure.Basis)), ("articles", what));
    }

    /// <summary>
    /// The conditions an article sets on its measure. Art. 31: only when the student refuses to correct or the
    /// circumstances are serious. Art. 35: a school acts only as the minor's boarding school.
    /// </summary>
    public static RuleResult GroundHolds(MeasureKind measure, ActorKind actor, MeasureGround ground)
    {
        if (measure.Article == 31 && ground is not (MeasureGround.NotCorrected or MeasureGround.Serious))
        {
            return RuleResult.Refused("juvenile.measure.art31-ground", "Art. 31: the school sanctions or takes these measures only when the student refuses to correct or the circumstances are serious; say which.");
        }

        if (measure.Article == 35 && actor == ActorKind.School && ground != MeasureGround.BoardingSchool)
        {
            return RuleResult.Refused("juvenile.measure.art35-boarding", "Art. 35: of schools, only the minor's boarding school has this duty; confirm the school boards the minor.");
        }

        return RuleResult.Allowed;
    }

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
