using MudBlazor;

namespace Tongban.Components.Layout;

/// <summary>One look for the whole suite: sober blue, a red seal mark, CJK-friendly fonts.</summary>
internal static class TongbanTheme
{
    private static readonly string[] Fonts = ["Inter", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Segoe UI", "Roboto", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4e89",
            Secondary = "#b3261e",
            Tertiary = "#2e7d5b",
            Info = "#1e6fb8",
            Success = "#2e7d32",
            Warning = "#c77700",
            Error = "#c62828",
            AppbarBackground = "#16355e",
            AppbarText = "#ffffff",
            Background = "#f4f6f9",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#263238",
            DrawerIcon = "#4f6478",
            TextPrimary = "#1f2933",
            TextSecondary = "#52606d",
            TableLines = "#e4e7eb",
            LinesDefault = "#e4e7eb",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts, FontSize = ".9rem" },
            H4 = new H4Typography { FontFamily = Fonts, FontSize = "1.6rem", FontWeight = "600" },
            H5 = new H5Typography { FontFamily = Fonts, FontSize = "1.3rem", FontWeight = "600" },
            H6 = new H6Typography { FontFamily = Fonts, FontSize = "1.05rem", FontWeight = "600" },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none", FontWeight = "500" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px", DrawerWidthLeft = "248px" },
    };
}
