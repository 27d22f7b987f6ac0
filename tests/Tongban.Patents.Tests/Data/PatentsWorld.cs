using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Patents.Portfolio;
using Tongban.Testing;

namespace Tongban.Patents.Tests.Data;

/// <summary>A migrated database with a root, two holders and callers with the module's roles (today 2025-09-26).</summary>
internal sealed class PatentsWorld : IAsyncDisposable
{
    private PatentsWorld(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }

    public Guid Root { get; private set; }

    public Guid Holder { get; private set; }

    public Guid Other { get; private set; }

    public static async Task<PatentsWorld> CreateAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(
            provider,
            (services, target) =>
            {
                PatentsModule.AddPatents(services, target);
                services.AddWorkingDayCalendar();
                services.AddRoleCatalog(PatentsPermissions.Roles);
                services.AddImports([new PatentImport()]);
            },
            typeof(PatentsDb));
        var world = new PatentsWorld(db);
        await using var scope = db.Open(CallerScope.System("test"));
        var tree = scope.ServiceProvider.GetRequiredService<OrgTree>();
        world.Root = (await tree.CreateAsync(new NewOrg(null, OrgLevel.Province, OrgKind.AdministrativeUnit, "上海市知识产权局", "Shanghai IP office", "310000"), default)).Id;
        world.Holder = (await tree.CreateAsync(new NewOrg(world.Root, OrgLevel.Prefecture, OrgKind.Enterprise, "上海电巴新能源科技有限公司", "Dianba", "310000"), default)).Id;
        world.Other = (await tree.CreateAsync(new NewOrg(world.Root, OrgLevel.Prefecture, OrgKind.Hospital, "中山医院", "Zhongshan Hospital", "310000"), default)).Id;
        return world;
    }

    public AsyncServiceScope As(string role, Guid orgId, bool subtree = false) =>
        Db.Open(CallerScope.ForUser(Guid.NewGuid(), role, [new Grant { Id = Guid.NewGuid(), OrgId = orgId, Role = role, CoversDescendants = subtree }]));

    public AsyncServiceScope Manager() => As(PatentsPermissions.IpManager, Holder);

    public AsyncServiceScope AsSystem() => Db.Open(CallerScope.System("test"));

    public NewPatent Invention(string number = "201911050262.8", DateOnly? filed = null, DateOnly? granted = null) =>
        new(Holder, PatentType.Invention, number, "一种电动公交车系统", filed ?? new DateOnly(2019, 11, 5), null, null, granted ?? new DateOnly(2022, 3, 1),
            [new OwnerInput("上海电巴新能源科技有限公司", 100)], "张三;李四", "B60L 53/80;B60S 5/06", null, Fees.Reduction.Single85);

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
