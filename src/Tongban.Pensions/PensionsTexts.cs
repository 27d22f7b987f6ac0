using Tongban.Kernel.Modules;

namespace Tongban.Pensions;

internal static class PensionsTexts
{
    public static readonly IReadOnlyList<TextEntry> All =
    [
        new("pensions.nav", "随军未就业家属养老保险转移", "Military spouses' pension transfer"),
        new("pensions.months", "缴费月数", "Insured months"),
        new("pensions.personal-account", "个人账户储存额", "Personal account"),
        new("pensions.military-subsidy", "军队补助", "Military subsidy"),
        new("pensions.total", "合计", "Total"),
        new("pensions.step.VoucherIssued", "军队财务部门出具缴费凭证", "Payment voucher issued"),
        new("pensions.step.ApplicationAccepted", "社保经办机构受理申请", "Application accepted by the agency"),
        new("pensions.step.ContactLetterSent", "社保经办机构发出联系函", "Contact letter sent"),
        new("pensions.step.FormAndFundsSent", "军队财务部门转出信息表和资金", "Information form and funds sent"),
        new("pensions.step.Completed", "社保经办机构办结", "Completed by the agency"),
        new("pensions.office.MilitaryFinance", "军队后勤（联勤）机关财务部门", "Military logistics finance department"),
        new("pensions.office.Agency", "社会保险经办机构", "Social insurance agency"),
        new("pensions.due", "办理时限", "Due"),
        new("pensions.overdue", "已超期", "Overdue"),
        new("pensions.progress.lookup", "凭身份证号和缴费凭证查询码查询办理进度", "Follow your transfer with your ID number and the voucher code"),
        new("pensions.progress.title", "养老保险关系转移接续办理进度", "Pension transfer progress"),
        new("pensions.id-number", "公民身份号码", "ID number"),
        new("pensions.voucher-code", "凭证查询码", "Voucher code"),
        new("pensions.search", "查询", "Look up"),
        new("pensions.not-found", "未找到与身份号码和查询码相符的转移", "No transfer matches this ID number and code"),
        new("pensions.current-step", "当前环节", "Current step"),
        new("pensions.next-step", "下一环节", "Next step"),
        new("pensions.held-by", "承办单位", "Held by"),
        new("pensions.on-time", "未超期", "On time"),
        new("pensions.history", "办理记录", "History"),
        new("pensions.taken-on", "办理日期", "Date"),
        new("pensions.working-days", "用时（工作日）", "Working days"),
        new("pensions.none", "无", "None"),
        new("pensions.transfers.title", "转移接续待办", "Transfers to handle"),
        new("pensions.office", "办理单位", "Office"),
        new("pensions.person", "姓名", "Name"),
        new("pensions.take-step", "办理下一环节", "Take the next step"),
        new("pensions.note", "备注", "Note"),
        new("pensions.done", "已办理", "Done"),
        new("pensions.destination", "转入机构类别", "Destination"),
        new("pensions.destination.NewInsuredPlace", "新参保地社会保险经办机构（第三条）", "Agency of the new insured place (art. 3)"),
        new("pensions.destination.RelocationHouseholdRegistration", "安置地户籍所在地社会保险经办机构（第四条）", "Agency of the relocation household registration (art. 4)"),
        new("pensions.destination.HouseholdRegistration", "户籍所在地社会保险经办机构（第五条、第十三条）", "Agency of the household registration (arts. 5, 13)"),
        new("pensions.no-due", "暂无待办", "Nothing waiting"),
    ];

    /// <summary>The string for <paramref name="key"/> in the current UI language (Chinese unless the culture is not zh).</summary>
    public static string T(string key)
    {
        var entry = All.FirstOrDefault(e => e.Key == key);
        if (entry is null)
        {
            return key;
        }

        return System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? entry.En : entry.Zh;
    }
}
