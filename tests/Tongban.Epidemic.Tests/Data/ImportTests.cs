using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Imports;
using Tongban.Kernel.Imports;
using Tongban.Testing;

namespace Tongban.Epidemic.Tests.Data;

/// <summary>The module's imports, run by the kernel's pipeline as `tongban import`, the API and the imports page run them.</summary>
public sealed class ImportTests
{
    private static readonly string CaseHeader = string.Join(',', new CaseImport().Columns.Select(c => c.Name)) + "\n";

    private const string PersonHeader = "kind,name,start,division_code,phone,address_zh,isolation_point,certificate_code\n";

    /// <summary>A case line with the columns a test cares about; the rest empty.</summary>
    private static string Case(
        string cls, string origin, string foundBy, string code, string diagnosed, string isolationPoint = "", string originEn = "", string portEn = "", string arrived = "", string discharged = "") =>
        $"{cls},{origin},{foundBy},{code},{diagnosed},,,,,,{isolationPoint},,,,{originEn},,{portEn},{arrived},,,,{discharged}\n";

    private static async Task<ImportResult> RunAsync(AsyncServiceScope scope, IImportDefinition definition, string header, string body, string name = "file.csv") =>
        await scope.ServiceProvider.GetRequiredService<ImportPipeline>().RunAsync(
            definition, new MemoryStream(Encoding.UTF8.GetBytes(header + body)), name, null, default);

    [Fact]
    public void The_module_offers_its_case_and_person_imports_to_the_kernel()
    {
        var keys = new EpidemicModule().Imports.Select(i => (i.Key, i.Permission)).ToList();
        Assert.Equal([("epidemic.cases", EpidemicPermissions.Import), ("epidemic.people", EpidemicPermissions.Import)], keys);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_clean_case_file_is_imported_whole_in_chinese_or_english_values(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using var s = t.System();
        var result = await RunAsync(
            s,
            new CaseImport(),
            CaseHeader,
            Case("confirmed", "local", "isolated_observer", "110102", "2022-10-30", isolationPoint: "西城1号隔离点")
                + Case("确诊病例", "境外输入", "闭环管理入境人员", "110105", "2022-10-30", originEn: "France", portEn: "Beijing Capital Airport", arrived: "2022-10-27"));
        Assert.True(result.Accepted, result.ToViolation()?.Message);
        Assert.Equal(2, result.RowsRead);
        var db = s.ServiceProvider.GetRequiredService<EpidemicDb>();
        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.DistrictCode).ToListAsync();
        Assert.Equal([("110102", CaseOrigin.Local, FoundBy.IsolatedObserver), ("110105", CaseOrigin.Imported, FoundBy.ClosedLoopArrival)], cases.Select(c => (c.DistrictCode!, c.Origin, c.FoundBy)));
        Assert.Equal(t.Orgs["110105"], cases[1].OrgId);
        Assert.Equal(new DateOnly(2022, 10, 27), cases[1].ArrivalDate);

        // Seed 04: a positive at a centralised isolation point restricts the others released from it.
        var positive = await db.PointPositives.AsNoTracking().SingleAsync();
        Assert.Equal((cases[0].Id, "西城1号隔离点"), (positive.CaseId, positive.IsolationPoint));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_file_with_bad_rows_is_refused_whole_with_row_column_and_rule(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using var s = t.System();
        var result = await RunAsync(
            s,
            new CaseImport(),
            CaseHeader,
            Case("confirmed", "local", "isolated_observer", "110102", "2022-10-30")
                + Case("confirmed", "imported", "closed_loop_arrival", "110105", "2022-10-30", originEn: "France", portEn: "Beijing Capital Airport")
                + Case("asymptomatic", "local", "social_screening", "119999", "2022-10-30")
                + Case("confirmed", "local", "isolated_observer", "110102", "30/10/2022")
                + Case("confirmed", "imported", "closed_loop_arrival", "110105", "2022-10-30", portEn: "Beijing Capital Airport", arrived: "2022-10-27")
                + Case("confirmed", "local", "isolated_observer", "110102", "2022-10-30", discharged: "2022-10-29")
                + Case("probable", "local", "isolated_observer", "110102", "2022-10-30"));
        Assert.False(result.Accepted);
        Assert.Equal(
            [
                (2, "arrival_date", "epidemic.case.imported-arrival-missing"),
                (3, "division_code", "epidemic.district.unknown"),
                (4, "diagnosis_date", "import.date"),
                (5, "origin_zh", "epidemic.case.imported-origin-missing"),
                (6, "discharged_on", "epidemic.case.date-before-diagnosis"),
                (7, "class", "epidemic.import.value"),
            ],
            result.Errors.Select(e => (e.Row, e.Column, e.Rule)));
        Assert.Equal(0, await s.ServiceProvider.GetRequiredService<EpidemicDb>().Cases.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_district_user_cannot_import_cases_of_another_district(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using var s = t.DistrictUser("110105");
        var result = await RunAsync(
            s,
            new CaseImport(),
            CaseHeader,
            Case("confirmed", "local", "isolated_observer", "110105", "2022-10-30") + Case("confirmed", "local", "isolated_observer", "110102", "2022-10-30"));
        Assert.False(result.Accepted);
        Assert.Equal((2, "division_code", "epidemic.import.out-of-scope"), (result.Errors[0].Row, result.Errors[0].Column, result.Errors[0].Rule));
        await using var system = t.System();
        Assert.Equal(0, await system.ServiceProvider.GetRequiredService<EpidemicDb>().Cases.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_person_file_gets_schedules_on_the_bulk_path_and_a_bad_row_refuses_it_whole(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using var s = t.System();
        var bad = await RunAsync(s, new PersonImport(), PersonHeader, "arrival,张三,2022-10-30T08:00,110105,,,,\ncentralised_isolation,李四,2022-10-30T08:00,110105,,,,\n");
        Assert.False(bad.Accepted);
        Assert.Equal((2, "isolation_point", "epidemic.person.isolation-point-missing"), (bad.Errors[0].Row, bad.Errors[0].Column, bad.Errors[0].Rule));
        var db = s.ServiceProvider.GetRequiredService<EpidemicDb>();
        Assert.Equal(0, await db.People.CountAsync());

        var good = await RunAsync(s, new PersonImport(), PersonHeader, "进返人员,张三,2022-10-30T08:00,110105,13800000000,,,\n居家隔离,王五,2022-10-30T08:00,110105,,,,ab12\n");
        Assert.True(good.Accepted, good.ToViolation()?.Message);
        var people = await db.People.AsNoTracking().OrderBy(p => p.Kind).ToListAsync();

        // Seed 04: the first test of an arrival within 24 hours of arrival.
        var arrival = people.Single(p => p.Kind == Management.ManagementKind.Arrival);
        Assert.Equal(Rules.Times.Bj("2022-10-31T08:00"), arrival.NextDueByUtc);
        Assert.True(arrival.AwaitingNegative);
        Assert.Equal(10, arrival.CertificateCode.Length);
        var home = people.Single(p => p.Kind == Management.ManagementKind.HomeIsolation);
        Assert.Equal("AB12", home.CertificateCode);
        Assert.NotNull(home.StayHomeUntilUtc);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_certificate_code_twice_in_the_file_or_already_in_use_is_refused_on_its_row(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using var s = t.System();
        var first = await RunAsync(s, new PersonImport(), PersonHeader, "arrival,张三,2022-10-30T08:00,110105,,,,BJ0001\n");
        Assert.True(first.Accepted, first.ToViolation()?.Message);

        var twice = await RunAsync(s, new PersonImport(), PersonHeader, "arrival,李四,2022-10-30T08:00,110105,,,,BJ0002\narrival,王五,2022-10-30T08:00,110105,,,,bj0002\n");
        Assert.False(twice.Accepted);
        Assert.Equal((2, "certificate_code", "epidemic.import.duplicate-code"), (twice.Errors[0].Row, twice.Errors[0].Column, twice.Errors[0].Rule));

        var taken = await RunAsync(s, new PersonImport(), PersonHeader, "arrival,赵六,2022-10-30T08:00,110105,,,,BJ0003\narrival,钱七,2022-10-30T08:00,110102,,,,BJ0001\n");
        Assert.False(taken.Accepted);
        Assert.Equal((2, "certificate_code", "epidemic.person.certificate-code-taken"), (taken.Errors[0].Row, taken.Errors[0].Column, taken.Errors[0].Rule));
        Assert.Equal(1, await s.ServiceProvider.GetRequiredService<EpidemicDb>().People.CountAsync());
    }
}
