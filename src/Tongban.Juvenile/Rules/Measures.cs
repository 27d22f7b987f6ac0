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

/// <summary>A measure the law gives to certain actors, with its legal basis and what it answers.</summary>
public sealed record MeasureKind(
    string Code,
    int Article,
    int Item,
    IReadOnlyList<ActorKind> Actors,
    IReadOnlyList<BehaviourCategory> Answers,
    bool NotifiesGuardians,
    string Zh,
    string En)
{
    /// <summary>"art. 41 item 3" or "art. 29".</summary>
    public string Basis => Item == 0 ? $"art. {Article}" : $"art. {Article} item {Item}";
}

/// <summary>Arts. 29-42 and 61: the measures, and which actor the law gives each to.</summary>
public static class Measures
{
    private static readonly BehaviourCategory[] BadOnly = [BehaviourCategory.Bad];
    private static readonly BehaviourCategory[] SeriousOrCriminal = [BehaviourCategory.Serious, BehaviourCategory.CriminalAct];
    private static readonly BehaviourCategory[] Any = [BehaviourCategory.Bad, BehaviourCategory.Serious, BehaviourCategory.CriminalAct];
    private static readonly ActorKind[] Police = [ActorKind.PublicSecurity];
    private static readonly ActorKind[] School = [ActorKind.School];

    public static IReadOnlyList<MeasureKind> All { get; } =
    [
        // Art. 29: guardians stop bad behaviour and discipline.
        new("29", 29, 0, [ActorKind.Guardian], BadOnly, false, "监护人制止并加强管教", "Guardians stop it and strengthen discipline"),

        // Art. 30: police and residents'/villagers' committees stop it and urge guardians.
        new("30", 30, 0, [ActorKind.PublicSecurity, ActorKind.ResidentsCommittee, ActorKind.VillagersCommittee], BadOnly, false, "及时制止并督促监护人依法履行监护职责", "Stop it and urge guardians to perform their duty"),

        // Art. 31: the school's measures, items (1)-(6); art. 32: guardians notified promptly; art. 33: minor theft and bullying too.
        new("31.1", 31, 1, School, Any, true, "予以训导", "Admonition by the school"),
        new("31.2", 31, 2, School, Any, true, "要求遵守特定的行为规范", "Specific code of conduct"),
        new("31.3", 31, 3, School, Any, true, "要求参加特定的专题教育", "Specific thematic education"),
        new("31.4", 31, 4, School, Any, true, "要求参加校内服务活动", "Service activities in the school"),
        new("31.5", 31, 5, School, Any, true, "要求接受社会工作者或者其他专业人员的心理辅导和行为干预", "Counselling and behavioural intervention by social workers"),
        new("31.6", 31, 6, School, Any, true, "其他适当的管理教育措施", "Other appropriate management and education measures"),

        // Art. 34: truancy, the school contacts guardians in time.
        new("34", 34, 0, School, BadOnly, false, "及时联系监护人了解情况", "Contact guardians about absence or truancy"),

        // Art. 35: staying out or running away: guardians and boarding schools look and report to police.
        new("35", 35, 0, [ActorKind.Guardian, ActorKind.School], BadOnly, false, "及时查找，必要时向公安机关报告", "Look for the minor, report to police when needed"),

        // Art. 36: police and public-place managers protect, notify, escort home or to a rescue institution.
        new("36", 36, 0, [ActorKind.PublicSecurity, ActorKind.Other], BadOnly, false, "采取保护措施，通知监护人，护送回家或送救助保护机构", "Protect, notify guardians, escort home or to rescue institution"),

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
    /// Arts. 29-31 answer bad behaviour (art. 28), arts. 40-42 and 61 serious bad behaviour (art. 38, 45);
    /// art. 31 reaches minor theft and bullying (art. 33) so it answers any recorded behaviour.
    /// </summary>
    public static RuleResult Answers(MeasureKind measure, IReadOnlyCollection<BehaviourCategory> recorded) =>
        recorded.Any(measure.Answers.Contains)
            ? RuleResult.Allowed
            : RuleResult.Refused(
                "juvenile.measure.no-behaviour",
                $"{Cap(measure.Basis)} answers {string.Join(" / ", measure.Answers.Select(c => $"art. {(int)c}"))} behaviour, and none such is recorded on the case.", ("basis", Cap(measure.Basis)), ("articles", string.Join(" / ", measure.Answers.Select(c => $"art. {(int)c}"))));

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
