using Tongban.Kernel.Modules;

namespace Tongban.Texts;

/// <summary>The host's refusal texts (API, CLI, bench) by rule code.</summary>
internal static class HostRuleTexts
{
    public static IReadOnlyList<TextEntry> Rules { get; } =
    [
        new("auth.not-signed-in", "请先登录。", "Sign in first."),
        new("serve.today-demo-only", "--today 会改动服务器的时钟，只用于演示数据：请同时加上 --demo。", "--today sets the server's clock and is only for the demo world: add --demo."),
        new("paging.page", "页码从 1 开始。", "The page number starts at 1."),
        new("paging.page-size", "每页 1 至 500 行。", "A page holds 1 to 500 rows."),
        new("calendar.date-format", "“{text}”不是 yyyy-MM-dd 格式的日期。", "'{text}' is not a date in the form yyyy-MM-dd."),
        new("imports.unknown", "没有导入项“{key}”。", "There is no import '{key}'."),
        new("imports.not-permitted", "您在任何单位都没有 {permission} 权限。", "You do not hold {permission} anywhere."),
        new("bench.postgres-missing", "在 {bin} 中找不到 PostgreSQL 程序；请设置 TONGBAN_PG_BIN，或用 --db 给出连接字符串。", "PostgreSQL binaries not found in {bin}; set TONGBAN_PG_BIN or give --db with a connection string."),
        new("bench.repeat-positive", "--repeat 至少为 1。", "--repeat must be at least 1."),
        new("bench.db-not-postgres", "--provider postgres 需要在 --db 中给出 PostgreSQL 连接字符串（或不给，以启动临时服务器）。", "--provider postgres needs a PostgreSQL connection string in --db (or none, to start a throwaway server)."),
        new("import.file-missing", "没有文件“{file}”。", "There is no file '{file}'."),
        new("users.password-required", "请给出 --password 或 ${passwordVariable}。", "Give --password or ${passwordVariable}."),
        new("init.admin-password-required", "数据库尚无管理员：请给出 --admin-password 或 ${passwordVariable}（没有默认密码）。", "The database has no administrator yet: give --admin-password or ${passwordVariable} (there is no default password)."),
        new("idempotency.key-invalid", "Idempotency-Key 须为 1 至 {max} 个字符。", "The Idempotency-Key is 1 to {max} characters."),
        new("idempotency.key-reused", "该 Idempotency-Key 已用于另一个内容不同的请求；新的请求请使用新的键。未作任何更改。", "This Idempotency-Key was already used for a request with another body; use a new key for a new request. Nothing was changed."),
        new("idempotency.in-progress", "使用该 Idempotency-Key 的请求正在办理，请稍后重试。", "A request with this Idempotency-Key is being handled; try again shortly."),
        new("db.missing", "没有数据库文件 {file}（不会新建空库）。", "There is no database file {file} (none is created)."),
        new("audit.unreadable", "无法读取审计链：{reason}", "The audit chain cannot be read: {reason}"),
        new("backup.exists", "{file} 已存在；备份从不覆盖已有文件。", "{file} already exists; a backup never overwrites a file."),
        new("backup.missing", "没有备份文件 {file}。", "There is no backup file {file}."),
        new("backup.postgres", "PostgreSQL 请用 pg_dump --format=custom 备份、pg_restore 恢复，然后运行 tongban audit verify（见 README“备份与恢复”）。", "On PostgreSQL use pg_dump --format=custom and pg_restore, then 'tongban audit verify' (README, \"Backup and restore\")."),
        new("backup.key-missing", "审计密钥 {path} 不存在；副本须用本安装的密钥校验（或设置 TONGBAN_AUDIT_KEY）。", "The audit key {path} is not there; a copy is verified with this installation's key (or set TONGBAN_AUDIT_KEY)."),
        new("backup.verify-failed", "校验未通过：{reason}", "The copy did not verify: {reason}"),
        new("db.busy", "数据库正在执行一项较长的写入（导入或批量计算），本次请求未作任何保存。请在 {seconds} 秒后重试。", "The database is busy with a long write (an import or a batch run); nothing of this request was saved. Try again in {seconds} seconds."),
        new("request.unreadable", "无法读取请求。", "The request could not be read."),
        new("request.cross-site", "通过浏览器会话修改数据的 API 请求必须来自本站。", "A change through the API with the browser's session must come from this site."),
        new("tokens.session-only", "只有登录的会话可以创建 API 令牌，令牌不能再创建令牌。", "Only a signed-in session creates API tokens; a token cannot create another."),
        new("request.undefined-value", "{field}：{value} 不是规定的取值之一。", "{field}: {value} is not one of the defined values."),
        new("request.value-required", "{field} 须有值。", "{field} needs a value."),
        new("demo.not-a-demo-database", "账号“{admin}”不是演示程序创建的：这不是演示数据库，演示程序不会向其中添加任何内容。", "The account '{admin}' was not made by the demo: this is no demo database, and the demo adds nothing to it."),
        new("demo.database-in-use", "数据库中已有非演示程序创建的账号：演示程序会添加密码公开的账号。请使用空数据库，或加上 --force。", "The database has accounts the demo did not make: the demo would add accounts with published passwords. Use an empty database, or add --force."),
        new("request.rate-limited", "本机请求过于频繁，请一分钟后再试。", "Too many requests from this address: try again in a minute."),
        new("common.required", "须填写此项。", "Required."),
        new("calendar.date-required", "请选择起算日期。", "Choose a start date."),
    ];

    public static IReadOnlyList<TextEntry> Fields { get; } =
    [

    ];
}
