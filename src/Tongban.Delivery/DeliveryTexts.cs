using System.Globalization;
using Tongban.Delivery.Orders;
using Tongban.Kernel.Modules;

namespace Tongban.Delivery;

/// <summary>A name in both languages that a refusal template prints in the reader's language.</summary>
internal sealed record Localized(string Zh, string En) : IFormattable
{
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        formatProvider is CultureInfo c && c.TwoLetterISOLanguageName == "zh" ? Zh : En;

    public override string ToString() => En;
}

internal static class DeliveryTexts
{
    public static readonly IReadOnlyList<TextEntry> All =
    [
        new("delivery.nav", "订单交付", "Order delivery"),
        new("delivery.nav.orders", "在手订单", "Orders in hand"),
        new("delivery.nav.new", "录入订单", "New order"),
        new("delivery.nav.cycles", "交付周期", "Delivery cycles"),
        new("delivery.nav.backlog", "在手订单与预计收入", "Backlog and expected revenue"),
        new("delivery.nav.disclosure", "分部毛利与关联交易", "Segments and related parties"),

        new("delivery.area.Logistics", "智能物流", "Intelligent logistics"),
        new("delivery.area.Warehousing", "智能仓储", "Intelligent warehousing"),
        new("delivery.area.Factory", "智能工厂", "Intelligent factory"),
        new("delivery.area.NewEnergy", "新能源", "New energy"),
        new("delivery.milestone.Design", "设计", "Design"),
        new("delivery.milestone.Manufacture", "制造", "Manufacture"),
        new("delivery.milestone.DeliveryToSite", "到货", "Delivery to site"),
        new("delivery.milestone.Installation", "安装", "Installation"),
        new("delivery.milestone.Commissioning", "调试", "Commissioning"),
        new("delivery.milestone.FinalAcceptance", "终验", "Final acceptance"),
        new("delivery.relationship.None", "非关联方", "Unrelated"),
        new("delivery.relationship.Shareholder", "持股股东", "Shareholder"),
        new("delivery.relationship.ShareholderAffiliate", "股东关联企业", "Shareholder's affiliate"),
        new("delivery.relationship.ManagementAffiliate", "董监高任职企业", "Management's affiliate"),
        new("delivery.status.Backlog", "在手", "In hand"),
        new("delivery.status.Accepted", "已验收", "Accepted"),
        new("delivery.region.domestic", "境内", "Domestic"),
        new("delivery.region.overseas", "境外", "Overseas"),
        new("delivery.all", "全部", "All"),

        new("delivery.orders.title", "在手订单", "Orders in hand"),
        new("delivery.orders.explain", "项目经理只看到自己负责的项目；项目管理办公室和管理层看到全部。金额为人民币不含税合同额（签约日汇率折算）。", "Project managers see their own projects; the project office and management see all. Amounts are contract amounts without tax in CNY at the signing rate."),
        new("delivery.code", "订单编号", "Order"),
        new("delivery.project", "项目", "Project"),
        new("delivery.customer", "客户", "Customer"),
        new("delivery.sector", "客户行业", "Sector"),
        new("delivery.area", "业务板块", "Business area"),
        new("delivery.region", "境内/境外", "Domestic/overseas"),
        new("delivery.entity", "承接主体", "Serving entity"),
        new("delivery.pm", "项目经理", "Project manager"),
        new("delivery.signed", "签约日期", "Signed"),
        new("delivery.planned-acceptance", "计划终验", "Planned acceptance"),
        new("delivery.accepted-on", "实际终验", "Accepted"),
        new("delivery.amount-ex-tax", "不含税合同额（元）", "Amount without tax (CNY)"),
        new("delivery.status", "状态", "Status"),
        new("delivery.late", "延期", "Late"),
        new("delivery.days-late", "延期天数", "Days late"),
        new("delivery.on-time", "按期", "On time"),
        new("delivery.search", "搜索编号或项目名称", "Search code or project"),
        new("delivery.late-only", "只看延期", "Late only"),
        new("delivery.count", "共 {0} 个订单", "{0} orders"),
        new("delivery.import-hint", "批量导入订单（CSV/XLSX，整份文件通过才写入，错误按行列报告）：", "Import orders (CSV/XLSX, written only if every row passes, errors reported by row and column):"),
        new("delivery.import-link", "导入页面", "Imports page"),

        new("delivery.order.title", "订单 {0}", "Order {0}"),
        new("delivery.currency", "币种", "Currency"),
        new("delivery.rate", "汇率（人民币/单位外币）", "Rate (CNY per unit)"),
        new("delivery.with-tax-original", "含税合同额（原币）", "With tax (contract currency)"),
        new("delivery.ex-tax-original", "不含税合同额（原币）", "Without tax (contract currency)"),
        new("delivery.with-tax-cny", "含税合同额（元）", "With tax (CNY)"),
        new("delivery.cost", "项目成本（元）", "Project cost (CNY)"),
        new("delivery.margin", "毛利率", "Gross margin"),
        new("delivery.terms", "信用期（天）", "Payment terms (days)"),
        new("delivery.collected", "已回款（元）", "Collected (CNY)"),
        new("delivery.receivable", "应收账款（元）", "Receivable (CNY)"),
        new("delivery.advances", "预收款（合同负债，元）", "Advances (contract liabilities, CNY)"),
        new("delivery.cycle", "交付周期", "Delivery cycle"),
        new("delivery.cycle-days", "{0} 天", "{0} days"),
        new("delivery.in-band", "在 9-12 个月区间内", "within the 9-12 month band"),
        new("delivery.out-of-band", "不在 9-12 个月区间内", "outside the 9-12 month band"),
        new("delivery.milestones", "里程碑", "Milestones"),
        new("delivery.milestone", "里程碑", "Milestone"),
        new("delivery.planned", "计划日期", "Planned"),
        new("delivery.actual", "实际日期", "Actual"),
        new("delivery.record", "登记", "Record"),
        new("delivery.collections", "回款", "Collections"),
        new("delivery.date", "日期", "Date"),
        new("delivery.amount", "金额（元）", "Amount (CNY)"),
        new("delivery.note", "备注", "Note"),
        new("delivery.add-collection", "登记回款", "Record collection"),
        new("delivery.revenue-note", "收入于终验时按不含税合同额确认；终验前的回款为预收款，终验后含税合同额扣除回款为应收账款。", "Revenue is recognised at final acceptance at the amount without tax; collections before it are advances, after it the amount with tax less collections is receivable."),
        new("delivery.back", "返回订单列表", "Back to orders"),

        new("delivery.new.title", "录入订单", "New order"),
        new("delivery.title", "项目名称", "Project title"),
        new("delivery.overseas", "境外订单", "Overseas order"),
        new("delivery.plan-typical", "按典型比例排定里程碑", "Spread milestones in the usual proportions"),
        new("delivery.save", "保存", "Save"),
        new("delivery.saved", "已保存", "Saved"),
        new("delivery.customer-sector-default", "（默认为客户所属行业）", "(default: the customer's sector)"),

        new("delivery.cycles.title", "交付周期", "Delivery cycles"),
        new("delivery.cycles.explain", "调研纪要：在手订单交付周期基本在 9-12 个月，具体因项目复杂程度、规模、客户需求等因素有所不同。周期 = 实际终验日期 − 签约日期。", "The IR record: the delivery cycle of orders in hand is basically around 9-12 months, varying with complexity, scale and customer demand. Cycle = actual final acceptance minus signing."),
        new("delivery.late.title", "延期与滞后项目", "Late and slipping projects"),
        new("delivery.late.explain", "终验晚于计划、到期未终验，或尚未到期但已有里程碑滞后的项目；按延期天数排序。", "Projects accepted after plan, past their planned acceptance, or not yet due but with a milestone behind plan; most late first."),
        new("delivery.slipped", "滞后里程碑", "Milestone that slipped"),
        new("delivery.slipped-days", "里程碑滞后天数", "Milestone days late"),
        new("delivery.acceptance-days-late", "终验延期天数", "Acceptance days late"),
        new("delivery.forecast-days", "计划周期（天）", "Planned cycle (days)"),
        new("delivery.actual-days", "实际周期（天）", "Actual cycle (days)"),
        new("delivery.at-risk", "滞后", "Slipping"),
        new("delivery.none-late", "没有延期或滞后的项目。", "No late or slipping projects."),
        new("delivery.dist.title", "周期分布", "Cycle distributions"),
        new("delivery.dist.explain", "按终验周期的整月数（每月 30.44 天）统计已验收订单；阴影为 9-12 个月区间。", "Accepted orders by whole months of cycle (30.44 days a month); the shaded band is 9-12 months."),
        new("delivery.dist.by-area", "按业务板块", "By business area"),
        new("delivery.dist.by-sector", "按客户行业", "By customer sector"),
        new("delivery.accepted-count", "已验收", "Accepted"),
        new("delivery.median", "中位周期（天）", "Median (days)"),
        new("delivery.in-band-share", "9-12 个月占比", "Share in 9-12 months"),
        new("delivery.months", "月", "months"),
        new("delivery.forecast.title", "预计终验（收入）按季度", "Expected acceptances (revenue) by quarter"),
        new("delivery.forecast.method",
            "方法：对每个尚未终验的订单，取其所属业务板块历史已验收订单的周期分布中长于该订单已进行天数的周期（至今未验收，说明周期更长），每个候选周期按其订单数占比，把订单不含税金额分配到“签约日期 + 该周期”所在季度；已超过该板块全部历史周期或板块无历史的订单计入本季度。收入于终验时确认，所以这也是预计收入。",
            "Method: for each order not yet accepted, take its business area's historical cycles (accepted orders) longer than the days the order has run so far (it is not accepted yet, so its cycle is longer); each candidate cycle puts its share (its order count over all candidates) of the order's amount without tax into the quarter of signing + that cycle. An order older than every cycle of its area, or of an area without history, is expected this quarter. Revenue is recognised at final acceptance, so this is also expected revenue."),
        new("delivery.quarter", "季度", "Quarter"),
        new("delivery.domestic-cny", "境内（元）", "Domestic (CNY)"),
        new("delivery.overseas-cny", "境外（元）", "Overseas (CNY)"),
        new("delivery.total-cny", "合计（元）", "Total (CNY)"),
        new("delivery.as-of", "截至", "As of"),

        new("delivery.backlog.title", "在手订单与预计收入", "Backlog and expected revenue"),
        new("delivery.backlog.total", "在手订单 {0} 个，不含税合计 {1} 元（境内 {2}，境外 {3}）", "{0} orders in hand, {1} CNY without tax (domestic {2}, overseas {3})"),
        new("delivery.backlog.by-planned", "按计划终验季度", "By quarter of planned acceptance"),
        new("delivery.backlog.overdue", "已过计划终验日", "Past planned acceptance"),
        new("delivery.orders-count", "订单数", "Orders"),

        new("delivery.disclosure.title", "分部毛利、客户集中度与关联交易", "Segment margins, customer concentration and related parties"),
        new("delivery.disclosure.explain", "以终验确认的收入（不含税合同额）和项目成本计算，供年报分部信息和关联交易披露使用。", "From revenue recognised at final acceptance (contract amounts without tax) and project cost, for the annual report's segment note and related-party note."),
        new("delivery.year", "年度", "Year"),
        new("delivery.segments.title", "分部毛利", "Gross margin by segment"),
        new("delivery.segments.by-area", "按业务板块", "By business area"),
        new("delivery.segments.by-sector", "按客户行业", "By customer sector"),
        new("delivery.segments.by-region", "按境内/境外", "Domestic and overseas"),
        new("delivery.segment", "分部", "Segment"),
        new("delivery.revenue", "收入（元）", "Revenue (CNY)"),
        new("delivery.gross-profit", "毛利（元）", "Gross profit (CNY)"),
        new("delivery.total", "合计", "Total"),
        new("delivery.concentration.title", "客户集中度", "Customer concentration"),
        new("delivery.concentration.revenue", "前五名客户占当年收入 {0}%", "Top five customers: {0}% of the year's revenue"),
        new("delivery.concentration.backlog", "前五名客户占在手订单 {0}%", "Top five customers: {0}% of the backlog"),
        new("delivery.share", "占比", "Share"),
        new("delivery.related", "关联方", "Related party"),
        new("delivery.related.title", "关联交易", "Related-party transactions"),
        new("delivery.related.explain", "调研纪要：持有公司 11.14% 股份的重要股东深圳市顺丰投资有限公司，与公司交易遵循正常商业条款，确保交易价格公允。下表把关联客户的交易条件（平均单价、毛利率、信用期、回款比例）与同一业务板块非关联客户并列。持股 5% 以上的股东及其关联企业视为关联方（上市规则）。",
            "The IR record: Shenzhen Shunfeng Investment, an important shareholder holding 11.14 % of the shares, deals with the company on normal commercial terms at fair prices. The table sets each related customer's terms (average price, margin, payment terms, share collected) beside those of unrelated customers in the same business area. Holders of 5 % or more and their affiliates are related parties (Listing Rules)."),
        new("delivery.related.share", "关联交易收入 {0} 元，占收入 {1}%", "Related-party revenue {0} CNY, {1}% of revenue"),
        new("delivery.related.none", "没有关联客户的已验收订单。", "No accepted orders of related customers."),
        new("delivery.relationship", "关联关系", "Relationship"),
        new("delivery.holding", "持股比例", "Shareholding"),
        new("delivery.related-terms", "关联方", "Related"),
        new("delivery.unrelated-terms", "同板块非关联方", "Unrelated, same area"),
        new("delivery.avg-price", "平均单价（元）", "Average price (CNY)"),
        new("delivery.avg-terms", "平均信用期（天）", "Average terms (days)"),
        new("delivery.collected-share", "回款比例", "Collected"),
        new("delivery.margin-diff", "毛利率差（百分点）", "Margin difference (pp)"),
        new("delivery.all-years", "全部年度", "All years"),
        new("delivery.nav.customers", "客户与关联方", "Customers and related parties"),
        new("delivery.customers.title", "客户与关联方", "Customers and related parties"),
        new("delivery.customers.explain", "客户按所属行业登记；关联关系在此标记（调研纪要：持股 11.14% 的股东同时是重要客户），披露页据此列示关联交易。", "Customers are registered with their sector; related parties are flagged here (the IR record: a shareholder holding 11.14 % is also a major customer), and the disclosure page lists their transactions from this."),
        new("delivery.customers.add", "登记客户", "Register a customer"),
        new("delivery.customers.register", "登记单位", "Registered by"),
        new("delivery.related-party-name", "关联方名称", "Related party"),
        new("delivery.entities.title", "订单承接主体", "Serving entities"),
        new("delivery.country", "国家或地区", "Country"),
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

    public static Localized Name(string key) => All.FirstOrDefault(e => e.Key == key) is { } e ? new Localized(e.Zh, e.En) : new Localized(key, key);

    public static string Area(BusinessArea area) => T($"delivery.area.{area}");

    public static string Milestone(MilestoneKind kind) => T($"delivery.milestone.{kind}");

    public static Localized MilestoneName(MilestoneKind kind) => Name($"delivery.milestone.{kind}");

    public static string Region(bool overseas) => T(overseas ? "delivery.region.overseas" : "delivery.region.domestic");

    public static string Money(long fen) => (fen / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static bool Chinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
}
