using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Renewal.Communities;
using Tongban.Renewal.Concerns;
using Tongban.Renewal.Lifeline;

namespace Tongban.Renewal.Demo;

/// <summary>
/// Demo data (illustrative, not real figures): one province with three cities, nine districts and 36 streets; 3,000
/// old communities with projects planned 2019-2026 in all three categories, funded by channel, most accepted; annual
/// plans per level; residents' concerns; and 500 lifeline sensors with a week of readings that raise and clear alarms.
/// </summary>
internal static class RenewalDemo
{
    public const int Communities = 3000;
    public const int Sensors = 500;

    public static readonly (string UserName, string Password, string Who, string Role, string Org)[] Accounts =
    [
        ("renewal.ministry", "Renewal-Ministry-2026", "住房和城乡建设部 城市建设司 (ministry: the national roll-up)", RenewalPermissions.MinistryRole, "root"),
        ("renewal.province", "Renewal-Province-2026", "省住房和城乡建设厅 周敏 (province: plans and the completion rate)", RenewalPermissions.ProvinceRole, "province"),
        ("renewal.city", "Renewal-City-2026", "市住房和城乡建设局 吴磊 (city: acceptance, plans)", RenewalPermissions.CityRole, "city0"),
        ("renewal.district", "Renewal-District-2026", "区住房和城乡建设局 郑洁 (district: plans, funds, completes projects)", RenewalPermissions.DistrictRole, "district0-0"),
        ("renewal.street", "Renewal-Street-2026", "街道办事处 孙浩 (street office: projects and concerns)", RenewalPermissions.StreetRole, "street0-0-0"),
        ("renewal.committee", "Renewal-Committee-2026", "社区居委会 钱芳 (residents' committee: records concerns)", RenewalPermissions.CommitteeRole, "street0-0-0"),
        ("renewal.dispatcher", "Renewal-Dispatcher-2026", "燃气集团调度员 冯涛 (gas utility dispatcher: alarms)", RenewalPermissions.DispatcherRole, "gas"),
        ("renewal.centre", "Renewal-Centre-2026", "城市生命线监测中心 陈晨 (monitoring centre: alarms of the city)", RenewalPermissions.MonitoringCentreRole, "city0"),
    ];

    private static readonly string[] Names = ["和平里", "幸福村", "光明路", "建设新村", "工人新村", "朝阳", "民主村", "团结路", "胜利街", "红旗", "纺织厂宿舍", "机械厂宿舍"];

    private static readonly string[] Cities = ["东州市", "西岭市", "南湖市"];
    private static readonly string[] CitiesEn = ["Dongzhou", "Xiling", "Nanhu"];

    public static async Task SeedAsync(IServiceProvider services, DemoContext demo, CancellationToken ct)
    {
        var db = services.GetRequiredService<RenewalDb>();
        if (await db.Communities.AnyAsync(ct))
        {
            return;
        }

        var kernel = services.GetRequiredService<KernelDb>();
        var tree = services.GetRequiredService<OrgTree>();
        var clock = services.GetRequiredService<TimeProvider>();
        var today = ChinaTime.Today(clock);
        var random = new Random(demo.Seed + 16);
        var orgs = new Dictionary<string, Guid>(StringComparer.Ordinal);
        orgs["root"] = await kernel.Orgs.Where(o => o.ParentId == null).OrderBy(o => o.Depth).Select(o => o.Id).FirstAsync(ct);

        async Task<Guid> Org(string key, string parent, OrgLevel level, OrgKind kind, string zh, string en, string division)
        {
            var id = demo.IdFor("renewal-org:" + key);
            if (!await kernel.Orgs.AnyAsync(o => o.Id == id, ct))
            {
                await tree.CreateAsync(new NewOrg(orgs[parent], level, kind, zh, en, division, id), ct);
            }

            return orgs[key] = id;
        }

        await Org("province", "root", OrgLevel.Province, OrgKind.CompetentDepartment, "演示省住房和城乡建设厅", "Demo province housing department", "330000");
        var streets = new List<(string Key, Guid Id, Guid District, string Division)>();
        var districts = new List<Guid>();
        for (var c = 0; c < Cities.Length; c++)
        {
            var cityDivision = $"33{c + 1:D2}00";
            await Org($"city{c}", "province", OrgLevel.Prefecture, OrgKind.CompetentDepartment, $"{Cities[c]}住房和城乡建设局", $"{CitiesEn[c]} housing bureau", cityDivision);
            for (var d = 0; d < 3; d++)
            {
                var districtDivision = $"33{c + 1:D2}{d + 2:D2}";
                var district = await Org($"district{c}-{d}", $"city{c}", OrgLevel.County, OrgKind.CompetentDepartment, $"{Cities[c]}第{d + 1}区住房和城乡建设局", $"{CitiesEn[c]} district {d + 1} housing bureau", districtDivision);
                districts.Add(district);
                for (var s = 0; s < 4; s++)
                {
                    var key = $"street{c}-{d}-{s}";
                    var street = await Org(key, $"district{c}-{d}", OrgLevel.Township, OrgKind.AdministrativeUnit, $"{Cities[c]}{d + 1}区第{s + 1}街道办事处", $"{CitiesEn[c]} {d + 1} street office {s + 1}", districtDivision);
                    streets.Add((key, street, district, districtDivision + $"{s + 1:D3}"));
                }
            }
        }

        var gas = await Org("gas", "city0", OrgLevel.County, OrgKind.Enterprise, $"{Cities[0]}燃气集团", $"{CitiesEn[0]} gas group", "330100");
        var water = await Org("water", "city0", OrgLevel.County, OrgKind.Enterprise, $"{Cities[0]}水务集团", $"{CitiesEn[0]} water group", "330100");

        var owners = SeedCommunities(db, demo, random, today, streets);
        await db.SaveChangesAsync(ct);
        await SeedPlansAsync(db, orgs, ct);
        SeedConcerns(db, demo, random, today, owners);
        await db.SaveChangesAsync(ct);
        await SeedLifelineAsync(services, db, demo, random, clock, gas, water, districts.Take(3).ToList(), ct);
        await SeedPeopleAsync(services, orgs, ct);
    }

    private static readonly Dictionary<RenovationCategory, string[]> ItemsByCategory = ContentCatalog.Shipped.GroupBy(i => i.Category).ToDictionary(g => g.Key, g => g.Select(i => i.Code).ToArray());

    private static List<Guid> SeedCommunities(RenewalDb db, DemoContext demo, Random random, DateOnly today, List<(string Key, Guid Id, Guid District, string Division)> streets)
    {
        var owners = new List<Guid>(Communities);
        for (var i = 0; i < Communities; i++)
        {
            var street = streets[i % streets.Count];
            var households = 60 + random.Next(900);
            var community = new Community
            {
                Id = demo.IdFor($"renewal-community:{i}"),
                OrgId = street.Id,
                Code = $"LJ{i + 1:D5}",
                Name = $"{Names[i % Names.Length]}{(i / Names.Length) + 1}号院小区",
                DivisionCode = street.Division,
                YearBuilt = 1965 + random.Next(41),
                Buildings = Math.Max(1, households / 60),
                Households = households,
                FloorAreaM2 = households * (55 + random.Next(30)),
            };
            db.Communities.Add(community);
            owners.Add(community.OrgId);

            // Plan years 2019-2026; about a sixth of the stock is not yet in any plan.
            if (random.Next(6) == 0)
            {
                continue;
            }

            var planYear = 2019 + random.Next(8);
            var categories = new List<RenovationCategory> { RenovationCategory.Basic };
            if (random.Next(10) < 6)
            {
                categories.Add(RenovationCategory.Improvement);
            }

            if (random.Next(10) < 3)
            {
                categories.Add(RenovationCategory.Enhancement);
            }

            var accepted = new List<DateOnly?>();
            foreach (var category in categories)
            {
                var items = ItemsByCategory[category].OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToList();
                var facilities = category == RenovationCategory.Enhancement ? 1 + random.Next(2) : 0;

                // Started in the plan year (993 in 1000: seed 06's 99.3 %), else early the next year; works take 4-10 months, acceptance 2-8 weeks on.
                var start = new DateOnly(planYear, 3, 1).AddDays(random.Next(240));
                if (random.Next(1000) >= 993)
                {
                    start = new DateOnly(planYear + 1, 1, 15).AddDays(random.Next(60));
                }

                var project = new Project
                {
                    Id = demo.IdFor($"renewal-project:{i}:{category}"),
                    OrgId = community.OrgId,
                    CommunityId = community.Id,
                    Code = $"{community.Code}-{category.ToString()[0]}",
                    Category = category,
                    PlanYear = planYear,
                    HouseholdsBenefited = households,
                    FacilitiesAdded = facilities,
                };
                if (start <= today)
                {
                    project.StartedOn = start;
                    var done = start.AddDays(120 + random.Next(180));
                    if (done <= today)
                    {
                        project.CompletedOn = done;
                        var acc = done.AddDays(14 + random.Next(45));
                        project.AcceptedOn = acc <= today ? acc : null;
                    }
                }

                db.Projects.Add(project);
                db.ProjectItems.AddRange(items.Select(code => new ProjectItem { OrgId = community.OrgId, ProjectId = project.Id, ItemCode = code }));
                accepted.Add(project.AcceptedOn);
                community.FacilitiesAdded += facilities;
                community.PlanYear = planYear;
                if (project.StartedOn is { } s && (community.StartedOn is null || s < community.StartedOn))
                {
                    community.StartedOn = s;
                    community.StartedYear = s.Year;
                }

                if (project.StartedOn is { } on)
                {
                    // Funding: the central subsidy and local budgets carry most; bonds, utilities, social capital and residents the rest.
                    var totalYuan = households * (category == RenovationCategory.Basic ? 12_000 : 6_000);
                    var shares = new (FundingChannel Channel, int Percent)[]
                    {
                        (FundingChannel.CentralSubsidy, 35), (FundingChannel.LocalBudget, 30), (FundingChannel.SpecialBonds, 15),
                        (FundingChannel.Utilities, 8), (FundingChannel.SocialCapital, 7), (FundingChannel.Residents, 5),
                    };
                    foreach (var (channel, percent) in shares)
                    {
                        var fen = totalYuan * 100L * percent / 100;
                        db.Fundings.Add(new Funding { Id = demo.IdFor($"renewal-funding:{i}:{category}:{channel}"), OrgId = community.OrgId, ProjectId = project.Id, Channel = channel, AmountFen = fen, On = on, Year = on.Year });
                        project.FundingFen += fen;
                        community.FundingFen += fen;
                    }
                }
            }

            community.CompletedOn = ProjectRules.RenovatedOn(accepted);
            community.CompletedYear = community.CompletedOn?.Year;
        }

        return owners;
    }

    /// <summary>Each level's annual task is the communities its subtree put in that year's plan.</summary>
    private static async Task SeedPlansAsync(RenewalDb db, Dictionary<string, Guid> orgs, CancellationToken ct)
    {
        var planned = await db.Communities.Where(c => c.PlanYear != null).GroupBy(c => new { c.OrgId, c.PlanYear }).Select(g => new { g.Key.OrgId, Year = g.Key.PlanYear!.Value, Count = g.Count(), Households = g.Sum(c => c.Households) }).ToListAsync(ct);
        var levels = orgs.Where(o => o.Key.StartsWith("city", StringComparison.Ordinal) || o.Key.StartsWith("district", StringComparison.Ordinal) || o.Key == "province").Select(o => o.Value).ToList();
        var closure = await db.OrgClosures.AsNoTracking().Where(c => levels.Contains(c.AncestorId)).Select(c => new { c.AncestorId, c.DescendantId }).ToListAsync(ct);
        foreach (var org in levels)
        {
            var under = closure.Where(c => c.AncestorId == org).Select(c => c.DescendantId).ToHashSet();
            foreach (var year in planned.Where(p => under.Contains(p.OrgId)).GroupBy(p => p.Year))
            {
                db.Plans.Add(new AnnualPlan { OrgId = org, Year = year.Key, Communities = year.Sum(p => p.Count), Households = year.Sum(p => p.Households) });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static readonly string[] ConcernTexts = ["加装电梯费用如何分摊", "停车位不足，晚上车辆乱停", "楼道水管老化漏水", "施工噪音影响休息", "垃圾分类点位设置不合理", "希望增加老年食堂", "燃气管道改造何时入户"];

    private static void SeedConcerns(RenewalDb db, DemoContext demo, Random random, DateOnly today, List<Guid> owners)
    {
        var calendar = WorkingDayCalendar.LoadDefault();
        for (var i = 0; i < 600; i++)
        {
            var communityIndex = random.Next(Communities);
            var topic = (ConcernTopic)(1 + random.Next(7));
            var received = today.AddDays(-random.Next(90));
            var due = ConcernRules.DueOn(received, ConcernRules.DefaultLimits[topic], calendar);
            var concern = new Concern
            {
                Id = demo.IdFor($"renewal-concern:{i}"),
                OrgId = owners[communityIndex],
                CommunityId = demo.IdFor($"renewal-community:{communityIndex}"),
                Topic = topic,
                Summary = ConcernTexts[random.Next(ConcernTexts.Length)],
                ReceivedOn = received,
                DueOn = due,
            };
            var answered = received.AddDays(1 + random.Next(16));
            if (answered <= today && random.Next(10) < 8)
            {
                concern.AssignedTo = "街道城建科";
                concern.Answer = "已现场查看并安排整改。";
                concern.AnsweredOn = answered;
                concern.Satisfaction = random.Next(10) switch { < 7 => Satisfaction.Satisfied, < 9 => Satisfaction.BasicallySatisfied, _ => Satisfaction.Dissatisfied };
            }

            db.Concerns.Add(concern);
        }
    }

    private static async Task SeedLifelineAsync(IServiceProvider services, RenewalDb db, DemoContext demo, Random random, TimeProvider clock, Guid gas, Guid water, List<Guid> districts, CancellationToken ct)
    {
        // Reference §3c: thresholds from related standards, the standard recorded beside each.
        var rules = new (Guid Org, LifelineKind Kind, string Metric, RuleType Type, ComparisonOp Op, double Threshold, int Seconds, AlarmSeverity Severity, int Ack, string Standard)[]
        {
            (gas, LifelineKind.Gas, "ch4_lel", RuleType.Threshold, ComparisonOp.GreaterOrEqual, 20, 1800, AlarmSeverity.Red, 15, "GB 50838-2015 ≤20 %LEL"),
            (gas, LifelineKind.Gas, "ch4_lel", RuleType.Threshold, ComparisonOp.GreaterOrEqual, 10, 1800, AlarmSeverity.Yellow, 60, "10 %LEL early warning (local practice)"),
            (gas, LifelineKind.Gas, "any", RuleType.NoData, ComparisonOp.Greater, 0, 7200, AlarmSeverity.Blue, 240, "2 hours without data"),
            (water, LifelineKind.WaterSupply, "pressure_mpa", RuleType.Threshold, ComparisonOp.Less, 0.14, 1800, AlarmSeverity.Orange, 30, "service pressure ≥0.14 MPa"),
            (water, LifelineKind.Drainage, "level_ratio", RuleType.Threshold, ComparisonOp.GreaterOrEqual, 0.8, 1800, AlarmSeverity.Orange, 30, "sewer fill ratio (GB 51222-2017)"),
            (water, LifelineKind.Heating, "temperature_c", RuleType.Threshold, ComparisonOp.GreaterOrEqual, 95, 1800, AlarmSeverity.Yellow, 60, "supply temperature"),
            (water, LifelineKind.Bridge, "deflection_mm", RuleType.Threshold, ComparisonOp.Greater, 30, 1800, AlarmSeverity.Red, 15, "design deflection (JTG 3362-2018 L/600)"),
        };
        foreach (var r in rules)
        {
            db.Rules.Add(new AlarmRule { Id = demo.IdFor($"renewal-rule:{r.Kind}:{r.Metric}:{r.Severity}"), OrgId = r.Org, Kind = r.Kind, Metric = r.Metric, Type = r.Type, Op = r.Op, Threshold = r.Threshold, ForSeconds = r.Seconds, Severity = r.Severity, AckMinutes = r.Ack, Standard = r.Standard });
        }

        var kinds = new (LifelineKind Kind, string Metric, double Normal, double Spike, string Asset)[]
        {
            (LifelineKind.Gas, "ch4_lel", 1, 24, "雨水井"),
            (LifelineKind.WaterSupply, "pressure_mpa", 0.3, 0.1, "供水管"),
            (LifelineKind.Drainage, "level_ratio", 0.3, 0.9, "污水井"),
            (LifelineKind.Heating, "temperature_c", 70, 98, "热力管"),
            (LifelineKind.Bridge, "deflection_mm", 5, 35, "桥梁跨"),
        };
        var sensors = new List<(string Code, int Kind, bool Spikes, bool StaysHigh)>();
        for (var i = 0; i < Sensors; i++)
        {
            var k = i < 200 ? 0 : 1 + ((i - 200) % 4);
            var code = $"SN-{kinds[k].Kind.ToString().ToUpperInvariant()}-{i + 1:D4}";
            db.Sensors.Add(new Sensor
            {
                Id = demo.IdFor($"renewal-sensor:{i}"),
                OrgId = k == 0 ? gas : water,
                Code = code,
                Kind = kinds[k].Kind,
                DistrictOrgId = districts[i % districts.Count],
                CommunityId = k <= 2 ? demo.IdFor($"renewal-community:{i * 5 % Communities}") : null,
                Asset = $"{kinds[k].Asset} {(char)('A' + (i % 20))}-{i / 20 + 1}",
            });
            sensors.Add((code, k, random.Next(100) < 8, random.Next(100) < 2));
        }

        await db.SaveChangesAsync(ct);

        // A week of readings every 30 minutes up to now; a few sensors spike for 1.5-3 hours (raised, then cleared), a couple stay high.
        var lifeline = services.GetRequiredService<LifelineService>();
        var end = ChinaTime.Local(clock.GetUtcNow().UtcDateTime);
        end = new DateTime(end.Year, end.Month, end.Day, end.Hour, end.Minute < 30 ? 0 : 30, 0);
        var start = end.AddDays(-7);
        var spikes = sensors.Select(_ => (From: start.AddMinutes(30 * random.Next(300)), Length: 3 + random.Next(4))).ToList();
        var batch = new List<ReadingInput>();
        for (var t = start; t <= end; t = t.AddMinutes(30))
        {
            for (var i = 0; i < sensors.Count; i++)
            {
                var (code, k, spikesAt, staysHigh) = sensors[i];
                var kind = kinds[k];
                var inSpike = (spikesAt && t >= spikes[i].From && t < spikes[i].From.AddMinutes(30 * spikes[i].Length)) || (staysHigh && t >= end.AddHours(-2));
                var value = inSpike ? kind.Spike : kind.Normal * (0.9 + (random.NextDouble() * 0.2));
                batch.Add(new ReadingInput(code, t, kind.Metric, decimal.Round((decimal)value, 3)));
            }

            if (batch.Count >= 50_000)
            {
                await lifeline.IngestAsync(batch, ct);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await lifeline.IngestAsync(batch, ct);
        }

        await lifeline.SweepAsync(ct);
    }

    private static async Task SeedPeopleAsync(IServiceProvider services, Dictionary<string, Guid> orgs, CancellationToken ct)
    {
        var roles = services.GetRequiredService<RoleCatalog>();
        var people = services.GetService<PeopleDirectory>();
        if (people is null || !roles.Exists(RenewalPermissions.DistrictRole))
        {
            return;
        }

        var kernel = services.GetRequiredService<KernelDb>();
        foreach (var (userName, password, who, role, org) in Accounts)
        {
            if (await kernel.Users.AnyAsync(u => u.UserName == userName, ct))
            {
                continue;
            }

            var user = await people.CreateUserAsync(new NewUser(userName, who.Split(" (")[0], password, orgs[org], $"{userName}@demo.tongban.cn"), ct);
            await people.GrantAsync(user.Id, role, orgs[org], coversDescendants: true, ct);
        }
    }
}
