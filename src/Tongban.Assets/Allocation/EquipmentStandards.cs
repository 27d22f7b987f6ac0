using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Assets.Allocation;

/// <summary>One item of an equipment standard: a price ceiling per unit and a minimum service life.</summary>
public sealed record EquipmentStandardItem(string Code, string ClassCode, string NameZh, string NameEn, long PriceCeilingFen, int MinServiceYears, bool ProcurementCatalogue);

/// <summary>
/// The budget standard for general office equipment and furniture (seed 09 (4), "Asset allocation":
/// 财行〔2011〕78号, since revised by 财资〔2016〕27号). The figures shipped are example defaults in the
/// shape of those standards, editable per jurisdiction; check them against the standard in force.
/// </summary>
public static class EquipmentStandards
{
    public static IReadOnlyList<EquipmentStandardItem> Defaults { get; } =
    [
        new("desktop", "201", "台式计算机", "Desktop computer", 5_000_00, 6, true),
        new("laptop", "201", "便携式计算机", "Laptop computer", 7_000_00, 6, true),
        new("printer-a4-mono", "202", "打印机（A4黑白）", "Printer (A4, monochrome)", 1_200_00, 6, true),
        new("printer-a4-colour", "202", "打印机（A4彩色）", "Printer (A4, colour)", 2_000_00, 6, true),
        new("copier", "202", "复印机", "Copier", 15_000_00, 6, true),
        new("fax", "202", "传真机", "Fax machine", 1_500_00, 6, true),
        new("scanner", "202", "扫描仪", "Scanner", 1_500_00, 6, true),
        new("projector", "202", "投影仪", "Projector", 4_000_00, 6, true),
        new("shredder", "202", "碎纸机", "Paper shredder", 800_00, 6, false),
        new("desk", "601", "办公桌", "Office desk", 3_000_00, 15, true),
        new("chair", "601", "办公椅", "Office chair", 800_00, 15, true),
        new("filing-cabinet", "601", "文件柜", "Filing cabinet", 1_000_00, 15, true),
        new("sofa", "601", "沙发", "Sofa", 3_000_00, 15, true),
    ];

    public static EquipmentStandardItem? Find(IEnumerable<EquipmentStandardItem> items, string code) =>
        items.FirstOrDefault(i => i.Code == code);

    // Seed 09 (4): allocation follows the equipment standards: the unit price may not exceed the ceiling.
    public static RuleResult CheckPrice(EquipmentStandardItem item, Cny unitPrice)
    {
        if (unitPrice.Fen <= 0)
        {
            return RuleResult.Refused("assets.allocation.price-positive", "The unit price must be above zero.");
        }

        return unitPrice.Fen > item.PriceCeilingFen
            ? RuleResult.Refused("assets.allocation.above-standard", $"{item.NameEn}: {unitPrice} yuan is above the standard's ceiling of {new Cny(item.PriceCeilingFen)} yuan.", ("item", item.NameEn), ("unitPrice", unitPrice), ("limit", new Cny(item.PriceCeilingFen)))
            : RuleResult.Allowed;
    }

    // Seed 09 (4): a replacement is due only when the item has served its minimum service life.
    public static RuleResult CheckReplacement(EquipmentStandardItem item, DateOnly oldAcquired, DateOnly today) =>
        oldAcquired.AddYears(item.MinServiceYears) > today
            ? RuleResult.Refused("assets.allocation.service-life", $"{item.NameEn}: the item being replaced has not served the minimum {item.MinServiceYears} years (until {oldAcquired.AddYears(item.MinServiceYears):yyyy-MM-dd}).", ("item", item.NameEn), ("years", item.MinServiceYears), ("until", oldAcquired.AddYears(item.MinServiceYears)))
            : RuleResult.Allowed;

    /// <summary>Seed 09 (4): assets within the government-procurement scope are bought through government procurement.</summary>
    public static bool NeedsGovernmentProcurement(EquipmentStandardItem item) => item.ProcurementCatalogue;
}
