using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Matters;

/// <summary>
/// A sample three-step approval chain and a small org tree: a central root with a finance
/// department and a competent department, and a public institution under the department.
/// </summary>
internal sealed class MattersKit : IAsyncDisposable
{
    public const string Workflow = "test.disposal";
    public const string Clerk = "unit-clerk";
    public const string Reviewer = "reviewer";
    public const string Approver = "approver";

    public static readonly WorkflowDefinition Sample = WorkflowDefinition.Define(Workflow, "资产处置审批", "Asset disposal approval")
        .ReferencePrefix("DSP")
        .State("drafted", "单位申报", "Unit application", Deadline.WorkingDays(15))
        .State("review", "主管部门审核", "Competent department review", Deadline.WorkingDays(15))
        .State("deciding", "审批", "Decision", Deadline.Hours(48))
        .Final("approved", "已批复", "Approved")
        .Final("rejected", "不予批准", "Rejected")
        .Transition("submit", "提交", "Submit", "drafted", "review", t => t
            .Roles(Clerk).At(OrgKind.PublicInstitution, OrgKind.AdministrativeUnit)
            .Text("reason", "处置理由", "Reason")
            .Money("bookValue", "账面价值（元）", "Book value (yuan)")
            .HandTo(ApprovalRouting.Competent))
        .Transition("forward", "审核转报", "Review and forward", "review", "deciding", t => t
            .Roles(Reviewer).At(OrgKind.CompetentDepartment)
            .Choice("opinion", "审核意见", "Opinion", ["agree", "disagree"])
            .Routed())
        .Transition("return", "退回修改", "Return for changes", "review", "drafted", t => t
            .Roles(Reviewer).At(OrgKind.CompetentDepartment)
            .Text("reason", "退回理由", "Reason")
            .HandTo(ApprovalRouting.Unit))
        .Transition("approve", "批复同意", "Approve", "deciding", "approved", t => t
            .Roles(Approver).At(OrgKind.CompetentDepartment, OrgKind.FinanceDepartment)
            .Text("decisionNo", "批复文号", "Decision number"))
        .Transition("reject", "不予批准", "Reject", "deciding", "rejected", t => t
            .Roles(Approver).At(OrgKind.CompetentDepartment, OrgKind.FinanceDepartment)
            .Text("reason", "理由", "Reason"))
        .Build();

    private MattersKit(TestDatabase db)
    {
        Db = db;
    }

    public TestDatabase Db { get; }

    public Guid Root { get; } = Guid.CreateVersion7();

    public Guid Finance { get; } = Guid.CreateVersion7();

    public Guid Competent { get; } = Guid.CreateVersion7();

    public Guid Unit { get; } = Guid.CreateVersion7();

    public Guid OtherUnit { get; } = Guid.CreateVersion7();

    /// <summary>Holds the clerk role at the unit only.</summary>
    public CallerScope ClerkUser => CallerScope.ForUser(
        Ids.Clerk, "clerk", [new Grant { UserId = Ids.Clerk, Role = Clerk, OrgId = Unit }]);

    /// <summary>Reviewer and approver at the competent department and everything under it.</summary>
    public CallerScope DepartmentUser => CallerScope.ForUser(
        Ids.Department,
        "department",
        [
            new Grant { UserId = Ids.Department, Role = Reviewer, OrgId = Competent, CoversDescendants = true },
            new Grant { UserId = Ids.Department, Role = Approver, OrgId = Competent, CoversDescendants = true },
        ]);

    /// <summary>Approver at the finance department.</summary>
    public CallerScope FinanceUser => CallerScope.ForUser(
        Ids.Finance, "finance", [new Grant { UserId = Ids.Finance, Role = Approver, OrgId = Finance }]);

    /// <summary>Clerk at another unit: sees nothing of <see cref="Unit"/>.</summary>
    public CallerScope OtherClerk => CallerScope.ForUser(
        Ids.Other, "other", [new Grant { UserId = Ids.Other, Role = Clerk, OrgId = OtherUnit }]);

    public static async Task<MattersKit> CreateAsync(string provider, Action<IServiceCollection>? more = null)
    {
        var db = await TestDatabase.CreateAsync(provider, (s, _) =>
        {
            s.AddWorkingDayCalendar();
            s.AddSingleton(new RoleCatalog(KernelPermissions.Roles));
            s.AddMatters();
            s.AddWorkflow(Sample);
            more?.Invoke(s);
        });
        var kit = new MattersKit(db);
        await kit.SeedOrgsAsync();
        return kit;
    }

    public AsyncServiceScope Open(CallerScope caller) => Db.Open(caller);

    public async Task<T> As<T>(CallerScope caller, Func<MatterEngine, Task<T>> act)
    {
        await using var scope = Db.Open(caller);
        return await act(scope.ServiceProvider.GetRequiredService<MatterEngine>());
    }

    public Task<Matter> StartAsync(long? amountFen = 150_000_00, Guid? org = null, string title = "报废旧电脑 20 台") =>
        As(ClerkUser, e => e.StartAsync(new StartMatter(Workflow, org ?? Unit, title, "DisposalRequest", Guid.NewGuid().ToString(), amountFen)));

    public Task<MatterEvent> SubmitAsync(Guid matterId) =>
        As(ClerkUser, e => e.TakeAsync(matterId, "submit", Inputs(("reason", "超过使用年限"), ("bookValue", "1500.00")), null));

    public Task<MatterEvent> ForwardAsync(Guid matterId) =>
        As(DepartmentUser, e => e.TakeAsync(matterId, "forward", Inputs(("opinion", "agree")), "同意转报"));

    public async Task<(int Events, long Audit, Matter Matter)> SnapshotAsync(Guid matterId)
    {
        await using var scope = Db.Open(CallerScope.System());
        var k = scope.ServiceProvider.GetRequiredService<KernelDb>();
        return (
            await k.MatterEvents.CountAsync(e => e.MatterId == matterId),
            await k.AuditEntries.LongCountAsync(),
            await k.Matters.AsNoTracking().SingleAsync(m => m.Id == matterId));
    }

    public async Task SeedExampleRulesAsync(Guid jurisdiction)
    {
        await using var scope = Db.Open(CallerScope.System());
        await scope.ServiceProvider.GetRequiredService<RoutingSettings>().SeedExampleAsync(jurisdiction, Workflow);
    }

    public static Dictionary<string, string> Inputs(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    private async Task SeedOrgsAsync()
    {
        await using var scope = Db.Open(CallerScope.System());
        var k = scope.ServiceProvider.GetRequiredService<KernelDb>();
        var nodes = new (Guid Id, Guid? Parent, OrgKind Kind, string Zh, string En)[]
        {
            (Root, null, OrgKind.Other, "中央", "Central"),
            (Finance, Root, OrgKind.FinanceDepartment, "财政部", "Ministry of Finance"),
            (Competent, Root, OrgKind.CompetentDepartment, "某部", "A ministry"),
            (Unit, Competent, OrgKind.PublicInstitution, "某研究所", "A research institute"),
            (OtherUnit, Competent, OrgKind.PublicInstitution, "另一研究所", "Another institute"),
        };
        var depth = new Dictionary<Guid, int>();
        var parentOf = nodes.ToDictionary(n => n.Id, n => n.Parent);
        foreach (var n in nodes)
        {
            depth[n.Id] = n.Parent is { } p ? depth[p] + 1 : 0;
            k.Orgs.Add(new OrgNode
            {
                Id = n.Id,
                ParentId = n.Parent,
                Kind = n.Kind,
                Level = OrgLevel.Central,
                NameZh = n.Zh,
                NameEn = n.En,
                DivisionCode = "100000",
                Depth = depth[n.Id],
            });
            Guid? ancestor = n.Id;
            var distance = 0;
            while (ancestor is { } a)
            {
                k.OrgClosures.Add(new OrgClosure { AncestorId = a, DescendantId = n.Id, Distance = distance++ });
                ancestor = parentOf[a];
            }
        }

        await k.SaveChangesAsync();
    }

    private static class Ids
    {
        public static readonly Guid Clerk = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
        public static readonly Guid Department = Guid.Parse("00000000-0000-0000-0000-0000000000d1");
        public static readonly Guid Finance = Guid.Parse("00000000-0000-0000-0000-0000000000f1");
        public static readonly Guid Other = Guid.Parse("00000000-0000-0000-0000-0000000000e1");
    }
}
