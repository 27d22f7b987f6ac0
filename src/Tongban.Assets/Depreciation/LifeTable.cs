using Tongban.Assets.Cards;

namespace Tongban.Assets.Depreciation;

/// <summary>How a building is built: 财会〔2017〕4号 表1 sets the life of class 102 by structure.</summary>
public enum BuildingStructure
{
    /// <summary>Not a building (every class but 102).</summary>
    None = 0,

    /// <summary>钢结构: at least 50 years.</summary>
    Steel = 1,

    /// <summary>钢筋混凝土结构: at least 50 years.</summary>
    ReinforcedConcrete = 2,

    /// <summary>砖混结构: at least 30 years.</summary>
    BrickConcrete = 3,

    /// <summary>砖木结构: at least 30 years.</summary>
    BrickWood = 4,

    /// <summary>简易房: 8 years.</summary>
    Simple = 5,

    /// <summary>房屋附属设施: 8 years.</summary>
    Attachment = 6,
}

/// <summary>
/// One row of the government fixed-asset depreciation-period table. <see cref="Key"/> is the class code, or for
/// buildings the class code and structure ("102.2"); the life is at least <see cref="MinYears"/> ("不低于 N 年")
/// or within <see cref="MinYears"/>-<see cref="MaxYears"/> where the table gives a range.
/// </summary>
public sealed record LifeTableRow(string Key, string ClassCode, BuildingStructure Structure, string NameZh, string NameEn, int MinYears, int? MaxYears);

/// <summary>A published edition of the table: the rows, where they come from and the day they apply from.</summary>
public sealed record LifeTableEdition(DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, IReadOnlyList<LifeTableRow> Rows)
{
    private Dictionary<string, LifeTableRow>? _byKey;

    public LifeTableRow? Find(string? key) =>
        key is null ? null : (_byKey ??= Rows.ToDictionary(r => r.Key, StringComparer.Ordinal)).GetValueOrDefault(key.Trim());
}

/// <summary>
/// The shipped editions of the useful-life table, applied by the date of the act they govern (a card's
/// acquisition). One edition so far: 财会〔2017〕4号, 《政府会计准则第3号——固定资产》应用指南, 表1
/// 政府固定资产折旧年限表, in force from 1 January 2017 (the standard's effective date).
/// </summary>
public static class LifeTables
{
    public const string Source2017 = "财会〔2017〕4号《政府会计准则第3号——固定资产》应用指南 表1 政府固定资产折旧年限表";

    public static LifeTableEdition Edition2017 { get; } = new(new DateOnly(2017, 1, 1), null, Source2017, Build2017());

    public static IReadOnlyList<LifeTableEdition> Editions { get; } = [Edition2017];

    /// <summary>The edition in force on <paramref name="date"/>; before the first, the first (no earlier table is shipped).</summary>
    public static LifeTableEdition On(DateOnly date) =>
        Editions.LastOrDefault(e => e.EffectiveFrom <= date && (e.EffectiveTo is null || date <= e.EffectiveTo)) ?? Editions[0];

    /// <summary>The table key of a card: its class, or for buildings (102) its class and structure.</summary>
    public static string KeyFor(string classCode, BuildingStructure structure) =>
        classCode.Trim() == "102" ? $"102.{(int)structure}" : classCode.Trim();

    private static List<LifeTableRow> Build2017()
    {
        var rows = new List<LifeTableRow>
        {
            // 一、房屋及构筑物: 业务及管理用房 by structure; 简易房, 房屋附属设施 and 构筑物 8 years.
            Building(BuildingStructure.Steel, "房屋（钢结构）", "Buildings (steel structure)", 50),
            Building(BuildingStructure.ReinforcedConcrete, "房屋（钢筋混凝土结构）", "Buildings (reinforced concrete)", 50),
            Building(BuildingStructure.BrickConcrete, "房屋（砖混结构）", "Buildings (brick-concrete)", 30),
            Building(BuildingStructure.BrickWood, "房屋（砖木结构）", "Buildings (brick-wood)", 30),
            Building(BuildingStructure.Simple, "简易房", "Simple buildings", 8),
            Building(BuildingStructure.Attachment, "房屋附属设施", "Building attachments", 8),
        };

        // 二、通用设备 to 四、家具、用具及装具: one row per class, with the class's figure.
        foreach (var c in AssetClasses.Leaves.Where(c => c.Code != "102" && c.LifeYears is not null))
        {
            rows.Add(new LifeTableRow(c.Code, c.Code, BuildingStructure.None, c.NameZh, c.NameEn, c.LifeYears!.Value, c.MaxLifeYears));
        }

        return rows;
    }

    private static LifeTableRow Building(BuildingStructure s, string zh, string en, int years) => new($"102.{(int)s}", "102", s, zh, en, years, null);
}
