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
    ];
}
