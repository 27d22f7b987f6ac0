namespace Tongban.Renewal.Communities;

/// <summary>
/// The content items of the three categories as shipped (reference §1, "Three categories of renovation content": the
/// purpose clauses [S], the item lists [M] recalled from 国办发〔2020〕23号). Localities add their own through the API.
/// </summary>
public static class ContentCatalog
{
    public static readonly IReadOnlyList<ContentItem> Shipped =
    [
        Item("water-supply", RenovationCategory.Basic, "供水", "Water supply"),
        Item("drainage", RenovationCategory.Basic, "排水", "Drainage"),
        Item("power", RenovationCategory.Basic, "供电", "Power supply"),
        Item("low-voltage", RenovationCategory.Basic, "弱电", "Low-voltage and telecom lines"),
        Item("roads", RenovationCategory.Basic, "道路", "Roads"),
        Item("gas", RenovationCategory.Basic, "供气", "Gas supply"),
        Item("heating", RenovationCategory.Basic, "供热", "Heating"),
        Item("fire-protection", RenovationCategory.Basic, "消防", "Fire protection"),
        Item("security", RenovationCategory.Basic, "安防", "Security"),
        Item("refuse-sorting", RenovationCategory.Basic, "生活垃圾分类", "Refuse sorting"),
        Item("mobile-network", RenovationCategory.Basic, "移动通信", "Mobile networks"),
        Item("fibre", RenovationCategory.Basic, "光纤入户", "Fibre to the home"),
        Item("overhead-lines", RenovationCategory.Basic, "架空线规整（入地）", "Tidying or burying overhead lines"),
        Item("roofs-walls-stairs", RenovationCategory.Basic, "屋面、外墙、楼梯等公共部位维修", "Repair of roofs, external walls and stairs"),

        Item("illegal-structures", RenovationCategory.Improvement, "拆除违法建设", "Demolishing illegal structures"),
        Item("greening-lighting", RenovationCategory.Improvement, "绿化与照明", "Greening and lighting"),
        Item("ageing-friendly", RenovationCategory.Improvement, "适老设施", "Elderly-friendly facilities"),
        Item("barrier-free", RenovationCategory.Improvement, "无障碍设施", "Barrier-free access"),
        Item("parking", RenovationCategory.Improvement, "停车库（场）", "Parking"),
        Item("charging", RenovationCategory.Improvement, "电动自行车及汽车充电设施", "Charging for e-bikes and cars"),
        Item("parcel-lockers", RenovationCategory.Improvement, "智能快件箱", "Smart parcel lockers"),
        Item("mail-boxes", RenovationCategory.Improvement, "智能信包箱", "Smart mail boxes"),
        Item("culture-sports", RenovationCategory.Improvement, "文化休闲与体育健身设施", "Culture, leisure and sports facilities"),
        Item("property-rooms", RenovationCategory.Improvement, "物业用房", "Property-management rooms"),
        Item("energy-efficiency", RenovationCategory.Improvement, "建筑节能改造", "Building energy-efficiency retrofit"),
        Item("lifts", RenovationCategory.Improvement, "加装电梯", "Adding lifts"),

        Item("service-centre", RenovationCategory.Enhancement, "社区综合服务设施", "Community service centre", true),
        Item("health-station", RenovationCategory.Enhancement, "卫生服务站", "Health service station", true),
        Item("kindergarten", RenovationCategory.Enhancement, "幼儿园", "Kindergarten", true),
        Item("perimeter-sensing", RenovationCategory.Enhancement, "周界防护等智能感知设施", "Smart perimeter sensing"),
        Item("elderly-care", RenovationCategory.Enhancement, "养老", "Elderly care", true),
        Item("childcare", RenovationCategory.Enhancement, "托育", "Childcare", true),
        Item("meal-assistance", RenovationCategory.Enhancement, "助餐", "Meal assistance", true),
        Item("housekeeping", RenovationCategory.Enhancement, "家政保洁", "Housekeeping and cleaning", true),
        Item("convenience-market", RenovationCategory.Enhancement, "便民市场", "Convenience market", true),
        Item("convenience-store", RenovationCategory.Enhancement, "便利店", "Convenience store", true),
        Item("last-mile-station", RenovationCategory.Enhancement, "邮政快件末端综合服务站", "Postal and express last-mile station", true),
    ];

    private static ContentItem Item(string code, RenovationCategory category, string zh, string en, bool facility = false) =>
        new() { Code = code, Category = category, NameZh = zh, NameEn = en, Facility = facility };
}
