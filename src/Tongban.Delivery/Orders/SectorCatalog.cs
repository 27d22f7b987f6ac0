namespace Tongban.Delivery.Orders;

/// <summary>
/// The sectors shipped with the module (seed 02 names express logistics and e-commerce new retail for intelligent
/// logistics; tyres, auto parts, food cold chain, household goods, lithium battery materials and chemical fibre for
/// intelligent manufacturing; lithium-ion new energy and photovoltaics for new energy). More are added as data.
/// </summary>
internal static class SectorCatalog
{
    public static readonly IReadOnlyList<(string Code, string NameZh, string NameEn)> Shipped =
    [
        ("express-logistics", "快递物流", "Express logistics"),
        ("e-commerce-retail", "电商新零售", "E-commerce new retail"),
        ("tyres", "轮胎", "Tyres"),
        ("auto-parts", "汽车零部件", "Auto parts"),
        ("food-cold-chain", "食品冷链", "Food cold chain"),
        ("household-goods", "家居", "Household goods"),
        ("lithium-battery-materials", "锂电材料", "Lithium battery materials"),
        ("chemical-fibre", "化纤", "Chemical fibre"),
        ("lithium-batteries", "锂电新能源", "Lithium-ion batteries"),
        ("photovoltaics", "光伏", "Photovoltaics"),
    ];
}
