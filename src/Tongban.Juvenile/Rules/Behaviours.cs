using Tongban.Kernel.Errors;

namespace Tongban.Juvenile.Rules;

/// <summary>The law's two taxonomies of behaviour, and acts under the Criminal Law below the age of responsibility.</summary>
public enum BehaviourCategory
{
    /// <summary>Art. 28: bad behaviour (不良行为), nine items.</summary>
    Bad = 28,

    /// <summary>Art. 38: serious bad behaviour (严重不良行为), nine items.</summary>
    Serious = 38,

    /// <summary>Art. 45: an act the Criminal Law punishes, by a minor below the age of criminal responsibility.</summary>
    CriminalAct = 45,
}

/// <summary>One classified item: its code ("28.4"), article, item number and both languages.</summary>
public sealed record BehaviourItem(string Code, int Article, int Item, BehaviourCategory Category, string Zh, string En);

/// <summary>The items of arts. 28, 38 and 45; a record is classified against exactly one of them.</summary>
public static class Behaviours
{
    public static IReadOnlyList<BehaviourItem> All { get; } =
    [
        // Art. 28: bad behaviour, items (1)-(9).
        new("28.1", 28, 1, BehaviourCategory.Bad, "吸烟、饮酒", "Smoking and drinking"),
        new("28.2", 28, 2, BehaviourCategory.Bad, "多次旷课、逃学", "Repeated truancy"),
        new("28.3", 28, 3, BehaviourCategory.Bad, "无故夜不归宿、离家出走", "Staying out at night or running away without reason"),
        new("28.4", 28, 4, BehaviourCategory.Bad, "沉迷网络", "Internet addiction"),
        new("28.5", 28, 5, BehaviourCategory.Bad, "与社会上具有不良习性的人交往，组织或者参加实施不良行为的团伙", "Associating with people of bad habits; gangs doing bad behaviour"),
        new("28.6", 28, 6, BehaviourCategory.Bad, "进入法律法规规定未成年人不宜进入的场所", "Entering places minors may not enter"),
        new("28.7", 28, 7, BehaviourCategory.Bad, "参与赌博、变相赌博，或者参加封建迷信、邪教等活动", "Gambling, superstition or cult activities"),
        new("28.8", 28, 8, BehaviourCategory.Bad, "阅览、观看或者收听宣扬淫秽、色情、暴力、恐怖、极端等内容的读物、音像制品或者网络信息等", "Obscene, violent, terrorist or extremist material"),
        new("28.9", 28, 9, BehaviourCategory.Bad, "其他不利于未成年人身心健康成长的不良行为", "Other bad behaviour harmful to healthy growth"),

        // Art. 38: serious bad behaviour, items (1)-(9).
        new("38.1", 38, 1, BehaviourCategory.Serious, "结伙斗殴，追逐、拦截他人，强拿硬要或者任意损毁、占用公私财物等寻衅滋事行为", "Gang fights, chasing, extortion and other provocation"),
        new("38.2", 38, 2, BehaviourCategory.Serious, "非法携带枪支、弹药或者弩、匕首等国家规定的管制器具", "Illegally carrying guns, ammunition or controlled knives"),
        new("38.3", 38, 3, BehaviourCategory.Serious, "殴打、辱骂、恐吓，或者故意伤害他人身体", "Beating, abusing, threatening or intentionally hurting others"),
        new("38.4", 38, 4, BehaviourCategory.Serious, "盗窃、哄抢、抢夺或者故意损毁公私财物", "Theft, looting, snatching or destroying property"),
        new("38.5", 38, 5, BehaviourCategory.Serious, "传播淫秽的读物、音像制品或者信息等", "Disseminating obscene material"),
        new("38.6", 38, 6, BehaviourCategory.Serious, "卖淫、嫖娼，或者进行淫秽表演", "Prostitution, whoring or obscene performance"),
        new("38.7", 38, 7, BehaviourCategory.Serious, "吸食、注射毒品，或者向他人提供毒品", "Taking or injecting drugs, or providing them"),
        new("38.8", 38, 8, BehaviourCategory.Serious, "参与赌博赌资较大", "Gambling with large stakes"),
        new("38.9", 38, 9, BehaviourCategory.Serious, "其他严重危害社会的行为", "Other acts seriously endangering society"),

        // Art. 45 (and art. 38 opening words): an act under the Criminal Law, not punished for age.
        new("45", 45, 0, BehaviourCategory.CriminalAct, "实施刑法规定的行为、因不满法定刑事责任年龄不予刑事处罚", "Act under the Criminal Law, not punished for being below the age of criminal responsibility"),
    ];

    private static readonly Dictionary<string, BehaviourItem> ByCode = All.ToDictionary(i => i.Code, StringComparer.Ordinal);

    public static BehaviourItem? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code.Trim());

    /// <summary>Arts. 28, 38, 45: a record is classified against a listed item, or refused.</summary>
    public static BehaviourItem Classify(string? code) =>
        Find(code) ?? throw new RuleViolation(
            "item",
            "juvenile.behaviour.unknown-item",
            $"'{code}' is not an item of art. 28 (28.1-28.9, bad behaviour), art. 38 (38.1-38.9, serious bad behaviour) or art. 45 (criminal act below the age of responsibility).", ("code", code));
}
