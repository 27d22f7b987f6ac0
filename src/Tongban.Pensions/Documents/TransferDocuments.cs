using System.Globalization;
using Tongban.Kernel.Documents;
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

    /// <summary>Renders one form through the kernel's PDF document; its date is the form's issue date, so nothing depends on the clock.</summary>
    public static byte[] Render(TransferForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var issued = DateTime.TryParseExact(form.IssuedOn, "yyyy年MM月dd日", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d)
            ? d
            : new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return PdfDocument.Render($"附件{form.Annex} {form.Title}", issued, FormPdf.Pages(form));
    }
}
