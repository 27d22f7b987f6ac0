using Tongban.Kernel.Modules;

namespace Tongban.Clinic;

/// <summary>The clinic module's refusal texts by rule code (zh-CN, en), and the fields they name.</summary>
internal static class ClinicRuleTexts
{
    public static IReadOnlyList<TextEntry> Rules { get; } =
    [
        new("clinic.already-enrolled", "该患者已在此随访项目中。", "The patient is already enrolled in this programme."),
        new("clinic.ascites-unknown", "腹水为 none（无）、mild（轻度）或 moderate（中重度）。", "Ascites is none, mild or moderate."),
        new("clinic.birth-date", "出生日期晚于今天或早于 130 年前。", "The birth date is in the future or more than 130 years ago."),
        new("clinic.channel-unknown", "未知的提醒方式。", "Unknown channel."),
        new("clinic.date-before-birth", "日期早于患者出生日期。", "The date is before the patient's birth."),
        new("clinic.date-format", "“{value}”不是日期（yyyy-MM-dd）。", "'{value}' is not a date (yyyy-MM-dd)."),
        new("clinic.date-future", "日期晚于今天。", "The date is after today."),
        new("clinic.division-code", "行政区划代码为 6 位数字。", "A division code has six digits."),
        new("clinic.encephalopathy-unknown", "肝性脑病为 none（无）、1-2 级或 3-4 级。", "Encephalopathy is none, 1-2 or 3-4."),
        new("clinic.end-date", "结束日期须在入组日期与今天之间。", "The end date lies between enrolment and today."),
        new("clinic.enrolment-unknown", "在您的诊疗组中没有该入组记录。", "No such enrolment in your teams."),
        new("clinic.id-number-birth", "出生日期与身份证号中的不一致。", "The birth date differs from the one in the ID number."),
        new("clinic.id-number-check", "身份证号校验码不符（GB 11643）。", "The ID number's check character does not match (GB 11643)."),
        new("clinic.id-number-format", "身份证号为 17 位数字加 1 位校验码。", "An ID number has 17 digits and a check character."),
        new("clinic.interval-exists", "该项目自此日期起已有随访间隔。", "An interval for this item from this date exists."),
        new("clinic.interval-months", "随访间隔为 1 至 60 个月，不能为 {months}。", "An interval is 1 to 60 months, not {months}."),
        new("clinic.interval-source", "请注明间隔的出处（最多 300 字）。", "Name the interval's source (at most 300 characters)."),
        new("clinic.item-unknown", "未知的随访项目“{value}”。", "Unknown follow-up item '{value}'."),
        new("clinic.items-required", "请至少选择一项已完成的检查。", "Name at least one item done."),
        new("clinic.lab-above-hard", "{value} 超过硬性上限 {limit}：不可能的值或单位错误。", "{value} is above the hard limit {limit}: impossible, or a unit error."),
        new("clinic.lab-below-hard", "{value} 低于硬性下限 {limit}：不可能的值或单位错误。", "{value} is below the hard limit {limit}: impossible, or a unit error."),
        new("clinic.not-permitted", "此操作需要在该患者所属诊疗组具有权限 {permission}。", "This needs the permission {permission} at the patient's team."),
        new("clinic.note-too-long", "备注最多 300 字。", "A note has at most 300 characters."),
        new("clinic.outcome-channel", "短信的结果为“已发送”；电话的结果为患者的答复。", "A message's outcome is 'message sent'; a call's is what the patient said."),
        new("clinic.outcome-unknown", "未知的提醒结果。", "Unknown outcome."),
        new("clinic.patient-exists", "该身份证号的患者已登记。", "A patient with this ID number is registered."),
        new("clinic.patient-name", "患者姓名为 1 至 50 字。", "A patient's name is 1 to 50 characters."),
        new("clinic.patient-unknown", "在您的诊疗组中没有该患者。", "No such patient in your teams."),
        new("clinic.phone", "电话号码为 7 至 15 位数字。", "A phone number has 7 to 15 digits."),
        new("clinic.programme-unknown", "未知的随访项目类型“{value}”。", "Unknown programme '{value}'."),
        new("clinic.sex", "性别为男或女。", "Sex is male or female."),
        new("clinic.team-unknown", "没有该诊疗组。", "No such team."),
    ];

    public static IReadOnlyList<TextEntry> Fields { get; } =
    [
        new("sex", "性别", "Sex"),
        new("phone", "电话", "Phone"),
        new("teamOrgId", "诊疗组", "Team"),
        new("patientId", "患者", "Patient"),
        new("enrolmentId", "入组", "Enrolment"),
        new("programme", "随访方案", "Programme"),
        new("enrolledOn", "入组日期", "Enrolled on"),
        new("endedOn", "结束日期", "Ended on"),
        new("items", "随访项目", "Follow-up items"),
        new("intervalMonths", "间隔（月）", "Interval (months)"),
        new("validFrom", "生效日期", "Valid from"),
        new("channel", "提醒方式", "Channel"),
        new("bilirubin", "总胆红素（µmol/L）", "Total bilirubin (µmol/L)"),
        new("albumin", "白蛋白（g/L）", "Albumin (g/L)"),
        new("inr", "国际标准化比值 INR", "INR"),
        new("creatinine", "肌酐（µmol/L）", "Creatinine (µmol/L)"),
        new("sodium", "血钠（mmol/L）", "Sodium (mmol/L)"),
        new("ascites", "腹水", "Ascites"),
        new("encephalopathy", "肝性脑病", "Encephalopathy"),
        new("--bilirubin", "总胆红素（µmol/L）", "Total bilirubin (µmol/L)"),
        new("--albumin", "白蛋白（g/L）", "Albumin (g/L)"),
        new("--inr", "INR", "INR"),
        new("--creatinine", "肌酐（µmol/L）", "Creatinine (µmol/L)"),
        new("--sodium", "血钠（mmol/L）", "Sodium (mmol/L)"),
    ];
}
