using System.Collections.Frozen;
using System.Globalization;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Texts;

namespace Tongban.Epidemic;

/// <summary>Every UI string of the module, in Chinese and English; pages read them through <see cref="T"/>.</summary>
public static class EpidemicTexts
{
    public static IReadOnlyList<TextEntry> All { get; } =
    [
        new("epidemic.nav.cases", "病例一览", "Case line list"),
        new("epidemic.nav.curve", "疫情曲线", "Epidemic curve"),
        new("epidemic.nav.bulletin", "每日通报", "Daily bulletin"),
        new("epidemic.nav.due", "待办检测", "Due and overdue"),
        new("epidemic.nav.certificate", "核酸证明核验", "Certificate check"),
        new("epidemic.class", "类别", "Class"),
        new("epidemic.class.Confirmed", "确诊病例", "Confirmed"),
        new("epidemic.class.Asymptomatic", "无症状感染者", "Asymptomatic"),
        new("epidemic.class.Suspected", "疑似病例", "Suspected"),
        new("epidemic.origin", "来源", "Origin"),
        new("epidemic.origin.Local", "本土", "Local"),
        new("epidemic.origin.Imported", "境外输入", "Imported"),
        new("epidemic.found", "发现途径", "How found"),
        new("epidemic.found.NotStated", "未注明", "Not stated"),
        new("epidemic.found.IsolatedObserver", "隔离观察人员", "Isolated observer"),
        new("epidemic.found.SocialScreening", "社会面筛查", "Social screening"),
        new("epidemic.found.ClosedLoopArrival", "闭环管理入境", "Closed-loop arrival"),
        new("epidemic.district", "区", "District"),
        new("epidemic.address", "现住址", "Address"),
        new("epidemic.diagnosis", "诊断日期", "Diagnosed"),
        new("epidemic.from", "起始日期", "From"),
        new("epidemic.to", "截止日期", "To"),
        new("epidemic.any", "全部", "Any"),
        new("epidemic.search", "查询", "Search"),
        new("epidemic.export", "导出 CSV", "Export CSV"),
        new("epidemic.total", "共 {0} 条", "{0} rows"),
        new("epidemic.measures", "转运/流调/管控", "Transfer/investigation/control"),
        new("epidemic.discharged", "出院/解除观察", "Discharged/released"),
        new("epidemic.date", "日期", "Date"),
        new("epidemic.area", "区域", "Area"),
        new("epidemic.bulletin.empty", "{0}没有记录的病例；通报按记录生成。", "No cases are recorded for {0}; the bulletin is generated from the records."),
        new("epidemic.due.none", "没有需要跟进的人员。", "Nobody to follow up."),
        new("epidemic.total.page", "第 {0} 页", "Page {0}"),
        new("epidemic.generate", "生成通报", "Generate bulletin"),
        new("epidemic.bulletin.zh", "中文", "Chinese"),
        new("epidemic.bulletin.en", "英文", "English"),
        new("epidemic.confirmed", "确诊", "Confirmed"),
        new("epidemic.asymptomatic", "无症状", "Asymptomatic"),
        new("epidemic.curve.total", "合计", "Total"),
        new("epidemic.due.today", "今日应检", "Due today"),
        new("epidemic.due.overdue", "已逾期", "Overdue"),
        new("epidemic.due.by", "截止时间", "Due by"),
        new("epidemic.due.what", "事项", "What"),
        new("epidemic.due.kind", "管理类别", "Management"),
        new("epidemic.due.FirstTest", "第一次核酸", "First test"),
        new("epidemic.due.SecondTest", "第二次核酸", "Second test"),
        new("epidemic.due.Test", "核酸检测", "Test"),
        new("epidemic.due.HealthCheck", "健康监测", "Health check"),
        new("epidemic.kind.CentralisedIsolation", "集中隔离", "Centralised isolation"),
        new("epidemic.kind.HomeIsolation", "居家隔离", "Home isolation"),
        new("epidemic.kind.HomeMonitoring", "居家健康监测", "Home monitoring"),
        new("epidemic.kind.Arrival", "进返人员", "Arrival"),
        new("epidemic.name", "姓名", "Name"),
        new("epidemic.phone", "电话", "Phone"),
        new("epidemic.alerts", "症状预警", "Symptom alerts"),
        new("epidemic.alerts.none", "暂无未处理预警", "No open alerts"),
        new("epidemic.alerts.ack", "已处理", "Acknowledge"),
        new("epidemic.alerts.raised", "报告时间", "Reported"),
        new("epidemic.purpose.followup", "社区随访", "community follow-up"),
        new("epidemic.certificate.code", "证明编码", "Certificate code"),
        new("epidemic.certificate.check", "核验", "Check"),
        new("epidemic.certificate.valid", "有效", "Valid"),
        new("epidemic.certificate.invalid", "无效", "Not valid"),
        new("epidemic.error", "无法完成：{0}", "Could not complete: {0}"),

        // Audit log names of the module's records and actions (Tongban.Kernel.Audit.AuditNames).
        new("audit.action.certificate-check", "核验核酸证明", "Certificate check"),
        new("audit.subject.EpidemicCase", "病例", "Case"),
        new("audit.subject.ManagedPerson", "管理对象", "Managed person"),
        new("audit.subject.PointPositive", "点位阳性", "Positive at a test point"),
        new("audit.subject.PolicyRecord", "防控政策", "Control policy"),
        new("audit.subject.SymptomAlertRecord", "症状预警", "Symptom alert"),
        new("audit.subject.TestRecord", "检测记录", "Test record"),
        new("audit.subject.epidemic.due", "待办检测名单", "Due and overdue list"),
        new("audit.subject.epidemic.person", "管理对象", "Managed person"),
    ];

    private static readonly FrozenDictionary<string, TextEntry> ByKey = All.ToFrozenDictionary(t => t.Key, StringComparer.Ordinal);

    /// <summary>The string in the UI language, from the one kernel catalogue (these entries are the module's contribution to it).</summary>
    public static string T(string key) => TextCatalog.Lookup(key, ByKey);

    public static bool Chinese => TextCatalog.IsChinese;


    public static string T(string key, object arg) => string.Format(CultureInfo.CurrentCulture, T(key), arg);
}
