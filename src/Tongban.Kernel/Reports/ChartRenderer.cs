using System.Globalization;
using System.Xml.Linq;
using SkiaSharp;
using Tongban.Kernel.Documents;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Reports;

/// <summary>
/// Draws a report table as a pie, (grouped) bar or line chart: as SVG for the UI and exports, as
/// PNG for documents. Both come from one layout, so the pictures agree.
/// </summary>
public static class ChartRenderer
{
    private const string FontFamily = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

    private static readonly string[] Palette =
        ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

    public static string ToSvg(ReportTable table, ChartSpec spec, bool chinese, int width = 640, int height = 360)
    {
        var shapes = Layout(table, spec, chinese, width, height);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var svg = new XElement(
            ns + "svg",
            new XAttribute("width", width),
            new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("font-family", FontFamily),
            new XAttribute("role", "img"),
            new XElement(ns + "title", table.Title(chinese)),
            new XElement(ns + "rect", new XAttribute("width", width), new XAttribute("height", height), new XAttribute("fill", "#ffffff")));
        foreach (var shape in shapes)
        {
            var element = shape switch
            {
                RectShape r => new XElement(ns + "rect", A("x", r.X), A("y", r.Y), A("width", r.W), A("height", r.H), new XAttribute("fill", r.Fill)),
                SliceShape s => new XElement(ns + "path", new XAttribute("d", SlicePath(s)), new XAttribute("fill", s.Fill), new XAttribute("stroke", "#ffffff")),
                LineShape l => new XElement(ns + "line", A("x1", l.X1), A("y1", l.Y1), A("x2", l.X2), A("y2", l.Y2), new XAttribute("stroke", l.Stroke), A("stroke-width", l.Width)),
                PolylineShape p => new XElement(
                    ns + "polyline",
                    new XAttribute("points", string.Join(' ', p.Points.Select(pt => $"{N(pt.X)},{N(pt.Y)}"))),
                    new XAttribute("fill", "none"),
                    new XAttribute("stroke", p.Stroke),
                    A("stroke-width", p.Width)),
                CircleShape c => new XElement(ns + "circle", A("cx", c.Cx), A("cy", c.Cy), A("r", c.R), new XAttribute("fill", c.Fill)),
                TextShape t => new XElement(
                    ns + "text",
                    A("x", t.X),
                    A("y", t.Y),
                    A("font-size", t.Size),
                    new XAttribute("text-anchor", t.Anchor switch { Anchor.Start => "start", Anchor.Middle => "middle", _ => "end" }),
                    new XAttribute("fill", t.Fill),
                    t.Bold ? new XAttribute("font-weight", "bold") : null,
                    t.Text),
                _ => throw new InvalidOperationException(shape.GetType().Name),
            };
            element.SetAttributeValue("class", shape.Class);
            if (shape.Tip is not null)
            {
                element.Add(new XElement(ns + "title", shape.Tip));
            }

            svg.Add(element);
        }

        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// A PNG of the chart. Chinese text needs a CJK font on the machine (Debian: fonts-noto-cjk);
    /// without one Skia falls back to its default typeface.
    /// </summary>
    public static byte[] ToPng(ReportTable table, ChartSpec spec, bool chinese, int width = 640, int height = 360)
    {
        var shapes = Layout(table, spec, chinese, width, height);
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
            using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke };
            foreach (var shape in shapes)
            {
                switch (shape)
                {
                    case RectShape r:
                        fill.Color = SKColor.Parse(r.Fill);
                        canvas.DrawRect((float)r.X, (float)r.Y, (float)r.W, (float)r.H, fill);
                        break;
                    case SliceShape s:
                        using (var path = new SKPath())
                        {
                            var oval = new SKRect((float)(s.Cx - s.R), (float)(s.Cy - s.R), (float)(s.Cx + s.R), (float)(s.Cy + s.R));
                            if (s.SweepDeg >= 359.999)
                            {
                                path.AddOval(oval);
                            }
                            else
                            {
                                path.MoveTo((float)s.Cx, (float)s.Cy);
                                path.ArcTo(oval, (float)s.StartDeg, (float)s.SweepDeg, false);
                                path.Close();
                            }

                            fill.Color = SKColor.Parse(s.Fill);
                            canvas.DrawPath(path, fill);
                            stroke.Color = SKColors.White;
                            stroke.StrokeWidth = 1;
                            canvas.DrawPath(path, stroke);
                        }

                        break;
                    case LineShape l:
                        stroke.Color = SKColor.Parse(l.Stroke);
                        stroke.StrokeWidth = (float)l.Width;
                        canvas.DrawLine((float)l.X1, (float)l.Y1, (float)l.X2, (float)l.Y2, stroke);
                        break;
                    case PolylineShape p:
                        stroke.Color = SKColor.Parse(p.Stroke);
                        stroke.StrokeWidth = (float)p.Width;
                        canvas.DrawPoints(SKPointMode.Polygon, p.Points.Select(pt => new SKPoint((float)pt.X, (float)pt.Y)).ToArray(), stroke);
                        break;
                    case CircleShape c:
                        fill.Color = SKColor.Parse(c.Fill);
                        canvas.DrawCircle((float)c.Cx, (float)c.Cy, (float)c.R, fill);
                        break;
                    case TextShape t:
                        using (var font = new SKFont(t.Bold ? CjkFonts.Bold : CjkFonts.Regular, (float)t.Size))
                        {
                            fill.Color = SKColor.Parse(t.Fill);
                            var align = t.Anchor switch { Anchor.Start => SKTextAlign.Left, Anchor.Middle => SKTextAlign.Center, _ => SKTextAlign.Right };
                            canvas.DrawText(t.Text, (float)t.X, (float)t.Y, align, font, fill);
                        }

                        break;
                }
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static List<Shape> Layout(ReportTable table, ChartSpec spec, bool chinese, int width, int height)
    {
        RuleViolation.ThrowIf(width < 160 || height < 120, "chart.size", "reports.chart-size", $"A chart needs at least 160x120 pixels, not {width}x{height}.", ("width", width), ("height", height));
        var labelIndex = table.IndexOf(spec.LabelColumn);
        RuleViolation.ThrowIf(labelIndex < 0, "chart.labelColumn", "reports.chart-column-unknown", $"The table has no column '{spec.LabelColumn}'.", ("labelColumn", spec.LabelColumn));
        RuleViolation.ThrowIf(spec.ValueColumns.Count == 0, "chart.valueColumns", "reports.chart-no-values", "A chart needs at least one value column.");
        var valueIndexes = new List<int>();
        foreach (var key in spec.ValueColumns)
        {
            var i = table.IndexOf(key);
            RuleViolation.ThrowIf(i < 0, "chart.valueColumns", "reports.chart-column-unknown", $"The table has no column '{key}'.", ("key", key));
            RuleViolation.ThrowIf(!table.Columns[i].IsNumeric, "chart.valueColumns", "reports.chart-column-not-numeric", $"Column '{key}' is not numeric.", ("key", key));
            valueIndexes.Add(i);
        }

        var labels = table.Rows.Select(r => ReportExport.FormatText(r[labelIndex], table.Columns[labelIndex].Type)).ToArray();
        var series = valueIndexes
            .Select(i => new Series(table.Columns[i], table.Rows.Select(r => Number(r[i], table.Columns[i].Type)).ToArray()))
            .ToArray();
        var shapes = new List<Shape>
        {
            new TextShape(width / 2.0, 24, table.Title(chinese), 16, Anchor.Middle, "#222222", "chart-title", Bold: true),
        };
        if (spec.Kind == ChartKind.Pie)
        {
            LayoutPie(shapes, labels, series[0], table.Columns[valueIndexes[0]].Type, chinese, width, height);
        }
        else
        {
            LayoutAxes(shapes, spec.Kind, labels, series, chinese, width, height);
        }

        return shapes;
    }

    private static void LayoutPie(List<Shape> shapes, string[] labels, Series series, ColumnType type, bool chinese, int width, int height)
    {
        var total = series.Values.Where(v => v > 0).Sum();
        var top = 44.0;
        var radius = Math.Max(10, Math.Min(width * 0.55, height - top - 16) / 2);
        var cx = 16 + radius;
        var cy = top + (height - top) / 2;
        var angle = -90.0;
        var legendX = cx + radius + 24;
        var legendY = top + 8;
        var step = Math.Min(20, (height - top - 8) / Math.Max(1, labels.Length));
        for (var i = 0; i < labels.Length; i++)
        {
            var value = series.Values[i];
            var color = Palette[i % Palette.Length];
            var share = total > 0 && value > 0 ? value / total : 0;
            var tip = $"{labels[i]}: {Show(value, type)} ({share * 100:0.0}%)";
            if (share > 0)
            {
                shapes.Add(new SliceShape(cx, cy, radius, angle, share * 360, color, "slice") { Tip = tip });
                angle += share * 360;
            }

            var y = legendY + i * step;
            shapes.Add(new RectShape(legendX, y, 10, 10, color, "legend-swatch"));
            shapes.Add(new TextShape(legendX + 16, y + 9, tip, Math.Min(12, step - 2), Anchor.Start, "#333333", "legend"));
        }

        if (total <= 0)
        {
            shapes.Add(new TextShape(cx, cy, chinese ? "无数据" : "No data", 14, Anchor.Middle, "#888888", "empty"));
        }
    }

    private static void LayoutAxes(List<Shape> shapes, ChartKind kind, string[] labels, Series[] series, bool chinese, int width, int height)
    {
        var percent = series.All(s => s.Column.Type == ColumnType.Percent);
        var all = series.SelectMany(s => s.Values).DefaultIfEmpty(0).ToArray();
        var (min, max, step) = NiceScale(Math.Min(0, all.Min()), Math.Max(0, all.Max()));

        // Legend: one swatch per series, in a row under the title.
        var x = 64.0;
        for (var s = 0; s < series.Length; s++)
        {
            var title = series[s].Column.Title(chinese);
            shapes.Add(new RectShape(x, 38, 10, 10, Palette[s % Palette.Length], "legend-swatch"));
            shapes.Add(new TextShape(x + 14, 47, title, 12, Anchor.Start, "#333333", "legend"));
            x += 14 + TextWidth(title, 12) + 16;
        }

        var ticks = new List<double>();
        for (var v = min; v <= max + step / 2; v += step)
        {
            ticks.Add(v);
        }

        // The plot starts right of the widest axis label, so amounts in the billions are not cut off.
        double left = Math.Max(64, ticks.Max(v => TextWidth(Tick(v, percent), 11)) + 12), right = width - 16, top = 60, bottom = height - 40;
        double Y(double v) => bottom - (v - min) / (max - min) * (bottom - top);
        foreach (var v in ticks)
        {
            shapes.Add(new LineShape(left, Y(v), right, Y(v), "#e5e5e5", 1, "grid"));
            shapes.Add(new TextShape(left - 6, Y(v) + 4, Tick(v, percent), 11, Anchor.End, "#555555", "axis-label"));
        }

        shapes.Add(new LineShape(left, top, left, bottom, "#888888", 1, "axis"));
        shapes.Add(new LineShape(left, Y(0), right, Y(0), "#888888", 1, "axis"));
        var n = Math.Max(1, labels.Length);
        var group = (right - left) / n;
        var labelEvery = Math.Max(1, (int)Math.Ceiling(labels.Length * 60.0 / (right - left)));
        for (var i = 0; i < labels.Length; i++)
        {
            var centre = left + group * (i + 0.5);
            if (i % labelEvery == 0)
            {
                shapes.Add(new TextShape(centre, bottom + 16, Shorten(labels[i], group * labelEvery), 11, Anchor.Middle, "#555555", "axis-label"));
            }
        }

        if (kind == ChartKind.Bar)
        {
            var barWidth = group * 0.8 / series.Length;
            for (var i = 0; i < labels.Length; i++)
            {
                for (var s = 0; s < series.Length; s++)
                {
                    var v = series[s].Values[i];
                    var bx = left + group * i + group * 0.1 + barWidth * s;
                    var y0 = Y(Math.Max(0, v));
                    var h = Math.Abs(Y(v) - Y(0));
                    shapes.Add(new RectShape(bx, y0, barWidth, h, Palette[s % Palette.Length], "bar")
                    {
                        Tip = $"{labels[i]} · {series[s].Column.Title(chinese)}: {Show(v, series[s].Column.Type)}",
                    });
                }
            }
        }
        else
        {
            for (var s = 0; s < series.Length; s++)
            {
                var color = Palette[s % Palette.Length];
                var points = series[s].Values.Select((v, i) => (left + group * (i + 0.5), Y(v))).ToArray();
                if (points.Length > 1)
                {
                    shapes.Add(new PolylineShape(points, color, 2, "line"));
                }

                for (var i = 0; i < points.Length; i++)
                {
                    shapes.Add(new CircleShape(points[i].Item1, points[i].Item2, 3, color, "point")
                    {
                        Tip = $"{labels[i]} · {series[s].Column.Title(chinese)}: {Show(series[s].Values[i], series[s].Column.Type)}",
                    });
                }
            }
        }
    }

    /// <summary>The value as drawn: money in yuan, percentages in percent.</summary>
    private static double Number(object? value, ColumnType type) => value switch
    {
        null => 0,
        long fen when type == ColumnType.Money => fen / 100.0,
        long n => n,
        decimal p when type == ColumnType.Percent => (double)(p * 100m),
        decimal d => (double)d,
        _ => 0,
    };

    private static string Show(double value, ColumnType type) => type switch
    {
        ColumnType.Money => value.ToString("#,0.00", CultureInfo.InvariantCulture),
        ColumnType.Percent => value.ToString("0.##", CultureInfo.InvariantCulture) + "%",
        _ => value.ToString("#,0.##", CultureInfo.InvariantCulture),
    };

    private static string Tick(double value, bool percent) =>
        value.ToString("#,0.##", CultureInfo.InvariantCulture) + (percent ? "%" : "");

    /// <summary>Axis bounds and a 1-2-5 step giving about five gridlines.</summary>
    internal static (double Min, double Max, double Step) NiceScale(double min, double max)
    {
        if (max - min < 1e-9)
        {
            max = min + 1;
        }

        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2.0, 5.0, 10.0 }.Select(f => f * magnitude).First(s => s >= raw);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    /// <summary>Rough text width: CJK characters are square, Latin ones about 0.6 of the size.</summary>
    private static double TextWidth(string text, double size) => text.Sum(ch => ch > 0x2E80 ? size : size * 0.6);

    private static string Shorten(string text, double room)
    {
        if (TextWidth(text, 11) <= room)
        {
            return text;
        }

        var result = "";
        foreach (var ch in text)
        {
            if (TextWidth(result + ch + "…", 11) > room)
            {
                break;
            }

            result += ch;
        }

        return result + "…";
    }

    private static string SlicePath(SliceShape s)
    {
        if (s.SweepDeg >= 359.999)
        {
            return $"M {N(s.Cx - s.R)} {N(s.Cy)} A {N(s.R)} {N(s.R)} 0 1 1 {N(s.Cx + s.R)} {N(s.Cy)} A {N(s.R)} {N(s.R)} 0 1 1 {N(s.Cx - s.R)} {N(s.Cy)} Z";
        }

        var a0 = s.StartDeg * Math.PI / 180;
        var a1 = (s.StartDeg + s.SweepDeg) * Math.PI / 180;
        var large = s.SweepDeg > 180 ? 1 : 0;
        return $"M {N(s.Cx)} {N(s.Cy)} L {N(s.Cx + s.R * Math.Cos(a0))} {N(s.Cy + s.R * Math.Sin(a0))} "
            + $"A {N(s.R)} {N(s.R)} 0 {large} 1 {N(s.Cx + s.R * Math.Cos(a1))} {N(s.Cy + s.R * Math.Sin(a1))} Z";
    }

    private static XAttribute A(string name, double value) => new(name, N(value));

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record Series(ReportColumn Column, double[] Values);

    private enum Anchor
    {
        Start,
        Middle,
        End,
    }

    private abstract record Shape(string Class)
    {
        public string? Tip { get; init; }
    }

    private sealed record RectShape(double X, double Y, double W, double H, string Fill, string Class) : Shape(Class);

    private sealed record SliceShape(double Cx, double Cy, double R, double StartDeg, double SweepDeg, string Fill, string Class) : Shape(Class);

    private sealed record LineShape(double X1, double Y1, double X2, double Y2, string Stroke, double Width, string Class) : Shape(Class);

    private sealed record PolylineShape(IReadOnlyList<(double X, double Y)> Points, string Stroke, double Width, string Class) : Shape(Class);

    private sealed record CircleShape(double Cx, double Cy, double R, string Fill, string Class) : Shape(Class);

    private sealed record TextShape(double X, double Y, string Text, double Size, Anchor Anchor, string Fill, string Class, bool Bold = false) : Shape(Class);
}
