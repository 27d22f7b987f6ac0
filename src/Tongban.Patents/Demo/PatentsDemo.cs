using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Patents.Fees;
using Tongban.Patents.Inventors;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Programmes;
using Tongban.Patents.Transformation;
using Tongban.Patents.Value;

namespace Tongban.Patents.Demo;

/// <summary>
/// Demo data (item 7): the Shanghai IP office over an aircraft maker, an aerospace institute, a hospital, a university
/// and an SME, about 5,000 patents of all types and states filed over the last twenty years, with fee histories
/// (late payments in the grace period, lapses), families abroad (the SME's electric-bus patent in 21 countries and
/// regions), office actions, transformations and pledges, alliances, scores for licensing and management, and
/// three seven-step operations. Dates are relative to the demo clock's today; everything follows from the seed.
/// </summary>
internal static class PatentsDemo
{
    private sealed record Holder(string Key, string Zh, string En, OrgKind Kind, int Patents, int InventionShare, string[] Ipc, string[] Words, string Owner);

    private static readonly Holder[] Holders =
    [
        new("patents-aircraft", "中国商飞上海飞机设计研究院", "COMAC Shanghai Aircraft Design and Research Institute", OrgKind.Enterprise, 1800, 70,
            ["B64C 1/06", "B64C 3/18", "B64D 27/18", "B64D 29/02", "F02K 1/76", "B64F 5/10"], ["机翼吊挂整流罩结构", "推力反向器", "主动控制系统", "复合材料尾段", "机身壁板连接结构", "推进系统集成吊挂"], "中国商用飞机有限责任公司上海飞机设计研究院"),
        new("patents-aerospace", "上海航天技术研究院", "Shanghai Academy of Spaceflight Technology", OrgKind.PublicInstitution, 1400, 65,
            ["H01M 10/052", "B23K 20/12", "B64G 1/42", "H02J 7/35", "G01C 21/24"], ["动力锂离子电池", "搅拌摩擦焊设备", "空间电源系统", "月面巡视器移动机构", "光伏储能控制"], "上海航天技术研究院"),
        new("patents-hospital", "复旦大学附属中山医院", "Zhongshan Hospital, Fudan University", OrgKind.Hospital, 700, 45,
            ["A61B 17/00", "A61F 2/24", "A61M 25/00", "G16H 50/20"], ["心脏瓣膜输送系统", "介入导管", "微创手术器械", "临床辅助诊断方法"], "复旦大学附属中山医院"),
        new("patents-university", "同济大学", "Tongji University", OrgKind.School, 1000, 75,
            ["E04B 1/98", "G06N 3/08", "B60L 53/80", "C02F 3/30"], ["建筑隔震结构", "神经网络交通预测", "电动汽车换电", "污水生物处理工艺"], "同济大学"),
    ];

    private static readonly Holder Sme = new("patents-sme", "上海电巴新能源科技有限公司", "Shanghai Dianba New Energy Technology Co., Ltd.", OrgKind.Enterprise, 66, 0,
        ["B60L 53/80", "B60S 5/06", "H01M 50/249"], ["电动公交车快速换电系统", "电池箱锁止装置", "换电站机器人"], "上海电巴新能源科技有限公司");

    private static readonly string[] Offices21 = ["US", "EP", "JP", "SG", "KR", "AU", "CA", "IN", "BR", "RU", "MX", "IL", "ZA", "NZ", "HK", "MY", "TH", "ID", "PH", "VN", "EA"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"];

    private static readonly string[] Given = ["伟", "敏", "静", "强", "磊", "洋", "勇", "军", "杰", "娟", "涛", "明", "超", "秀兰", "建国", "海燕"];

    /// <summary>The demo sign-ins: an IP manager of the aircraft maker, the hospital's results office, and the IP office.</summary>
    public static readonly (string UserName, string Password, string DisplayName)[] Managers =
    [
        ("patents.manager", "Patents-Manager-2025", "中国商飞上海飞机设计研究院 知识产权管理 聂欣"),
        ("patents.results", "Patents-Results-2025", "复旦大学附属中山医院 成果管理科 程蕾蕾"),
        ("patents.office", "Patents-Office-2025", "上海市知识产权局 专利评价与资助 吕强"),
    ];

    public static async Task SeedAsync(IServiceProvider services, DemoContext demo, CancellationToken ct)
    {
        var db = services.GetRequiredService<PatentsDb>();
        if (await db.Patents.AnyAsync(ct))
        {
            return;
        }

        var kernel = services.GetRequiredService<KernelDb>();
        var clock = services.GetRequiredService<TimeProvider>();
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(demo.Seed + 15);
        var book = RuleBook.Shipped;
        var calendar = services.GetRequiredService<WorkingDayCalendar>();

        var root = demo.Orgs.TryGetValue("central-finance", out var central)
            ? central
            : await kernel.Orgs.Where(o => o.ParentId == null).OrderBy(o => o.Depth).Select(o => o.Id).FirstAsync(ct);
        var office = await OrgAsync(kernel, demo, root, "patents-ip-office", OrgLevel.Province, OrgKind.AdministrativeUnit, "上海市知识产权局", "Shanghai Intellectual Property Administration", ct);
        var orgs = new Dictionary<string, Guid>();
        foreach (var h in Holders.Append(Sme))
        {
            orgs[h.Key] = await OrgAsync(kernel, demo, office, h.Key, OrgLevel.Prefecture, h.Kind, h.Zh, h.En, ct);
        }

        var patents = new List<Patent>();
        var owners = new List<PatentOwner>();
        var events = new List<StatusEvent>();
        var payments = new List<FeePayment>();
        var serial = 100_000;
        var index = 0;

        Patent Make(Holder h, PatentType type, DateOnly filed, string title)
        {
            var typeDigit = type switch { PatentType.Invention => '1', PatentType.UtilityModel => '2', _ => '3' };
            var body = $"{filed.Year:D4}{typeDigit}{serial++:D7}";
            var jointOwner = random.Next(6) == 0;
            var p = new Patent
            {
                Id = demo.IdFor($"patents:{index++}"),
                OrgId = orgs[h.Key],
                Type = type,
                ApplicationNumber = body + ApplicationNumberRules.CheckDigit(body),
                Title = title,
                FiledOn = filed,
                PriorityOn = filed,
                PublishedOn = type == PatentType.Invention ? filed.AddMonths(18) is var pub && pub <= today ? pub : null : null,
                Status = LegalStatus.Pending,
                StatusOn = filed,
                Inventors = string.Join(";", Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)])),
                IpcClasses = string.Join(";", h.Ipc.OrderBy(_ => random.Next()).Take(1 + random.Next(3))),
                Reduction = h.Kind == OrgKind.Enterprise && h.Key == "patents-aircraft" ? Reduction.None : jointOwner ? Reduction.Joint70 : Reduction.Single85,
                StabilityRating = 30 + random.Next(71),
                AdvancementRating = 20 + random.Next(81),
                IndependentClaims = 1 + random.Next(4),
                ForwardCitations = random.Next(15),
                CreatedUtc = now,
            };
            p.FamilyCode = p.ApplicationNumber;
            owners.Add(new PatentOwner { PatentId = p.Id, Seq = 1, OrgId = p.OrgId, Name = h.Owner, SharePercent = jointOwner ? 60 : 100 });
            if (jointOwner)
            {
                owners.Add(new PatentOwner { PatentId = p.Id, Seq = 2, OrgId = p.OrgId, Name = "上海交通大学", SharePercent = 40 });
            }

            events.Add(new StatusEvent { Id = demo.IdFor($"patents-ev:{p.Id}:0"), PatentId = p.Id, OrgId = p.OrgId, On = filed, Status = LegalStatus.Pending, Note = "filed" });
            patents.Add(p);
            return p;
        }

        void Grant(Patent p, DateOnly granted, bool mayLapse)
        {
            p.GrantedOn = granted;
            p.Status = LegalStatus.Granted;
            p.StatusOn = granted;
            events.Add(new StatusEvent { Id = demo.IdFor($"patents-ev:{p.Id}:1"), PatentId = p.Id, OrgId = p.OrgId, On = granted, Status = LegalStatus.Granted, Note = "granted" });
            var term = AnnualFeeRules.TermYears(book, p.Type, p.FiledOn);
            var grantYear = AnnualFeeRules.GrantYear(p.FiledOn, granted);
            var lapseAt = mayLapse && random.Next(12) == 0 ? grantYear + 1 + random.Next(6) : int.MaxValue;
            var leaveInGrace = random.Next(15) == 0;
            for (var y = grantYear; y <= term; y++)
            {
                var due = AnnualFeeRules.DueOn(book, calendar, p.FiledOn, granted, y);
                var nominal = AnnualFeeRules.NominalDueOn(book, p.FiledOn, granted, y);
                if (y >= lapseAt && due.AddMonths(6) < today)
                {
                    p.Status = LegalStatus.Lapsed;
                    p.StatusOn = nominal;
                    events.Add(new StatusEvent { Id = demo.IdFor($"patents-ev:{p.Id}:2"), PatentId = p.Id, OrgId = p.OrgId, On = nominal, Status = LegalStatus.Lapsed, Note = "IR art. 115" });
                    return;
                }

                if (due > today.AddDays(-(leaveInGrace ? 150 : 0)) || due > today)
                {
                    break;
                }

                // One in ten later fees is paid in the grace period (months 2 to 6), with the surcharge of its month.
                var late = y > grantYear && random.Next(10) == 0;
                var paidOn = late ? nominal.AddDays(32 + random.Next(145)) : due.AddDays(-random.Next(40));
                if (paidOn > today)
                {
                    paidOn = today;
                }

                if (y == grantYear && paidOn > due)
                {
                    paidOn = due;
                }

                var q = AnnualFeeRules.Quote(book, calendar, p.Type, p.FiledOn, granted, y, paidOn, p.Reduction, p.OpenLicence);
                payments.Add(new FeePayment
                {
                    Id = demo.IdFor($"patents-fee:{p.Id}:{y}"),
                    PatentId = p.Id,
                    OrgId = p.OrgId,
                    Year = y,
                    DueOn = q.DueOn,
                    PaidOn = paidOn,
                    FullFeeFen = q.FullFee.Fen,
                    FeeFen = q.Fee.Fen,
                    SurchargeFen = q.Surcharge.Fen,
                    ReductionPercent = q.ReductionPercent,
                });
                p.PaidThroughYear = y;
            }

            if (AnnualFeeRules.ExpiresOn(book, p.Type, p.FiledOn) < today)
            {
                p.Status = LegalStatus.Expired;
                p.StatusOn = AnnualFeeRules.ExpiresOn(book, p.Type, p.FiledOn);
                events.Add(new StatusEvent { Id = demo.IdFor($"patents-ev:{p.Id}:3"), PatentId = p.Id, OrgId = p.OrgId, On = p.StatusOn, Status = LegalStatus.Expired, Note = "PL art. 42" });
            }
        }

        foreach (var h in Holders)
        {
            for (var i = 0; i < h.Patents; i++)
            {
                var roll = random.Next(100);
                var type = roll < h.InventionShare ? PatentType.Invention : roll < h.InventionShare + ((100 - h.InventionShare) * 3 / 4) ? PatentType.UtilityModel : PatentType.Design;
                var filed = today.AddDays(-(60 + random.Next(19 * 365)));
                var p = Make(h, type, filed, $"一种{h.Words[random.Next(h.Words.Length)]}{(type == PatentType.Design ? "（外观）" : "")}");
                var grantAfter = type == PatentType.Invention ? 500 + random.Next(900) : 150 + random.Next(250);
                var fate = random.Next(20);
                if (filed.AddDays(grantAfter) <= today && fate > 1)
                {
                    Grant(p, filed.AddDays(grantAfter), mayLapse: true);
                }
                else if (filed.AddDays(grantAfter) <= today)
                {
                    p.Status = fate == 0 ? LegalStatus.Rejected : LegalStatus.Abandoned;
                    p.StatusOn = filed.AddDays(grantAfter);
                    events.Add(new StatusEvent { Id = demo.IdFor($"patents-ev:{p.Id}:4"), PatentId = p.Id, OrgId = p.OrgId, On = p.StatusOn, Status = p.Status, Note = "" });
                }
            }
        }

        // The text's SME: 9 invention, 55 utility-model and 2 design patents; "an electric bus system", filed and granted in 2004, entered 21 countries and regions.
        var smeTypes = Enumerable.Repeat(PatentType.Invention, 9).Concat(Enumerable.Repeat(PatentType.UtilityModel, 55)).Concat(Enumerable.Repeat(PatentType.Design, 2)).ToList();
        Patent? bus = null;
        for (var i = 0; i < smeTypes.Count; i++)
        {
            var type = smeTypes[i];
            var filed = i == 0 ? new DateOnly(2004, 3, 18) : today.AddDays(-(200 + random.Next(9 * 365)));
            var p = Make(Sme, type, filed, i == 0 ? "一种电动公交车系统" : $"一种{Sme.Words[random.Next(Sme.Words.Length)]}");
            p.Reduction = Reduction.Single85;
            owners.RemoveAll(o => o.PatentId == p.Id && o.Seq == 2);
            owners.Single(o => o.PatentId == p.Id).SharePercent = 100;
            Grant(p, i == 0 ? new DateOnly(2004, 11, 24) : filed.AddDays(type == PatentType.Invention ? 600 : 200), mayLapse: false);
            if (i == 0)
            {
                bus = p;
                p.StabilityRating = 95;
                p.AdvancementRating = 95;
                p.IndependentClaims = 3;
                p.ForwardCitations = 14;
            }
        }

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await BulkWriter.WriteAsync(db, PatentsDb.PatentsTable, PatentRows.PatentColumns, Async(patents.Select(PatentRows.Of)), null, ct);
            await BulkWriter.WriteAsync(db, "patents_owners", PatentRows.OwnerColumns, Async(owners.Select(PatentRows.Of)), null, ct);
            await BulkWriter.WriteAsync(db, "patents_status_events", PatentRows.EventColumns, Async(events.Select(PatentRows.Of)), null, ct);
            await BulkWriter.WriteAsync(db, "patents_fee_payments", ["Id", "PatentId", "OrgId", "Year", "DueOn", "PaidOn", "FullFeeFen", "FeeFen", "SurchargeFen", "ReductionPercent"],
                Async(payments.Select(f => new object?[] { f.Id, f.PatentId, f.OrgId, f.Year, f.DueOn, f.PaidOn, f.FullFeeFen, f.FeeFen, f.SurchargeFen, f.ReductionPercent })), null, ct);
            foreach (var org in orgs.Values)
            {
                db.Audit(new AuditNote("import", "patents.patent", "demo portfolio", org, $"{{\"patents\":{patents.Count(p => p.OrgId == org)},\"payments\":{payments.Count(p => p.OrgId == org)}}}"));
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        // Families abroad: the electric-bus patent in 21 offices (PCT), and some of the aircraft maker's inventions.
        foreach (var (o, i) in Offices21.Select((o, i) => (o, i)))
        {
            var due = PctRules.EntryDeadline(book, o, bus!.FiledOn);
            db.NationalPhases.Add(new NationalPhase { Id = demo.IdFor($"patents-np:bus:{o}"), PatentId = bus.Id, OrgId = bus.OrgId, Office = o, DueOn = due, EnteredOn = due.AddDays(-10 - i), Number = $"{o}{2006000 + i}", Granted = i % 4 != 3 });
        }

        var abroad = patents.Where(p => p.OrgId == orgs["patents-aircraft"] && p.Type == PatentType.Invention && p.Status == LegalStatus.Granted).Take(60).ToList();
        foreach (var p in abroad)
        {
            foreach (var o in new[] { "US", "EP", "JP", "BR" }.Take(1 + random.Next(4)))
            {
                var due = PctRules.EntryDeadline(book, o, p.PriorityOn ?? p.FiledOn);
                db.NationalPhases.Add(new NationalPhase { Id = demo.IdFor($"patents-np:{p.Id}:{o}"), PatentId = p.Id, OrgId = p.OrgId, Office = o, DueOn = due, EnteredOn = due <= today ? due.AddDays(-random.Next(60)) : null, Number = "", Granted = random.Next(2) == 0 });
            }
        }

        // Office actions on pending inventions, with their response periods; a few answered.
        foreach (var p in patents.Where(p => p.Status == LegalStatus.Pending && p.Type == PatentType.Invention).Take(120))
        {
            var issued = today.AddDays(-random.Next(150));
            db.OfficeActions.Add(new OfficeAction { Id = demo.IdFor($"patents-oa:{p.Id}"), PatentId = p.Id, OrgId = p.OrgId, Kind = "第一次审查意见通知书", IssuedOn = issued, RespondBy = issued.AddMonths(4), RespondedOn = random.Next(3) == 0 ? issued.AddDays(30) : null });
        }

        // The ledger: the text's cases, and licences, transfers, pledges, insurance and litigation over the granted patents.
        var live = patents.Where(p => p.Status == LegalStatus.Granted).ToList();
        void Ledger(Patent p, TransformationMode mode, string party, long amountYuan, long incomeYuan, DateOnly start, DateOnly? end, string terms) =>
            db.Transformations.Add(new TransformationRecord { Id = demo.IdFor($"patents-tr:{p.Id}:{mode}:{start}"), PatentId = p.Id, OrgId = p.OrgId, Mode = mode, Counterparty = party, AmountFen = amountYuan * 100, IncomeFen = incomeYuan * 100, StartOn = start, EndOn = end, Terms = terms });
        Ledger(bus!, TransformationMode.Implementation, "", 0, 200_000_000, new DateOnly(2008, 8, 1), null, "充换电站设备产品销售（至2016年底约2亿元）");
        var batteries = live.Where(p => p.OrgId == orgs["patents-aerospace"] && p.Type == PatentType.Invention).Take(2).ToList();
        foreach (var p in batteries)
        {
            Ledger(p, TransformationMode.Investment, "上海航天电源技术有限责任公司", 7_550_000, 0, today.AddYears(-6), null, "两项动力锂离子电池专利作价入股，合计1510万元");
        }

        var banks = new[] { "上海银行浦东分行", "交通银行上海分行", "浦发银行闵行支行", "中国银行徐汇支行" };
        var licensees = new[] { "上海微创医疗器械（集团）有限公司", "中航工业某公司", "上海电气集团", "宁德时代新能源", "国药控股" };
        var modes = new[] { TransformationMode.LicenceOrdinary, TransformationMode.LicenceOrdinary, TransformationMode.LicenceExclusive, TransformationMode.Transfer, TransformationMode.Pledge, TransformationMode.Insurance, TransformationMode.Implementation, TransformationMode.Litigation, TransformationMode.LicenceSole };
        foreach (var p in live.Where(p => p != bus && !batteries.Contains(p)).OrderBy(p => p.Id).Where((_, i) => i % 9 == 0))
        {
            var mode = modes[random.Next(modes.Length)];
            var start = p.GrantedOn!.Value.AddDays(random.Next(400)) is var s && s <= today ? s : today;
            switch (mode)
            {
                case TransformationMode.Pledge:
                    Ledger(p, mode, banks[random.Next(banks.Length)], 1_000_000 * (1 + random.Next(30)), 0, start, start.AddYears(1 + random.Next(3)), "专利权质押融资，质押登记");
                    break;
                case TransformationMode.Insurance:
                    Ledger(p, mode, "中国人民财产保险上海分公司", 500_000, 0, start, start.AddYears(1), "专利执行保险，保费 1,500 元");
                    break;
                case TransformationMode.Litigation:
                    Ledger(p, mode, "某侵权企业", 2_000_000, 800_000, start, null, "侵权诉讼，判赔 80 万元");
                    break;
                default:
                    Ledger(p, mode, licensees[random.Next(licensees.Length)], 100_000 * (1 + random.Next(50)), 10_000 * random.Next(300), start, mode == TransformationMode.Transfer ? null : start.AddYears(3 + random.Next(5)), "");
                    break;
            }
        }

        // Alliances and pools the text names.
        foreach (var (name, pool, field, key) in new[]
                 {
                     ("上海医疗器械专利联盟", false, "医疗器械", "patents-hospital"),
                     ("电机及系统专利池", true, "电机及系统", "patents-university"),
                     ("数字电视专利联盟", false, "数字电视", "patents-university"),
                 })
        {
            var a = new Alliance { Id = demo.IdFor($"patents-al:{name}"), OrgId = orgs[key], Name = name, IsPool = pool, Field = field };
            db.Alliances.Add(a);
            foreach (var (m, i) in new[] { "复旦大学附属中山医院", "同济大学", "上海电气集团", "上海微创医疗器械（集团）有限公司" }.Select((m, i) => (m, i)))
            {
                var brings = pool ? live.FirstOrDefault(p => p.OrgId == orgs[key] && p.Type == PatentType.Invention && i == 0) : null;
                db.AllianceMembers.Add(new AllianceMember { Id = demo.IdFor($"patents-am:{name}:{m}"), AllianceId = a.Id, OrgId = a.OrgId, MemberName = m, PatentId = brings?.Id });
            }
        }

        await db.SaveChangesAsync(ct);

        var value = services.GetRequiredService<ValueService>();
        await value.EnsureStartingWeightsAsync(ct);
        await value.ScoreAllAsync(ValuePurpose.Licensing, ct);
        await value.ScoreAllAsync(ValuePurpose.Management, ct);

        await SeedProgrammesAsync(db, demo, office, live, today, now, ct);
        SeedInventors(db, demo, patents.Where(p => p == bus || (p.OrgId == orgs["patents-hospital"] && p.Status == LegalStatus.Granted)).Take(40), random);
        await db.SaveChangesAsync(ct);

        var transformations = services.GetRequiredService<TransformationService>();
        foreach (var p in live.Where(p => p.OrgId == orgs["patents-hospital"] && p.Type == PatentType.Invention).Take(3))
        {
            await transformations.StartOperationAsync(p.Id, ct);
        }

        await SeedManagersAsync(services, orgs["patents-aircraft"], orgs["patents-hospital"], office, root, ct);
    }

    /// <summary>
    /// The IP office's programmes (seed 03): the last municipal award round two years ago with 42 transformed patents paid
    /// up to 100,000 yuan each, and this year's invention subsidy, paid after grant, with applications in every state.
    /// </summary>
    private static async Task SeedProgrammesAsync(PatentsDb db, DemoContext demo, Guid office, IReadOnlyList<Patent> live, DateOnly today, DateTime now, CancellationToken ct)
    {
        var management = await db.WeightSets.AsNoTracking().Where(w => w.Purpose == ValuePurpose.Management).OrderByDescending(w => w.Version).Select(w => w.Id).FirstOrDefaultAsync(ct);
        var scores = new Dictionary<Guid, (int Hundredths, string Grade)>();
        foreach (var s in await db.Scores.AsNoTracking().Where(s => s.WeightSetId == management).Select(s => new { s.PatentId, s.ScoreHundredths, s.Grade }).ToListAsync(ct))
        {
            scores.TryAdd(s.PatentId, (s.ScoreHundredths, s.Grade));
        }

        var transformed = (await db.Transformations.AsNoTracking().Select(t => t.PatentId).Distinct().ToListAsync(ct)).ToHashSet();

        var year = today.Year - 2;
        var award = new Programme
        {
            Id = demo.IdFor("patents-prog:award"),
            OfficeOrgId = office,
            Kind = ProgrammeKind.Award,
            Name = $"上海市专利奖（{year} 年度）",
            Year = year,
            Type = null,
            CapFen = ProgrammeRules.AwardCapFen,
            BudgetFen = 4_500_000_00,
            MaxAwards = 45,
            OpensOn = new DateOnly(year, 3, 1),
            ClosesOn = new DateOnly(year, 5, 31),
            Basis = "市政府奖励项目，每三年评选一次，每届 40 余项，每项最高 10 万元",
            CreatedUtc = now,
        };
        db.Programmes.Add(award);
        var awardedOn = new DateOnly(year, 9, 15);
        var winners = live.Where(p => transformed.Contains(p.Id) && p.GrantedOn < award.OpensOn && p.Type != PatentType.Design)
            .OrderByDescending(p => scores.GetValueOrDefault(p.Id).Hundredths).Take(42).ToList();
        foreach (var (p, i) in winners.Select((p, i) => (p, i)))
        {
            var scored = scores.TryGetValue(p.Id, out var sc);
            db.ProgrammeApplications.Add(new ProgrammeApplication
            {
                Id = demo.IdFor($"patents-app:award:{p.Id}"),
                ProgrammeId = award.Id,
                PatentId = p.Id,
                OrgId = p.OrgId,
                AppliedOn = award.OpensOn.AddDays(i),
                RequestedFen = 0,
                Statement = "已转化实施，经济效益显著",
                Status = ApplicationStatus.Paid,
                EvaluatedOn = awardedOn,
                ScoreHundredths = scored ? sc.Hundredths : null,
                Grade = scored ? sc.Grade : null,
                AwardedFen = i < 10 ? ProgrammeRules.AwardCapFen : i < 25 ? 80_000_00 : 50_000_00,
                EvaluationNote = i < 10 ? "一等奖" : i < 25 ? "二等奖" : "三等奖",
                PaidOn = awardedOn.AddDays(60),
                CreatedUtc = now,
            });
        }

        var subsidy = new Programme
        {
            Id = demo.IdFor("patents-prog:subsidy"),
            OfficeOrgId = office,
            Kind = ProgrammeKind.Subsidy,
            Name = $"{today.Year} 年度发明专利授权后资助",
            Year = today.Year,
            Type = PatentType.Invention,
            CapFen = 3_000_00,
            BudgetFen = 600_000_00,
            MaxAwards = 0,
            OpensOn = new DateOnly(today.Year, 1, 1),
            ClosesOn = new DateOnly(today.Year, 12, 31),
            Basis = "上海市专利资助办法（2012 年修订）：由申请时资助改为授权后资助、由全额资助改为部分资助，重点资助发明专利",
            CreatedUtc = now,
        };
        db.Programmes.Add(subsidy);
        var recent = live.Where(p => p.Type == PatentType.Invention && p.GrantedOn >= subsidy.OpensOn.AddYears(-1) && p.GrantedOn <= today.AddDays(-20)).OrderBy(p => p.Id).Take(30).ToList();
        foreach (var (p, i) in recent.Select((p, i) => (p, i)))
        {
            var applied = p.GrantedOn!.Value < subsidy.OpensOn ? subsidy.OpensOn.AddDays(i) : p.GrantedOn.Value.AddDays(10);
            var status = (i % 6) switch { 0 or 1 or 2 => ApplicationStatus.Paid, 3 => ApplicationStatus.Approved, 4 => ApplicationStatus.Rejected, _ => ApplicationStatus.Applied };
            var evaluated = status == ApplicationStatus.Applied ? (DateOnly?)null : Min(applied.AddDays(30), today);
            db.ProgrammeApplications.Add(new ProgrammeApplication
            {
                Id = demo.IdFor($"patents-app:subsidy:{p.Id}"),
                ProgrammeId = subsidy.Id,
                PatentId = p.Id,
                OrgId = p.OrgId,
                AppliedOn = applied,
                RequestedFen = 3_450_00,
                Statement = "申请费、实质审查费和登记费",
                Status = status,
                EvaluatedOn = evaluated,
                ScoreHundredths = evaluated is not null && scores.TryGetValue(p.Id, out var ss) ? ss.Hundredths : null,
                Grade = evaluated is not null && scores.TryGetValue(p.Id, out var sg) ? sg.Grade : null,
                AwardedFen = status is ApplicationStatus.Paid or ApplicationStatus.Approved ? 2_500_00 : 0,
                EvaluationNote = status == ApplicationStatus.Rejected ? "该专利已获区级资助，不重复资助" : status == ApplicationStatus.Applied ? "" : "部分资助",
                PaidOn = status == ApplicationStatus.Paid ? Min(evaluated!.Value.AddDays(20), today) : null,
                CreatedUtc = now,
            });
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Inventors' particulars for the SME's patents and the hospital's granted ones (personal data, read with a purpose).</summary>
    private static void SeedInventors(PatentsDb db, DemoContext demo, IEnumerable<Patent> patents, Random random)
    {
        foreach (var p in patents)
        {
            foreach (var (name, i) in p.Inventors.Split(';', StringSplitOptions.RemoveEmptyEntries).Select((n, i) => (n, i)))
            {
                var first17 = $"310104{1965 + random.Next(30)}{1 + random.Next(12):D2}{1 + random.Next(28):D2}{random.Next(1000):D3}";
                db.Inventors.Add(new Inventor
                {
                    Id = demo.IdFor($"patents-inv:{p.Id}:{i}"),
                    PatentId = p.Id,
                    OrgId = p.OrgId,
                    Seq = i + 1,
                    Name = name,
                    Department = "研发部",
                    Phone = $"139{random.Next(100_000_000):D8}",
                    Email = $"inventor{i + 1}@example.cn",
                    IdNumber = first17 + InventorService.CheckCharacter(first17),
                });
            }
        }
    }

    private static async IAsyncEnumerable<object?[]> Async(IEnumerable<object?[]> rows)
    {
        foreach (var r in rows)
        {
            yield return r;
        }

        await Task.CompletedTask;
    }

    private static async Task SeedManagersAsync(IServiceProvider services, Guid aircraft, Guid hospital, Guid office, Guid root, CancellationToken ct)
    {
        var roles = services.GetRequiredService<RoleCatalog>();
        var people = services.GetService<PeopleDirectory>();
        if (people is null || !roles.Exists(PatentsPermissions.IpManager))
        {
            return;
        }

        var kernel = services.GetRequiredService<KernelDb>();
        var plan = new[]
        {
            (Managers[0], aircraft, PatentsPermissions.IpManager, false),
            (Managers[1], hospital, PatentsPermissions.ResultsOffice, false),
            (Managers[2], office, PatentsPermissions.IpOffice, true),
        };
        foreach (var ((userName, password, displayName), org, role, subtree) in plan)
        {
            if (await kernel.Users.AnyAsync(u => u.UserName == userName, ct))
            {
                continue;
            }

            var user = await people.CreateUserAsync(new NewUser(userName, displayName, password, org, $"{userName}@demo.tongban.cn"), ct);
            await people.GrantAsync(user.Id, role, org, subtree, ct);
            if (role == PatentsPermissions.IpOffice)
            {
                // The weights are a national setting: the evaluator also holds the role at the root (that org only).
                await people.GrantAsync(user.Id, role, root, false, ct);
            }
        }
    }

    private static async Task<Guid> OrgAsync(KernelDb kernel, DemoContext demo, Guid parentId, string key, OrgLevel level, OrgKind kind, string zh, string en, CancellationToken ct)
    {
        if (demo.Orgs.TryGetValue(key, out var known))
        {
            return known;
        }

        var id = demo.IdFor("patents-org:" + key);
        if (await kernel.Orgs.AnyAsync(o => o.Id == id, ct))
        {
            return id;
        }

        var parent = await kernel.Orgs.SingleAsync(o => o.Id == parentId, ct);
        kernel.Orgs.Add(new OrgNode { Id = id, ParentId = parentId, Level = level, Kind = kind, NameZh = zh, NameEn = en, DivisionCode = "310000", Depth = parent.Depth + 1 });
        foreach (var a in await kernel.OrgClosures.Where(c => c.DescendantId == parentId).ToListAsync(ct))
        {
            kernel.OrgClosures.Add(new OrgClosure { AncestorId = a.AncestorId, DescendantId = id, Distance = a.Distance + 1 });
        }

        kernel.OrgClosures.Add(new OrgClosure { AncestorId = id, DescendantId = id, Distance = 0 });
        await kernel.SaveChangesAsync(ct);
        return id;
    }
}
