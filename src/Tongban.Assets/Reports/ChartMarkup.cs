using System.Xml.Linq;

namespace Tongban.Assets.Reports;

/// <summary>Charts placed in a card: the kernel draws them at a fixed pixel size; on a page they scale to the card's width.</summary>
internal static class ChartMarkup
{
    /// <summary>The SVG without its fixed width and height, scaling to its container by its viewBox (aspect kept).</summary>
    public static string Fit(string svg)
    {
        if (string.IsNullOrEmpty(svg))
        {
            return svg;
        }

        var root = XElement.Parse(svg);
        root.SetAttributeValue("width", null);
        root.SetAttributeValue("height", null);
        root.SetAttributeValue("preserveAspectRatio", "xMidYMid meet");
        root.SetAttributeValue("style", "display:block;width:100%;height:auto;max-width:100%");
        return root.ToString(SaveOptions.DisableFormatting);
    }
}
