using Tongban.Epidemic.Bulletin;
using Tongban.Epidemic.Cases;

namespace Tongban.Epidemic.Demo;

/// <summary>A case line of seed 04 with the district it is recorded under (null when the text gives none).</summary>
public sealed record Seed04Case(string? DistrictCode, BulletinCase Case);

/// <summary>
/// The cases of seed 04's bulletin for 2022-10-30: the fourteen local confirmed it lists (cases 13 and
/// 14 share one line), the eight local asymptomatic (6 and 7 share one line), the two imported confirmed,
/// and the cases it counts without a line: the two asymptomatic infected persons converted to confirmed
/// cases (16 = 14 + 2) and the six imported asymptomatic infected persons. The text gives no district for
/// those eight, so they are recorded under the city. English addresses are the text's own; the Chinese ones
/// are renderings of them.
/// </summary>
public static class Seed04Cases
{
    public static readonly DateOnly Date = new(2022, 10, 30);

    public static IReadOnlyList<Seed04Case> All { get; } = Build();

    private static List<Seed04Case> Build()
    {
        var list = new List<Seed04Case>();

        void Local(CaseClass cls, string? code, string? zh, string? en, FoundBy found, bool converted = false)
        {
            var d = code is null ? null : BeijingDistricts.ByCode(code);
            list.Add(new Seed04Case(code, new BulletinCase(
                cls, CaseOrigin.Local, found, Date, d?.NameZh, d?.NameEn, zh, en, converted,
                Transferred: true, Investigated: true, ControlMeasures: true)));
        }

        const CaseClass C = CaseClass.Confirmed;
        const CaseClass A = CaseClass.Asymptomatic;
        const FoundBy Iso = FoundBy.IsolatedObserver;
        const FoundBy Soc = FoundBy.SocialScreening;

        Local(C, "110102", "新街口北大街96号", "No.96, North Street, Xinjiekou", Iso);                 // confirmed 1
        Local(C, "110105", "世奥国际中心", "the World Olympic International Center", Soc);            // confirmed 2
        Local(C, "110105", "国美第一城2号院", "No.2 Hospital of Gome First City", Iso);                 // confirmed 3
        Local(C, "110105", "华贸城7号院", "No.7 Hospital of Huamaocheng", Iso);                         // confirmed 4
        Local(C, "110106", "久敬家园3区", "Jiujing Jiayuan District 3", Iso);                           // confirmed 5
        Local(C, null, null, null, Iso);                                                               // confirmed 6: no address given
        Local(C, "110117", "平翔东园社区", "Dongyuan Community, Pingxiang", Iso);                       // confirmed 7
        Local(C, "110118", "兰茵山二期", "the second phase of Lanyin Mountain", Iso);                   // confirmed 8
        Local(C, "110118", "通用博园小区", "Tongyong Boyuan Community", Iso);                           // confirmed 9
        Local(C, "110117", "上纸寨村", "Shangzhizhai Village", Soc);                                    // confirmed 10
        Local(C, "110117", "鲁各庄街北巷", "the north lane of Lugezhuang Street", Iso);                  // confirmed 11
        // Confirmed 12: the (garbled) line names no way found, but the summary's 18 isolated observers and
        // 4 social screening make 22 = 14 + 8 newly found cases, so case 12 is one of the isolated observers.
        Local(C, "110118", "宾阳西里社区", "Xili community, Binyang", Iso);                              // confirmed 12
        Local(C, "110118", "兴工南区", "the south of Xinggong", Iso);                                   // confirmed 13
        Local(C, "110118", "兴工南区", "the south of Xinggong", Iso);                                   // confirmed 14
        Local(A, "110102", "新街口北大街96号", "No.96, Xinjiekou North Street", Iso);                   // asymptomatic 1
        Local(A, "110115", "旭辉御府小区", "Xuhui Yufu Community", Soc);                                // asymptomatic 2
        Local(A, "110117", "山东庄村", "Shandongzhuang Village", Iso);                                  // asymptomatic 3
        Local(A, "110117", "金乡西社区", "Jinxiang West Community", Iso);                               // asymptomatic 4
        Local(A, "110112", "新屯社区", "Xintun Community", Soc);                                        // asymptomatic 5
        Local(A, "110112", "新屯社区", "Xintun Community", Iso);                                        // asymptomatic 6
        Local(A, "110112", "新屯社区", "Xintun Community", Iso);                                        // asymptomatic 7
        Local(A, "110118", "通用博园小区", "Tongyong Boyuan Community", Iso);                           // asymptomatic 8
        Local(C, null, null, null, FoundBy.NotStated, converted: true);                                // "including 2 asymptomatic
        Local(C, null, null, null, FoundBy.NotStated, converted: true);                                //  converted to confirmed"

        void Imported(string originZh, string originEn, DateOnly arrived) =>
            list.Add(new Seed04Case(null, new BulletinCase(
                C, CaseOrigin.Imported, FoundBy.ClosedLoopArrival, Date,
                NationalityZh: "中国", NationalityEn: "Chinese",
                OriginZh: originZh, OriginEn: originEn,
                PortZh: "北京首都国际机场", PortEn: "Beijing Capital Airport",
                ArrivalDate: arrived, Transferred: true, Investigated: true, ControlMeasures: true)));

        Imported("法国", "France", new DateOnly(2022, 10, 27));        // imported confirmed 1
        Imported("中国台湾", "Taiwan, China", new DateOnly(2022, 10, 26)); // imported confirmed 2

        // "six asymptomatic infected people [imported from abroad] were added": counted, not listed. A record of an
        // imported case needs its arrival (port, origin, date); the text gives none, so the demo gives them the
        // capital airport and closed-loop arrivals of the preceding days, as its synthetic outbreak does.
        (string Zh, string En)[] origins = [("日本", "Japan"), ("新加坡", "Singapore"), ("德国", "Germany"), ("中国香港", "Hong Kong, China"), ("阿联酋", "the United Arab Emirates"), ("法国", "France")];
        for (var i = 0; i < 6; i++)
        {
            list.Add(new Seed04Case(null, new BulletinCase(
                A, CaseOrigin.Imported, FoundBy.ClosedLoopArrival, Date,
                NationalityZh: "中国", NationalityEn: "Chinese", OriginZh: origins[i].Zh, OriginEn: origins[i].En,
                PortZh: "北京首都国际机场", PortEn: "Beijing Capital Airport", ArrivalDate: Date.AddDays(-1 - (i % 4)),
                Transferred: true, Investigated: true, ControlMeasures: true)));
        }

        return list;
    }
}
