using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;

namespace Tongban.Kernel.Tests.Matters;

public sealed class WorkflowDefinitionTests
{
    [Fact]
    public void Transition_to_an_unknown_state_fails_the_build()
    {
        var builder = WorkflowDefinition.Define("x", "x", "x")
            .State("a", "甲", "A")
            .Final("done", "完", "Done")
            .Transition("go", "走", "Go", "a", "nowhere", t => t.Roles("r"));

        var ex = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("unknown state 'nowhere'", ex.Message);
    }

    [Fact]
    public void Unreachable_state_fails_the_build()
    {
        var builder = WorkflowDefinition.Define("x", "x", "x")
            .State("a", "甲", "A")
            .State("island", "岛", "Island")
            .Final("done", "完", "Done")
            .Transition("go", "走", "Go", "a", "done", t => t.Roles("r"))
            .Transition("leave", "离", "Leave", "island", "done", t => t.Roles("r"));

        var ex = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("'island' is unreachable", ex.Message);
    }

    [Fact]
    public void Open_state_without_a_way_out_and_transition_without_roles_fail_the_build()
    {
        var stuck = WorkflowDefinition.Define("x", "x", "x")
            .State("a", "甲", "A")
            .State("stuck", "卡", "Stuck")
            .Final("done", "完", "Done")
            .Transition("go", "走", "Go", "a", "stuck", t => t.Roles("r"))
            .Transition("end", "终", "End", "a", "done", t => t.Roles("r"));
        var noRoles = WorkflowDefinition.Define("y", "y", "y")
            .State("a", "甲", "A")
            .Final("done", "完", "Done")
            .Transition("go", "走", "Go", "a", "done", _ => { });

        Assert.Contains("'stuck' is not final", Assert.Throws<InvalidOperationException>(() => stuck.Build()).Message);
        Assert.Contains("names no role", Assert.Throws<InvalidOperationException>(() => noRoles.Build()).Message);
    }

    [Fact]
    public void Registry_refuses_a_second_workflow_of_the_same_name()
    {
        var registry = new WorkflowRegistry([MattersKit.Sample]);

        Assert.Throws<InvalidOperationException>(() => registry.Register(MattersKit.Sample));
        Assert.Same(MattersKit.Sample, registry.Find(MattersKit.Workflow));
        Assert.Null(registry.Find("missing"));
    }

    [Fact]
    public void Sample_keeps_declared_order_roles_kinds_and_inputs()
    {
        var submit = MattersKit.Sample.FindTransition("submit")!;

        Assert.Equal("drafted", MattersKit.Sample.Initial.Code);
        Assert.Equal([OrgKind.PublicInstitution, OrgKind.AdministrativeUnit], submit.OrgKinds);
        Assert.Equal([InputKind.Text, InputKind.Money], submit.Inputs.Select(i => i.Kind));
        Assert.True(MattersKit.Sample.FindTransition("forward")!.Route);
        Assert.Equal(DeadlineKind.Hours, MattersKit.Sample.FindState("deciding")!.Deadline.Kind);
    }

    [Theory]
    [InlineData(InputKind.Money, "199999.99", true)]
    [InlineData(InputKind.Money, "200,000.00", true)]
    [InlineData(InputKind.Money, "1.005", false)]
    [InlineData(InputKind.Money, "-3", false)]
    [InlineData(InputKind.Number, "-3.5", true)]
    [InlineData(InputKind.Number, "three", false)]
    [InlineData(InputKind.Date, "2025-10-08", true)]
    [InlineData(InputKind.Date, "2025-02-30", false)]
    [InlineData(InputKind.Choice, "agree", true)]
    [InlineData(InputKind.Choice, "maybe", false)]
    public void Input_values_are_checked_by_kind(InputKind kind, string value, bool valid)
    {
        var input = new WorkflowInput("v", "值", "Value", kind, true, ["agree", "disagree"]);

        Assert.Equal(valid, InputRules.Problem(input, value) is null);
    }
}
