using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Pensions.Records;

namespace Tongban.Pensions.Transfers;

/// <summary>The four annexes of the Notice.</summary>
public enum TransferFormKind
{
    /// <summary>Annex 1: payment voucher for the pension insurance of an unemployed military spouse.</summary>
    PaymentVoucher = 1,

    /// <summary>Annex 2: application form for the transfer and continuation of the basic old-age insurance relationship.</summary>
    ApplicationForm = 2,

    /// <summary>Annex 3: contact letter for the transfer and continuation.</summary>
    ContactLetter = 3,

    /// <summary>Annex 4: information form on the transfer of an unemployed military spouse's relationship.</summary>
    InformationForm = 4,
}

public sealed record FormField(string Label, string Value);

/// <summary>
/// The content of one annex, filled from the stored records only, so the same record always gives the same form;
/// <see cref="Fingerprint"/> (SHA-256 of the fields) shows it. A PDF renderer lays these fields out.
/// </summary>
public sealed record TransferForm(TransferFormKind Kind, string Title, IReadOnlyList<FormField> Fields)
{
    public string Fingerprint => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Fields.Select(f => $"{f.Label}={f.Value}")))));
}

/// <summary>Fills the annexes of Notice art. 8(I) from a transfer and its person.</summary>
public sealed class TransferForms(PensionsDb db, KernelDb kernel, TransferService transfers)
{
    private static readonly Dictionary<TransferFormKind, (string Title, TransferStep Needs)> Annexes = new()
    {
        [TransferFormKind.PaymentVoucher] = ("随军未就业家属养老保险缴费凭证", TransferStep.VoucherIssued),
        [TransferFormKind.ApplicationForm] = ("基本养老保险关系转移接续申请表", TransferStep.VoucherIssued),
        [TransferFormKind.ContactLetter] = ("基本养老保险关系转移接续联系函", TransferStep.ContactLetterSent),
        [TransferFormKind.InformationForm] = ("随军未就业家属养老保险关系转移接续信息表", TransferStep.FormAndFundsSent),
    };

    public async Task<TransferForm> BuildAsync(Guid transferId, TransferFormKind kind, CancellationToken ct = default)
    {
        var transfer = await transfers.Visible().AsNoTracking().SingleOrDefaultAsync(t => t.Id == transferId, ct)
            ?? throw new RuleViolation("transferId", "pensions.transfer-unknown", "No such transfer in your scope.");
        var (title, needs) = Annexes[kind];
        RuleViolation.ThrowIf(transfer.Step < needs, "kind", "pensions.form-not-yet", $"Annex {(int)kind} exists once the step {needs} has been taken.");
        var person = await db.Persons.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == transfer.PersonId, ct);
        var periods = await db.Periods.IgnoreQueryFilters().AsNoTracking().Where(p => p.PersonId == person.Id).OrderBy(p => p.Start).ToListAsync(ct);
        var names = await kernel.Orgs.AsNoTracking().Where(o => o.Id == transfer.MilitaryOrgId || o.Id == transfer.AgencyOrgId).ToDictionaryAsync(o => o.Id, o => o.NameZh, ct);
        var events = await db.Events.IgnoreQueryFilters().AsNoTracking().Where(e => e.TransferId == transfer.Id).ToDictionaryAsync(e => e.Step, e => e.TakenOn, ct);

        var fields = new List<FormField>
        {
            new("姓名", person.Name),
            new("性别", person.Gender == Gender.Male ? "男" : "女"),
            new("公民身份号码", person.IdNumber),
            new("出生日期", person.BirthDate.ToString("yyyy-MM-dd")),
            new("户籍所在地行政区划代码", person.HouseholdDivisionCode),
            new("军队财务部门", names.GetValueOrDefault(transfer.MilitaryOrgId, "")),
            new("转入地社会保险经办机构", names.GetValueOrDefault(transfer.AgencyOrgId, "")),
            new("凭证查询码", transfer.VoucherCode),
            // Notice art. 8(II): the military period is always 910000.
            new("随军期间行政区划代码", InsuredPeriodRules.MilitaryDivisionCode),
            new("随军期间起始年月", Month(person.MilitaryStart)),
            new("随军期间终止年月", person.MilitaryEnd is { } end ? Month(end) : ""),
        };
        foreach (var p in periods)
        {
            fields.Add(new FormField(p.Kind == PeriodKind.BeforeArmy ? "随军前参保期间" : "随军后参保期间", $"{Month(p.Start)}至{Month(p.End)} {p.DivisionCode} {p.HolderName}{(p.Sealed ? $" 已封存，缴费凭证 {p.CertificateNumber}" : "")}"));
        }

        if (kind == TransferFormKind.InformationForm && transfer.PersonalAccountFen is { } account && transfer.MilitarySubsidyFen is { } subsidy)
        {
            // Notice art. 7: each amount separately and in total, in figures and in capital numerals.
            var total = new Cny(account) + new Cny(subsidy);
            fields.Add(new("缴费月数", transfer.Months?.ToString() ?? ""));
            fields.Add(new("计息截至年月", transfer.AsOfMonth is { } asOf ? Month(asOf) : ""));
            fields.Add(new("个人账户储存额（小写）", new Cny(account).ToString()));
            fields.Add(new("个人账户储存额（大写）", "人民币" + new Cny(account).ToCapitalWords()));
            fields.Add(new("军队补助（小写）", new Cny(subsidy).ToString()));
            fields.Add(new("军队补助（大写）", "人民币" + new Cny(subsidy).ToCapitalWords()));
            fields.Add(new("转移金额合计（小写）", total.ToString()));
            fields.Add(new("转移金额合计（大写）", "人民币" + total.ToCapitalWords()));
        }

        fields.Add(new("出具日期", events.TryGetValue(needs, out var on) ? on.ToString("yyyy-MM-dd") : ""));
        return new TransferForm(kind, title, fields);
    }

    private static string Month(int yyyymm) => $"{yyyymm / 100:D4}年{yyyymm % 100:D2}月";
}
