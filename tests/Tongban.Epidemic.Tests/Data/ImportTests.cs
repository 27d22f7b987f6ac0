using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Imports;
using Tongban.Testing;

namespace Tongban.Epidemic.Tests.Data;

public sealed class ImportTests
{
    private const string Header = "class,origin,found_by,division_code,diagnosis_date,address_zh,origin_en,port_en,arrival_date\n";

    private static MemoryStream Csv(string body) => new(Encoding.UTF8.GetBytes(Header + body));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_clean_case_file_is_imported_whole(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using var s = t.System();
        var result = await s.ServiceProvider.GetRequiredService<CaseImport>().ImportAsync(
            Csv("confirmed,local,isolated_observer,110102,2022-10-30,新街口北大街96号,,,\n"
                + "确诊病例,境外输入,闭环管理入境人员,110105,2022-10-30,,France,Beijing Capital Airport,2022-10-27\n"),
            "cases.csv",
            default);
        Assert.True(result.Accepted);
        Assert.Equal(2, result.Rows);
        Assert.Equal(2, await s.ServiceProvider.GetRequiredService<EpidemicDb>().Cases.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_file_with_a_bad_row_is_refused_whole_with_row_column_and_rule(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using var s = t.System();
        var result = await s.ServiceProvider.GetRequiredService<CaseImport>().ImportAsync(
            Csv("confirmed,local,isolated_observer,110102,2022-10-30,,,,\n"
                + "confirmed,imported,closed_loop_arrival,110105,2022-10-30,,France,Beijing Capital Airport,\n"
                + "asymptomatic,local,social_screening,119999,2022-10-30,,,,\n"
                + "confirmed,local,isolated_observer,110102,30/10/2022,,,,\n"),
            "cases.csv",
            default);
        Assert.False(result.Accepted);
        Assert.Equal(
            [(2, "arrival_date", "epidemic.case.imported-arrival-missing"), (3, "division_code", "epidemic.district.unknown"), (4, "diagnosis_date", "epidemic.import.date")],
            result.Errors.Select(e => (e.Row, e.Column, e.Rule)));
        Assert.Equal(0, await s.ServiceProvider.GetRequiredService<EpidemicDb>().Cases.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_person_file_gets_schedules_and_a_bad_row_refuses_it_whole(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using var s = t.System();
        var import = s.ServiceProvider.GetRequiredService<PersonImport>();
        const string header = "kind,name,start,division_code,isolation_point\n";
        var bad = await import.ImportAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(header + "arrival,张三,2022-10-30T08:00,110105,\ncentralised_isolation,李四,2022-10-30T08:00,110105,\n")),
            "people.csv",
            default);
        Assert.False(bad.Accepted);
        Assert.Equal((2, "isolationPoint"), (bad.Errors[0].Row, bad.Errors[0].Column));
        Assert.Equal(0, await s.ServiceProvider.GetRequiredService<EpidemicDb>().People.CountAsync());

        var good = await import.ImportAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(header + "进返人员,张三,2022-10-30T08:00,110105,\n")), "people.csv", default);
        Assert.True(good.Accepted);
        var person = await s.ServiceProvider.GetRequiredService<EpidemicDb>().People.SingleAsync();
        Assert.Equal(Rules.Times.Bj("2022-10-31T08:00"), person.NextDueByUtc);
    }
}
