using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Records;
using Tongban.Testing;

namespace Tongban.Pensions.Tests.Data;

/// <summary>A migrated database with a root, two military finance departments, two agencies and clerks for each.</summary>
internal sealed class PensionsWorld : IAsyncDisposable
{
    private PensionsWorld(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }

    public Guid Root { get; private set; }

    public Guid Military { get; private set; }

    public Guid OtherMilitary { get; private set; }

    public Guid Agency { get; private set; }

    public Guid OtherAgency { get; private set; }

    public static async Task<PensionsWorld> CreateAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(
            provider,
            (services, target) =>
            {
                PensionsModule.AddPensions(services, target);
                services.AddWorkingDayCalendar();
            },
            typeof(PensionsDb));
        var world = new PensionsWorld(db);
        await using var scope = db.Open(CallerScope.System("test"));
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
        world.Root = await AddOrgAsync(kernel, null, OrgKind.FinanceDepartment, "财政部", "100000");
        world.Military = await AddOrgAsync(kernel, world.Root, OrgKind.MilitaryLogisticsFinanceDepartment, "某联勤保障中心财务部门", "910000");
        world.OtherMilitary = await AddOrgAsync(kernel, world.Root, OrgKind.MilitaryLogisticsFinanceDepartment, "另一财务部门", "910000");
        world.Agency = await AddOrgAsync(kernel, world.Root, OrgKind.SocialInsuranceAgency, "杭州市社会保险管理服务中心", "330100");
        world.OtherAgency = await AddOrgAsync(kernel, world.Root, OrgKind.SocialInsuranceAgency, "南京市社会保险管理中心", "320100");
        await scope.ServiceProvider.GetRequiredService<RatesService>().EnsureShippedAsync();
        return world;
    }

    public AsyncServiceScope As(Guid orgId, string name = "clerk") =>
        Db.Open(CallerScope.ForUser(Guid.NewGuid(), name, [new Grant { Id = Guid.NewGuid(), OrgId = orgId, Role = "test", CoversDescendants = false }]));

    public AsyncServiceScope AsSystem() => Db.Open(CallerScope.System("test"));

    /// <summary>A valid 18-character ID number for a woman born 1985-06-15 with the given sequence.</summary>
    public static string IdNumber(int sequence)
    {
        var first17 = $"33010219850615{sequence % 100:D2}{(sequence % 5) * 2}";
        return first17 + IdNumberRules.CheckCharacter(first17);
    }

    public NewPerson Person(int sequence, YearMonth militaryStart, params PeriodInput[] before) =>
        new(Military, IdNumber(sequence), "王秀英", "330102", militaryStart, before);

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    /// <summary>A central or provincial org with its closure rows, written straight to the kernel tables.</summary>
    internal static async Task<Guid> AddOrgAsync(KernelDb kernel, Guid? parentId, OrgKind kind, string name, string code)
    {
        var node = new OrgNode
        {
            Id = Guid.CreateVersion7(),
            ParentId = parentId,
            Level = parentId is null ? OrgLevel.Central : OrgLevel.Province,
            Kind = kind,
            NameZh = name,
            NameEn = name,
            DivisionCode = code,
            Depth = parentId is null ? 0 : 1,
        };
        kernel.Orgs.Add(node);
        kernel.OrgClosures.Add(new OrgClosure { AncestorId = node.Id, DescendantId = node.Id, Distance = 0 });
        if (parentId is { } p)
        {
            kernel.OrgClosures.Add(new OrgClosure { AncestorId = p, DescendantId = node.Id, Distance = 1 });
        }

        await kernel.SaveChangesAsync();
        return node.Id;
    }
}
