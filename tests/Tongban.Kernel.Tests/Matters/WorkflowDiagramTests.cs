using System.Globalization;
using System.Xml.Linq;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Tests.Matters;

public sealed class WorkflowDiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Svg_parses_and_draws_every_state_and_transition(bool chinese)
    {
        var d = MattersKit.Sample;

        var doc = XDocument.Parse(WorkflowDiagram.ToSvg(d, chinese));

        Assert.Equal(Svg + "svg", doc.Root!.Name);
        var states = doc.Descendants(Svg + "g").Where(g => Class(g).StartsWith("state")).ToList();
        var transitions = doc.Descendants(Svg + "g").Where(g => Class(g).StartsWith("transition")).ToList();
        Assert.Equal(d.States.Select(s => s.Code).Order(), states.Select(g => (string)g.Attribute("data-code")!).Order());
        Assert.Equal(d.Transitions.Select(t => t.Code).Order(), transitions.Select(g => (string)g.Attribute("data-code")!).Order());
        foreach (var s in d.States)
        {
            var g = states.Single(x => (string)x.Attribute("data-code")! == s.Code);
            Assert.Contains(g.Descendants(Svg + "text"), t => t.Value == s.Title(chinese));
        }

        foreach (var t in d.Transitions)
        {
            var g = transitions.Single(x => (string)x.Attribute("data-code")! == t.Code);
            var texts = g.Descendants(Svg + "text").Select(x => x.Value).ToList();
            Assert.Contains(t.Title(chinese), texts);
            Assert.Contains(texts, x => t.Roles.All(x.Contains));
            Assert.StartsWith("M", (string)g.Element(Svg + "path")!.Attribute("d")!);
        }
    }

    [Fact]
    public void Svg_shows_each_deadline_and_marks_final_states()
    {
        var doc = XDocument.Parse(WorkflowDiagram.ToSvg(MattersKit.Sample, chinese: true));
        var texts = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();

        Assert.Contains("时限 15 个工作日", texts);
        Assert.Contains("时限 48 小时", texts);
        Assert.Equal(2, doc.Descendants(Svg + "g").Count(g => Class(g) == "state final"));
        Assert.Single(doc.Descendants(Svg + "g"), g => Class(g) == "transition back");
    }

    [Fact]
    public void Svg_lays_states_out_left_to_right_without_overlap_inside_the_canvas()
    {
        var doc = XDocument.Parse(WorkflowDiagram.ToSvg(MattersKit.Sample, chinese: false));
        var width = Num(doc.Root!.Attribute("width")!);
        var height = Num(doc.Root!.Attribute("height")!);
        var boxes = doc.Descendants(Svg + "g").Where(g => Class(g).StartsWith("state")).ToDictionary(
            g => (string)g.Attribute("data-code")!,
            g =>
            {
                var r = g.Element(Svg + "rect")!;
                return (X: Num(r.Attribute("x")!), Y: Num(r.Attribute("y")!), W: Num(r.Attribute("width")!), H: Num(r.Attribute("height")!));
            });

        // Each step forward moves right: drafted -> review -> deciding -> approved / rejected.
        Assert.True(boxes["drafted"].X + boxes["drafted"].W < boxes["review"].X);
        Assert.True(boxes["review"].X + boxes["review"].W < boxes["deciding"].X);
        Assert.True(boxes["deciding"].X + boxes["deciding"].W < boxes["approved"].X);
        Assert.Equal(boxes["approved"].X + boxes["approved"].W / 2, boxes["rejected"].X + boxes["rejected"].W / 2, 1);
        foreach (var (a, b) in boxes.Values.SelectMany((a, i) => boxes.Values.Skip(i + 1).Select(b => (a, b))))
        {
            var apart = a.X + a.W <= b.X || b.X + b.W <= a.X || a.Y + a.H <= b.Y || b.Y + b.H <= a.Y;
            Assert.True(apart, $"boxes overlap: {a} {b}");
        }

        Assert.All(boxes.Values, b => Assert.True(b.X >= 0 && b.Y >= 0 && b.X + b.W <= width && b.Y + b.H <= height));
    }

    [Fact]
    public void Long_edges_pass_through_the_layers_they_skip()
    {
        var d = WorkflowDefinition.Define("skip", "跳", "Skip")
            .State("a", "甲", "A")
            .State("b", "乙", "B")
            .State("c", "丙", "C")
            .Final("d", "丁", "D")
            .Transition("ab", "甲乙", "A to B", "a", "b", t => t.Roles("r"))
            .Transition("bc", "乙丙", "B to C", "b", "c", t => t.Roles("r"))
            .Transition("cd", "丙丁", "C to D", "c", "d", t => t.Roles("r"))
            .Transition("ad", "甲丁", "A to D", "a", "d", t => t.Roles("r"))
            .Build();

        var doc = XDocument.Parse(WorkflowDiagram.ToSvg(d, chinese: false));
        var path = (string)doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-code") == "ad").Element(Svg + "path")!.Attribute("d")!;

        // One curve into each skipped layer's slot, a straight run through it, and a final curve: 3 curves, 2 runs.
        Assert.Equal(3, path.Count(c => c == 'C'));
        Assert.Equal(2, path.Count(c => c == 'L'));
    }

    [Fact]
    public void Mermaid_names_every_state_and_transition()
    {
        var d = MattersKit.Sample;

        var text = WorkflowDiagram.ToMermaid(d, chinese: true);

        Assert.Contains("stateDiagram-v2", text);
        Assert.Contains("direction LR", text);
        Assert.Contains("[*] --> s0", text);
        Assert.Contains("state \"审批<br/>48 小时\" as s2", text);
        Assert.Contains("s1 --> s2 : 审核转报 (reviewer · 按规则分送)", text);
        Assert.Contains("s1 --> s0 : 退回修改 (reviewer · 转申请单位)", text);
        Assert.Contains("s3 --> [*]", text);
        Assert.Contains("s4 --> [*]", text);
        Assert.Equal(d.Transitions.Count, text.Split('\n').Count(l => l.Contains(" --> s")) - 1);
    }

    [Theory]
    [InlineData(true, "审核人 · 按规则分送", "审核人 · 转申请单位")]
    [InlineData(false, "Reviewer · routed by rule", "Reviewer · to the applying unit")]
    public void Roles_show_by_their_titles_when_a_role_catalogue_is_given(bool chinese, string forward, string back)
    {
        var roles = new RoleCatalog([new(MattersKit.Reviewer, "审核人", "Reviewer", [])]);

        var doc = XDocument.Parse(WorkflowDiagram.ToSvg(MattersKit.Sample, chinese, roles));
        var texts = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();

        Assert.Contains(forward, texts);
        Assert.Contains(back, texts);
        Assert.DoesNotContain(texts, t => t.Contains(MattersKit.Reviewer, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith(MattersKit.Clerk, StringComparison.Ordinal)); // a role no catalogue declares shows its code
        Assert.Contains($"({back})", WorkflowDiagram.ToMermaid(MattersKit.Sample, chinese, roles));
    }

    [Fact]
    public void Mermaid_escapes_characters_that_would_break_the_syntax()
    {
        var d = WorkflowDefinition.Define("q", "q", "q")
            .State("a", "Say \"hi\"; now", "Say \"hi\"; now")
            .Final("b", "B", "B")
            .Transition("t", "Step: one #1", "Step: one #1", "a", "b", t => t.Roles("r"))
            .Build();

        var text = WorkflowDiagram.ToMermaid(d, chinese: false);

        Assert.Contains("state \"Say 'hi'； now\" as s0", text);
        Assert.Contains("s0 --> s1 : Step： one ＃1 (r)", text);
    }

    private static string Class(XElement g) => (string?)g.Attribute("class") ?? "";

    private static double Num(XAttribute a) => double.Parse(a.Value, CultureInfo.InvariantCulture);
}
