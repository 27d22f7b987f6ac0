using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Matters;

/// <summary>Issue 21 (3, 4): a matter is seen through its workflow's permission, and a module can hide a matter's subject.</summary>
public sealed class MatterAccessTests
{
    private const string Viewer = "test.viewer";

    private static readonly RoleCatalog Roles = new([new RoleDefinition(Viewer, "查看", "Viewer", ["test.view"]), .. KernelPermissions.Roles]);

    private static CallerScope User(params Grant[] grants) => CallerScope.ForUser(Guid.NewGuid(), "user", grants, Roles);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_matters_permission_alone_lists_no_matter_of_a_workflow_whose_module_permission_is_missing_issue21_3(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();

        // An auditor at the root holds kernel.matters.view everywhere, but not the workflow's test.view.
        var auditor = User(new Grant { Role = KernelPermissions.AuditorRole, OrgId = kit.Root, CoversDescendants = true });
        Assert.Empty(await kit.As(auditor, e => e.DueAsync(new DueQuery())));
        Assert.Equal("matters.not-found", (await Assert.ThrowsAsync<RuleViolation>(() => kit.As(auditor, e => e.TimelineAsync(matter.Id)))).Rule);

        // The workflow's permission at another org opens nothing here; at the matter's org it does.
        var elsewhere = User(new Grant { Role = Viewer, OrgId = kit.OtherUnit });
        Assert.Empty(await kit.As(elsewhere, e => e.DueAsync(new DueQuery())));
        var here = User(new Grant { Role = Viewer, OrgId = kit.Unit });
        Assert.Equal([matter.Id], (await kit.As(here, e => e.DueAsync(new DueQuery()))).Select(i => i.MatterId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_hidden_subjects_matter_leaves_the_due_list_timeline_and_steps_art59(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        var matter = await kit.StartAsync();
        var here = User(new Grant { Role = Viewer, OrgId = kit.Unit });
        Assert.Single(await kit.As(here, e => e.DueAsync(new DueQuery())));

        var hidden = await kit.As(CallerScope.System(), e => e.HideSubjectAsync(matter.SubjectType, matter.SubjectId, null));
        Assert.Equal(1, hidden);

        Assert.Empty(await kit.As(here, e => e.DueAsync(new DueQuery())));
        Assert.Empty(await kit.As(here, e => e.DueSummaryAsync()));
        Assert.Equal("matters.not-found", (await Assert.ThrowsAsync<RuleViolation>(() => kit.As(here, e => e.TimelineAsync(matter.Id)))).Rule);
        Assert.Equal("matters.not-found", (await Assert.ThrowsAsync<RuleViolation>(() => kit.SubmitAsync(matter.Id))).Rule);
    }
}
