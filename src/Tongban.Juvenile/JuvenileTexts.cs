using System.Collections.Frozen;
using System.Globalization;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.Rules;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Texts;

namespace Tongban.Juvenile;

/// <summary>Every UI string of the module, in Chinese and English; pages read them through <see cref="T(string)"/>.</summary>
public static class JuvenileTexts
{
    public static IReadOnlyList<TextEntry> All { get; } =
    [
        new("juvenile.nav.cases", "未成年人个案", "Juvenile cases"),
        new("juvenile.nav.referrals", "转介待办", "Referrals inbox"),
        new("juvenile.nav.special", "专门教育", "Special education"),
        new("juvenile.nav.statistics", "去标识统计", "De-identified statistics"),
        new("juvenile.nav.sealed", "封存记录查询", "Sealed record inquiry"),
        new("juvenile.nav.oversight", "封存查询监督", "Sealed access oversight"),
        new("juvenile.cases.scope", "仅显示本单位的个案及转介给本单位的个案；已封存的记录不在任何列表中（第3条、第59条）。", "Only cases of your organisation and cases referred to it; sealed records appear in no list (arts. 3, 59)."),
        new("juvenile.case", "个案", "Case"),
        new("juvenile.case.not-found", "没有这个个案，或您无权查看。", "No such case, or you may not see it."),
        new("juvenile.name", "姓名", "Name"),
        new("juvenile.gender", "性别", "Gender"),
        new("juvenile.gender.male", "男", "Male"),
        new("juvenile.gender.female", "女", "Female"),
        new("juvenile.birth", "出生日期", "Birth date"),
        new("juvenile.guardians", "监护人", "Guardians"),
        new("juvenile.residence", "住址", "Residence"),
        new("juvenile.stage", "阶段", "Stage"),
        new("juvenile.stage.Open", "已立案", "Opened"),
        new("juvenile.stage.Intervention", "不良行为干预", "Intervention (ch. III)"),
        new("juvenile.stage.Correction", "严重不良行为矫治", "Correction (ch. IV)"),
        new("juvenile.stage.SpecialEducation", "专门教育", "Special education"),
        new("juvenile.stage.Recidivism", "重新犯罪预防", "Recidivism prevention (ch. V)"),
        new("juvenile.stage.Closed", "已结案", "Closed"),
        new("juvenile.risk", "风险等级", "Risk"),
        new("juvenile.min-risk", "最低风险等级", "Minimum risk"),
        new("juvenile.risk.None", "无", "None"),
        new("juvenile.risk.Low", "低", "Low"),
        new("juvenile.risk.Elevated", "较高", "Elevated"),
        new("juvenile.risk.High", "高", "High"),
        new("juvenile.risk.Critical", "严重", "Critical"),
        new("juvenile.caseworker", "个案工作者", "Caseworker"),
        new("juvenile.opened", "立案日期", "Opened"),
        new("juvenile.reference", "编号", "Reference"),
        new("juvenile.any", "全部", "Any"),
        new("juvenile.search", "查询", "Search"),
        new("juvenile.export", "导出 CSV", "Export CSV"),
        new("juvenile.total", "共 {0} 条", "{0} rows"),
        new("juvenile.previous", "上一页", "Previous"),
        new("juvenile.next", "下一页", "Next"),
        new("juvenile.open-case", "新建个案", "Open a case"),
        new("juvenile.open-case.submit", "立案", "Open"),
        new("juvenile.error", "无法完成：{0}", "Could not complete: {0}"),
        new("juvenile.saved", "已保存。", "Saved."),
        new("juvenile.date", "日期", "Date"),
        new("juvenile.date-format", "日期格式应为 2025-09-20。", "A date reads like 2025-09-20."),
        new("juvenile.org-required", "请选择单位。", "Choose an organisation."),
        new("juvenile.behaviours", "行为记录", "Behaviour records"),
        new("juvenile.item", "行为（条、项）", "Behaviour (article, item)"),
        new("juvenile.age", "年龄", "Age"),
        new("juvenile.description", "情况", "Description"),
        new("juvenile.instigated", "有人教唆", "Instigated"),
        new("juvenile.record-behaviour", "记录行为", "Record behaviour"),
        new("juvenile.police-report", "报告公安机关（第39条）", "Report to police (art. 39)"),
        new("juvenile.police-report.due", "应立即报告", "Report due now"),
        new("juvenile.police-report.done", "已报告", "Reported"),
        new("juvenile.police-report.made", "已报告公安机关", "Reported to police"),
        new("juvenile.measures", "措施", "Measures"),
        new("juvenile.measure", "措施", "Measure"),
        new("juvenile.basis", "法律依据", "Legal basis"),
        new("juvenile.decided-by", "决定人", "Decided by"),
        new("juvenile.owner", "负责人", "Owner"),
        new("juvenile.review", "复查日期", "Review date"),
        new("juvenile.notice", "告知监护人（第32条）", "Guardians told (art. 32)"),
        new("juvenile.notice.now", "已告知", "Told now"),
        new("juvenile.notice.NotRequired", "—", "—"),
        new("juvenile.notice.Pending", "待告知", "Pending"),
        new("juvenile.notice.OnTime", "及时告知", "On time"),
        new("juvenile.notice.Late", "告知迟延", "Late"),
        new("juvenile.notice.Overdue", "逾期未告知", "Overdue"),
        new("juvenile.outcome", "效果", "Outcome"),
        new("juvenile.measure.ground", "条件（第31条、第35条）", "Condition (arts. 31, 35)"),
        new("enum.MeasureGround.None", "无", "None"),
        new("enum.MeasureGround.NotCorrected", "拒不改正", "Refuses to correct"),
        new("enum.MeasureGround.Serious", "情节严重", "Serious circumstances"),
        new("enum.MeasureGround.BoardingSchool", "所在寄宿制学校", "The minor's boarding school"),
        new("juvenile.special.ground", "申请理由（第43条）", "Ground (art. 43)"),
        new("enum.Art43Ground.None", "未说明", "Not stated"),
        new("enum.Art43Ground.UnableToManage", "无力管教", "Unable to manage"),
        new("enum.Art43Ground.ManagementIneffective", "管教无效", "Discipline has failed"),
        new("juvenile.for-guardians", "监护人采取（代为记录）", "Taken by guardians (recorded for them)"),
        new("juvenile.take-measure", "采取措施", "Take measure"),
        new("juvenile.special", "专门教育", "Special education"),
        new("juvenile.special.intro", "第43-49条：申请、专门教育指导委员会评估同意、教育行政部门决定、专门学校、每学期评估、转回。", "Arts. 43-49: application, steering committee evaluation and consent, education department decision, special school, semester evaluation, return."),
        new("juvenile.special.diagram", "流程图", "Workflow diagram"),
        new("juvenile.special.route", "途径", "Route"),
        new("juvenile.special.route.43", "第43条 监护人、学校申请", "Art. 43 application by guardians or school"),
        new("juvenile.special.route.44", "第44条 教育行政部门会同公安机关决定", "Art. 44 education department with police"),
        new("juvenile.special.route.45", "第45条 专门矫治教育", "Art. 45 special corrective education"),
        new("juvenile.special.education-org", "教育行政部门", "Education department"),
        new("juvenile.special.committee-org", "专门教育指导委员会", "Steering committee"),
        new("juvenile.special.apply", "提出申请", "Apply"),
        new("juvenile.special.note", "评估意见", "Evaluation note"),
        new("juvenile.special.school", "专门学校", "Special school"),
        new("juvenile.special.none", "暂无进行中的专门教育事项。", "No special-education matters under way."),
        new("juvenile.special.evaluation", "评估意见", "Evaluation"),
        new("juvenile.special.next-evaluation", "下次学期评估", "Next semester evaluation"),
        new("juvenile.special.state.evaluation", "待委员会评估", "Awaiting committee evaluation"),
        new("juvenile.special.state.consented", "委员会已同意，待决定", "Consented, awaiting decision"),
        new("juvenile.special.state.not-consented", "委员会不同意", "Committee did not consent"),
        new("juvenile.special.state.not-placed", "决定不送专门学校", "Decided not to place"),
        new("juvenile.special.state.placed", "专门学校就读", "In the special school"),
        new("juvenile.special.state.semester-evaluation", "学期评估中", "Semester evaluation"),
        new("juvenile.special.state.return-recommended", "建议转回", "Return recommended"),
        new("juvenile.special.state.returned", "已转回原学校", "Returned to the original school"),
        new("juvenile.referrals", "转介与移交", "Referrals and transfers"),
        new("juvenile.referrals.none", "没有待处理的转介。", "No referrals waiting."),
        new("juvenile.referral.kind", "类型", "Kind"),
        new("juvenile.referral.referral", "转介", "Referral"),
        new("juvenile.referral.transfer", "移交", "Transfer"),
        new("juvenile.referral.reason", "理由", "Reason"),
        new("juvenile.referral.from", "转出人", "From"),
        new("juvenile.referral.to", "转至单位", "To organisation"),
        new("juvenile.referral.send", "转介", "Refer"),
        new("juvenile.referral.accept", "接收", "Accept"),
        new("juvenile.referral.decline", "拒绝", "Decline"),
        new("juvenile.referral.decline-reason", "拒绝理由", "Reason for declining"),
        new("juvenile.referral.status.Pending", "待接收", "Pending"),
        new("juvenile.referral.status.Accepted", "已接收", "Accepted"),
        new("juvenile.referral.status.Declined", "已拒绝", "Declined"),
        new("juvenile.referral.status.Withdrawn", "已撤回", "Withdrawn"),
        new("juvenile.statistics.intro", "按区、年龄段、行为和措施统计上一个完整年度；小于5的格子不显示，能由同行或同列其他格子推算出的格子一并不显示（第3条）；只发布已结束的年度，不提供跨年度合计，案件按年末状态计入，年内封存的不计入（第59条），之后的封存不改变已发布的表。", "Counts by district, age band, behaviour and measure for the last closed year; cells under 5 are suppressed, and so is a second cell wherever a row or column would give a suppressed one away (art. 3); only closed years are published, with no all-years table, and cases count as they stood at the year's end: sealed during the year, not counted (art. 59); a later sealing changes no published table."),
        new("juvenile.district", "区划代码", "District"),
        new("juvenile.age-band", "年龄段", "Age band"),
        new("juvenile.count", "数量", "Count"),
        new("juvenile.suppressed", "<5", "<5"),
        new("juvenile.sealed.intro", "第59条：封存记录仅向办案的司法机关或依国家规定查询的单位提供；须说明法律依据和目的，每次查询均记入审计。", "Art. 59: sealed records go only to judicial organs handling a case or units inquiring under state rules; state the legal basis and purpose; every inquiry is audited."),
        new("juvenile.sealed.basis", "查询依据", "Basis"),
        new("juvenile.sealed.basis.judicial", "司法机关办案需要", "Judicial organ handling a case"),
        new("juvenile.sealed.basis.state", "依国家规定查询", "Inquiry under state provisions"),
        new("juvenile.sealed.reference", "案号或规定", "Case number or provision"),
        new("juvenile.sealed.purpose", "查询目的", "Purpose"),
        new("juvenile.sealed.inquire", "查询", "Inquire"),
        new("juvenile.oversight.intro", "第59条、第60条：每一次封存记录查询，供检察监督。", "Arts. 59, 60: every opening of a sealed record, for procuratorial oversight."),
        new("juvenile.oversight.inquirer", "查询人", "Inquirer"),

        // Audit log names of the module's records and actions (Tongban.Kernel.Audit.AuditNames).
        new("audit.subject.BehaviourRecord", "不良行为记录", "Behaviour record"),
        new("audit.subject.JuvenileCase", "未成年人案件", "Juvenile case"),
        new("audit.subject.MeasureRecord", "矫治措施", "Measure"),
        new("audit.subject.Placement", "专门教育安置", "Special education placement"),
        new("audit.subject.PlacementEvent", "安置办理记录", "Placement step"),
        new("audit.subject.RecidivismRecord", "再犯记录", "Reoffending record"),
        new("audit.subject.Referral", "转介", "Referral"),
        new("audit.subject.SealedAccess", "封存记录查阅", "Sealed record access"),
        new("audit.subject.juvenile.cases", "未成年人案件", "Juvenile cases"),
    ];

    private static readonly FrozenDictionary<string, TextEntry> ByKey = All.ToFrozenDictionary(t => t.Key, StringComparer.Ordinal);

    /// <summary>The string in the UI language, from the one kernel catalogue (these entries are the module's contribution to it).</summary>
    public static string T(string key) => TextCatalog.Lookup(key, ByKey);

    public static bool Chinese => TextCatalog.IsChinese;



    public static string T(string key, object arg) => string.Format(CultureInfo.CurrentCulture, T(key), arg);

    public static string StageText(CaseStage s) => T("juvenile.stage." + s);

    public static string RiskText(RiskLevel r) => T("juvenile.risk." + r);

    public static string NoticeText(NoticeStatus n) => T("juvenile.notice." + n);

    public static string PlacementStateText(string state) => T("juvenile.special.state." + state);

    public static string ReferralStatusText(ReferralStatus s) => T("juvenile.referral.status." + s);

    /// <summary>"art. 28 (2) repeated truancy" in the UI language.</summary>
    public static string ItemText(string code) => Behaviours.Find(code) is { } i
        ? (Chinese ? $"第{i.Article}条{(i.Item == 0 ? "" : $"第{i.Item}项")} {i.Zh}" : $"art. {i.Article}{(i.Item == 0 ? "" : $" ({i.Item})")} {i.En}")
        : code;
}
