using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Documents;
using Tongban.Pensions.Records;
using Tongban.Pensions.Tests.Amounts;
using Tongban.Pensions.Tests.Data;
using Tongban.Pensions.Transfers;
using UglyToad.PdfPig;

namespace Tongban.Pensions.Tests.Documents;

public sealed class TransferDocumentTests
{
    [Fact]
    public async Task The_four_annexes_print_the_record_and_the_same_record_prints_the_same_bytes_art7_art8()
    {
        await using var world = await PensionsWorld.CreateAsync("sqlite");
        var transferId = await FormAndFundsSentAsync(world, 21);

        await using var agency = world.As(world.Agency);
        var documents = agency.ServiceProvider.GetRequiredService<TransferDocuments>();
        var texts = new Dictionary<int, string>();
        for (var annex = 1; annex <= 4; annex++)
        {
            var first = await documents.RenderAsync(transferId, (TransferFormKind)annex);
            var second = await documents.RenderAsync(transferId, (TransferFormKind)annex);
            Assert.Equal(first.Bytes, second.Bytes);
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(first.Bytes, 0, 5));
            Assert.InRange(first.Bytes.Length, 2_000, 2_000_000);
            Assert.Equal($"annex-{annex}-{PensionsWorld.IdNumber(21)}.pdf", first.FileName);
            using var pdf = PdfDocument.Open(first.Bytes);
            // The text layer names the characters drawn (养老, not 养⽼), so a clerk's copy and search find them.
            texts[annex] = string.Concat(pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
        }

        foreach (var (annex, text) in texts)
        {
            Assert.Contains($"附件{annex}", text);
            Assert.Contains("王秀英", text);
            Assert.Contains(PensionsWorld.IdNumber(21), text);
            // Notice art. 8(II): the military period's division code.
            Assert.Contains("910000", text);
            Assert.Contains("某联勤保障中心财务部", text);
            Assert.Contains("杭州市社会保险管理服务中心", text);
            Assert.Contains("2019年07月", text);
        }

        Assert.Contains("随军未就业家属养老保险缴费凭证", texts[1]);
        Assert.Contains("2025年08月01日", texts[1]);
        Assert.Contains("基本养老保险关系转移接续申请表", texts[2]);
        Assert.Contains("2025年08月04日", texts[2]);
        Assert.Contains("基本养老保险关系转移接续联系函", texts[3]);
        Assert.Contains("2025年08月20日", texts[3]);
        Assert.Contains("2025年09月10日", texts[3]);
        Assert.Contains("随军未就业家属养老保险关系转移接续信息表", texts[4]);
        Assert.Contains("2025年09月05日", texts[4]);
        // Notice art. 7(2): 12 % of twelve bases of 3000 in figures and in capital numerals.
        Assert.Contains("4,320.00", texts[4]);
        Assert.Contains("肆仟叁佰贰拾元整", texts[4]);
        Assert.Contains("计息截至年月2025年09月", texts[4]);
        Assert.Contains("转移金额合计（小写）7,294.22", texts[1]);
        Assert.Contains("柒仟贰佰玖拾肆元贰", texts[1]);
        Assert.Contains("缴费月数12", texts[4]);
        Assert.Contains("2020年12月", texts[4]);
        Assert.Contains("6.04", texts[4]);
    }

    [Fact]
    public async Task A_form_of_a_step_not_yet_taken_is_refused_art8()
    {
        await using var world = await PensionsWorld.CreateAsync("sqlite");
        var (transferId, _) = await IssueAsync(world, 22, new DateOnly(2025, 8, 1));
        await using var military = world.As(world.Military);
        var documents = military.ServiceProvider.GetRequiredService<TransferDocuments>();

        var voucher = await documents.RenderAsync(transferId, TransferFormKind.PaymentVoucher);
        var letter = await Assert.ThrowsAsync<RuleViolation>(() => documents.RenderAsync(transferId, TransferFormKind.ContactLetter));
        var annex5 = Assert.Throws<RuleViolation>(() => TransferForms.KindOf(5));

        Assert.NotEmpty(voucher.Bytes);
        Assert.Equal("pensions.form-not-yet", letter.Rule);
        Assert.Equal(("annex", "pensions.annex-unknown"), (annex5.Field, annex5.Rule));
    }

    [Fact]
    public void Long_values_wrap_inside_their_cell_and_chinese_breaks_between_characters()
    {
        using var font = new SkiaSharp.SKFont(SkiaSharp.SKTypeface.Default, 10f);
        var lines = FormPdf.Wrap("2005年01月至2010年12月，行政区划代码330102，杭州市西湖区社会保险管理服务中心，个人账户储存额12,345.67元", font, 120f);
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(font.MeasureText(l) <= 120f));
        Assert.Equal("2005年01月至2010年12月，行政区划代码330102，杭州市西湖区社会保险管理服务中心，个人账户储存额12,345.67元", string.Concat(lines));
    }

    internal static async Task<(Guid Id, string Code)> IssueAsync(PensionsWorld world, int sequence, DateOnly on)
    {
        await using var scope = world.As(world.Military);
        var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
        var id = await records.RegisterAsync(world.Person(sequence, new YearMonth(2019, 7)));
        await records.RecordContributionsAsync(id, TransferAmountTests.Months(2020, 1, 12, 3000m, 240m, 240m).ToList());
        var transfer = await scope.ServiceProvider.GetRequiredService<TransferService>().IssueVoucherAsync(id, TransferCase.Employment, world.Agency, on);
        return (transfer.Id, transfer.VoucherCode);
    }

    /// <summary>Voucher 2025-08-01, accepted 08-04, letter 08-20 (form due 09-10), form and funds 09-05.</summary>
    internal static async Task<Guid> FormAndFundsSentAsync(PensionsWorld world, int sequence)
    {
        var (transferId, _) = await IssueAsync(world, sequence, new DateOnly(2025, 8, 1));
        await using (var agency = world.As(world.Agency))
        {
            var t = agency.ServiceProvider.GetRequiredService<TransferService>();
            await t.TakeStepAsync(transferId, TransferStep.ApplicationAccepted, world.Agency, new DateOnly(2025, 8, 4));
            await t.TakeStepAsync(transferId, TransferStep.ContactLetterSent, world.Agency, new DateOnly(2025, 8, 20));
        }

        await using var military = world.As(world.Military);
        await military.ServiceProvider.GetRequiredService<TransferService>().TakeStepAsync(transferId, TransferStep.FormAndFundsSent, world.Military, new DateOnly(2025, 9, 5));
        return transferId;
    }
}
