using SkiaSharp;

namespace Tongban.Kernel.Documents;

/// <summary>
/// The Simplified Chinese typeface for drawn documents and charts. The SkiaSharp build we ship has no
/// fontconfig, so the font files are found on disk: TONGBAN_FONT_DIR, then the Noto Sans CJK collections
/// shipped beside the application (<c>fonts/</c>, SIL OFL 1.1), so a printed form draws the same on any
/// machine with nothing installed, then /usr/share/fonts (Debian's fonts-noto-cjk; SC is one face of its
/// collection files).
/// </summary>
public static class CjkFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Find("Regular") ?? SKTypeface.Default);

    private static readonly Lazy<SKTypeface> BoldFace = new(() => Find("Bold") ?? RegularFace.Value);

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    private static SKTypeface? Find(string weight)
    {
        var dirs = new[] { Environment.GetEnvironmentVariable("TONGBAN_FONT_DIR"), Path.Combine(AppContext.BaseDirectory, "fonts"), "/usr/share/fonts", "/usr/local/share/fonts" }
            .Where(d => !string.IsNullOrEmpty(d) && Directory.Exists(d));
        // The folders in the order above; within one, by name, so the same machine always picks the same file.
        var files = dirs.SelectMany(d => Directory.EnumerateFiles(d!, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f).Contains("CJK", StringComparison.OrdinalIgnoreCase)
                    && Path.GetFileName(f).Contains(weight, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal))
            .ToList();
        SKTypeface? any = null;
        foreach (var file in files)
        {
            for (var index = 0; index < 16; index++)
            {
                var face = SKTypeface.FromFile(file, index);
                if (face is null)
                {
                    break;
                }

                if (face.FamilyName is "Noto Sans CJK SC" or "Source Han Sans SC")
                {
                    any?.Dispose();
                    return face;
                }

                if (any is null && face.ContainsGlyph('中'))
                {
                    any = face;
                }
                else
                {
                    face.Dispose();
                }
            }
        }

        return any;
    }
}
