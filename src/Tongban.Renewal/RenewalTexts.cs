using System.Globalization;
using Tongban.Kernel.Modules;

namespace Tongban.Renewal;

internal static class RenewalTexts
{
    public static readonly IReadOnlyList<TextEntry> All =
    [
        new("renewal.nav", "城市更新", "Urban renewal"),
        new("renewal.nav.communities", "老旧小区改造", "Old-community renovation"),
        new("renewal.nav.rollup", "改造进度汇总", "Renovation roll-up"),
        new("renewal.nav.concerns", "居民诉求", "Residents' concerns"),
        new("renewal.nav.alarms", "生命线监测告警", "Lifeline alarms"),

        new("renewal.accepted", "验收", "Accepted"),
        new("renewal.alarms.explain", "按区和管网设施实时查看告警，最严重的排在最前。未在时限内确认的告警逐级上报。", "Alarms live by district and asset, worst first. Alarms not acknowledged in time are escalated a level up."),
        new("renewal.alarms.list", "告警列表", "Alarms"),
        new("renewal.alarms.title", "城市生命线监测告警", "Urban lifeline alarms"),
        new("renewal.amount-cny", "金额（元）", "Amount (CNY)"),
        new("renewal.answer", "答复", "Answer"),
        new("renewal.asset", "管网设施", "Asset"),
        new("renewal.channel", "资金渠道", "Funding channel"),
        new("renewal.code", "编号", "Code"),
        new("renewal.communities", "小区数", "Communities"),
        new("renewal.communities.explain", "城镇老旧小区（2000年底前建成的为重点）及其基础类、完善类、提升类改造项目。", "Old urban communities (those built before the end of 2000 first) and their basic, improvement and enhancement projects."),
        new("renewal.communities.title", "老旧小区改造", "Old-community renovation"),
        new("renewal.community", "小区", "Community"),
        new("renewal.community.facts", "{0} · 区划 {1} · {2} 年建成 · {3} 栋 · {4} 户 · {5} 平方米", "{0} · division {1} · built {2} · {3} buildings · {4} households · {5} m²"),
        new("renewal.completed", "竣工", "Completed"),
        new("renewal.concerns.explain", "居民诉求按类别在规定工作日内答复，并记录居民满意度。", "Concerns are answered within their topic's working-day limit, and the resident's satisfaction is recorded."),
        new("renewal.concerns.open-only", "只看未答复", "Unanswered only"),
        new("renewal.concerns.title", "居民诉求", "Residents' concerns"),
        new("renewal.date", "日期", "Date"),
        new("renewal.district", "区", "District"),
        new("renewal.do-accept", "通过验收", "Pass acceptance"),
        new("renewal.do-ack", "确认", "Acknowledge"),
        new("renewal.do-answer", "答复", "Answer"),
        new("renewal.do-clear", "解除", "Clear"),
        new("renewal.do-complete", "登记竣工", "Record completion"),
        new("renewal.do-fund", "登记资金", "Record funding"),
        new("renewal.do-start", "登记开工", "Record start"),
        new("renewal.due", "答复期限", "Due"),
        new("renewal.escalated-to", "已上报至", "Escalated to"),
        new("renewal.facilities-added", "新增设施", "Facilities added"),
        new("renewal.funding-cny", "资金（元）", "Funding (CNY)"),
        new("renewal.households", "户数", "Households"),
        new("renewal.households-benefited", "受益户数", "Households benefited"),
        new("renewal.items", "改造内容", "Content items"),
        new("renewal.kind", "类别", "Kind"),
        new("renewal.live.title", "按区和设施的实时视图", "Live view by district and asset"),
        new("renewal.metric", "指标", "Metric"),
        new("renewal.not-renovated", "尚未完成改造", "Not yet renovated"),
        new("renewal.open", "未解除", "Open"),
        new("renewal.overdue", "逾期", "Overdue"),
        new("renewal.plan-year", "计划年度", "Plan year"),
        new("renewal.planned", "计划", "Planned"),
        new("renewal.priority", "重点", "Priority"),
        new("renewal.raised", "告警时间", "Raised"),
        new("renewal.rate", "年度任务完成率", "Task completion rate"),
        new("renewal.received", "受理日期", "Received"),
        new("renewal.refresh", "刷新", "Refresh"),
        new("renewal.renovated", "已完成改造（全部项目通过验收）", "Renovated (every project accepted)"),
        new("renewal.rollup.chart", "各年度计划与开工小区数", "Communities planned and started by year"),
        new("renewal.rollup.funding", "按渠道的资金", "Funding by channel"),
        new("renewal.rollup.in-year", "{0} 年开工", "Started in {0}"),
        new("renewal.rollup.rate", "{0} 年：开工 {1} 个，计划 {2} 个，年度任务完成率 {3}", "{0}: {1} started of {2} planned, task completion rate {3}"),
        new("renewal.rollup.title", "改造进度汇总", "Renovation roll-up"),
        new("renewal.rollup.unit", "单位", "Unit"),
        new("renewal.rollup.up", "上一级", "Up a level"),
        new("renewal.satisfaction", "满意度", "Satisfaction"),
        new("renewal.search", "按编号或名称查找", "Search by code or name"),
        new("renewal.sensor", "传感器", "Sensor"),
        new("renewal.severity", "告警等级", "Severity"),
        new("renewal.started", "开工", "Started"),
        new("renewal.status", "状态", "Status"),
        new("renewal.summary", "诉求内容", "Summary"),
        new("renewal.topic", "类别", "Topic"),
        new("renewal.total", "合计", "Total"),
        new("renewal.unacknowledged", "未确认", "Unacknowledged"),
        new("renewal.worst", "最高等级", "Worst"),
        new("renewal.year", "年度", "Year"),
        new("renewal.year-built", "建成年份", "Year built"),

        new("enum.RenovationCategory.Basic", "基础类", "Basic"),
        new("enum.RenovationCategory.Improvement", "完善类", "Improvement"),
        new("enum.RenovationCategory.Enhancement", "提升类", "Enhancement"),
        new("enum.FundingChannel.CentralSubsidy", "中央补助", "Central subsidy"),
        new("enum.FundingChannel.LocalBudget", "地方财政", "Local budgets"),
        new("enum.FundingChannel.SpecialBonds", "专项债券", "Special bonds"),
        new("enum.FundingChannel.Utilities", "管线单位", "Utilities"),
        new("enum.FundingChannel.SocialCapital", "社会资本", "Social capital"),
        new("enum.FundingChannel.Residents", "居民出资", "Residents"),
        new("enum.ConcernTopic.Lifts", "加装电梯", "Lifts"),
        new("enum.ConcernTopic.Parking", "停车", "Parking"),
        new("enum.ConcernTopic.Pipes", "水电气管线", "Pipes and lines"),
        new("enum.ConcernTopic.Environment", "环境卫生", "Environment"),
        new("enum.ConcernTopic.Construction", "施工扰民", "Construction nuisance"),
        new("enum.ConcernTopic.Services", "社区服务", "Community services"),
        new("enum.ConcernTopic.Other", "其他", "Other"),
        new("enum.Satisfaction.Satisfied", "满意", "Satisfied"),
        new("enum.Satisfaction.BasicallySatisfied", "基本满意", "Basically satisfied"),
        new("enum.Satisfaction.Dissatisfied", "不满意", "Dissatisfied"),
        new("enum.LifelineKind.Gas", "燃气", "Gas"),
        new("enum.LifelineKind.Drainage", "排水", "Drainage"),
        new("enum.LifelineKind.WaterSupply", "供水", "Water supply"),
        new("enum.LifelineKind.Heating", "供热", "Heating"),
        new("enum.LifelineKind.Bridge", "桥梁", "Bridge"),
        new("enum.AlarmSeverity.Red", "一级（红色）", "Level 1 (red)"),
        new("enum.AlarmSeverity.Orange", "二级（橙色）", "Level 2 (orange)"),
        new("enum.AlarmSeverity.Yellow", "三级（黄色）", "Level 3 (yellow)"),
        new("enum.AlarmSeverity.Blue", "四级（蓝色）", "Level 4 (blue)"),
        new("enum.AlarmStatus.Active", "未确认", "Active"),
        new("enum.AlarmStatus.Acknowledged", "已确认", "Acknowledged"),
        new("enum.AlarmStatus.Cleared", "已解除", "Cleared"),
        new("enum.AlarmStatus.ClearedUnacknowledged", "已解除（未确认）", "Cleared, unacknowledged"),
        new("enum.RuleType.Threshold", "阈值持续", "Threshold held"),
        new("enum.RuleType.RateOfChange", "变化率", "Rate of change"),
        new("enum.RuleType.NoData", "无数据", "No data"),
    ];

    public static string T(string key)
    {
        var entry = All.FirstOrDefault(e => e.Key == key);
        if (entry is null)
        {
            return key;
        }

        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? entry.En : entry.Zh;
    }

    public static string F(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, T(key), args);

    public static string E<TEnum>(TEnum value)
        where TEnum : struct, Enum => T($"enum.{typeof(TEnum).Name}.{value}");

    public static string Money(long fen) => (fen / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static bool Chinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
}
