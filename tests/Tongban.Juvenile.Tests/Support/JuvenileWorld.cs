using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Juvenile.Tests.Support;

/// <summary>
/// A migrated database with the juvenile module and a small county: two schools, two police stations,
/// a residents' committee, the education bureau, the steering committee, a special school, a court and a
/// procuratorate. Callers are users with one role at one organisation.
/// </summary>
internal sealed class JuvenileWorld : IAsyncDisposable
{
    private JuvenileWorld(TestDatabase db, IReadOnlyDictionary<string, Guid> orgs)
    {
        Db = db;
        Orgs = orgs;
    }

    public TestDatabase Db { get; }

    public IReadOnlyDictionary<string, Guid> Orgs { get; }

    public static RoleCatalog Roles { get; } = new(JuvenilePermissions.Roles.Concat(KernelPermissions.Roles));

    public static void AddModule(IServiceCollection s, Tongban.Kernel.Data.DatabaseTarget t)
    {
        s.AddJuvenile(t);
        s.AddWorkingDayCalendar();
        s.AddMatters();
        s.AddRoleCatalog(JuvenilePermissions.Roles);
    }

    public static async Task<JuvenileWorld> CreateAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(provider, AddModule, typeof(JuvenileDb));
        var orgs = await CreateOrgsAsync(db.Services);
        return new JuvenileWorld(db, orgs);
    }

    public static async Task<Dictionary<string, Guid>> CreateOrgsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("world");
        var tree = scope.ServiceProvider.GetRequiredService<OrgTree>();
        var orgs = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var county = await tree.CreateAsync(new NewOrg(null, OrgLevel.County, OrgKind.AdministrativeUnit, "西湖区人民政府", "Xihu District Government", "330106"));
        orgs["county"] = county.Id;
        async Task Add(string key, OrgKind kind, string zh, Guid? parent = null, OrgLevel level = OrgLevel.Township) =>
            orgs[key] = (await tree.CreateAsync(new NewOrg(parent ?? county.Id, level, kind, zh, key, "330106"))).Id;
        await Add("school-a", OrgKind.School, "文新小学");
        await Add("school-b", OrgKind.School, "翠苑中学");
        await Add("police-a", OrgKind.PublicSecurityOrgan, "文新派出所");
        await Add("police-b", OrgKind.PublicSecurityOrgan, "翠苑派出所");
        await Add("residents", OrgKind.ResidentsCommittee, "文新社区居委会");
        await Add("education", OrgKind.EducationDepartment, "西湖区教育局");
        await Add("steering", OrgKind.SpecialEducationSteeringCommittee, "西湖区专门教育指导委员会");
        await Add("special-school", OrgKind.SpecialSchool, "西湖区专门学校");
        await Add("court", OrgKind.Court, "西湖区人民法院");
        await Add("procuratorate", OrgKind.Procuratorate, "西湖区人民检察院");
        return orgs;
    }

    /// <summary>A user holding <paramref name="role"/> at the organisation <paramref name="orgKey"/> only.</summary>
    public CallerScope User(string role, string orgKey, Guid? userId = null) => Caller(role, Orgs[orgKey], userId);

    public static CallerScope Caller(string role, Guid orgId, Guid? userId = null)
    {
        var id = userId ?? Guid.NewGuid();
        return CallerScope.ForUser(id, $"{role}@{orgId.ToString()[..4]}", [new Grant { UserId = id, Role = role, OrgId = orgId }], Roles);
    }

    public AsyncServiceScope Open(CallerScope caller) => Db.Open(caller);

    public AsyncServiceScope System() => Db.Open(CallerScope.System("test"));

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
