using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Demo;

/// <summary>One organisation of the demo world, addressed by a stable key that module seeders use.</summary>
internal sealed record DemoOrg(string Key, string? ParentKey, OrgLevel Level, OrgKind Kind, string NameZh, string NameEn, string DivisionCode);

/// <summary>
/// The shared demo world: an org tree from the Ministry of Finance down to schools and residents'
/// committees in two counties, demo accounts with grants, a few kernel matters with deadlines, and
/// then every module's own demo data on top. Deterministic for a seed; a second call changes nothing.
/// </summary>
internal static class DemoWorld
{
    public const string AdminUser = "admin";

    /// <summary>The tree; parents come before children. Keys are what <see cref="DemoContext.Orgs"/> holds.</summary>
    public static IReadOnlyList<DemoOrg> Orgs { get; } = BuildOrgs();

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new(AdminUser, "Admin-Demo-2025", "Administrator at the Ministry of Finance, covering the whole tree"),
        new("zj.officer", "Officer-Demo-2025", "Officer at Zhejiang Province (浙江省), covering the province"),
        new("xihu.clerk", "Clerk-Xihu-2025", "Clerk in Xihu District (西湖区), covering the district"),
        new("yinzhou.clerk", "Clerk-Yinzhou-2025", "Clerk in Yinzhou District (鄞州区), covering the district"),
        new("auditor", "Auditor-Demo-2025", "Auditor at the Ministry of Finance, reads the audit chain"),
    ];

    /// <summary>The kernel's demo sign-ins, then each module's.</summary>
    public static IReadOnlyList<DemoAccount> AllAccounts { get; } =
        [.. Accounts, .. ModuleCatalog.All.SelectMany(m => m.DemoAccounts)];

    /// <summary>The actor the demo writes as; its entries in the audit log tell a demo database.</summary>
    public const string Actor = "demo";

    public static async Task<IReadOnlyList<DemoAccount>> SeedAsync(IServiceProvider sp, int seed, CancellationToken ct) =>
        await SeedAsync(sp, seed, force: false, ct);

    /// <summary>
    /// Seeds the demo world and returns the accounts (with their published passwords) that the demo made. A database
    /// with accounts that the demo did not make (after <c>init</c>, a real office's) is refused unless
    /// <paramref name="force"/> (issue 22 (6)); an account of the demo's name made by someone else is refused always.
    /// </summary>
    public static async Task<IReadOnlyList<DemoAccount>> SeedAsync(IServiceProvider sp, int seed, bool force, CancellationToken ct)
    {
        await using var scope = sp.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System(Actor);
        var db = services.GetRequiredService<KernelDb>();
        var admin = await db.Users.Where(u => u.UserName == AdminUser).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (admin is { } adminId)
        {
            var subject = adminId.ToString();
            RuleViolation.ThrowIf(
                !await db.AuditEntries.AnyAsync(e => e.SubjectType == nameof(TongbanUser) && e.SubjectId == subject && e.Action == "create" && e.ActorName == Actor, ct),
                "database",
                "demo.not-a-demo-database",
                $"The account '{AdminUser}' was not made by the demo: this is no demo database, and the demo adds nothing to it.",
                ("admin", AdminUser));
            return AllAccounts;
        }

        RuleViolation.ThrowIf(
            !force && await db.Users.AnyAsync(ct),
            "database",
            "demo.database-in-use",
            "The database has accounts the demo did not make: the demo would add accounts with published passwords. Use an empty database, or add --force.");

        // The kernel's part commits once (one fsync, not one per row); the modules' contexts follow.
        Dictionary<string, Guid> orgIds;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            orgIds = await SeedOrgsAsync(services, db, seed, ct);
            await SeedPeopleAsync(services, orgIds, ct);
            await SeedMattersAsync(services, db, seed, orgIds, ct);
            await tx.CommitAsync(ct);
        }

        var demo = new DemoContext(seed, orgIds);
        foreach (var module in services.GetServices<ITongbanModule>())
        {
            await module.SeedDemoAsync(services, demo, ct);
        }

        return AllAccounts;
    }

    private static async Task<Dictionary<string, Guid>> SeedOrgsAsync(IServiceProvider services, KernelDb db, int seed, CancellationToken ct)
    {
        var tree = services.GetRequiredService<OrgTree>();
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);

        // A root made by `init` becomes the demo's ministry, so the tree keeps one root.
        var existingRoot = await db.Orgs.Where(o => o.ParentId == null).OrderBy(o => o.Depth).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        foreach (var org in Orgs)
        {
            if (org.ParentKey is null && existingRoot is { } rootId)
            {
                ids[org.Key] = rootId;
                continue;
            }

            var node = await tree.CreateAsync(
                new NewOrg(
                    org.ParentKey is null ? null : ids[org.ParentKey],
                    org.Level,
                    org.Kind,
                    org.NameZh,
                    org.NameEn,
                    org.DivisionCode,
                    DemoIds.For(seed, "org:" + org.Key)),
                ct);
            ids[org.Key] = node.Id;
        }

        return ids;
    }

    private static async Task SeedPeopleAsync(IServiceProvider services, IReadOnlyDictionary<string, Guid> orgs, CancellationToken ct)
    {
        var people = services.GetRequiredService<PeopleDirectory>();
        var catalog = services.GetRequiredService<RoleCatalog>();
        var workRoles = catalog.All.Select(r => r.Name)
            .Where(r => r != KernelPermissions.AdministratorRole && r != KernelPermissions.AuditorRole)
            .Order(StringComparer.Ordinal).ToList();

        var plan = new (DemoAccount Account, string DisplayName, string Org, IReadOnlyList<string> Roles)[]
        {
            (Accounts[0], "系统管理员 王敏", "central-finance", [KernelPermissions.AdministratorRole]),
            (Accounts[1], "省财政厅 李建国", "province", [.. workRoles, KernelPermissions.AuditorRole]),
            (Accounts[2], "西湖区 张晓燕", "county", workRoles),
            (Accounts[3], "鄞州区 陈志强", "county2", workRoles),
            (Accounts[4], "审计员 刘芳", "central-finance", [KernelPermissions.AuditorRole]),
        };

        foreach (var (account, displayName, orgKey, roles) in plan)
        {
            var user = await people.CreateUserAsync(
                new NewUser(account.UserName, displayName, account.Password, orgs[orgKey], $"{account.UserName}@demo.tongban.cn"),
                ct);
            foreach (var role in roles)
            {
                await people.GrantAsync(user.Id, role, orgs[orgKey], coversDescendants: true, ct);
            }
        }
    }

    /// <summary>
    /// Funding requests started and moved on in the past (the engine runs on a clock set back),
    /// so the dashboard shows overdue matters, matters due soon and a closed one.
    /// </summary>
    private static async Task SeedMattersAsync(IServiceProvider services, KernelDb db, int seed, IReadOnlyDictionary<string, Guid> orgs, CancellationToken ct)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var today = ChinaTime.Today(clock);
        var random = new Random(seed);
        var samples = new (string Org, string Title, int StartedDaysAgo, int? AcceptedDaysAgo, int? ApprovedDaysAgo)[]
        {
            ("county-school", "校舍维修经费申请", 20, 16, null),
            ("county-hospital", "医疗设备购置经费申请", 9, null, null),
            ("county-institution", "图书馆数字化建设经费申请", 5, null, null),
            ("county2-school", "学生资助资金申请", 2, null, null),
            ("county2-admin-unit", "办公用房维修经费申请", 12, 3, null),
            ("county2-hospital", "急救车辆购置经费申请", 30, 25, 20),
        };
        for (var i = 0; i < samples.Length; i++)
        {
            var (org, title, started, accepted, approved) = samples[i];
            var amount = random.Next(1_000, 500_000) * 100L;
            var matter = await EngineAt(services, db, today.AddDays(-started)).StartAsync(
                new StartMatter(DemoWorkflow.Name, orgs[org], title, "DemoRequest", (i + 1).ToString(CultureInfo.InvariantCulture), amount, Reference: $"JF-DEMO-{i + 1:000}"),
                ct);
            if (accepted is { } a)
            {
                await EngineAt(services, db, today.AddDays(-a)).TakeAsync(matter.Id, "accept", new Dictionary<string, string>(), null, ct);
            }

            if (approved is { } d)
            {
                await EngineAt(services, db, today.AddDays(-d)).TakeAsync(matter.Id, "approve", new Dictionary<string, string> { ["opinion"] = "同意" }, "符合预算管理规定", ct);
            }
        }
    }

    private static MatterEngine EngineAt(IServiceProvider services, KernelDb db, DateOnly day) =>
        new(
            db,
            services.GetRequiredService<WorkflowRegistry>(),
            services.GetRequiredService<WorkingDayCalendar>(),
            new FixedClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 30)), ChinaTime.Offset)),
            services.GetRequiredService<CallerScopeAccessor>(),
            services.GetRequiredService<RoutingSettings>(),
            services.GetServices<IStepConsequence>());

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    private static List<DemoOrg> BuildOrgs()
    {
        var list = new List<DemoOrg>
        {
            new("central-finance", null, OrgLevel.Central, OrgKind.FinanceDepartment, "中华人民共和国财政部", "Ministry of Finance of the PRC", "110000"),
            new("military-finance", "central-finance", OrgLevel.Province, OrgKind.MilitaryLogisticsFinanceDepartment, "军队后勤财务部门", "Military logistics finance department", "910000"),
            new("province", "central-finance", OrgLevel.Province, OrgKind.AdministrativeUnit, "浙江省人民政府", "Zhejiang Provincial Government", "330000"),
            new("finance-province", "province", OrgLevel.Province, OrgKind.FinanceDepartment, "浙江省财政厅", "Zhejiang Department of Finance", "330000"),
            new("education-province", "province", OrgLevel.Province, OrgKind.EducationDepartment, "浙江省教育厅", "Zhejiang Department of Education", "330000"),
            new("social-insurance-province", "province", OrgLevel.Province, OrgKind.SocialInsuranceAgency, "浙江省社会保险事业管理服务中心", "Zhejiang Social Insurance Agency", "330000"),
            new("public-security-province", "province", OrgLevel.Province, OrgKind.PublicSecurityOrgan, "浙江省公安厅", "Zhejiang Department of Public Security", "330000"),
            new("health-province", "province", OrgLevel.Province, OrgKind.DistrictHealthAuthority, "浙江省卫生健康委员会", "Zhejiang Health Commission", "330000"),
            new("prefecture", "province", OrgLevel.Prefecture, OrgKind.AdministrativeUnit, "杭州市人民政府", "Hangzhou Municipal Government", "330100"),
            new("finance-prefecture", "prefecture", OrgLevel.Prefecture, OrgKind.FinanceDepartment, "杭州市财政局", "Hangzhou Finance Bureau", "330100"),
            new("prefecture2", "province", OrgLevel.Prefecture, OrgKind.AdministrativeUnit, "宁波市人民政府", "Ningbo Municipal Government", "330200"),
            new("finance-prefecture2", "prefecture2", OrgLevel.Prefecture, OrgKind.FinanceDepartment, "宁波市财政局", "Ningbo Finance Bureau", "330200"),
        };
        AddCounty(list, "county", "prefecture", "西湖区", "Xihu District", "330106", "文新");
        AddCounty(list, "county2", "prefecture2", "鄞州区", "Yinzhou District", "330212", "钟公庙");
        return list;
    }

    private static void AddCounty(List<DemoOrg> list, string key, string parent, string zh, string en, string code, string street)
    {
        var city = parent == "prefecture" ? "杭州市" : "宁波市";
        list.Add(new(key, parent, OrgLevel.County, OrgKind.AdministrativeUnit, $"{city}{zh}人民政府", $"{en} Government", code));
        void Unit(string suffix, OrgKind kind, string unitZh, string unitEn, OrgLevel level = OrgLevel.County) =>
            list.Add(new($"{key}-{suffix}", key, level, kind, unitZh, unitEn, code));
        Unit("finance", OrgKind.FinanceDepartment, $"{zh}财政局", $"{en} Finance Bureau");
        Unit("education", OrgKind.EducationDepartment, $"{zh}教育局", $"{en} Education Bureau");
        Unit("admin-unit", OrgKind.AdministrativeUnit, $"{zh}司法局", $"{en} Justice Bureau");
        Unit("institution", OrgKind.PublicInstitution, $"{zh}图书馆", $"{en} Library");
        Unit("school", OrgKind.School, $"{city}{zh}{street}小学", $"{street} Primary School, {en}");
        Unit("special-school", OrgKind.SpecialSchool, $"{zh}专门学校", $"{en} Special School");
        Unit("special-education", OrgKind.SpecialEducationSteeringCommittee, $"{zh}专门教育指导委员会", $"{en} Special Education Steering Committee");
        Unit("hospital", OrgKind.Hospital, $"{zh}人民医院", $"{en} People's Hospital");
        Unit("health", OrgKind.DistrictHealthAuthority, $"{zh}卫生健康局", $"{en} Health Bureau");
        Unit("cdc", OrgKind.DiseaseControlCentre, $"{zh}疾病预防控制中心", $"{en} Centre for Disease Control");
        Unit("social-insurance", OrgKind.SocialInsuranceAgency, $"{zh}社会保险事业管理中心", $"{en} Social Insurance Agency");
        Unit("public-security", OrgKind.PublicSecurityOrgan, $"{city}公安局{zh}分局", $"{en} Public Security Sub-bureau");
        Unit("procuratorate", OrgKind.Procuratorate, $"{zh}人民检察院", $"{en} People's Procuratorate");
        Unit("social-work", OrgKind.SocialWorkAgency, $"{zh}社会工作服务中心", $"{en} Social Work Centre");
        Unit("residents", OrgKind.ResidentsCommittee, $"{street}街道{street}社区居民委员会", $"{street} Residents' Committee", OrgLevel.Township);
    }
}
