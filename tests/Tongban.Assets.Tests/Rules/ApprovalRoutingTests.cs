using Tongban.Assets.Allocation;
using Tongban.Kernel.Matters;

namespace Tongban.Assets.Tests.Rules;

public sealed class ApprovalRoutingTests
{
    private static readonly Guid Jurisdiction = Guid.NewGuid();

    [Fact]
    public void Under_200000_yuan_the_competent_department_decides_2004_central_state_organ_example()
    {
        var rule = ApprovalRouting.Choose(RoutingSettings.SeedExample(Jurisdiction, AssetWorkflows.Disposal), AssetWorkflows.Disposal, 199_999_99);
        Assert.Equal((RoutingSettings.ExampleUnderCode, ApprovalRouting.Competent), (rule!.Code, rule.DecidedBy));
    }

    [Fact]
    public void At_200000_yuan_and_above_the_finance_department_decides_2004_central_state_organ_example()
    {
        var rule = ApprovalRouting.Choose(RoutingSettings.SeedExample(Jurisdiction, AssetWorkflows.Disposal), AssetWorkflows.Disposal, 200_000_00);
        Assert.Equal((RoutingSettings.ExampleFromCode, ApprovalRouting.Finance), (rule!.Code, rule.DecidedBy));
    }

    [Fact]
    public void Each_link_has_the_figure_5_3_process_unit_then_examination_then_decision()
    {
        foreach (var def in AssetWorkflows.All)
        {
            Assert.Equal("submitted", def.Initial.Code);
            Assert.True(def.FindTransition("submit")!.Route);
            Assert.Contains(def.States, s => s.Code == "approved" && s.IsFinal);
            Assert.Contains("<svg", WorkflowDiagram.ToSvg(def, chinese: true), StringComparison.Ordinal);
        }
    }
}
