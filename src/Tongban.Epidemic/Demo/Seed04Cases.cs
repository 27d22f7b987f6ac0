using Tongban.Epidemic.Bulletin;
using Tongban.Epidemic.Cases;

namespace Tongban.Epidemic.Demo;

/// <summary>A case line of seed 04 with the district it is recorded under (null when the text gives none).</summary>
public sealed record Seed04Case(string? DistrictCode, BulletinCase Case);

/// <summary>
/// The cases seed 04 lists for 2022-10-30, exactly as listed: fourteen local confirmed (cases 13 and
/// 14 share one line), eight local asymptomatic (6 and 7 share one line), two imported confirmed.
/// The headline's "16+8" and the six imported asymptomatic are announced but not listed, so they are
/// not recorded. English addresses are the text's own; the Chinese ones are renderings of them.
/// </summary>
public static class Seed04Cases
{
    public static readonly DateOnly Date = new(2022, 10, 30);

    public static IReadOnlyList<Seed04Case> All { get; } = Build();

    private static List<Seed04Case> Build()
    {
        var list = new List<Seed04Case>();

        void Local(CaseClass cls, string? code, string? zh, string? en, FoundBy found)
        {
            var d = code is null ? null : BeijingDistricts.ByCode(code);
            list.Add(new Seed04Case(code, new BulletinCase(
                cls, CaseOrigin.Local, found, Date, d?.NameZh, d?.NameEn, zh, en,
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
        Local(C, "110118", "宾阳西里社区", "Xili community, Binyang", FoundBy.NotStated);               // confirmed 12: way found not stated
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

        void Imported(string originZh, string originEn, DateOnly arrived) =>
            list.Add(new Seed04Case(null, new BulletinCase(
                C, CaseOrigin.Imported, FoundBy.ClosedLoopArrival, Date,
                NationalityZh: "中国", NationalityEn: "Chinese",
                OriginZh: originZh, OriginEn: originEn,
                PortZh: "北京首都国际机场", PortEn: "Beijing Capital Airport",
                ArrivalDate: arrived, Transferred: true, Investigated: true, ControlMeasures: true)));

        Imported("法国", "France", new DateOnly(2022, 10, 27));        // imported confirmed 1
        Imported("中国台湾", "Taiwan, China", new DateOnly(2022, 10, 26)); // imported confirmed 2
        return list;
    }
}
