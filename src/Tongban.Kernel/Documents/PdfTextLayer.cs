using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace Tongban.Kernel.Documents;

/// <summary>
/// The characters a document drew, by the glyph each was drawn with. A CJK typeface draws some ideographs with a glyph
/// it shares with a Kangxi radical, a radical supplement form or a variant (老 and ⽼, 门 and ⻔, 户 and ⼾), and the PDF
/// back end names each glyph by one of its characters, often the radical: copying 养老 from the form gave 养⽼.
/// </summary>
public sealed class DrawnText
{
    private readonly Dictionary<SKTypeface, Dictionary<ushort, int>> _byGlyph = [];

    internal void Add(string text, SKTypeface typeface)
    {
        if (!_byGlyph.TryGetValue(typeface, out var glyphs))
        {
            _byGlyph[typeface] = glyphs = [];
        }

        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            if (codePoint >= 0x80)
            {
                glyphs.TryAdd(typeface.GetGlyph(codePoint), codePoint);
            }
        }
    }

    internal bool IsEmpty => _byGlyph.Count == 0;

    /// <summary>The character drawn with the glyph the PDF named <paramref name="named"/>, when that was another character.</summary>
    internal int? DrawnFor(int named)
    {
        foreach (var (typeface, glyphs) in _byGlyph)
        {
            var glyph = typeface.GetGlyph(named);
            if (glyph != 0 && glyphs.TryGetValue(glyph, out var drawn))
            {
                return drawn == named ? null : drawn;
            }
        }

        return null;
    }
}

/// <summary>
/// Rewrites the ToUnicode maps of a PDF written by Skia so each glyph is named by the character that was drawn with it
/// (<see cref="DrawnText"/>), then writes a new cross-reference table for the changed object lengths. Everything else
/// is copied byte for byte, so the same content still gives the same bytes.
/// </summary>
internal static partial class PdfTextLayer
{
    public static byte[] Restore(byte[] pdf, DrawnText drawn)
    {
        if (drawn.IsEmpty)
        {
            return pdf;
        }

        var latin = Encoding.Latin1.GetString(pdf);
        var xrefAt = int.Parse(StartXref().Match(latin).Groups[1].Value, CultureInfo.InvariantCulture);
        var table = XrefTable().Match(latin, xrefAt);
        var first = int.Parse(table.Groups[1].Value, CultureInfo.InvariantCulture);
        var entries = XrefEntry().Matches(table.Groups[3].Value).Select(m => (Offset: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), InUse: m.Groups[3].Value == "n")).ToList();
        var objects = entries.Select((e, i) => (Number: first + i, e.Offset, e.InUse)).Where(e => e.InUse).OrderBy(e => e.Offset).ToList();
        if (objects.Count == 0)
        {
            return pdf;
        }

        var segments = new Dictionary<int, string>();
        for (var i = 0; i < objects.Count; i++)
        {
            var end = i + 1 < objects.Count ? objects[i + 1].Offset : xrefAt;
            segments[objects[i].Number] = latin[objects[i].Offset..end];
        }

        var toUnicode = segments.Values
            .SelectMany(s => ToUnicodeRef().Matches(Dictionary(s)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))
            .ToHashSet();
        var changed = false;
        foreach (var number in toUnicode.Where(segments.ContainsKey))
        {
            var rewritten = RewriteCMapObject(number, segments[number], drawn);
            if (rewritten is not null)
            {
                segments[number] = rewritten;
                changed = true;
            }
        }

        if (!changed)
        {
            return pdf;
        }

        var output = new StringBuilder(latin.Length + 1024);
        output.Append(latin, 0, objects[0].Offset);
        var offsets = new Dictionary<int, int>();
        foreach (var (number, _, _) in objects)
        {
            offsets[number] = output.Length;
            output.Append(segments[number]);
        }

        var newXref = output.Length;
        output.Append(CultureInfo.InvariantCulture, $"xref\n{first} {entries.Count}\n");
        for (var i = 0; i < entries.Count; i++)
        {
            var number = first + i;
            output.Append(entries[i].InUse
                ? string.Create(CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n \n")
                : string.Create(CultureInfo.InvariantCulture, $"{entries[i].Offset:D10} 65535 f \n"));
        }

        var trailerAt = latin.IndexOf("trailer", table.Index + table.Length, StringComparison.Ordinal);
        var startXrefAt = latin.LastIndexOf("startxref", StringComparison.Ordinal);
        output.Append(latin, trailerAt, startXrefAt - trailerAt);
        output.Append(CultureInfo.InvariantCulture, $"startxref\n{newXref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(output.ToString());
    }

    /// <summary>The object's dictionary: everything before its stream data, if it has any.</summary>
    private static string Dictionary(string segment)
    {
        var stream = segment.IndexOf("stream", StringComparison.Ordinal);
        return stream < 0 ? segment : segment[..stream];
    }

    private static string? RewriteCMapObject(int number, string segment, DrawnText drawn)
    {
        var head = StreamHead().Match(segment);
        if (!head.Success)
        {
            return null;
        }

        var dictionary = head.Groups[1].Value;
        var length = int.Parse(LengthEntry().Match(dictionary).Groups[1].Value, CultureInfo.InvariantCulture);
        var data = Encoding.Latin1.GetBytes(segment.Substring(head.Index + head.Length, length));
        var flate = dictionary.Contains("/FlateDecode", StringComparison.Ordinal);
        var cmap = Encoding.Latin1.GetString(flate ? Inflate(data) : data);
        var corrected = CorrectCMap(cmap, drawn);
        if (corrected is null)
        {
            return null;
        }

        var body = Encoding.Latin1.GetBytes(corrected);
        var written = flate ? Deflate(body) : body;
        var filter = flate ? "/Filter /FlateDecode\n" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n<<{filter}/Length {written.Length}>> stream\n")
            + Encoding.Latin1.GetString(written) + "\nendstream\nendobj\n";
    }

    /// <summary>The CMap with every mapping to a character other than the one drawn with that glyph renamed; null if none is.</summary>
    internal static string? CorrectCMap(string cmap, DrawnText drawn)
    {
        var start = cmap.IndexOf("endcodespacerange", StringComparison.Ordinal);
        var end = cmap.IndexOf("endcmap", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return null;
        }

        start += "endcodespacerange".Length;
        var mappings = new List<(string Code, string Target)>();
        var section = cmap[start..end];
        foreach (Match block in BfCharBlock().Matches(section))
        {
            foreach (Match m in HexPair().Matches(block.Groups[1].Value))
            {
                mappings.Add((m.Groups[1].Value, m.Groups[2].Value));
            }
        }

        foreach (Match block in BfRangeBlock().Matches(section))
        {
            foreach (Match m in HexTriple().Matches(block.Groups[1].Value))
            {
                var lo = Convert.ToInt32(m.Groups[1].Value, 16);
                var hi = Convert.ToInt32(m.Groups[2].Value, 16);
                var target = Convert.ToInt32(m.Groups[3].Value, 16);
                for (var code = lo; code <= hi; code++)
                {
                    mappings.Add((Hex(code, m.Groups[1].Value.Length), Hex(target + code - lo, m.Groups[3].Value.Length)));
                }
            }
        }

        if (section.Contains('[', StringComparison.Ordinal) || mappings.Count == 0)
        {
            return null; // array ranges are not written by Skia; leave such a map as it is
        }

        var changed = false;
        for (var i = 0; i < mappings.Count; i++)
        {
            var named = Encoding.BigEndianUnicode.GetString(Convert.FromHexString(mappings[i].Target));
            if (named.Length == 0 || named.Length != (char.IsSurrogatePair(named, 0) ? 2 : 1))
            {
                continue; // a ligature or an empty name: not one character
            }

            var codePoint = char.ConvertToUtf32(named, 0);
            if (drawn.DrawnFor(codePoint) is int actual)
            {
                mappings[i] = (mappings[i].Code, Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(actual))));
                changed = true;
            }
        }

        if (!changed)
        {
            return null;
        }

        var rewritten = new StringBuilder();
        foreach (var chunk in mappings.OrderBy(m => m.Code, StringComparer.Ordinal).Chunk(100))
        {
            rewritten.Append(CultureInfo.InvariantCulture, $"\n{chunk.Length} beginbfchar\n");
            foreach (var (code, target) in chunk)
            {
                rewritten.Append('<').Append(code).Append("> <").Append(target).Append(">\n");
            }

            rewritten.Append("endbfchar");
        }

        return cmap[..start] + rewritten + "\n" + cmap[end..];
    }

    private static string Hex(int value, int digits) => value.ToString($"X{digits}", CultureInfo.InvariantCulture);

    private static byte[] Inflate(byte[] data)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Gxref\r?\n(\d+) (\d+)\r?\n((?:\d{10} \d{5} [nf][ \r]?\n)*)")]
    private static partial Regex XrefTable();

    [GeneratedRegex(@"(\d{10}) (\d{5}) ([nf])")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"/ToUnicode\s+(\d+)\s+0\s+R")]
    private static partial Regex ToUnicodeRef();

    [GeneratedRegex(@"^\d+ 0 obj\s*<<(.*?)>>\s*stream\r?\n", RegexOptions.Singleline)]
    private static partial Regex StreamHead();

    [GeneratedRegex(@"/Length\s+(\d+)")]
    private static partial Regex LengthEntry();

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfCharBlock();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRangeBlock();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex HexPair();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex HexTriple();
}
