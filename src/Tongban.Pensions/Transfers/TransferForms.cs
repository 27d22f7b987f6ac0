using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Pensions.Amounts;
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

/// <summary>A ruled table on a form (the account by year).</summary>
public sealed record FormTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// The content of one annex, filled from the stored records only, so the same record always gives the same form;
/// <see cref="Fingerprint"/> (SHA-256 of everything printed) shows it and is printed at the foot of the PDF.
/// </summary>
public sealed record TransferForm(TransferFormKind Kind, string Title, string Addressee, IReadOnlyList<FormField> Fields, FormTable? Table, string Statement, string Issuer, string IssuedOn)
{
    public int Annex => (int)Kind;

    public string Fingerprint
    {
        get
        {
            var text = new StringBuilder();
            text.Append(Annex).Append('\n').Append(Title).Append('\n').Append(Addressee).Append('\n');
            foreach (var f in Fields)
            {
                text.Append(f.Label).Append('=').Append(f.Value).Append('\n');
            }

            if (Table is { } t)
            {
                text.Append(t.Caption).Append('\n').AppendJoin('|', t.Headers).Append('\n');
                foreach (var row in t.Rows)
                {
                    text.AppendJoin('|', row).Append('\n');
                }
            }

            text.Append(Statement).Append('\n').Append(Issuer).Append('\n').Append(IssuedOn);
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
    }
}

/// <summary>Fills the annexes of Notice art. 8(I) from a transfer, its person and the account.</summary>
public sealed class TransferForms(PensionsDb db, KernelDb kernel, TransferService transfers, SensitiveRecordAccess sensitive)
{
    private static readonly Dictionary<TransferFormKind, (string Title, TransferStep Needs)> Annexes = new()
    {
        [TransferFormKind.PaymentVoucher] = ("随军未就业家属养老保险缴费凭证", TransferStep.VoucherIssued),
        [TransferFormKind.ApplicationForm] = ("基本养老保险关系转移接续申请表", TransferStep.VoucherIssued),
        [TransferFormKind.ContactLetter] = ("基本养老保险关系转移接续联系函", TransferStep.ContactLetterSent),
        [TransferFormKind.InformationForm] = ("随军未就业家属养老保险关系转移接续信息表", TransferStep.FormAndFundsSent),
    };

    /// <summary>The annex numbered 1 to 4; any other number is <c>pensions.annex-unknown</c>.</summary>
    public static TransferFormKind KindOf(int annex) =>
        annex is >= 1 and <= 4
            ? (TransferFormKind)annex
            : throw new RuleViolation("annex", "pensions.annex-unknown", $"The Notice has annexes 1 to 4, not {annex}.", ("annex", annex));

    /// <summary>The step a form can be printed from (Notice art. 8(I)): the voucher and application from step 1, the letter from step 3, the information form from step 4.</summary>
    public static TransferStep Needs(TransferFormKind kind) => Annexes[kind].Needs;

    public async Task<TransferForm> BuildAsync(Guid transferId, TransferFormKind kind, CancellationToken ct = default)
    {
        var transfer = await transfers.Visible().AsNoTracking().SingleOrDefaultAsync(t => t.Id == transferId, ct)
            ?? throw new RuleViolation("transferId", "pensions.transfer-unknown", "No such transfer in your scope.");
        var (title, needs) = Annexes[kind];
        RuleViolation.ThrowIf(transfer.Step < needs, "annex", "pensions.form-not-yet", $"Annex {(int)kind} exists once the step {needs} has been taken.", ("kind", (int)kind), ("needs", needs));
        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == transfer.PersonId, ct);
        // Issue 21 (6): a form (and its PDF) carries the person's identity and amounts: the read is audited.
        await sensitive.RecordReadAsync(db, "Transfer.form", transfer.Id.ToString(), transfer.OrgId, $"annex {(int)kind} of the transfer", ct);
        var periods = await db.Periods.AsNoTracking().Where(p => p.PersonId == person.Id).OrderBy(p => p.Start).ToListAsync(ct);
        var orgs = await kernel.Orgs.AsNoTracking().Where(o => o.Id == transfer.OrgId || o.Id == transfer.AgencyOrgId).ToDictionaryAsync(o => o.Id, ct);
        var events = await db.Events.AsNoTracking().Where(e => e.TransferId == transfer.Id).ToDictionaryAsync(e => e.Step, ct);
        var military = orgs.TryGetValue(transfer.OrgId, out var m) ? m.NameZh : "";
        var agency = orgs.TryGetValue(transfer.AgencyOrgId, out var a) ? a.NameZh : "";
        var agencyCode = a?.DivisionCode ?? "";

        var fields = new List<FormField>
        {
            new("姓名", person.Name),
            new("性别", person.Gender == Gender.Male ? "男" : "女"),
            new("公民身份号码", person.IdNumber),
            new("出生日期", person.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("户籍所在地行政区划代码", person.HouseholdDivisionCode),
            new("转移原因", CaseText(transfer.Case)),
            new("转出单位（军队财务部门）", military),
            new("转入地社会保险经办机构", $"{agency}（{agencyCode}）"),
            new("凭证查询码", transfer.VoucherCode),
            // Notice art. 8(II): the military period is always 910000.
            new("随军期间行政区划代码", InsuredPeriodRules.MilitaryDivisionCode),
            new("随军期间起始年月", Month(person.MilitaryStart)),
            new("随军期间终止年月", person.MilitaryEnd is { } end ? Month(end) : "未终止"),
        };
        foreach (var p in periods)
        {
            fields.Add(new FormField(
                p.Kind == PeriodKind.BeforeArmy ? "随军前参保期间" : "随军后参保期间",
                $"{Month(p.Start)}至{Month(p.End)}，行政区划代码{p.DivisionCode}，{p.HolderName}，个人账户储存额{new Cny(p.AccountFen)}元{(p.Sealed ? $"，已封存，基本养老保险参保缴费凭证{p.CertificateNumber}" : "")}"));
        }

        FormTable? table = null;
        string addressee;
        string statement;
        string issuer;
        switch (kind)
        {
            case TransferFormKind.PaymentVoucher:
                addressee = $"{agency}：";
                issuer = military;
                statement = "兹证明上述人员随军未就业期间在我部门参加养老保险，个人账户及缴费情况如上（第一条、第七条）。";
                table = AddAmounts(fields, AccountStatement.FromJson(transfer.VoucherStatement), null);
                break;
            case TransferFormKind.ApplicationForm:
                addressee = $"{agency}：";
                issuer = $"申请人 {person.Name}";
                statement = $"本人申请将基本养老保险关系及相应资金由{military}转入贵机构（第八条第（一）项第2目），随附缴费凭证（附件1）。"
                    + (events.TryGetValue(TransferStep.ApplicationAccepted, out var accepted) ? $"受理日期：{Day(accepted.TakenOn)}。" : "受理日期：待受理。");
                break;
            case TransferFormKind.ContactLetter:
                addressee = $"{military}：";
                issuer = agency;
                var formDue = transfer.Step == TransferStep.ContactLetterSent ? transfer.DueOn : events.GetValueOrDefault(TransferStep.FormAndFundsSent)?.DueOn;
                statement = $"经审核，同意接收上述人员的基本养老保险关系。请于{(formDue is { } d ? Day(d) : "收到本函之日起15个工作日内")}前填报转移接续信息表（附件4）并转移相应资金（第八条第（一）项第3、4目）。";
                break;
            default:
                addressee = $"{agency}：";
                issuer = military;
                statement = "上述人员随军期间养老保险关系已终止，相应资金已转出（第八条第（一）项第4目）；个人账户储存额与军队补助按第七条计算。";
                table = AddAmounts(fields, AccountStatement.FromJson(transfer.SentStatement), transfer);
                break;
        }

        var issuedOn = events.TryGetValue(needs, out var issued) ? Day(issued.TakenOn) : "";
        return new TransferForm(kind, title, addressee, fields, table, statement, issuer, issuedOn);
    }

    /// <summary>
    /// Notice art. 7: months, personal account, military subsidy and total, in figures and in capital numerals, with the
    /// account by year, as the military finance department stated them: on the voucher as of the last booked month, on the
    /// information form as fixed when the funds were sent.
    /// </summary>
    private static FormTable? AddAmounts(List<FormField> fields, AccountStatement? statement, Transfer? sent)
    {
        if (statement is null)
        {
            fields.Add(new("缴费月数", "0"));
            return null;
        }

        var account = sent?.PersonalAccountFen is { } pa ? new Cny(pa) : statement.PersonalAccount;
        var subsidy = sent?.MilitarySubsidyFen is { } ms ? new Cny(ms) : statement.MilitarySubsidy;
        var total = account + subsidy;
        fields.Add(new("缴费月数", statement.Months.ToString(CultureInfo.InvariantCulture)));
        fields.Add(new("计息截至年月", $"{statement.AsOfYear:D4}年{statement.AsOfMonth:D2}月"));
        fields.Add(new("个人账户储存额（小写）", account.ToString()));
        fields.Add(new("个人账户储存额（大写）", "人民币" + account.ToCapitalWords()));
        fields.Add(new("军队补助（小写）", subsidy.ToString()));
        fields.Add(new("军队补助（大写）", "人民币" + subsidy.ToCapitalWords()));
        fields.Add(new("转移金额合计（小写）", total.ToString()));
        fields.Add(new("转移金额合计（大写）", "人民币" + total.ToCapitalWords()));
        if (account != statement.PersonalAccount || subsidy != statement.MilitarySubsidy)
        {
            // Money never changes silently: a form whose fixed amounts differ from the stated account says so.
            fields.Add(new("复核", $"分年度计算：个人账户{statement.PersonalAccount}元，军队补助{statement.MilitarySubsidy}元，与转出金额不符"));
        }

        var rows = statement.Years.Select(y => (IReadOnlyList<string>)
        [
            y.Year.ToString(CultureInfo.InvariantCulture),
            y.ThroughMonth.ToString(CultureInfo.InvariantCulture),
            new Cny(y.OpeningFen).ToString(),
            new Cny(y.CreditsFen).ToString(),
            y.RatePercent.ToString("0.00", CultureInfo.InvariantCulture),
            new Cny(y.InterestFen).ToString(),
            new Cny(y.ClosingFen).ToString(),
            new Cny(y.SubsidyFen).ToString(),
        ]).ToList();
        return new FormTable(
            "个人账户及军队补助分年度计算（记账利率按年度，当年记账额按月积数计息）",
            ["年度", "计息月数", "年初储存额", "当年记账额", "记账利率%", "当年利息", "年末储存额", "军队补助"],
            rows);
    }

    private static string CaseText(TransferCase c) => c switch
    {
        TransferCase.Employment => "实现就业，转入新参保地（第三条）",
        TransferCase.RelocationNotEmployed => "军人退休安置时未就业，转入安置地户籍所在地（第四条）",
        TransferCase.RetirementAge => "达到法定退休年龄，转入户籍所在地（第五条）",
        _ => "国办发〔2003〕102号第十七条所列情形，转入户籍所在地（第十三条）",
    };

    private static string Month(int yyyymm) => $"{yyyymm / 100:D4}年{yyyymm % 100:D2}月";

    private static string Day(DateOnly d) => d.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture);
}
