using System.Collections.Frozen;

namespace Tongban.Assets.Cards;

/// <summary>
/// One class of the national fixed-asset classification GB/T 14885-2010 (门类 = one digit, 大类 = three
/// digits), with its default useful life from the published government fixed-asset depreciation-period
/// table (财会〔2017〕4号, 《政府会计准则第3号——固定资产》应用指南, 表1 政府固定资产折旧年限表).
/// A null life means the class is not depreciated.
/// </summary>
public sealed record AssetClass(string Code, string NameZh, string NameEn, int? LifeYears, int? MaxLifeYears = null)
{
    public bool IsTop => Code.Length == 1;

    public string TopCode => Code[..1];

    public bool Depreciable => LifeYears is not null;

    public string Name(bool chinese) => chinese ? NameZh : NameEn;
}

/// <summary>The shipped classification data; the useful lives are defaults, editable per jurisdiction (<see cref="Depreciation.UsefulLives"/>).</summary>
public static class AssetClasses
{
    public static IReadOnlyList<AssetClass> All { get; } =
    [
        new("1", "土地、房屋及构筑物", "Land, buildings and structures", null),
        new("101", "土地", "Land", null),
        new("102", "房屋", "Buildings", 8), // by structure, 8 to at least 50 years: see Depreciation.LifeTables
        new("103", "构筑物", "Structures", 8),
        new("2", "通用设备", "General equipment", null),
        new("201", "计算机设备及软件", "Computers and software", 6),
        new("202", "办公设备", "Office equipment", 6),
        new("203", "车辆", "Vehicles", 8),
        new("204", "图书档案设备", "Library and archive equipment", 5),
        new("205", "机械设备", "Machinery", 10),
        new("206", "电气设备", "Electrical equipment", 5),
        new("207", "雷达、无线电和卫星导航设备", "Radar, radio and satellite navigation equipment", 10),
        new("208", "通信设备", "Communication equipment", 5),
        new("209", "广播、电视、电影设备", "Broadcasting, television and film equipment", 5),
        new("210", "仪器仪表", "Instruments and meters", 5),
        new("211", "电子和通信测量仪器", "Electronic and communication measuring instruments", 5),
        new("212", "计量标准器具及量具、衡器", "Measurement standards, gauges and weighing apparatus", 5),
        new("3", "专用设备", "Special equipment", null),
        new("301", "探矿、采矿、选矿和造块设备", "Prospecting, mining and ore-dressing equipment", 10, 15),
        new("302", "石油天然气开采专用设备", "Oil and gas extraction equipment", 10, 15),
        new("303", "石油和化学工业专用设备", "Petroleum and chemical industry equipment", 10, 15),
        new("304", "炼焦和金属冶炼轧制设备", "Coking, smelting and rolling equipment", 10, 15),
        new("305", "电力工业专用设备", "Electric power industry equipment", 20, 30),
        new("306", "非金属矿物制品工业专用设备", "Non-metallic mineral products equipment", 10, 20),
        new("307", "核工业专用设备", "Nuclear industry equipment", 20, 30),
        new("308", "航空航天工业专用设备", "Aerospace industry equipment", 20, 30),
        new("309", "工程机械", "Construction machinery", 10, 15),
        new("310", "农业和林业机械", "Agricultural and forestry machinery", 10, 15),
        new("311", "木材采集和加工设备", "Timber harvesting and processing equipment", 10, 15),
        new("312", "食品加工专用设备", "Food processing equipment", 10, 15),
        new("313", "饮料加工设备", "Beverage processing equipment", 10, 15),
        new("314", "烟草加工设备", "Tobacco processing equipment", 10, 15),
        new("315", "粮油作物和饲料加工设备", "Grain, oil crop and feed processing equipment", 10, 15),
        new("316", "纺织设备", "Textile equipment", 10, 15),
        new("317", "缝纫、服饰、制革和毛皮加工设备", "Sewing, apparel, leather and fur equipment", 10, 15),
        new("318", "造纸和印刷机械", "Paper-making and printing machinery", 10, 20),
        new("319", "化学药品和中药专用设备", "Pharmaceutical and Chinese-medicine equipment", 5, 10),
        new("320", "医疗设备", "Medical equipment", 5, 10),
        new("321", "电工、电子专用生产设备", "Electrical and electronic production equipment", 5, 10),
        new("322", "安全生产设备", "Work-safety equipment", 10, 20),
        new("323", "邮政专用设备", "Postal equipment", 10, 15),
        new("324", "环境污染防治设备", "Pollution-control equipment", 10, 20),
        new("325", "公安专用设备", "Public-security equipment", 3, 10),
        new("326", "水工机械", "Hydraulic engineering machinery", 10, 20),
        new("327", "专用仪器仪表", "Special instruments", 5, 10),
        new("328", "文艺设备", "Performing-arts equipment", 5, 15),
        new("329", "体育设备", "Sports equipment", 5, 15),
        new("330", "娱乐设备", "Entertainment equipment", 5, 15),

        // 表1 rows whose classes were missing; numbered after the existing ones (this table's codes are the
        // project's three-digit short codes of GB/T 14885's seven-digit classes, not the standard's own).
        new("331", "殡葬设备及用品", "Funeral equipment and supplies", 5, 10),
        new("332", "铁路运输设备", "Railway transport equipment", 10, 20),
        new("333", "水上交通运输设备", "Water transport equipment", 10, 20),
        new("334", "航空器及其配套设备", "Aircraft and their equipment", 10, 20),
        new("4", "文物和陈列品", "Cultural relics and exhibits", null),
        new("401", "文物", "Cultural relics", null),
        new("402", "陈列品", "Exhibits", null),
        new("5", "图书、档案", "Books and archives", null),
        new("501", "图书", "Books", null),
        new("502", "档案", "Archives", null),
        new("6", "家具、用具、装具及动植物", "Furniture, appliances, fittings, animals and plants", null),
        new("601", "家具", "Furniture", 15),
        new("602", "用具、装具", "Appliances and fittings", 5),
        new("603", "特种动物", "Special animals", null),
        new("604", "特种植物", "Special plants", null),
    ];

    private static readonly FrozenDictionary<string, AssetClass> ByCode = All.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    public static AssetClass? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code.Trim());

    /// <summary>The second-level classes, which cards are booked under.</summary>
    public static IEnumerable<AssetClass> Leaves => All.Where(c => !c.IsTop);
}
