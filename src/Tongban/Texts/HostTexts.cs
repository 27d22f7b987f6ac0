using Tongban.Kernel.Modules;

namespace Tongban.Texts;

/// <summary>The host's UI strings (kernel pages, layout, sign-in), in Chinese and English.</summary>
internal static class HostTexts
{
    public static IReadOnlyList<TextEntry> All { get; } =
    [
        new("app.name", "通办", "Tongban"),
        new("app.tagline", "公共机构一体化政务平台", "Public administration suite"),

        new("layout.menu", "菜单", "Menu"),
        new("layout.language", "切换语言", "Switch language"),
        new("layout.logout", "退出登录", "Sign out"),

        new("nav.group.work", "工作", "Work"),
        new("nav.group.modules", "业务模块", "Modules"),
        new("nav.group.admin", "系统管理", "Administration"),
        new("nav.group.developer", "开发者", "Developers"),
        new("nav.dashboard", "我的工作", "My work"),
        new("nav.calendar", "工作日历", "Working-day calendar"),
        new("nav.workflows", "业务流程", "Workflows"),
        new("nav.reports", "统计报表", "Reports"),
        new("nav.imports", "数据导入", "Imports"),
        new("nav.orgs", "组织机构", "Organisations"),
        new("nav.users", "用户与授权", "Users and grants"),
        new("nav.audit", "审计日志", "Audit log"),
        new("nav.tokens", "API 令牌", "API tokens"),
        new("nav.apiref", "API 参考", "API reference"),

        new("login.title", "登录", "Sign in"),
        new("login.hint", "请使用您的工作账号登录。", "Use your work account to sign in."),
        new("login.pitch", "一个平台办理有章可循的公共事务：谁登记、谁审批、几个工作日内办结、如何计算。", "One suite for public business run by written rules: who records, who approves, within how many working days, and what is calculated."),
        new("login.point.deadlines", "按法定工作日计算办理时限", "Deadlines counted in statutory working days"),
        new("login.point.audit", "每一次变更都写入防篡改审计链", "Every change written to a tamper-evident audit chain"),
        new("login.point.scope", "按组织授权，只看得到本单位的数据", "Grants by organisation: you see only your units' records"),
        new("login.username", "用户名", "User name"),
        new("login.password", "密码", "Password"),
        new("login.submit", "登录", "Sign in"),
        new("login.error.invalid", "用户名或密码不正确。", "The user name or password is wrong."),
        new("login.error.locked", "登录失败次数过多，账号已临时锁定，请 15 分钟后再试。", "Too many failed attempts: the account is locked for 15 minutes."),
        new("login.error.missing", "请输入用户名和密码。", "Enter your user name and password."),
        new("login.error.notallowed", "该账号不允许登录。", "This account may not sign in."),

        new("denied.title", "无权访问", "Access denied"),
        new("denied.text", "您没有访问此页面所需的授权。", "You do not hold a grant that allows this page."),

        new("common.refresh", "刷新", "Refresh"),
        new("common.save", "保存", "Save"),
        new("common.cancel", "取消", "Cancel"),
        new("common.create", "新建", "New"),
        new("common.close", "关闭", "Close"),
        new("common.yes", "是", "Yes"),
        new("common.no", "否", "No"),
        new("common.none", "无", "None"),
        new("common.actions", "操作", "Actions"),
        new("common.saved", "已保存。", "Saved."),

        new("export.label", "导出", "Export"),
        new("export.csv", "导出 CSV", "Export CSV"),
        new("export.xlsx", "导出 Excel (XLSX)", "Export Excel (XLSX)"),
        new("export.done", "已导出 {0} 行。", "Exported {0} rows."),

        new("dashboard.title", "我的工作", "My work"),
        new("dashboard.overdue", "已超期", "Overdue"),
        new("dashboard.duesoon", "3 个工作日内到期", "Due within 3 working days"),
        new("dashboard.open", "在办事项", "Open matters"),
        new("dashboard.orgs", "我可见的单位", "Organisations I see"),
        new("dashboard.due.title", "到期与超期事项", "Matters due and overdue"),
        new("dashboard.due.none", "您负责的单位目前没有待办的到期事项。", "No matters are due in your organisations."),

        new("matter.reference", "编号", "Reference"),
        new("matter.title", "事项", "Matter"),
        new("matter.org", "承办单位", "Organisation"),
        new("matter.workflow", "流程", "Workflow"),
        new("matter.state", "当前环节", "State"),
        new("matter.due", "办理时限", "Due"),
        new("matter.daysleft", "剩余工作日", "Working days left"),

        new("days.left", "剩 {0} 个工作日", "{0} working days left"),
        new("days.today", "今日到期", "Due today"),
        new("days.overdue", "超期 {0} 个工作日", "{0} working days overdue"),

        new("daykind.workday", "工作日", "Working day"),
        new("daykind.weekend", "周末", "Weekend"),
        new("daykind.holiday", "法定节假日", "Public holiday"),
        new("daykind.adjusted", "调休上班", "Adjusted working day"),

        new("weekday.0", "星期日", "Sunday"),
        new("weekday.1", "星期一", "Monday"),
        new("weekday.2", "星期二", "Tuesday"),
        new("weekday.3", "星期三", "Wednesday"),
        new("weekday.4", "星期四", "Thursday"),
        new("weekday.5", "星期五", "Friday"),
        new("weekday.6", "星期六", "Saturday"),
    ];
}
