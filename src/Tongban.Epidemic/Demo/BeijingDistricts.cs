namespace Tongban.Epidemic.Demo;

/// <summary>A district of the demo city, with its GB/T 2260 code.</summary>
public sealed record District(string Code, string NameZh, string NameEn);

/// <summary>Beijing (110000) and its sixteen districts, the city of seed 04.</summary>
public static class BeijingDistricts
{
    public static District City { get; } = new("110000", "北京市", "Beijing");

    public static IReadOnlyList<District> All { get; } =
    [
        new("110101", "东城区", "Dongcheng District"),
        new("110102", "西城区", "Xicheng District"),
        new("110105", "朝阳区", "Chaoyang District"),
        new("110106", "丰台区", "Fengtai District"),
        new("110107", "石景山区", "Shijingshan District"),
        new("110108", "海淀区", "Haidian District"),
        new("110109", "门头沟区", "Mentougou District"),
        new("110111", "房山区", "Fangshan District"),
        new("110112", "通州区", "Tongzhou District"),
        new("110113", "顺义区", "Shunyi District"),
        new("110114", "昌平区", "Changping District"),
        new("110115", "大兴区", "Daxing District"),
        new("110116", "怀柔区", "Huairou District"),
        new("110117", "平谷区", "Pinggu District"),
        new("110118", "密云区", "Miyun District"),
        new("110119", "延庆区", "Yanqing District"),
    ];

    public static District ByCode(string code) => All.Single(d => d.Code == code);
}
