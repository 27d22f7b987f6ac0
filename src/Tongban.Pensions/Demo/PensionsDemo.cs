using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Money;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Records;
using Tongban.Pensions.Transfers;

namespace Tongban.Pensions.Demo;

/// <summary>
/// Demo data: two military finance departments, social insurance agencies in four provinces, 300 spouses with
/// histories from before 1998 to now (their contribution months written on the bulk path, one audit entry per
/// department), a third of them with transfers at every step (some overdue, some completed with their four forms), and
/// two clerks to carry a transfer through the UI.
/// </summary>
internal static class PensionsDemo
{
    /// <summary>Illustrative pre-2016 rates for the demo only; real years before 2016 are provincial and must be entered.</summary>
    private static readonly (int From, int To, decimal Rate)[] DemoRates =
    [
        (1990, 1996, 7.47m), (1997, 1998, 5.22m), (1999, 2001, 2.25m), (2002, 2006, 1.98m), (2007, 2008, 3.87m),
        (2009, 2010, 2.25m), (2011, 2015, 3.50m), (2025, 2030, 1.50m),
    ];

    private static readonly (string Key, string Zh, string En, string Code)[] Agencies =
    [
        ("pensions-agency-hangzhou", "杭州市社会保险管理服务中心", "Hangzhou Social Insurance Centre", "330100"),
        ("pensions-agency-nanjing", "南京市社会保险管理中心", "Nanjing Social Insurance Centre", "320100"),
        ("pensions-agency-chengdu", "成都市社会保险事业管理局", "Chengdu Social Insurance Bureau", "510100"),
        ("pensions-agency-xian", "西安市社会保险基金管理中心", "Xi'an Social Insurance Fund Centre", "610100"),
    ];

    private static readonly (string Key, string Zh, string En)[] MilitaryFinance =
    [
        ("pensions-military-finance-1", "联勤保障部队第一财务部门", "Joint logistics finance department No. 1"),
        ("pensions-military-finance-2", "联勤保障部队第二财务部门", "Joint logistics finance department No. 2"),
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] Given = ["秀英", "桂英", "丽", "敏", "静", "燕", "艳", "娟", "霞", "芳", "红", "玲", "建华", "志强", "伟", "磊"];

    /// <summary>The demo clerks: a military finance clerk of department No. 1 and an agency clerk in Hangzhou.</summary>
    public static readonly (string UserName, string Password, string DisplayName)[] Clerks =
    [
        ("pensions.military", "Military-Finance-2025", "联勤保障部队第一财务部门 经办人 赵军"),
        ("pensions.agency", "Agency-Hangzhou-2025", "杭州市社会保险管理服务中心 经办人 孙丽"),
    ];

    public static async Task SeedAsync(IServiceProvider services, DemoContext demo, CancellationToken ct, int persons = 300)
    {
        var db = services.GetRequiredService<PensionsDb>();
        if (await db.Persons.AnyAsync(ct))
        {
            return;
        }

        var kernel = services.GetRequiredService<KernelDb>();
        var rates = services.GetRequiredService<RatesService>();
        var records = services.GetRequiredService<RecordsService>();
        var transfers = services.GetRequiredService<TransferService>();
        var calendar = services.GetRequiredService<WorkingDayCalendar>();
        var today = ChinaTime.Today(services.GetRequiredService<TimeProvider>());
        var random = new Random(demo.Seed + 8);

        await rates.EnsureShippedAsync(ct);
        foreach (var (from, to, rate) in DemoRates)
        {
            for (var year = from; year <= to; year++)
            {
                if ((await rates.LoadAsync(ct)).TryGet(year, out _))
                {
                    continue;
                }

                await rates.SetAsync(year, rate, "演示数据，非官方利率 / demo value, not an official rate", ct);
            }
        }

        var root = demo.Orgs.TryGetValue("central-finance", out var central)
            ? central
            : await kernel.Orgs.Where(o => o.ParentId == null).OrderBy(o => o.Depth).Select(o => o.Id).FirstAsync(ct);
        var militaryIds = new List<Guid>();
        foreach (var (key, zh, en) in MilitaryFinance)
        {
            militaryIds.Add(await OrgAsync(kernel, demo, root, key, OrgLevel.Central, OrgKind.MilitaryLogisticsFinanceDepartment, zh, en, InsuredPeriodRules.MilitaryDivisionCode, ct));
        }

        var agencies = new List<(Guid Id, string Code)>();
        foreach (var (key, zh, en, code) in Agencies)
        {
            agencies.Add((await OrgAsync(kernel, demo, root, key, OrgLevel.Prefecture, OrgKind.SocialInsuranceAgency, zh, en, code, ct), code));
        }

        var plans = new List<(Guid PersonId, int Index, (Guid Id, string Code) Agency, Guid Military, bool HasTransfer, int Target, DateOnly VoucherOn)>();
        var batch = new List<(Guid PersonId, IReadOnlyList<ContributionMonth> Months)>();
        for (var i = 0; i < persons; i++)
        {
            var agency = agencies[random.Next(agencies.Count)];
            var birthYear = 1960 + random.Next(35);
            var birth = new DateOnly(birthYear, 1 + random.Next(12), 1 + random.Next(28));
            var first17 = $"{agency.Code[..4]}02{birth:yyyyMMdd}{random.Next(100):D2}{(random.Next(5) * 2) + (i % 7 == 0 ? 1 : 0)}";
            var idNumber = first17 + IdNumberRules.CheckCharacter(first17);
            // One in eight joined before 1998 (long histories with pre-1998 individual contributions); the rest recently.
            var militaryStart = i % 8 == 0
                ? new YearMonth(1995 + random.Next(3), 1 + random.Next(12))
                : YearMonth.Of(today).AddMonths(-24 - random.Next(60));
            if (militaryStart.Year - birthYear < 20)
            {
                birthYear = militaryStart.Year - 20 - random.Next(10);
                birth = new DateOnly(birthYear, birth.Month, birth.Day);
                first17 = $"{agency.Code[..4]}02{birth:yyyyMMdd}{first17[14..]}";
                idNumber = first17 + IdNumberRules.CheckCharacter(first17);
            }

            // A third have a transfer, spread over every step; starting dates make some overdue.
            var hasTransfer = i % 3 == 0;
            var target = 1 + ((i / 3) % 5);
            var voucherOn = today.AddDays(-(20 + random.Next(40) + (target * 25)));

            var before = new List<PeriodInput>();
            if (random.Next(3) > 0 && militaryStart.Year - birthYear > 23)
            {
                var start = new YearMonth(birthYear + 20, 1 + random.Next(12));
                var sealedPeriod = random.Next(4) == 0;
                before.Add(new PeriodInput(
                    PeriodKind.BeforeArmy, start, militaryStart.AddMonths(-1 - random.Next(6)), agency.Code[..4] + "02", $"{agency.Code} 原参保地社保经办机构",
                    Cny.FromYuan(500m + random.Next(20000)), sealedPeriod, sealedPeriod ? $"JF{random.Next(1_000_000):D6}" : null));
            }

            var militaryOrg = militaryIds[i % militaryIds.Count];
            var personId = await records.RegisterAsync(
                new NewPerson(militaryOrg, idNumber, Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)], agency.Code[..4] + "02", militaryStart, before), ct);

            var last = hasTransfer ? YearMonth.Of(voucherOn).AddMonths(-1) : YearMonth.Of(today).AddMonths(-1 - random.Next(12));
            var months = new List<ContributionMonth>();
            var yearlyBase = 1500m + random.Next(3000);
            for (var m = militaryStart; m <= last; m = m.AddMonths(1))
            {
                var monthBase = Cny.FromYuan(decimal.Round(yearlyBase * (1m + ((m.Year - 1994) * 0.06m)), 0));
                var individual = monthBase.Multiply(m.Year < 1998 ? 0.04m : 0.08m);
                var credited = m.Year is >= 1998 and < 2006 ? monthBase.Multiply(0.11m) : individual;
                months.Add(new ContributionMonth(m, monthBase, individual, credited));
            }

            batch.Add((personId, months));
            plans.Add((personId, i, agency, militaryOrg, hasTransfer, target, voucherOn));
        }

        // Every account's months in one batch on the provider's bulk path, audited once per department.
        await records.RecordContributionsBulkAsync(batch, "demo ledger", ct);

        foreach (var plan in plans.Where(p => p.HasTransfer))
        {
            var transferCase = (TransferCase)new[] { 3, 3, 3, 4, 5, 13 }[random.Next(6)];
            var transfer = await transfers.IssueVoucherAsync(plan.PersonId, transferCase, plan.Agency.Id, plan.VoucherOn, ct);
            var on = plan.VoucherOn;
            for (var step = TransferStep.ApplicationAccepted; step <= (TransferStep)plan.Target; step++)
            {
                on = calendar.AddWorkingDays(on, 3 + random.Next(15));
                if (on > today)
                {
                    break;
                }

                var actor = TransferRules.OfficeFor(step) == TransferOffice.MilitaryFinance ? plan.Military : plan.Agency.Id;
                await transfers.TakeStepAsync(transfer.Id, step, actor, on, null, ct);
            }
        }

        await SeedClerksAsync(services, militaryIds[0], agencies[0].Id, ct);
    }

    /// <summary>The two demo clerks, where the suite knows the module's roles (the host does; a bare test database does not).</summary>
    private static async Task SeedClerksAsync(IServiceProvider services, Guid military, Guid agency, CancellationToken ct)
    {
        var roles = services.GetRequiredService<RoleCatalog>();
        var people = services.GetService<PeopleDirectory>();
        if (people is null || !roles.Exists(PensionsPermissions.MilitaryFinanceClerk))
        {
            return;
        }

        var kernel = services.GetRequiredService<KernelDb>();
        var plan = new[] { (Clerks[0], military, PensionsPermissions.MilitaryFinanceClerk), (Clerks[1], agency, PensionsPermissions.AgencyClerk) };
        foreach (var ((userName, password, displayName), org, role) in plan)
        {
            if (await kernel.Users.AnyAsync(u => u.UserName == userName, ct))
            {
                continue;
            }

            var user = await people.CreateUserAsync(new NewUser(userName, displayName, password, org, $"{userName}@demo.tongban.cn"), ct);
            await people.GrantAsync(user.Id, role, org, coversDescendants: false, ct);
        }
    }

    private static async Task<Guid> OrgAsync(
        KernelDb kernel, DemoContext demo, Guid parentId, string key, OrgLevel level, OrgKind kind, string zh, string en, string code, CancellationToken ct)
    {
        if (demo.Orgs.TryGetValue(key, out var known))
        {
            return known;
        }

        var parent = await kernel.Orgs.SingleAsync(o => o.Id == parentId, ct);
        var node = new OrgNode
        {
            Id = demo.IdFor("pensions-org:" + key),
            ParentId = parentId,
            Level = level,
            Kind = kind,
            NameZh = zh,
            NameEn = en,
            DivisionCode = code,
            Depth = parent.Depth + 1,
        };
        kernel.Orgs.Add(node);
        var ancestors = await kernel.OrgClosures.Where(c => c.DescendantId == parentId).ToListAsync(ct);
        foreach (var a in ancestors)
        {
            kernel.OrgClosures.Add(new OrgClosure { AncestorId = a.AncestorId, DescendantId = node.Id, Distance = a.Distance + 1 });
        }

        kernel.OrgClosures.Add(new OrgClosure { AncestorId = node.Id, DescendantId = node.Id, Distance = 0 });
        await kernel.SaveChangesAsync(ct);
        return node.Id;
    }
}
