using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Tongban.Kernel.People;
using Tongban.Kernel.Texts;

namespace Tongban.Kernel.Matters;

/// <summary>
/// Draws a workflow: Mermaid text (for tools that render it) and a self-contained SVG laid out
/// here, left to right in layers (longest path from the initial state, long edges threaded
/// through placeholder slots, crossings reduced by barycentre sweeps, steps back drawn in lanes
/// under the boxes). Who may take a step is named, not coded: roles by their titles in
/// <see cref="RoleCatalog"/> (without one, by code) and the org kind a step hands the matter to by its
/// display name in the shared <see cref="TextCatalog"/>.
/// </summary>
public static class WorkflowDiagram
{
    private const double BoxHeight = 52;
    private const double RowGap = 40;
    private const double MinGap = 110;
    private const double Margin = 24;
    private const double TitleBand = 34;
    private const double InitialBand = 40;
    private const double LaneStep = 38;
    private const string Font = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string ToMermaid(WorkflowDefinition d, bool chinese, RoleCatalog? roles = null)
    {
        var id = d.States.Select((s, i) => (s.Code, Id: $"s{i}")).ToDictionary(x => x.Code, x => x.Id);
        var sb = new StringBuilder();
        sb.Append("---\ntitle: ").Append(Clean(d.Title(chinese))).Append("\n---\n");
        sb.Append("stateDiagram-v2\n    direction LR\n");
        foreach (var s in d.States)
        {
            var deadline = s.Deadline.Describe(chinese);
            var label = deadline.Length == 0 ? Clean(s.Title(chinese)) : $"{Clean(s.Title(chinese))}<br/>{Clean(deadline)}";
            sb.Append("    state \"").Append(label).Append("\" as ").Append(id[s.Code]).Append('\n');
        }

        sb.Append("    [*] --> ").Append(id[d.Initial.Code]).Append('\n');
        foreach (var t in d.Transitions)
        {
            sb.Append("    ").Append(id[t.From]).Append(" --> ").Append(id[t.To])
                .Append(" : ").Append(Clean(EdgeTitle(t, chinese))).Append(" (").Append(Clean(RolesText(t, chinese, roles))).Append(")\n");
        }

        foreach (var s in d.States.Where(s => s.IsFinal))
        {
            sb.Append("    ").Append(id[s.Code]).Append(" --> [*]\n");
        }

        return sb.ToString();
    }

    public static string ToSvg(WorkflowDefinition d, bool chinese, RoleCatalog? roles = null)
    {
        var layout = Layout.Of(d, chinese, roles);
        var root = new XElement(
            Svg + "svg",
            new XAttribute("width", Num(layout.Width)),
            new XAttribute("height", Num(layout.Height)),
            new XAttribute("viewBox", $"0 0 {Num(layout.Width)} {Num(layout.Height)}"),
            new XAttribute("font-family", Font),
            new XAttribute("role", "img"),
            new XElement(Svg + "title", d.Title(chinese)),
            new XElement(
                Svg + "defs",
                new XElement(
                    Svg + "marker",
                    new XAttribute("id", "arrow"),
                    new XAttribute("viewBox", "0 0 10 10"),
                    new XAttribute("refX", "9"),
                    new XAttribute("refY", "5"),
                    new XAttribute("markerWidth", "7"),
                    new XAttribute("markerHeight", "7"),
                    new XAttribute("orient", "auto-start-reverse"),
                    new XElement(Svg + "path", new XAttribute("d", "M0,0 L10,5 L0,10 z"), new XAttribute("fill", "#455a64")))),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")),
            Text(Margin, Margin + 8, d.Title(chinese), 16, "#263238", "start", bold: true));

        var initial = layout.Boxes[d.Initial.Code];
        var cx = initial.X - InitialBand + 8;
        root.Add(new XElement(
            Svg + "g",
            new XAttribute("class", "initial"),
            new XElement(Svg + "circle", new XAttribute("cx", Num(cx)), new XAttribute("cy", Num(initial.CenterY)), new XAttribute("r", "7"), new XAttribute("fill", "#263238")),
            Path($"M{Num(cx + 7)},{Num(initial.CenterY)} L{Num(initial.X - 1)},{Num(initial.CenterY)}")));

        foreach (var edge in layout.Edges)
        {
            var t = edge.Transition;
            root.Add(new XElement(
                Svg + "g",
                new XAttribute("class", edge.Back ? "transition back" : "transition"),
                new XAttribute("id", "t-" + t.Code),
                new XAttribute("data-code", t.Code),
                new XAttribute("data-from", t.From),
                new XAttribute("data-to", t.To),
                new XElement(Svg + "title", $"{t.Title(chinese)}: {d.FindState(t.From)!.Title(chinese)} → {d.FindState(t.To)!.Title(chinese)} ({RolesText(t, chinese, roles)})"),
                Path(edge.PathData),
                new XElement(
                    Svg + "rect",
                    new XAttribute("x", Num(edge.Label.X - edge.Label.Width / 2)),
                    new XAttribute("y", Num(edge.Label.Y)),
                    new XAttribute("width", Num(edge.Label.Width)),
                    new XAttribute("height", Num(Label.Height)),
                    new XAttribute("rx", "3"),
                    new XAttribute("fill", "#ffffff"),
                    new XAttribute("fill-opacity", "0.92")),
                Text(edge.Label.X, edge.Label.Y + 12, EdgeTitle(t, chinese), 12, "#263238", "middle"),
                Text(edge.Label.X, edge.Label.Y + 25, RolesText(t, chinese, roles), 10, "#607d8b", "middle")));
        }

        foreach (var s in d.States)
        {
            var box = layout.Boxes[s.Code];
            var g = new XElement(
                Svg + "g",
                new XAttribute("class", s.IsFinal ? "state final" : "state"),
                new XAttribute("id", "s-" + s.Code),
                new XAttribute("data-code", s.Code),
                new XElement(Svg + "title", s.Title(chinese)),
                Rect(box.X, box.Y, box.Width, BoxHeight, s.IsFinal ? "#eceff1" : "#e3f2fd", s.IsFinal ? "#37474f" : "#1565c0"));
            if (s.IsFinal)
            {
                g.Add(Rect(box.X + 4, box.Y + 4, box.Width - 8, BoxHeight - 8, "none", "#37474f"));
            }

            var deadline = s.Deadline.Describe(chinese);
            if (deadline.Length == 0)
            {
                g.Add(Text(box.X + box.Width / 2, box.CenterY + 5, s.Title(chinese), 13, "#0d1b2a", "middle", bold: true));
            }
            else
            {
                g.Add(Text(box.X + box.Width / 2, box.Y + 22, s.Title(chinese), 13, "#0d1b2a", "middle", bold: true));
                g.Add(Text(box.X + box.Width / 2, box.Y + 40, DeadlineText(s.Deadline, chinese), 11, "#b71c1c", "middle"));
            }

            root.Add(g);
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root.ToString(SaveOptions.None);
    }

    /// <summary>Approximate rendered width of text: CJK and full-width characters a full em, others about half.</summary>
    internal static double TextWidth(string text, double fontSize) =>
        text.Sum(c => c >= '\u2E80' ? fontSize : char.IsUpper(c) ? fontSize * 0.68 : fontSize * 0.56);

    private static string DeadlineText(Deadline deadline, bool chinese) =>
        (chinese ? "时限 " : "within ") + deadline.Describe(chinese);

    private static string EdgeTitle(WorkflowTransition t, bool chinese) => t.Title(chinese);

    /// <summary>Who may take the step, and where it sends the matter.</summary>
    private static string RolesText(WorkflowTransition t, bool chinese, RoleCatalog? catalog)
    {
        var roles = string.Join(chinese ? "、" : ", ", t.Roles.Select(r => catalog?.Title(r, chinese) ?? r));
        return t.Route ? roles + (chinese ? " · 按规则分送" : " · routed by rule")
            : t.HandTo is { } to ? roles + (chinese ? $" · 转{DeciderName(to, chinese)}" : $" · to {DeciderName(to, chinese)}")
            : roles;
    }

    /// <summary>The org a step hands the matter to: the applying unit, or an org kind by its display name.</summary>
    private static string DeciderName(string decider, bool chinese) =>
        !ApprovalRouting.TryDecider(decider, out var kind) ? decider
        : kind is { } k ? TextCatalog.Shared.Name(k, TextCatalog.CultureFor(chinese ? "zh" : "en"))
        : chinese ? "申请单位" : "the applying unit";

    private static string Clean(string text) => text
        .Replace('"', '\'')
        .Replace(':', '：')
        .Replace(';', '；')
        .Replace('#', '＃')
        .Replace('\n', ' ')
        .Replace('\r', ' ');

    private static string Num(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static XElement Path(string d) => new(
        Svg + "path",
        new XAttribute("d", d),
        new XAttribute("fill", "none"),
        new XAttribute("stroke", "#455a64"),
        new XAttribute("stroke-width", "1.4"),
        new XAttribute("marker-end", "url(#arrow)"));

    private static XElement Rect(double x, double y, double w, double h, string fill, string stroke) => new(
        Svg + "rect",
        new XAttribute("x", Num(x)),
        new XAttribute("y", Num(y)),
        new XAttribute("width", Num(w)),
        new XAttribute("height", Num(h)),
        new XAttribute("rx", "10"),
        new XAttribute("fill", fill),
        new XAttribute("stroke", stroke),
        new XAttribute("stroke-width", "1.5"));

    private static XElement Text(double x, double y, string text, double size, string fill, string anchor, bool bold = false)
    {
        var e = new XElement(
            Svg + "text",
            new XAttribute("x", Num(x)),
            new XAttribute("y", Num(y)),
            new XAttribute("font-size", Num(size)),
            new XAttribute("fill", fill),
            new XAttribute("text-anchor", anchor),
            text);
        if (bold)
        {
            e.Add(new XAttribute("font-weight", "600"));
        }

        return e;
    }

    internal sealed record Box(double X, double Y, double Width)
    {
        public double CenterY => Y + BoxHeight / 2;

        public double Right => X + Width;

        public double Bottom => Y + BoxHeight;
    }

    internal sealed record Label(double X, double Y, double Width)
    {
        public const double Height = 30;
    }

    internal sealed record Edge(WorkflowTransition Transition, bool Back, string PathData, Label Label);

    /// <summary>Where every box, edge and label goes.</summary>
    internal sealed class Layout
    {
        private Layout(double width, double height, IReadOnlyDictionary<string, Box> boxes, IReadOnlyList<Edge> edges)
        {
            Width = width;
            Height = height;
            Boxes = boxes;
            Edges = edges;
        }

        public double Width { get; }

        public double Height { get; }

        public IReadOnlyDictionary<string, Box> Boxes { get; }

        public IReadOnlyList<Edge> Edges { get; }

        public static Layout Of(WorkflowDefinition d, bool chinese, RoleCatalog? roles)
        {
            var index = d.States.Select((s, i) => (s.Code, i)).ToDictionary(x => x.Code, x => x.i);
            var n = d.States.Count;
            var back = BackEdges(d, index);
            var forward = d.Transitions.Where(t => !back.Contains(t)).ToList();
            var layer = Layers(n, forward.Select(t => (index[t.From], index[t.To])).ToList(), index[d.Initial.Code]);

            // Nodes: the states, then one placeholder per layer a long forward edge passes through.
            var nodeLayer = new List<int>(layer);
            var chains = new Dictionary<WorkflowTransition, List<int>>();
            foreach (var t in forward)
            {
                var chain = new List<int> { index[t.From] };
                for (var l = layer[index[t.From]] + 1; l < layer[index[t.To]]; l++)
                {
                    chain.Add(nodeLayer.Count);
                    nodeLayer.Add(l);
                }

                chain.Add(index[t.To]);
                chains[t] = chain;
            }

            var layers = Order(nodeLayer, chains.Values.ToList(), n);
            var widths = Enumerable.Range(0, nodeLayer.Count)
                .Select(i => i < n ? BoxWidth(d.States[i], chinese) : 0)
                .ToArray();

            // Columns: each as wide as its widest box; each gap wide enough for the labels that start in it.
            var columnCount = layers.Count;
            var columnWidth = layers.Select(l => l.Max(i => widths[i])).ToArray();
            var gap = new double[columnCount];
            for (var c = 0; c < columnCount; c++)
            {
                gap[c] = MinGap;
            }

            foreach (var t in forward)
            {
                var c = layer[index[t.From]];
                gap[c] = Math.Max(gap[c], LabelWidth(t, chinese, roles) + 36);
            }

            var columnX = new double[columnCount];
            var x = Margin + InitialBand;
            for (var c = 0; c < columnCount; c++)
            {
                columnX[c] = x;
                x += columnWidth[c] + gap[c];
            }

            var right = x - gap[columnCount - 1] + Margin;
            var maxRows = layers.Max(l => l.Count);
            var pitch = BoxHeight + RowGap;
            var nodeX = new double[nodeLayer.Count];
            var nodeY = new double[nodeLayer.Count];
            foreach (var (column, c) in layers.Select((l, c) => (l, c)))
            {
                var offset = (maxRows - column.Count) * pitch / 2;
                foreach (var (node, row) in column.Select((node, row) => (node, row)))
                {
                    nodeX[node] = columnX[c] + (columnWidth[c] - widths[node]) / 2;
                    nodeY[node] = Margin + TitleBand + offset + row * pitch;
                }
            }

            var boxes = d.States.ToDictionary(s => s.Code, s => new Box(nodeX[index[s.Code]], nodeY[index[s.Code]], widths[index[s.Code]]));
            var bottom = Margin + TitleBand + maxRows * pitch - RowGap;

            // Ports: a box's outgoing forward edges leave its right side in the order of the next
            // node's height; incoming ones enter the left side likewise.
            double YOf(int node) => nodeY[node] + BoxHeight / 2;
            var outPort = Ports(forward, t => chains[t][0], t => YOf(chains[t][1]));
            var inPort = Ports(forward, t => chains[t][^1], t => YOf(chains[t][^2]));

            var edges = new List<Edge>();
            var labels = new List<(WorkflowTransition T, double X, double Y, double W, int Column)>();
            foreach (var t in forward)
            {
                var chain = chains[t];
                var from = boxes[t.From];
                var to = boxes[t.To];
                var sx = from.Right;
                var sy = from.Y + BoxHeight * outPort[t];
                var path = new StringBuilder($"M{Num(sx)},{Num(sy)}");
                var px = sx;
                var py = sy;
                double? firstMidX = null;
                double firstMidY = 0;
                for (var k = 1; k < chain.Count; k++)
                {
                    var node = chain[k];
                    var last = k == chain.Count - 1;
                    var ex = last ? to.X - 1 : columnX[nodeLayer[node]];
                    var ey = last ? to.Y + BoxHeight * inPort[t] : YOf(node);
                    var dx = (ex - px) / 2;
                    path.Append($" C{Num(px + dx)},{Num(py)} {Num(ex - dx)},{Num(ey)} {Num(ex)},{Num(ey)}");
                    firstMidX ??= (px + ex) / 2;
                    if (k == 1)
                    {
                        firstMidY = (py + ey) / 2;
                    }

                    if (!last)
                    {
                        var through = columnX[nodeLayer[node]] + columnWidth[nodeLayer[node]];
                        path.Append($" L{Num(through)},{Num(ey)}");
                        px = through;
                        py = ey;
                    }
                }

                labels.Add((t, firstMidX!.Value, firstMidY - Label.Height / 2, LabelWidth(t, chinese, roles), layer[index[t.From]]));
                edges.Add(new Edge(t, false, path.ToString(), new Label(0, 0, 0)));
            }

            // Labels in one gap must not overlap: push each below the one above it.
            var placed = new Dictionary<WorkflowTransition, Label>();
            foreach (var group in labels.GroupBy(l => l.Column))
            {
                var below = double.MinValue;
                foreach (var l in group.OrderBy(l => l.Y))
                {
                    var y = Math.Max(l.Y, below + 2);
                    placed[l.T] = new Label(l.X, y, l.W);
                    below = y + Label.Height;
                }
            }

            var lowest = placed.Values.Select(l => l.Y + Label.Height).DefaultIfEmpty(bottom).Max();
            edges = edges.Select(e => e with { Label = placed[e.Transition] }).ToList();

            // Steps back (and loops): out of the source's bottom, along a lane under everything, up into the target.
            var lane = Math.Max(bottom, lowest) + 26;
            var backList = d.Transitions.Where(back.Contains).ToList();
            var bottomPorts = new Dictionary<string, int>();
            double BottomX(string code)
            {
                var box = boxes[code];
                var used = bottomPorts.GetValueOrDefault(code);
                bottomPorts[code] = used + 1;
                return box.X + box.Width / 2 + (used % 2 == 0 ? 1 : -1) * ((used + 1) / 2) * 14;
            }

            foreach (var t in backList)
            {
                var from = boxes[t.From];
                var to = boxes[t.To];
                var sx = BottomX(t.From);
                var tx = BottomX(t.To);
                if (Math.Abs(sx - tx) < 1)
                {
                    tx += 14;
                }

                var path = $"M{Num(sx)},{Num(from.Bottom)} L{Num(sx)},{Num(lane)} L{Num(tx)},{Num(lane)} L{Num(tx)},{Num(to.Bottom + 1)}";
                var w = LabelWidth(t, chinese, roles);
                edges.Add(new Edge(t, true, path, new Label((sx + tx) / 2, lane + 3, w)));
                lane += LaneStep;
            }

            var height = (backList.Count > 0 ? lane - LaneStep + Label.Height + 6 : Math.Max(bottom, lowest)) + Margin;
            var widest = edges.Select(e => e.Label.X + e.Label.Width / 2 + Margin).DefaultIfEmpty(0).Max();
            var width = Math.Max(Math.Max(right, widest), Margin * 2 + TextWidth(d.Title(chinese), 16));
            return new Layout(width, height, boxes, edges);
        }

        /// <summary>Transitions that close a cycle (found by depth-first search from the initial state), and loops.</summary>
        private static HashSet<WorkflowTransition> BackEdges(WorkflowDefinition d, Dictionary<string, int> index)
        {
            var back = new HashSet<WorkflowTransition>();
            var state = new int[d.States.Count]; // 0 new, 1 on the stack, 2 done
            void Visit(string code)
            {
                state[index[code]] = 1;
                foreach (var t in d.From(code))
                {
                    var s = state[index[t.To]];
                    if (s == 1)
                    {
                        back.Add(t);
                    }
                    else if (s == 0)
                    {
                        Visit(t.To);
                    }
                }

                state[index[code]] = 2;
            }

            Visit(d.Initial.Code);
            return back;
        }

        /// <summary>Longest-path layering of the acyclic forward edges.</summary>
        private static int[] Layers(int n, List<(int From, int To)> edges, int initial)
        {
            var layer = new int[n];
            var indegree = new int[n];
            foreach (var (_, to) in edges)
            {
                indegree[to]++;
            }

            var ready = new Queue<int>(Enumerable.Range(0, n).Where(i => indegree[i] == 0).OrderBy(i => i == initial ? 0 : 1));
            while (ready.TryDequeue(out var node))
            {
                foreach (var (from, to) in edges.Where(e => e.From == node))
                {
                    layer[to] = Math.Max(layer[to], layer[from] + 1);
                    if (--indegree[to] == 0)
                    {
                        ready.Enqueue(to);
                    }
                }
            }

            return layer;
        }

        /// <summary>Orders the nodes of each layer: declaration order first, then barycentre sweeps both ways.</summary>
        private static List<List<int>> Order(List<int> nodeLayer, List<List<int>> chains, int stateCount)
        {
            var layers = nodeLayer.Select((l, i) => (l, i)).GroupBy(x => x.l).OrderBy(g => g.Key)
                .Select(g => g.Select(x => x.i).ToList()).ToList();
            var links = chains.SelectMany(c => c.Zip(c.Skip(1))).ToList();
            var position = new double[nodeLayer.Count];
            void Number()
            {
                foreach (var layer in layers)
                {
                    for (var r = 0; r < layer.Count; r++)
                    {
                        position[layer[r]] = r;
                    }
                }
            }

            Number();
            for (var sweep = 0; sweep < 4; sweep++)
            {
                var down = sweep % 2 == 0;
                var range = down ? Enumerable.Range(1, layers.Count - 1) : Enumerable.Range(0, layers.Count - 1).Reverse();
                foreach (var l in range)
                {
                    var layer = layers[l];
                    var keyed = layer.Select(node =>
                    {
                        var neighbours = down
                            ? links.Where(k => k.Second == node).Select(k => position[k.First]).ToList()
                            : links.Where(k => k.First == node).Select(k => position[k.Second]).ToList();
                        return (node, key: neighbours.Count == 0 ? position[node] : neighbours.Average());
                    }).ToList();
                    layers[l] = keyed.OrderBy(k => k.key).ThenBy(k => k.node < stateCount ? k.node : int.MaxValue).Select(k => k.node).ToList();
                    Number();
                }
            }

            return layers;
        }

        /// <summary>For each edge, where along the side of its box (0..1) it attaches, ordered by the far end's height.</summary>
        private static Dictionary<WorkflowTransition, double> Ports(
            List<WorkflowTransition> edges, Func<WorkflowTransition, int> node, Func<WorkflowTransition, double> otherY)
        {
            var result = new Dictionary<WorkflowTransition, double>();
            foreach (var group in edges.GroupBy(node))
            {
                var list = group.OrderBy(otherY).ToList();
                for (var i = 0; i < list.Count; i++)
                {
                    result[list[i]] = (i + 1.0) / (list.Count + 1);
                }
            }

            return result;
        }

        private static double BoxWidth(WorkflowState s, bool chinese) =>
            Math.Max(96, Math.Max(TextWidth(s.Title(chinese), 13), TextWidth(DeadlineText(s.Deadline, chinese), 11)) + 28);

        private static double LabelWidth(WorkflowTransition t, bool chinese, RoleCatalog? roles) =>
            Math.Max(TextWidth(EdgeTitle(t, chinese), 12), TextWidth(RolesText(t, chinese, roles), 10)) + 12;
    }
}
