using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Formulary;
using Tongban.Clinic.Fund;
using Tongban.Clinic.Messages;
using Tongban.Clinic.Outreach;
using Tongban.Clinic.Patients;
using Tongban.Clinic.Scores;
using Tongban.Clinic.Visits;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Clinic.Demo;

/// <summary>
/// Demo data (invented people): one hepatology department modelled on seed 01 with its three sub-specialty teams
/// (liver cancer, fatty liver, autoimmune liver disease), 2,000 patients enrolled in the programmes over three years
/// with their follow-up done mostly on time and some overdue, reminders, and the sign-ins of each role.
/// </summary>
internal static class ClinicDemo
{
    public const int Patients = 2000;

    public static readonly (string UserName, string Password, string Who, string Role, string Team)[] Accounts =
    [
        ("clinic.cancer", "Clinic-Cancer-2025", "肝癌诊疗组医生 周明 (liver cancer team doctor: his team's patients)", ClinicPermissions.DoctorRole, "cancer"),
        ("clinic.fatty", "Clinic-Fatty-2025", "脂肪肝诊疗组医生 吴静 (fatty liver team doctor)", ClinicPermissions.DoctorRole, "fatty"),
        ("clinic.aih", "Clinic-Aih-2025", "自身免疫性肝病诊疗组医生 郑磊 (autoimmune liver disease team doctor)", ClinicPermissions.DoctorRole, "aih"),
        ("clinic.nurse", "Clinic-Nurse-2025", "随访护士 孙丽 (follow-up nurse: works the overdue lists of all teams)", ClinicPermissions.NurseRole, "dept"),
        ("clinic.director", "Clinic-Director-2025", "科主任 刘主任 (department director: intervals, formulary, names in exports)", ClinicPermissions.DirectorRole, "dept"),
        ("clinic.primary", "Clinic-Primary-2025", "基层医生 陈村医 (primary-care doctor trained by the department; no patients of the department)", ClinicPermissions.PrimaryCareRole, "primary"),
    ];

    private static readonly (string Key, string Zh, string En, Programme[] Programmes)[] Teams =
    [
        ("cancer", "肝癌诊疗组（演示）", "Liver cancer team (demo)", [Programme.CirrhosisSurveillance, Programme.AfterTace, Programme.ChbAntiviral]),
        ("fatty", "脂肪肝诊疗组（演示）", "Fatty liver team (demo)", [Programme.Mafld, Programme.ChbUntreated, Programme.ChbAntiviral]),
        ("aih", "自身免疫性肝病诊疗组（演示）", "Autoimmune liver disease team (demo)", [Programme.AutoimmuneHepatitis, Programme.CirrhosisSurveillance]),
    ];

    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private const string Given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉鹏飞梅琴云海波宁斌浩凤";

    /// <summary>Divisions of Wuhan (the hospital's city) and the districts and counties the text's trainings reach.</summary>
    private static readonly string[] Divisions = ["420102", "420103", "420104", "420105", "420106", "420111", "420115", "420116", "420117", "421122", "421181", "420922"];

    public static async Task SeedAsync(IServiceProvider services, DemoContext demo, CancellationToken ct, int patients = Patients)
    {
        var db = services.GetRequiredService<ClinicDb>();
        if (await db.Patients.AnyAsync(ct))
        {
            return;
        }

        var kernel = services.GetRequiredService<KernelDb>();
        var tree = services.GetRequiredService<OrgTree>();
        var today = ChinaTime.Today(services.GetRequiredService<TimeProvider>());
        var random = new Random(demo.Seed + 14);
        var root = await kernel.Orgs.Where(o => o.ParentId == null).OrderBy(o => o.Depth).Select(o => o.Id).FirstAsync(ct);
        var dept = await OrgAsync(tree, kernel, demo, root, "dept", OrgKind.Hospital, "湖北省第三人民医院肝病科（演示）", "Hepatology department, Hubei Third People's Hospital (demo)", ct);
        var orgs = new Dictionary<string, Guid> { ["dept"] = dept };
        foreach (var t in Teams)
        {
            orgs[t.Key] = await OrgAsync(tree, kernel, demo, dept, t.Key, OrgKind.Hospital, t.Zh, t.En, ct);
            db.Teams.Add(new Team { OrgId = orgs[t.Key] });
        }

        orgs["primary"] = await OrgAsync(tree, kernel, demo, root, "primary", OrgKind.Hospital, "新洲区某乡镇卫生院（演示）", "Township health centre, Xinzhou District (demo)", ct);
        var intervals = await db.Intervals.AsNoTracking().ToListAsync(ct);
        var limits = new LabLimits(await db.LabLimits.AsNoTracking().ToListAsync(ct));
        SeedFormulary(db, demo);
        var drugs = FormularyCatalog.Drugs;
        db.FundAccounts.Add(new FundAccount { OrgId = dept, SecondApproverAboveFen = 100_000 });
        var fundBalance = 0L;
        var doctors = Accounts.Where(a => a.Role == ClinicPermissions.DoctorRole).ToDictionary(a => a.Team, a => a.UserName);

        for (var i = 0; i < patients; i++)
        {
            var team = Teams[i % Teams.Length];
            var sex = random.Next(100) < 62 ? Sex.Male : Sex.Female;
            var born = today.AddYears(-(25 + random.Next(60))).AddDays(-random.Next(365));
            var division = Divisions[random.Next(Divisions.Length)];
            var doctor = random.Next(3) == 0 ? $"{doctors[team.Key]}.{1 + random.Next(2)}" : doctors[team.Key];
            var patient = new Patient
            {
                Id = demo.IdFor($"clinic-patient:{i}"),
                OrgId = orgs[team.Key],
                Name = $"{Surnames[random.Next(Surnames.Length)]}{Given[random.Next(Given.Length)]}{(random.Next(2) == 0 ? Given[random.Next(Given.Length)].ToString() : "")}",
                Sex = sex,
                BirthDate = born,
                IdNumber = IdNumber(division, born, i, sex),
                Phone = $"13{random.Next(10)}{random.Next(10_000_000, 99_999_999)}",
                DivisionCode = division,
                Doctor = doctor,
                RegisteredOn = today.AddDays(-random.Next(30, 3 * 365)),
            };
            db.Patients.Add(patient);
            var programme = team.Programmes[random.Next(team.Programmes.Length)];
            var enrolment = new Enrolment { Id = demo.IdFor($"clinic-enrolment:{i}"), OrgId = patient.OrgId, PatientId = patient.Id, Programme = programme, Doctor = doctor, EnrolledOn = patient.RegisteredOn };
            db.Enrolments.Add(enrolment);

            // Most patients keep their appointments, a few days late; one in six stops coming and falls overdue.
            var lapses = random.Next(6) == 0;
            var stopAt = lapses ? today.AddDays(-random.Next(30, 400)) : today;
            DateOnly? lastContact = null;
            var done = new Dictionary<DateOnly, List<FollowUpItem>>();
            foreach (var interval in FollowUpRules.InForce(intervals, programme, enrolment.EnrolledOn))
            {
                var item = new DueItem
                {
                    Id = demo.IdFor($"clinic-due:{i}:{interval.Item}"),
                    OrgId = patient.OrgId,
                    EnrolmentId = enrolment.Id,
                    PatientId = patient.Id,
                    Programme = programme,
                    Item = interval.Item,
                    Doctor = doctor,
                    IntervalMonths = interval.IntervalMonths,
                    NextDueOn = enrolment.EnrolledOn,
                };
                while (item.NextDueOn.AddDays(7) <= stopAt)
                {
                    var on = item.NextDueOn.AddDays(random.Next(0, 8));
                    item.LastDoneOn = on;
                    item.NextDueOn = FollowUpRules.NextDue(on, on, interval.IntervalMonths);
                    lastContact = FollowUpService.Max(lastContact, on);
                    done.TryAdd(on, []);
                    done[on].Add(interval.Item);
                }

                db.DueItems.Add(item);
            }

            patient.LastContactOn = lastContact;
            var v = 0;
            foreach (var (on, items) in done.OrderBy(d => d.Key))
            {
                var visit = DemoVisit(random, demo.IdFor($"clinic-visit:{i}:{v++}"), patient, programme, on, doctor, limits);
                db.Visits.Add(visit);
                db.VisitItems.AddRange(items.Select(item => new VisitItem { Id = demo.IdFor($"clinic-visit-item:{visit.Id}:{item}"), OrgId = patient.OrgId, VisitId = visit.Id, PatientId = patient.Id, Item = item, On = on }));
            }

            // Orders over the last year: about two in three switched to the cheapest equivalent, the rest kept with a reason.
            if (i % 2 == 0)
            {
                var asked = drugs[random.Next(drugs.Length)];
                var group = drugs.Where(d => d.Group == asked.Group).ToList();
                var cheapest = group.MinBy(d => d.Price * d.PerDay);
                var on = today.AddDays(-random.Next(0, 365));
                var days = new[] { 7, 14, 28, 30, 90 }[random.Next(5)];
                var askedDaily = asked.Price * asked.PerDay;
                var cheapDaily = cheapest.Price * cheapest.PerDay;
                var offered = OrderRules.Saving(askedDaily, cheapDaily, days).Fen;
                var switched = offered > 0 && random.Next(3) != 0;
                db.DrugOrders.Add(new DrugOrder
                {
                    Id = demo.IdFor($"clinic-order:{i}"),
                    OrgId = patient.OrgId,
                    PatientId = patient.Id,
                    Doctor = doctor,
                    On = on,
                    Month = (on.Year * 100) + on.Month,
                    AskedCode = asked.Code,
                    CheapestCode = cheapest.Code,
                    GivenCode = switched ? cheapest.Code : asked.Code,
                    Days = days,
                    AskedDailyCost = askedDaily,
                    CheapestDailyCost = cheapDaily,
                    OfferedSavingFen = offered,
                    SavingFen = switched ? offered : 0,
                    Switched = switched,
                    KeptReason = offered > 0 && !switched ? (KeepReason)(1 + random.Next(4)) : null,
                    CostFen = OrderRules.OutOfPocket(switched ? cheapDaily : askedDaily, days, 100m).Fen,
                    OutOfPocketFen = OrderRules.OutOfPocket(switched ? cheapDaily : askedDaily, days, 10m).Fen,
                });
            }

            // Messages: about one patient in five wrote in the last month; most got a reply within a day.
            if (i % 5 == 1)
            {
                var received = new DateTimeOffset(today.AddDays(-random.Next(0, 30)).ToDateTime(new TimeOnly(8 + random.Next(12), random.Next(60))), TimeSpan.FromHours(8)).UtcDateTime;
                var minutes = random.Next(4) == 0 ? (int?)null : 10 + random.Next(24 * 60);
                db.Messages.Add(new PatientMessage
                {
                    Id = demo.IdFor($"clinic-message:{i}"),
                    OrgId = patient.OrgId,
                    PatientId = patient.Id,
                    Doctor = doctor,
                    Text = MessageTexts[random.Next(MessageTexts.Length)],
                    ReceivedUtc = received,
                    EnteredBy = "clinic.nurse",
                    Reply = minutes is null ? null : "已收到，按时复查，有不适随时来门诊。",
                    RepliedUtc = minutes is { } m ? received.AddMinutes(m) : null,
                    RepliedBy = minutes is null ? null : doctor,
                    ReplyMinutes = minutes,
                });
            }

            // The fund: gifts from staff and the public, help to elderly patients in need (seed 01: 600 yuan of medicine).
            if (i % 40 == 0)
            {
                var gift = 50_000L + (random.Next(20) * 10_000L);
                fundBalance += gift;
                db.FundMovements.Add(new FundMovement { Id = demo.IdFor($"clinic-gift:{i}"), OrgId = dept, Kind = MovementKind.Gift, On = today.AddDays(-(3 * 365) + (i / 2)), AmountFen = gift, Purpose = i % 80 == 0 ? "科室医生捐款" : "社会爱心人士", ApprovedBy = "clinic.director", BalanceAfterFen = fundBalance });
            }
            else if (i % 40 == 20 && PatientRules.Age(born, today) >= 70 && fundBalance >= 60_000)
            {
                fundBalance -= 60_000;
                db.FundMovements.Add(new FundMovement { Id = demo.IdFor($"clinic-help:{i}"), OrgId = dept, Kind = MovementKind.Help, On = today.AddDays(-(3 * 365) + (i / 2)), AmountFen = 60_000, PatientId = patient.Id, Purpose = "药费", ApprovedBy = doctor, BalanceAfterFen = fundBalance });
            }
            if (lapses && random.Next(2) == 0)
            {
                db.Reminders.Add(new Reminder
                {
                    Id = demo.IdFor($"clinic-reminder:{i}"),
                    OrgId = patient.OrgId,
                    PatientId = patient.Id,
                    Channel = ReminderChannel.Call,
                    Outcome = random.Next(3) == 0 ? ReminderOutcome.WillCome : ReminderOutcome.NoAnswer,
                    On = today.AddDays(-random.Next(1, 20)),
                    By = "clinic.nurse",
                    Note = "",
                });
            }

            if (i % 500 == 499)
            {
                await db.SaveChangesAsync(ct);
            }
        }

        (await db.FundAccounts.SingleAsync(f => f.OrgId == dept, ct)).BalanceFen = fundBalance;
        SeedOutreach(db, demo, random, dept, today);
        await db.SaveChangesAsync(ct);
        await SeedPeopleAsync(services, orgs, ct);
    }

    private static readonly string[] MessageTexts =
    [
        "最近总觉得乏力，需要提前复查吗？",
        "恩替卡韦快吃完了，能开集采的吗？",
        "B超报告说肝脏回声增粗，要紧吗？",
        "吃了药胃不舒服，可以饭后吃吗？",
        "下次复查要空腹吗？",
    ];

    /// <summary>Two years of outreach at about the text's pace: 2,000+ reached, 40+ salons and trainings, 1,000+ staff trained.</summary>
    private static void SeedOutreach(ClinicDb db, DemoContext demo, Random random, Guid dept, DateOnly today)
    {
        string[] places = ["新洲区某村卫生室", "黄陂区社区卫生服务中心", "红安县人民医院", "麻城市乡镇卫生院", "医院学术报告厅"];
        for (var k = 0; k < 90; k++)
        {
            var kind = (OutreachKind)(1 + (k % 4));
            var teaching = kind is OutreachKind.Salon or OutreachKind.Training;
            db.Outreach.Add(new OutreachEvent
            {
                Id = demo.IdFor($"clinic-outreach:{k}"),
                OrgId = dept,
                Kind = kind,
                On = today.AddDays(-5 - (k * 8)),
                Place = places[random.Next(places.Length)],
                PeopleReached = teaching ? 0 : 40 + random.Next(50),
                StaffTrained = teaching ? 20 + random.Next(20) : 0,
                Note = "",
            });
        }
    }

    /// <summary>The demo formulary, examination catalogue and Hubei's insurance categories (FormularyCatalog).</summary>
    internal static void SeedFormulary(ClinicDb db, DemoContext demo)
    {
        db.Drugs.AddRange(FormularyCatalog.Drugs.Select(d => new Drug
        {
            Code = d.Code,
            NameZh = d.Zh,
            NameEn = d.En,
            Group = d.Group,
            UnitPrice = d.Price,
            UnitsPerDay = d.PerDay,
            Procured = d.Procured,
            BlockedBy = d.Blocked,
            PriceFrom = FormularyCatalog.From,
            PriceSource = d.Source,
        }));
        db.Examinations.AddRange(FormularyCatalog.Examinations.Select(e => new Examination { Code = e.Code, NameZh = e.Zh, NameEn = e.En, PriceFen = e.PriceFen, Optional = e.Optional, SkipWhenZh = e.SkipZh, SkipWhenEn = e.SkipEn }));
        db.DrugCategories.AddRange(FormularyCatalog.Categories.Select(c => new DrugCategory { Id = demo.IdFor($"clinic-category:{c.Code}"), DrugCode = c.Code, Province = "42", CatalogueYear = 2024, Category = c.Category, SelfPayPercent = c.SelfPay, Source = c.Source }));
    }

    /// <summary>Plausible labs for a programme's patient; cirrhosis and TACE patients get the inputs of the scores.</summary>
    private static Visit DemoVisit(Random random, Guid id, Patient patient, Programme programme, DateOnly on, string doctor, LabLimits limits)
    {
        decimal R(double low, double high, int decimals = 0) => Math.Round((decimal)(low + (random.NextDouble() * (high - low))), decimals);
        var liver = programme is Programme.CirrhosisSurveillance or Programme.AfterTace;
        var visit = new Visit
        {
            Id = id,
            OrgId = patient.OrgId,
            PatientId = patient.Id,
            On = on,
            Doctor = doctor,
            Alt = programme == Programme.AutoimmuneHepatitis ? R(15, 160) : R(12, 90),
            Ast = R(15, 80),
            Ggt = R(10, 120),
            Alp = R(40, 140),
            TotalBilirubin = liver ? R(8, 60, 1) : R(6, 25, 1),
            Albumin = liver ? R(26, 45, 1) : R(38, 50, 1),
            Inr = liver ? R(0.9, 2.2, 2) : R(0.85, 1.15, 2),
            Platelets = liver ? R(50, 180) : R(130, 320),
            Creatinine = R(50, 130),
            Sodium = R(128, 145),
            Afp = programme == Programme.AfterTace ? R(2, 900, 1) : R(1, 15, 1),
        };
        if (programme is Programme.ChbAntiviral or Programme.ChbUntreated)
        {
            var suppressed = programme == Programme.ChbAntiviral && random.Next(4) != 0;
            (visit.HbvDna, visit.HbvDnaBelowLimit, visit.HbvDnaLowerLimit) = suppressed ? (20m, true, 20m) : (Math.Round((decimal)Math.Pow(10, 2 + (random.NextDouble() * 5))), false, (decimal?)null);
        }

        if (liver)
        {
            visit.Ascites = (Ascites)(1 + (random.Next(10) / 7));
            visit.Encephalopathy = random.Next(15) == 0 ? Encephalopathy.Grade1To2 : Encephalopathy.None;
            VisitService.Score(visit, limits);
        }

        return visit;
    }

    /// <summary>A valid resident ID number (GB 11643): division, birth date, a sequence whose last digit is odd for men, the check character.</summary>
    internal static string IdNumber(string division, DateOnly born, int sequence, Sex sex)
    {
        var seq = (sequence % 500 * 2) + (sex == Sex.Male ? 1 : 0);
        var body = $"{division}{born:yyyyMMdd}{seq % 1000:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, k) => (c - '0') * weights[k]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    private static async Task SeedPeopleAsync(IServiceProvider services, Dictionary<string, Guid> orgs, CancellationToken ct)
    {
        var roles = services.GetRequiredService<RoleCatalog>();
        var people = services.GetService<PeopleDirectory>();
        if (people is null || !roles.Exists(ClinicPermissions.DoctorRole))
        {
            return;
        }

        var kernel = services.GetRequiredService<KernelDb>();
        foreach (var (userName, password, who, role, team) in Accounts)
        {
            if (await kernel.Users.AnyAsync(u => u.UserName == userName, ct))
            {
                continue;
            }

            var user = await people.CreateUserAsync(new NewUser(userName, who.Split(" (")[0], password, orgs[team], $"{userName}@demo.tongban.cn"), ct);
            await people.GrantAsync(user.Id, role, orgs[team], coversDescendants: true, ct);
        }
    }

    private static async Task<Guid> OrgAsync(OrgTree tree, KernelDb kernel, DemoContext demo, Guid parentId, string key, OrgKind kind, string zh, string en, CancellationToken ct)
    {
        var id = demo.IdFor("clinic-org:" + key);
        if (await kernel.Orgs.AnyAsync(o => o.Id == id, ct))
        {
            return id;
        }

        var parent = await kernel.Orgs.SingleAsync(o => o.Id == parentId, ct);
        var level = (OrgLevel)Math.Min((int)parent.Level + 1, (int)OrgLevel.Township);
        return (await tree.CreateAsync(new NewOrg(parentId, level, kind, zh, en, "420100", id), ct)).Id;
    }
}
