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
        new("pensions.nav.accounts", "随军家属养老保险个人账户", "Military spouses' pension accounts"),
        new("pensions.nav.rates", "个人账户记账利率", "Personal-account bookkeeping rates"),
        new("pensions.nav.progress", "养老保险转移进度查询", "Pension transfer progress lookup"),
        new("pensions.accounts.amounts", "转移金额（第七条）", "Transfer amounts (art. 7)"),
        new("pensions.accounts.filter", "按姓名或身份号码筛选", "Filter by name or ID number"),
        new("pensions.accounts.issue", "出具缴费凭证并开始转移", "Issue the voucher and start the transfer"),
        new("pensions.accounts.more", "仅显示前100人，共", "Showing the first 100 of"),
        new("pensions.accounts.no-months", "本部门无此人缴费记录（缴费记录由军队财务部门保管，转移金额见转移页面）", "No contribution months in your view (the military finance department keeps them; the transfer page shows the amounts)"),
        new("pensions.accounts.ongoing", "至今", "ongoing"),
        new("pensions.accounts.open-transfer", "查看转移", "Open the transfer"),
        new("pensions.accounts.title", "随军期间养老保险个人账户", "Military-period pension accounts"),
        new("pensions.agency", "转入地社会保险经办机构", "Receiving social insurance agency"),
        new("pensions.case", "转移情形", "Transfer case"),
        new("pensions.case.Employment", "实现就业（第三条）", "Employment (art. 3)"),
        new("pensions.case.RelocationNotEmployed", "军人退休安置时未就业（第四条）", "Not employed at the serviceman's relocation (art. 4)"),
        new("pensions.case.RetirementAge", "达到法定退休年龄（第五条）", "Statutory retirement age (art. 5)"),
        new("pensions.case.Article13", "国办发〔2003〕102号第十七条情形（第十三条）", "Items of art. 17 of Doc. 102 (art. 13)"),
        new("pensions.due-count", "待办", "Waiting"),
        new("pensions.estimate.account", "个人账户养老金（月）", "Account part (monthly)"),
        new("pensions.estimate.age", "退休年龄", "Retirement age"),
        new("pensions.estimate.balance", "个人账户储存额合计", "Account balance"),
        new("pensions.estimate.basic", "基础养老金（月）", "Basic part (monthly)"),
        new("pensions.estimate.divisor", "计发月数", "Months divisor"),
        new("pensions.estimate.explain", "按国发〔2005〕38号：基础养老金 = 当地上年度在岗职工月平均工资 ×（1 + 本人平均缴费指数）÷ 2 × 缴费年限 × 1%；个人账户养老金 = 个人账户储存额 ÷ 计发月数。仅为估算，不含过渡性养老金。", "Under Guo Fa [2005] No. 38: basic part = local average monthly wage x (1 + average contribution index) / 2 x insured years x 1 %; account part = account balance / months divisor. An estimate only, without the transitional pension."),
        new("pensions.estimate.index", "平均缴费指数", "Average contribution index"),
        new("pensions.estimate.months", "合并计算缴费月数（第九条）", "Merged insured months (art. 9)"),
        new("pensions.estimate.run", "估算", "Estimate"),
        new("pensions.estimate.title", "退休时基本养老金月估算", "Monthly basic pension at retirement (estimate)"),
        new("pensions.estimate.wage", "当地上年度在岗职工月平均工资（元）", "Local average monthly wage of last year (yuan)"),
        new("pensions.military-period", "随军期间", "Military period"),
        new("pensions.no-office", "您的授权不涵盖任何军队财务部门或社会保险经办机构", "Your grants cover no military finance department or social insurance agency"),
        new("pensions.rates.edit", "修改", "Edit"),
        new("pensions.rates.explain", "个人账户按年度记账利率计息。2016年起为全国统一利率（人社部发〔2017〕31号），此前由各省确定，须按原参保地录入；缺少某年利率时，计算会提示该年份，不作推测。", "Accounts earn the bookkeeping rate of each year. From 2016 it is one national rate (人社部发〔2017〕31号); before, each province set its own, to be entered for the original insured place. A year without a rate is refused naming the year; no rate is guessed."),
        new("pensions.rates.missing", "以下年份尚无利率", "Years without a rate"),
        new("pensions.rates.rate", "记账利率（%）", "Rate (%)"),
        new("pensions.rates.save", "保存", "Save"),
        new("pensions.rates.set", "录入或修改某年利率（须注明出处）", "Enter or change a year's rate (with its source)"),
        new("pensions.rates.source", "出处", "Source"),
        new("pensions.rates.title", "个人账户记账利率", "Personal-account bookkeeping rates"),
        new("pensions.rates.year", "年度", "Year"),
        new("pensions.statistics", "统计", "Statistics"),
        new("pensions.statistics.average", "平均用时（工作日）", "Average working days"),
        new("pensions.statistics.by-month", "按月转移件数", "Transfers by month"),
        new("pensions.statistics.overdue-share", "超期比例", "Share overdue"),
        new("pensions.statistics.taken", "办理件数", "Taken"),
        new("pensions.transfer.forms", "附件表格（PDF）", "Annex forms (PDF)"),
        new("pensions.transfer.title", "养老保险关系转移接续", "Pension insurance transfer"),
        new("pensions.form.PaymentVoucher", "附件1 缴费凭证", "Annex 1 Payment voucher"),
        new("pensions.form.ApplicationForm", "附件2 申请表", "Annex 2 Application form"),
        new("pensions.form.ContactLetter", "附件3 联系函", "Annex 3 Contact letter"),
        new("pensions.form.InformationForm", "附件4 信息表", "Annex 4 Information form"),
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
