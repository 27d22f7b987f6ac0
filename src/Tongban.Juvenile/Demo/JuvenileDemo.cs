using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Juvenile.Access;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.Rules;
using Tongban.Juvenile.SpecialEducation;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Juvenile.Demo;

/// <summary>A demo account of the module: who, where, which role.</summary>
public sealed record JuvenileDemoAccount(string UserName, string Password, string DisplayName, string OrgKey, string Role, bool CoversDescendants = false);

/// <summary>
/// The module's demo data in Xihu District: more schools, two police stations, committees, the county's
/// education bureau, steering committee and special school (from the demo world); about three hundred
/// cases across every stage, some sealed, written on the bulk path; a few referrals and special-education
/// matters taken through the services; and one account per role. Deterministic for a seed.
/// </summary>
public static class JuvenileDemo
{
    public const int CaseCount = 300;

    public static IReadOnlyList<JuvenileDemoAccount> Accounts { get; } =
    [
        new("juv.school", "School-Juvenile-2025", "文新小学 德育处 周老师", "county-school", JuvenilePermissions.SchoolRole),
        new("juv.police", "Police-Juvenile-2025", "文新派出所 民警 赵警官", "juvenile:police-wenxin", JuvenilePermissions.PoliceRole),
        new("juv.education", "Education-Juvenile-2025", "西湖区教育局 孙科长", "county-education", JuvenilePermissions.EducationRole),
        new("juv.steering", "Steering-Juvenile-2025", "专门教育指导委员会 钱委员", "county-special-education", JuvenilePermissions.SteeringRole),
        new("juv.special-school", "Special-Juvenile-2025", "西湖区专门学校 吴老师", "county-special-school", JuvenilePermissions.SpecialSchoolRole),
        new("juv.community", "Community-Juvenile-2025", "文新社区居委会 郑主任", "county-residents", JuvenilePermissions.CommitteeWorkerRole),
        new("juv.procurator", "Procurator-Juvenile-2025", "西湖区人民检察院 冯检察官", "county-procuratorate", JuvenilePermissions.JudicialRole),
        new("juv.oversight", "Oversight-Juvenile-2025", "西湖区人民检察院 监督 陈检察官", "county", JuvenilePermissions.OversightRole, CoversDescendants: true),
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林"];
    private static readonly string[] Given = ["子涵", "浩然", "梓萱", "宇轩", "欣怡", "俊杰", "雨桐", "思远", "一诺", "嘉怡", "子墨", "晨阳", "佳琪", "明哲", "若曦", "天佑"];

    public static async Task SeedAsync(IServiceProvider services, DemoContext demo, CancellationToken ct)
    {
        var db = services.GetRequiredService<JuvenileDb>();
        if (!demo.Orgs.ContainsKey("county") || await db.Cases.AnyAsync(ct))
        {
            return;
        }

        var orgs = await EnsureOrgsAsync(services.GetRequiredService<OrgTree>(), demo, ct);
        var people = await EnsureAccountsAsync(services, orgs, ct);
        var clock = services.GetRequiredService<TimeProvider>();
        var random = new Random(demo.Seed * 31 + 7);
        var (cases, behaviours, measures) = Generate(orgs, people, random, clock, demo);
        await CaseBulk.WriteAsync(db, cases, behaviours, measures, "demo", ct);
        await SeedWorkAsync(services, orgs, cases, behaviours, ct);
    }

    private static async Task<Dictionary<string, OrgNode>> EnsureOrgsAsync(OrgTree tree, DemoContext demo, CancellationToken ct)
    {
        var result = new Dictionary<string, OrgNode>(StringComparer.Ordinal);
        foreach (var key in new[] { "county", "county-school", "county-education", "county-special-education", "county-special-school", "county-public-security", "county-residents", "county-procuratorate", "county-social-work" })
        {
            result[key] = await tree.FindAsync(demo.Orgs[key], ct) ?? throw new InvalidOperationException($"The demo world has no {key}.");
        }

        var county = result["county"];
        var security = result["county-public-security"];
        async Task Add(string key, Guid parent, OrgLevel level, OrgKind kind, string zh, string en)
        {
            var id = demo.IdFor(key);
            result[key] = await tree.FindAsync(id, ct) ?? await tree.CreateAsync(new NewOrg(parent, level, kind, zh, en, county.DivisionCode, id), ct);
        }

        await Add("juvenile:school-cuiyuan", county.Id, OrgLevel.County, OrgKind.School, "杭州市西湖区翠苑中学", "Cuiyuan Middle School, Xihu District");
        await Add("juvenile:school-gudang", county.Id, OrgLevel.County, OrgKind.School, "杭州市西湖区古荡中学", "Gudang Middle School, Xihu District");
        await Add("juvenile:school-xixi", county.Id, OrgLevel.County, OrgKind.School, "杭州市西湖区西溪中学", "Xixi Middle School, Xihu District");
        await Add("juvenile:police-wenxin", security.Id, OrgLevel.Township, OrgKind.PublicSecurityOrgan, "杭州市公安局西湖区分局文新派出所", "Wenxin Police Station");
        await Add("juvenile:police-cuiyuan", security.Id, OrgLevel.Township, OrgKind.PublicSecurityOrgan, "杭州市公安局西湖区分局翠苑派出所", "Cuiyuan Police Station");
        await Add("juvenile:residents-gudang", county.Id, OrgLevel.Township, OrgKind.ResidentsCommittee, "古荡街道古荡社区居民委员会", "Gudang Residents' Committee");
        await Add("juvenile:villagers-shuangpu", county.Id, OrgLevel.Township, OrgKind.VillagersCommittee, "双浦镇双浦村村民委员会", "Shuangpu Villagers' Committee");
        return result;
    }

    private static async Task<Dictionary<string, (Guid Id, string Name)>> EnsureAccountsAsync(IServiceProvider services, Dictionary<string, OrgNode> orgs, CancellationToken ct)
    {
        var directory = services.GetRequiredService<PeopleDirectory>();
        var kernel = services.GetRequiredService<Tongban.Kernel.Data.KernelDb>();
        var result = new Dictionary<string, (Guid Id, string Name)>(StringComparer.Ordinal);
        foreach (var a in Accounts)
        {
            var existing = await kernel.Users.AsNoTracking().Where(u => u.UserName == a.UserName).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct);
            var id = existing;
            if (id is null)
            {
                var user = await directory.CreateUserAsync(new NewUser(a.UserName, a.DisplayName, a.Password, orgs[a.OrgKey].Id, $"{a.UserName}@demo.tongban.cn"), ct);
                await directory.GrantAsync(user.Id, a.Role, orgs[a.OrgKey].Id, a.CoversDescendants, ct);
                id = user.Id;
            }

            result[a.UserName] = (id.Value, a.DisplayName);
        }

        return result;
    }

    private static (List<JuvenileCase>, List<BehaviourRecord>, List<MeasureRecord>) Generate(
        Dictionary<string, OrgNode> orgs, Dictionary<string, (Guid Id, string Name)> people, Random random, TimeProvider clock, DemoContext demo)
    {
        var today = ChinaTime.Today(clock);
        var now = Tongban.Kernel.Audit.AuditHash.Truncate(clock.GetUtcNow());
        string[] schools = ["county-school", "juvenile:school-cuiyuan", "juvenile:school-gudang", "juvenile:school-xixi"];
        string[] police = ["juvenile:police-wenxin", "juvenile:police-cuiyuan"];
        string[] committees = ["county-residents", "juvenile:residents-gudang", "juvenile:villagers-shuangpu"];
        var cases = new List<JuvenileCase>();
        var behaviours = new List<BehaviourRecord>();
        var measures = new List<MeasureRecord>();
        for (var i = 0; i < CaseCount; i++)
        {
            var roll = random.NextDouble();
            var ownerKey = roll < 0.45 ? schools[random.Next(schools.Length)] : roll < 0.8 ? police[random.Next(police.Length)] : committees[random.Next(committees.Length)];
            var owner = orgs[ownerKey];
            var actor = Rules.Measures.ActorOf(owner.Kind);
            var opened = today.AddDays(-random.Next(10, 700));
            var birth = opened.AddYears(-(10 + random.Next(0, 7))).AddDays(-random.Next(0, 365));
            (Guid Id, string Name) worker = ownerKey == "county-school" ? people["juv.school"] : ownerKey == "juvenile:police-wenxin" ? people["juv.police"] : ownerKey == "county-residents" ? people["juv.community"] : (demo.IdFor("juvenile:worker:" + ownerKey), "个案工作者 " + owner.NameZh[^4..]);
            var id = demo.IdFor($"juvenile:case:{i}");
            var c = new JuvenileCase
            {
                Id = id,
                OrgId = owner.Id,
                Reference = $"JV-{opened.Year}-{id.ToString("N")[^8..].ToUpperInvariant()}",
                FullName = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)],
                Gender = random.Next(2) == 0 ? "男" : "女",
                BirthDate = birth,
                Guardians = $"父 {Surnames[random.Next(Surnames.Length)]}建国；母 {Surnames[random.Next(Surnames.Length)]}丽",
                GuardianPhone = $"13{random.Next(100000000, 999999999)}",
                SchoolOrgId = actor == ActorKind.School ? owner.Id : orgs[schools[random.Next(schools.Length)]].Id,
                Residence = $"西湖区{(random.Next(2) == 0 ? "文新" : "古荡")}街道{random.Next(1, 200)}号",
                CommunityOrgId = orgs[committees[random.Next(committees.Length)]].Id,
                DistrictCode = owner.DivisionCode,
                CaseworkerId = worker.Id,
                CaseworkerName = worker.Name,
                OpenedOn = opened,
                CreatedUtc = ChinaTime.StartOfDayUtc(opened).AddHours(2),
            };

            var recorded = new List<RecordedBehaviour>();
            var recordedItems = new List<string>();
            var count = 1 + random.Next(4);
            var seriousShare = actor == ActorKind.PublicSecurity ? 0.55 : 0.15;
            for (var k = 0; k < count; k++)
            {
                var on = opened.AddDays(random.Next(0, Math.Max(1, today.DayNumber - opened.DayNumber)));
                var age = AgeRules.AgeOn(birth, on);
                if (age >= AgeRules.AdultAge)
                {
                    continue;
                }

                var criminal = actor == ActorKind.PublicSecurity && age < 16 && random.NextDouble() < 0.06;
                var item = criminal ? Behaviours.Find("45")! : random.NextDouble() < seriousShare
                    ? Behaviours.All[9 + random.Next(9)]
                    : Behaviours.All[random.Next(9)];
                var instigated = item.Category != BehaviourCategory.Bad && random.NextDouble() < 0.15;
                var recordedAt = ChinaTime.StartOfDayUtc(on).AddHours(3 + random.Next(8));
                behaviours.Add(new BehaviourRecord
                {
                    Id = demo.IdFor($"juvenile:behaviour:{i}:{k}"),
                    CaseId = id,
                    ItemCode = item.Code,
                    Category = item.Category,
                    OccurredOn = on,
                    Age = age,
                    OffenceTier = criminal ? OffenceTier.Ordinary : null,
                    Description = item.Zh,
                    RecordedByOrgId = owner.Id,
                    RecordedBy = worker.Name,
                    RecordedAtUtc = recordedAt,
                    Instigated = instigated,
                    InstigationNote = instigated ? "社会闲散人员教唆" : null,
                    PoliceReportDueUtc = RiskRules.PoliceReportDue(item.Category, instigated) ? recordedAt : null,
                    PoliceReportedUtc = instigated && random.NextDouble() < 0.8 ? recordedAt.AddHours(2) : null,
                });
                recorded.Add(new RecordedBehaviour(item.Category, on));
                recordedItems.Add(item.Code);
            }

            if (recorded.Count == 0)
            {
                continue;
            }

            c.Risk = RiskRules.Level(recorded, today);
            var options = Rules.Measures.All.Where(m => m.Actors.Contains(actor) && Rules.Measures.Answers(m, recordedItems).IsAllowed).ToList();
            var stageRoll = random.NextDouble();
            var measureCount = stageRoll < 0.15 || options.Count == 0 ? 0 : 1 + random.Next(3);
            for (var k = 0; k < measureCount; k++)
            {
                var kind = options[random.Next(options.Count)];
                var decided = c.CreatedUtc.AddDays(random.Next(1, 30));
                var notified = kind.NotifiesGuardians ? decided.AddHours(random.NextDouble() < 0.85 ? random.Next(1, 20) : random.Next(30, 96)) : (DateTime?)null;
                measures.Add(new MeasureRecord
                {
                    Id = demo.IdFor($"juvenile:measure:{i}:{k}"),
                    CaseId = id,
                    Code = kind.Code,
                    Article = kind.Article,
                    Item = kind.Item,
                    Actor = actor,
                    DecidedByOrgId = owner.Id,
                    DecidedBy = worker.Name,
                    DecidedUtc = decided < now ? decided : now,
                    Owner = worker.Name,
                    ReviewOn = today.AddDays(random.Next(-20, 60)),
                    GuardiansNotifiedUtc = notified is { } n && n < now ? n : null,
                    Outcome = random.NextDouble() < 0.5 ? "已落实，行为有改善" : null,
                    Notes = kind.Zh,
                    Ground = kind.Article switch
                    {
                        31 => k % 2 == 0 ? MeasureGround.NotCorrected : MeasureGround.Serious,
                        35 when actor == ActorKind.School => MeasureGround.BoardingSchool,
                        _ => MeasureGround.None,
                    },
                });
                c.Stage = (CaseStage)Math.Max((int)c.Stage, (int)(kind.Article is >= 40 and <= 42 or 61 ? CaseStage.Correction : CaseStage.Intervention));
            }

            if (stageRoll > 0.93)
            {
                c.Stage = CaseStage.Closed;
            }

            // Art. 59: some cases' records are sealed (administrative punishment, non-prosecution, ...).
            if (random.NextDouble() < 0.08)
            {
                c.Sealed = true;
                c.SealBasis = (SealBasis)(1 + random.Next(6));
                c.SealedAtUtc = now.AddDays(-random.Next(1, 200));
            }

            cases.Add(c);
        }

        return (cases, behaviours, measures);
    }

    /// <summary>Referrals and special-education matters through the services, so the kernel's matters and shares are real.</summary>
    private static async Task SeedWorkAsync(IServiceProvider services, Dictionary<string, OrgNode> orgs, List<JuvenileCase> cases, List<BehaviourRecord> behaviours, CancellationToken ct)
    {
        var referrals = services.GetRequiredService<Referrals>();
        var special = services.GetRequiredService<SpecialEducationService>();
        var school = orgs["county-school"].Id;
        var wenxin = orgs["juvenile:police-wenxin"].Id;
        var seriousCases = behaviours.Where(b => b.Category != BehaviourCategory.Bad).Select(b => b.CaseId).ToHashSet();
        var open = cases.Where(c => !c.Sealed && c.Stage != CaseStage.Closed).ToList();

        // Police refer school pupils' cases to the school (art. 42), the school refers some to the police.
        foreach (var c in open.Where(c => c.OrgId == wenxin && c.SchoolOrgId == school).Take(4))
        {
            await referrals.SendAsync(c.Id, new NewReferral(school, ReferralKind.Referral, "第42条：邀请学校参与矫治教育", wenxin), ct);
        }

        foreach (var c in open.Where(c => c.OrgId == school && seriousCases.Contains(c.Id)).Take(2))
        {
            await referrals.SendAsync(c.Id, new NewReferral(wenxin, ReferralKind.Referral, "第39条：发现教唆，报告公安机关", school), ct);
        }

        // Chapter V: social investigations (art. 51) and resettlement follow-up (arts. 55-57) on police cases.
        var casework = services.GetRequiredService<CaseService>();
        foreach (var c in open.Where(c => c.OrgId == wenxin && seriousCases.Contains(c.Id)).Skip(4).Take(5))
        {
            await casework.AddRecidivismRecordAsync(c.Id, new NewRecidivismRecord(RecidivismRecordKind.SocialInvestigation, c.OpenedOn.AddDays(20), "第51条：社会调查，成长经历、监护教育情况已查明。", ActingOrgId: wenxin), ct);
        }

        var education = orgs["county-education"].Id;
        var committee = orgs["county-special-education"].Id;
        var specialSchool = orgs["county-special-school"].Id;
        var candidates = open.Where(c => c.OrgId == school && seriousCases.Contains(c.Id)).Skip(2).Take(4).ToList();
        for (var i = 0; i < candidates.Count; i++)
        {
            var p = await special.ApplyAsync(candidates[i].Id, new NewApplication(SpecialEducationRoute.Application43, education, committee, ActingOrgId: school, Ground: i % 2 == 0 ? Art43Ground.ManagementIneffective : Art43Ground.UnableToManage), ct);
            if (i >= 1)
            {
                p = await special.EvaluateAsync(p.Id, true, "监护人、学校管教无效，经评估同意送专门学校。", ct);
            }

            if (i >= 2)
            {
                p = await special.DecideAsync(p.Id, new PlacementDecision(true, specialSchool, null, ActingOrgId: education), ct);
                await special.RecordEventAsync(p.Id, PlacementEventKind.GuardianFeedback, p.PlacedOn!.Value, "第48条：每月向监护人反馈矫治教育情况。", null, ct);
            }

            if (i >= 3)
            {
                await special.RequestEvaluationAsync(p.Id, ct);
                await special.SemesterEvaluationAsync(p.Id, true, "第46条：本学期评估表现良好，建议转回原学校。", ct);
            }
        }
    }
}
