using SkiaSharp;
using Tongban.Pensions.Transfers;

namespace Tongban.Pensions.Documents;

/// <summary>A rendered annex: the PDF bytes and the file name to save them under.</summary>
public sealed record FormDocument(TransferFormKind Kind, string FileName, byte[] Bytes);

/// <summary>The annexes of Notice art. 8(I) as printable PDFs, filled from the records: the same record prints the same bytes.</summary>
public sealed class TransferDocuments(TransferForms forms)
{
    public async Task<FormDocument> RenderAsync(Guid transferId, TransferFormKind kind, CancellationToken ct = default)
    {
        var form = await forms.BuildAsync(transferId, kind, ct);
        return new FormDocument(kind, FileName(form), Render(form));
    }

    public static string FileName(TransferForm form) => $"annex-{form.Annex}-{form.Fields.First(f => f.Label == "公民身份号码").Value}.pdf";

    /// <summary>Renders one form; the document's dates are the form's issue date, so nothing depends on the clock.</summary>
    public static byte[] Render(TransferForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var issued = DateTime.TryParseExact(form.IssuedOn, "yyyy年MM月dd日", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var d)
            ? d
            : new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"附件{form.Annex} {form.Title}",
            Author = form.Issuer,
            Subject = form.Fingerprint,
            Creator = "Tongban 通办",
            Producer = "Tongban 通办",
            Creation = issued,
            Modified = issued,
        };
        using var stream = new MemoryStream();
        using (var wstream = new SKManagedWStream(stream))
        using (var document = SKDocument.CreatePdf(wstream, metadata))
        {
            FormPdf.Draw(form, Typeface.Value, () => document.BeginPage(595f, 842f), document.EndPage);
            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>Noto Sans CJK SC where installed (simplified-Chinese glyph shapes), else any face with CJK coverage.</summary>
    private static readonly Lazy<SKTypeface> Typeface = new(() =>
        SKFontManager.Default.MatchFamily("Noto Sans CJK SC")
        ?? SKFontManager.Default.MatchCharacter("Noto Sans CJK SC", SKFontStyle.Normal, ["zh-CN"], '中')
        ?? SKTypeface.Default);
}
