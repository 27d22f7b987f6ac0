using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Matters;

/// <summary>
/// A module's consequence of a step (here: an approval files a record at the applicant unit)
/// lands in the step's transaction, whoever took the step and through whichever door.
/// </summary>
public sealed class StepConsequenceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_approval_by_the_finance_department_files_the_record_at_the_applicant_unit(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider, s => s.AddScoped<IStepConsequence>(sp => new FilingOnApproval(sp)));
        var matter = await ApprovalAtFinanceAsync(kit);

        var approved = await kit.As(kit.FinanceUser, e => e.TakeAsync(matter.Id, "approve", MattersKit.Inputs(("decisionNo", "财资〔2025〕7号")), null));

        Assert.Equal("approved", approved.ToState);
        await using var system = kit.Open(CallerScope.System());
        var k = system.ServiceProvider.GetRequiredService<KernelDb>();
        var filed = await k.Matters.AsNoTracking().SingleAsync(m => m.Reference == FilingOnApproval.ReferenceOf(matter));
        // The finance user holds no grant at the unit: the accepted step is what let the write through.
        Assert.Equal(kit.Unit, filed.OrgId);
        var verified = await system.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(null, default);
        Assert.True(verified.Ok, verified.Reason);
        var filedBy = await k.AuditEntries.Where(a => a.SubjectId == filed.Id.ToString()).Select(a => a.ActorName).SingleAsync();
        Assert.Equal("finance", filedBy);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_consequence_that_refuses_takes_the_step_back_whole(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider, s => s.AddScoped<IStepConsequence>(sp => new FilingOnApproval(sp, refuse: true)));
        var matter = await ApprovalAtFinanceAsync(kit);
        var before = await kit.SnapshotAsync(matter.Id);

        await using var scope = kit.Open(kit.FinanceUser);
        var engine = scope.ServiceProvider.GetRequiredService<MatterEngine>();
        var ex = await Assert.ThrowsAsync<RuleViolation>(() => engine.TakeAsync(matter.Id, "approve", MattersKit.Inputs(("decisionNo", "财资〔2025〕8号")), null));

        Assert.Equal("test.filing-refused", ex.Rule);
        var after = await kit.SnapshotAsync(matter.Id);
        Assert.Equal((before.Events, before.Audit, before.Matter.State, before.Matter.Version), (after.Events, after.Audit, after.Matter.State, after.Matter.Version));
        await using var system = kit.Open(CallerScope.System());
        Assert.False(await system.ServiceProvider.GetRequiredService<KernelDb>().Matters.AnyAsync(m => m.Reference == FilingOnApproval.ReferenceOf(matter)));

        // The same engine takes the step once the refusal is gone: nothing half-done was left behind.
        var retried = await engine.TakeAsync(matter.Id, "reject", MattersKit.Inputs(("reason", "预算不足")), null);
        Assert.Equal("rejected", retried.ToState);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Steps_of_a_workflow_taken_on_its_module_page_are_refused_at_the_generic_doors(string provider)
    {
        var placement = WorkflowDefinition.Define("test.placement", "安置", "Placement")
            .TakenOn("/test/placements")
            .State("applied", "已申请", "Applied")
            .Final("placed", "已安置", "Placed")
            .Transition("place", "安置", "Place", "applied", "placed", t => t.Roles(MattersKit.Clerk))
            .Build();
        await using var kit = await MattersKit.CreateAsync(provider, s => s.AddWorkflow(placement));
        var matter = await kit.As(kit.ClerkUser, e => e.StartAsync(new StartMatter("test.placement", kit.Unit, "安置", "Placement", Guid.NewGuid().ToString())));

        var ex = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(kit.ClerkUser, e => e.TakeOnMatterAsync(matter.Id, "place", MattersKit.Inputs(), null)));

        Assert.Equal(("transition", "matters.module-screen"), (ex.Field, ex.Rule));
        Assert.Contains("/test/placements", ex.Message);
        Assert.Equal("applied", (await kit.SnapshotAsync(matter.Id)).Matter.State);
        // The module's own service takes the same step.
        Assert.Equal("placed", (await kit.As(kit.ClerkUser, e => e.TakeAsync(matter.Id, "place", MattersKit.Inputs(), null))).ToState);
    }

    private static async Task<Matter> ApprovalAtFinanceAsync(MattersKit kit)
    {
        await kit.SeedExampleRulesAsync(kit.Root);
        var matter = await kit.StartAsync(amountFen: 200_000_00);
        await kit.SubmitAsync(matter.Id);
        await kit.ForwardAsync(matter.Id);
        return matter;
    }

    /// <summary>Stands for a module: its own context, enlisted in the step, writes at the origin unit.</summary>
    private sealed class FilingOnApproval(IServiceProvider services, bool refuse = false) : IStepConsequence
    {
        public IReadOnlyCollection<string> Workflows { get; } = [MattersKit.Workflow];

        public static string ReferenceOf(Matter m) => "FILED-" + m.Reference;

        public async Task ApplyAsync(TakenStep step, CancellationToken ct)
        {
            if (step.Step.ToState != "approved")
            {
                return;
            }

            // A second context of the request's scope, as a module's own context would be (not disposed here: the scope owns its life).
            var module = new KernelDb(services.GetRequiredService<DbContextOptions<KernelDb>>(), services.GetRequiredService<KernelServices>());
            await step.EnlistAsync(module, ct);
            module.Matters.Add(new Matter
            {
                Id = Guid.CreateVersion7(),
                OrgId = step.Matter.OriginOrgId,
                OriginOrgId = step.Matter.OriginOrgId,
                Workflow = "test.filing",
                Reference = ReferenceOf(step.Matter),
                Title = step.Matter.Title,
                State = "filed",
                Closed = true,
                Version = 1,
            });
            await module.SaveChangesAsync(ct);
            RuleViolation.ThrowIf(refuse, "decisionNo", "test.filing-refused", "The filing office refuses.");
        }
    }
}
