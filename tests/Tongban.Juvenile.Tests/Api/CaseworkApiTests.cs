using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Juvenile.SpecialEducation;
using Tongban.Juvenile.Tests.Support;
using Tongban.Kernel.Data;
using Tongban.Kernel.Matters;
using static Tongban.Juvenile.Tests.Api.AccessApiTests;

namespace Tongban.Juvenile.Tests.Api;

/// <summary>A school, a police station, an education department and the committee each working their part of a case, over HTTP.</summary>
public sealed class CaseworkApiTests
{
    private static async Task<string?> RuleAsync(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString();
    }

    private static async Task<string> DetailAsync(HttpResponseMessage r) => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task Behaviours_are_classified_item_by_item_and_bad_input_is_refused_with_the_article(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var police = host.As(JuvenilePermissions.PoliceRole, "police-a");
        var id = await OpenCaseAsync(police, "郭天佑", "2008-10-01");

        // Art. 28 (2); art. 38 (3) instigated: the art. 39 report to police is due at once.
        Assert.Equal(HttpStatusCode.Created, (await police.PostJsonAsync($"/api/juvenile/cases/{id}/behaviours", new { item = "28.2", occurredOn = "2025-03-01", description = "多次逃学" })).StatusCode);
        var serious = await (await police.PostJsonAsync($"/api/juvenile/cases/{id}/behaviours", new { item = "38.3", occurredOn = "2025-04-01", description = "殴打同学", instigated = true, instigationNote = "社会人员教唆" })).JsonAsync();
        Assert.Equal("Serious", serious.GetProperty("category").GetString());
        Assert.Equal(JsonValueKind.String, serious.GetProperty("policeReportDueUtc").ValueKind);

        var unknown = await police.PostJsonAsync($"/api/juvenile/cases/{id}/behaviours", new { item = "28.12", occurredOn = "2025-04-01", description = "x" });
        Assert.Equal("juvenile.behaviour.unknown-item", await RuleAsync(unknown));

        // Born 2008-10-01: 18 on 2026-10-01 is outside this law; the fake clock stands at 2025-09-26, so use a past date only.
        var adult = await police.PostJsonAsync("/api/juvenile/cases", new { fullName = "成年人", gender = "男", birthDate = "2007-01-01", guardians = "x" });
        Assert.Equal("juvenile.age.adult", await RuleAsync(adult));
        var beforeBirth = await police.PostJsonAsync($"/api/juvenile/cases/{id}/behaviours", new { item = "28.1", occurredOn = "2008-01-01", description = "x" });
        Assert.Equal("juvenile.age.before-birth", await RuleAsync(beforeBirth));

        // Art. 45 needs a minor below the age of criminal responsibility: at 16 for an ordinary offence, refused.
        var responsible = await police.PostJsonAsync($"/api/juvenile/cases/{id}/behaviours", new { item = "45", occurredOn = "2025-09-01", description = "盗窃", offenceTier = "Ordinary" });
        Assert.Equal("juvenile.age.criminally-responsible", await RuleAsync(responsible));

        var detail = await (await police.GetAsync($"/api/juvenile/cases/{id}")).JsonAsync();
        Assert.Equal(2, detail.GetProperty("behaviours").GetArrayLength());
        Assert.Equal("High", detail.GetProperty("case").GetProperty("risk").GetString());
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task Only_the_actor_the_law_names_may_take_a_measure_and_art32_notice_is_tracked(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var school = host.As(JuvenilePermissions.SchoolRole, "school-a");
        var police = host.As(JuvenilePermissions.PoliceRole, "police-a");
        var id = await OpenCaseAsync(school, "何文博");
        await school.PostJsonAsync($"/api/juvenile/cases/{id}/behaviours", new { item = "38.4", occurredOn = "2025-09-10", description = "盗窃同学财物" });
        await school.PostJsonAsync($"/api/juvenile/cases/{id}/referrals", new { toOrgId = host.Orgs["police-a"], kind = "Referral", reason = "第38条严重不良行为" });

        var schoolArt41 = await school.PostJsonAsync($"/api/juvenile/cases/{id}/measures", new { code = "41.3", owner = "班主任" });
        Assert.Equal("juvenile.measure.wrong-actor", await RuleAsync(schoolArt41));
        Assert.StartsWith("Art. 41 item 3", await DetailAsync(await school.PostJsonAsync($"/api/juvenile/cases/{id}/measures", new { code = "41.3", owner = "班主任" })));
        var policeArt31 = await police.PostJsonAsync($"/api/juvenile/cases/{id}/measures", new { code = "31.2", owner = "民警" });
        Assert.StartsWith("Art. 31 item 2", await DetailAsync(policeArt31));

        // Art. 31: only when the student refuses to correct or it is serious; the refusal names the field.
        var noGround = await school.PostJsonAsync($"/api/juvenile/cases/{id}/measures", new { code = "31.1", owner = "德育处" });
        Assert.Equal("juvenile.measure.art31-ground", await RuleAsync(noGround));

        // Art. 33: the school may handle theft under art. 31; the guardians must be told (art. 32).
        var measure = await (await school.PostJsonAsync($"/api/juvenile/cases/{id}/measures", new { code = "31.1", owner = "德育处", reviewOn = "2025-12-01", ground = "NotCorrected" })).JsonAsync();
        var measureId = measure.GetProperty("id").GetGuid();
        var pending = await (await school.GetAsync($"/api/juvenile/cases/{id}")).JsonAsync();
        Assert.Equal("Pending", pending.GetProperty("measures")[0].GetProperty("notice").GetString());
        var late = await (await school.PostJsonAsync($"/api/juvenile/measures/{measureId}/guardians-notified", new { atUtc = measure.GetProperty("decidedUtc").GetDateTime().AddHours(30) })).JsonAsync();
        Assert.Equal("Late", late.GetProperty("notice").GetString());

        // Police take the art. 41 measure and the art. 61 reprimand of guardians.
        Assert.Equal(HttpStatusCode.Created, (await police.PostJsonAsync($"/api/juvenile/cases/{id}/measures", new { code = "41.1", owner = "民警 赵" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await police.PostJsonAsync($"/api/juvenile/cases/{id}/measures", new { code = "61", owner = "民警 赵" })).StatusCode);

        // Guardians' discipline (art. 29) answers bad behaviour only; recorded on their behalf it is refused here.
        Assert.Equal("juvenile.measure.no-behaviour", await RuleAsync(await school.PostJsonAsync($"/api/juvenile/cases/{id}/measures", new { code = "29", owner = "父亲", forGuardians = true })));

        // Art. 51: a psychological evaluation without consent is refused; with both consents it is recorded.
        var court = host.As(JuvenilePermissions.JudicialRole, "court");
        await school.PostJsonAsync($"/api/juvenile/cases/{id}/referrals", new { toOrgId = host.Orgs["court"], kind = "Referral", reason = "第51条 社会调查" });
        var noConsent = await court.PostJsonAsync($"/api/juvenile/cases/{id}/records", new { kind = "PsychologicalEvaluation", on = "2025-09-20", summary = "心理测评", minorConsented = true, representativeConsented = false });
        Assert.Equal("juvenile.report.no-consent", await RuleAsync(noConsent));
        Assert.Equal(HttpStatusCode.Created, (await court.PostJsonAsync($"/api/juvenile/cases/{id}/records", new { kind = "PsychologicalEvaluation", on = "2025-09-20", summary = "心理测评", minorConsented = true, representativeConsented = true })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task Special_education_needs_committee_consent_before_the_decision_and_runs_to_return(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var school = host.As(JuvenilePermissions.SchoolRole, "school-a");
        var education = host.As(JuvenilePermissions.EducationRole, "education");
        var steering = host.As(JuvenilePermissions.SteeringRole, "steering");
        var special = host.As(JuvenilePermissions.SpecialSchoolRole, "special-school");
        var id = await OpenCaseAsync(school, "林佳琪", "2011-05-05");
        await school.PostJsonAsync($"/api/juvenile/cases/{id}/behaviours", new { item = "38.1", occurredOn = "2025-08-01", description = "结伙斗殴" });

        // Art. 43: the school applies only when its discipline has failed or it cannot manage the minor.
        var noGround = await school.PostJsonAsync($"/api/juvenile/cases/{id}/special-education", new { route = "Application43", educationOrgId = host.Orgs["education"], committeeOrgId = host.Orgs["steering"] });
        Assert.Equal("juvenile.special.art43-ground", await RuleAsync(noGround));
        var apply = new { route = "Application43", educationOrgId = host.Orgs["education"], committeeOrgId = host.Orgs["steering"], ground = "ManagementIneffective" };
        var placement = await (await school.PostJsonAsync($"/api/juvenile/cases/{id}/special-education", apply)).JsonAsync();
        var pid = placement.GetProperty("id").GetGuid();

        // Art. 43: no decision before the committee's evaluation and consent.
        var early = await education.PostJsonAsync($"/api/juvenile/special-education/{pid}/decision", new { place = true, specialSchoolOrgId = host.Orgs["special-school"] });
        Assert.Equal("juvenile.special.no-consent", await RuleAsync(early));
        Assert.StartsWith("Art. 43:", await DetailAsync(await education.PostJsonAsync($"/api/juvenile/special-education/{pid}/decision", new { place = true, specialSchoolOrgId = host.Orgs["special-school"] })));

        // The committee sees the case through the share the application opened, evaluates and consents.
        Assert.Equal(HttpStatusCode.OK, (await steering.GetAsync($"/api/juvenile/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await steering.PostJsonAsync($"/api/juvenile/special-education/{pid}/evaluation", new { consent = true, evaluation = "监护人、学校管教无效，同意" })).StatusCode);
        var decided = await (await education.PostJsonAsync($"/api/juvenile/special-education/{pid}/decision", new { place = true, specialSchoolOrgId = host.Orgs["special-school"] })).JsonAsync();
        Assert.Equal("placed", decided.GetProperty("state").GetString());
        Assert.Equal(host.Orgs["school-a"], decided.GetProperty("originalSchoolOrgId").GetGuid());

        // Art. 48 feedback by the special school; art. 49 reconsideration recorded against the decision.
        Assert.Equal(HttpStatusCode.OK, (await special.PostJsonAsync($"/api/juvenile/special-education/{pid}/events", new { kind = "GuardianFeedback", on = "2025-09-20", note = "月度反馈" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await school.PostJsonAsync($"/api/juvenile/special-education/{pid}/events", new { kind = "Reconsideration", on = "2025-09-21", note = "监护人申请行政复议" })).StatusCode);

        // Art. 46: semester evaluation, recommendation to return, the original deciding organ decides.
        Assert.Equal(HttpStatusCode.OK, (await special.PostAsync($"/api/juvenile/special-education/{pid}/semester-evaluation/request", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await steering.PostJsonAsync($"/api/juvenile/special-education/{pid}/semester-evaluation", new { recommendReturn = true, note = "表现良好，建议转回" })).StatusCode);
        var returned = await (await education.PostJsonAsync($"/api/juvenile/special-education/{pid}/return", new { @return = true })).JsonAsync();
        Assert.Equal("returned", returned.GetProperty("state").GetString());

        await using var scope = host.System();
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
        var matter = await kernel.Matters.SingleAsync(m => m.Id == decided.GetProperty("matterId").GetGuid());
        Assert.Equal("returned", matter.State);
        Assert.True(matter.Closed);
        Assert.Contains("<svg", WorkflowDiagram.ToSvg(SpecialEducationWorkflow.Definition, true), StringComparison.Ordinal);
    }
}
