using Tongban.Kernel.Modules;

namespace Tongban.Epidemic;

/// <summary>The epidemic module's refusal texts by rule code (zh-CN, en), and the fields they name.</summary>
internal static class EpidemicRuleTexts
{
    public static IReadOnlyList<TextEntry> Rules { get; } =
    [
        new("epidemic.isolation.release-before-start", "解除隔离时间（{released}）不能早于隔离开始时间（{start}）。", "The release ({released}) cannot be before the start of isolation ({start})."),
        new("epidemic.home.kind", "{kind} 没有居家管理日程。", "{kind} has no home schedule."),
        new("epidemic.arrival.first-test-before-arrival", "首次检测（{f}）不能早于抵达（{arrived}）。", "The first test ({f}) cannot be before the arrival ({arrived})."),
        new("epidemic.test.result-before-sample", "结果时间 {r} 早于采样时间 {sampled}。", "The result time {r} is before the sample time {sampled}."),
        new("epidemic.test.result-time-missing", "阴性或阳性结果须填写报告时间。", "A negative or positive result needs the time it was reported."),
        new("epidemic.time.unreadable", "“{text}”不是 2022-10-30T08:00 格式的时间（北京时间）。", "'{text}' is not a time of the form 2022-10-30T08:00 (Beijing time)."),
        new("epidemic.policy.window-empty", "第二次检测前的间隔（{arrivalSecondTestGapHours} 小时）须短于允许完成的时间（{arrivalSecondTestWithinHours} 小时）。", "The gap before the second test ({arrivalSecondTestGapHours} h) must be shorter than the time allowed for it ({arrivalSecondTestWithinHours} h)."),
        new("epidemic.policy.negative", "{setting} 不能为负数（{bulletinCaseLinesUpTo}）。", "{setting} cannot be negative ({bulletinCaseLinesUpTo})."),
        new("epidemic.policy.fever-threshold", "发热阈值 {feverFromCelsius} °C 不在 36–40 °C 之间。", "A fever threshold of {feverFromCelsius} °C is outside 36-40 °C."),
        new("epidemic.policy.not-positive", "{field}必须是正数，而不是 {value}。", "{field} must be a positive number, not {value}."),
        new("epidemic.policy.test-day-outside-period", "检测日第 {day} 天不在 {length} 天的期间之内。", "Test day {day} lies outside the {length}-day period."),
        new("epidemic.policy.duplicate-date", "同一天已有防控政策生效。", "A policy already takes effect on that date."),
        new("epidemic.policy.none-in-force", "该日期没有生效的防控政策。", "No epidemic policy is in force on that date."),
        new("epidemic.person.roommate-unknown", "没有与此人同住者的记录。", "The person this one lives with is not on record."),
        new("epidemic.person.roommate-not-home", "同住人员只能关联到居家隔离或居家健康监测人员。", "Room-mates are linked to a home-isolated or home-monitored person."),
        new("epidemic.person.roommate-kind", "同住人员与其同住者采取相同的{kind}。", "A room-mate follows the same {kind} as the person they live with."),
        new("epidemic.person.case-unknown", "没有此人作为密切接触者所关联病例的记录。", "The case this person is a contact of is not on record."),
        new("epidemic.person.kind", "“{kind}”不是管理方式。", "'{kind}' is not a kind of management."),
        new("epidemic.person.name-missing", "管理对象须填写姓名。", "A person under management needs a name."),
        new("epidemic.person.isolation-point-missing", "集中隔离须填写隔离点。", "Centralised isolation needs the isolation point."),
        new("epidemic.person.certificate-code", "证明编号最长 20 个字符。", "A certificate code has at most 20 characters."),
        new("epidemic.person.certificate-code-taken", "证明编号“{code}”已被使用。", "The certificate code '{code}' is already in use."),
        new("epidemic.test.unknown", "没有该检测记录。", "The test is not on record."),
        new("epidemic.test.result-pending", "结果须为阴性或阳性。", "A result is negative or positive."),
        new("epidemic.person.not-centralised", "只有集中隔离以解除隔离结束。", "Only centralised isolation ends with a release."),
        new("epidemic.alert.unknown", "没有该预警记录。", "The alert is not on record."),
        new("epidemic.list.page-size", "每页条数超出允许范围（1 至 1000 行）。", "A page holds 1 to 1000 rows."),
        new("epidemic.certificate.unknown-code", "在您的授权范围内没有编号为“{code}”的证明。", "No certificate within your grants has the code '{code}'."),
        new("epidemic.person.unknown", "没有此人的记录，或不在您的授权范围内。", "The person is not on record or not within your grants."),
        new("epidemic.district.unknown", "“{code}”不是已知的区县代码。", "'{code}' is not a known district code."),
        new("epidemic.curve.range", "日期范围的开始晚于结束。", "The start of the date range is after its end."),
        new("epidemic.curve.range-too-long", "曲线最多覆盖 {maxDays} 天。", "A curve covers at most {maxDays} days."),
        new("epidemic.list.page", "页码从 1 开始。", "The page number starts at 1."),
        new("epidemic.list.range", "日期范围的开始晚于结束。", "The start of the date range is after its end."),
        new("epidemic.case.class", "“{class}”不是确诊病例或无症状感染者。", "'{class}' is not confirmed or asymptomatic."),
        new("epidemic.case.origin", "“{origin}”不是本土或输入。", "'{origin}' is not local or imported."),
        new("epidemic.case.found-by", "“{foundBy}”不是病例的发现途径。", "'{foundBy}' is not a way a case is found."),
        new("epidemic.case.conversion-not-confirmed", "只有确诊病例才能是由无症状感染者转归的。", "Only a confirmed case can be a conversion from an asymptomatic infection."),
        new("epidemic.case.imported-arrival-missing", "输入病例须填写入境日期。", "An imported case needs its arrival date."),
        new("epidemic.case.imported-origin-missing", "输入病例须填写来源地。", "An imported case needs the place it came from."),
        new("epidemic.case.imported-port-missing", "输入病例须填写入境口岸。", "An imported case needs its port of arrival."),
        new("epidemic.case.diagnosis-before-arrival", "输入病例的诊断日期（{diagnosisDate:yyyy-MM-dd}）不能早于入境日期（{arrivalDate:yyyy-MM-dd}）。", "An imported case cannot be diagnosed ({diagnosisDate:yyyy-MM-dd}) before it arrived ({arrivalDate:yyyy-MM-dd})."),
        new("epidemic.case.date-before-diagnosis", "{field}（{value:yyyy-MM-dd}）不能早于诊断日期（{diagnosisDate:yyyy-MM-dd}）。", "{field} ({value:yyyy-MM-dd}) cannot be before the diagnosis ({diagnosisDate:yyyy-MM-dd})."),
        new("epidemic.cli.lang", "“{language}”不是 zh、en 或 both。", "'{language}' is not zh, en or both."),
        new("epidemic.date.unreadable", "不是 2022-10-30 格式的日期。", "Not a date of the form 2022-10-30."),
        new("epidemic.import.value", "“{value}”不是允许的取值，未导入任何内容。", "'{value}' is not one of the allowed values. Nothing was imported."),
        new("epidemic.import.duplicate-code", "编号“{value}”重复或已被使用，未导入任何内容。", "The code '{value}' is repeated or already in use. Nothing was imported."),
        new("epidemic.import.out-of-scope", "“{value}”不在您的授权范围内，未导入任何内容。", "'{value}' is outside your grants. Nothing was imported."),
    ];

    public static IReadOnlyList<TextEntry> Fields { get; } =
    [
        new("releasedAt", "解除隔离时间", "Released at"),
        new("firstTest", "首次检测", "First test"),
        new("resultAt", "结果时间", "Result time"),
        new("roommateOf", "同住者", "Lives with"),
        new("contactOf", "关联病例", "Contact of"),
        new("isolationPoint", "隔离点", "Isolation point"),
        new("certificateCode", "证明编号", "Certificate code"),
        new("foundBy", "发现途径", "Found by"),
        new("convertedFromAsymptomatic", "由无症状转归", "Converted from asymptomatic"),
        new("arrivalDate", "入境日期", "Arrival date"),
        new("diagnosisDate", "诊断日期", "Diagnosis date"),
        new("EffectiveFrom", "生效日期", "Effective from"),
        new("FeverFromCelsius", "发热阈值", "Fever threshold"),
        new("ArrivalSecondTestGapHours", "第二次检测间隔", "Second-test gap"),
        new("BulletinCaseLinesUpTo", "通报列出病例数上限", "Bulletin case lines"),
    ];
}
