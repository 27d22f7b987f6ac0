using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Imports;

public sealed class OrgImportTests
{
    private const string Header = "code,parent_code,level,kind,name_zh,name_en,division_code";

    private static readonly string[] Good =
    [
        "BJ-CZ,,Province,FinanceDepartment,北京市财政局,Beijing Finance Bureau,110000",
        "BJ-HD,BJ-CZ,County,FinanceDepartment,海淀区财政局,Haidian Finance Bureau,110108",
        "BJ-HD-SY,BJ-HD,Township,School,海淀区实验小学,Haidian Experimental School,110108",
        "BJ-CY,BJ-CZ,County,FinanceDepartment,朝阳区财政局,,110105",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_good_csv_file_writes_orgs_closure_rows_and_one_audit_entry(string provider)
    {
        await using var db = await CreateAsync(provider);
        var bytes = Csv(Good);
        var result = await ImportAsync(db, bytes, "orgs.csv");

        Assert.True(result.Accepted);
        Assert.Equal(4, result.RowsRead);
        Assert.Equal(4 + 1 + 2 + 3 + 2, result.RowsWritten);
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var orgs = await k.Orgs.AsNoTracking().ToDictionaryAsync(o => o.ExternalCode!);
        Assert.Equal(4, orgs.Count);
        var root = orgs["BJ-CZ"];
        var school = orgs["BJ-HD-SY"];
        Assert.Null(root.ParentId);
        Assert.Equal(orgs["BJ-HD"].Id, school.ParentId);
        Assert.Equal((OrgLevel.Township, OrgKind.School, 2, "海淀区实验小学", "110108"), (school.Level, school.Kind, school.Depth, school.NameZh, school.DivisionCode));
        Assert.Equal("", orgs["BJ-CY"].NameEn);

        var schoolAncestors = await k.OrgClosures.AsNoTracking().Where(c => c.DescendantId == school.Id).OrderBy(c => c.Distance).ToListAsync();
        Assert.Equal([(school.Id, 0), (orgs["BJ-HD"].Id, 1), (root.Id, 2)], schoolAncestors.Select(c => (c.AncestorId, c.Distance)));
        Assert.Equal(4, await k.OrgClosures.CountAsync(c => c.AncestorId == root.Id));

        var audit = Assert.Single(await k.AuditEntries.AsNoTracking().ToListAsync());
        Assert.Equal(("import", "kernel.orgs"), (audit.Action, audit.SubjectId));
        var diff = JsonDocument.Parse(audit.Diff).RootElement;
        Assert.Equal(4, diff.GetProperty("rows")[1].GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), diff.GetProperty("sha256")[1].GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_good_xlsx_file_imports_the_same_tree(string provider)
    {
        await using var db = await CreateAsync(provider);
        var rows = Good.Select(line => line.Split(',')).Select(c => new Dictionary<string, object?>
        {
            ["code"] = c[0],
            ["parent_code"] = c[1],
            ["level"] = c[2],
            ["kind"] = c[3],
            ["name_zh"] = c[4],
            ["name_en"] = c[5],

            // Typed as a number in the sheet, as a user's Excel would.
            ["division_code"] = int.Parse(c[6], System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();
        using var xlsx = new MemoryStream();
        xlsx.SaveAs(rows);
        var result = await ImportAsync(db, xlsx.ToArray(), "机构.xlsx");

        Assert.True(result.Accepted, string.Join("; ", result.Errors));
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var school = await k.Orgs.SingleAsync(o => o.ExternalCode == "BJ-HD-SY");
        Assert.Equal("110108", school.DivisionCode);
        Assert.Equal(3, await k.OrgClosures.CountAsync(c => c.DescendantId == school.Id));
    }

    [Fact]
    public async Task A_csv_saved_by_chinese_excel_in_gbk_reads_its_chinese_names()
    {
        await using var db = await CreateAsync("sqlite");
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK").GetBytes(Header + "\r\n" + string.Join("\r\n", Good) + "\r\n");

        var result = await ImportAsync(db, gbk, "orgs.csv");

        Assert.True(result.Accepted, string.Join("; ", result.Errors));
        await using var s = db.Open(CallerScope.System());
        var school = await s.ServiceProvider.GetRequiredService<KernelDb>().Orgs.SingleAsync(o => o.ExternalCode == "BJ-HD-SY");
        Assert.Equal("海淀区实验小学", school.NameZh);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_division_code_on_row_3_refuses_the_whole_file_and_writes_nothing(string provider)
    {
        await using var db = await CreateAsync(provider);
        var lines = Good.ToArray();
        lines[2] = lines[2].Replace(",110108", ",11010", StringComparison.Ordinal);

        var result = await ImportAsync(db, Csv(lines), "orgs.csv");

        Assert.False(result.Accepted);
        var error = Assert.Single(result.Errors);
        Assert.Equal(new ImportError(3, "division_code", "11010", "orgs.division-code-shape", error.Message), error);
        Assert.Equal(4, result.RowsRead);
        var violation = Assert.Throws<RuleViolation>(result.ThrowIfRefused);
        Assert.Equal(("row 3, column division_code", "orgs.division-code-shape"), (violation.Field, violation.Rule));
        await AssertEmptyAsync(db);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_bad_row_is_reported_with_its_rule(string provider)
    {
        await using var db = await CreateAsync(provider);
        string[] lines =
        [
            "BJ-CZ,,Province,FinanceDepartment,北京市财政局,,110000",
            "BJ-CZ,,Province,FinanceDepartment,重复,,110000",
            "BJ-HD,BJ-CZ,Central,FinanceDepartment,上级,,110108",
            "BJ-X,NOPE,County,FinanceDepartment,无上级,,110108",
            "BJ-Y,BJ-CZ,Village,Pagoda,,,110108",
            "BJ-Z,BJ-CZ,County,School,军队,,910001",
        ];

        var result = await ImportAsync(db, Csv(lines), "orgs.csv");

        Assert.False(result.Accepted);
        Assert.Equal(
            [
                (2, "code", "orgs.code-duplicate"),
                (3, "level", "orgs.level-above-parent"),
                (4, "parent_code", "orgs.parent-unknown"),
                (5, "level", "orgs.level-unknown"),
                (5, "kind", "orgs.kind-unknown"),
                (5, "name_zh", "import.required"),
                (6, "division_code", "orgs.division-code-province"),
            ],
            result.Errors.Select(e => (e.Row, e.Column, e.Rule)));
        await AssertEmptyAsync(db);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_missing_or_unknown_column_is_refused_naming_it(string provider)
    {
        await using var db = await CreateAsync(provider);
        var text = "code,parent_code,level,kind,name_zh,name_en,region\nA,,Province,FinanceDepartment,甲,,110000\n";

        var result = await ImportAsync(db, Encoding.UTF8.GetBytes(text), "orgs.csv");

        Assert.False(result.Accepted);
        Assert.Equal(
            [("division_code", "import.column-missing"), ("region", "import.column-unknown")],
            result.Errors.Select(e => (e.Column, e.Rule)));
        Assert.All(result.Errors, e => Assert.Equal(0, e.Row));
        await AssertEmptyAsync(db);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_later_file_hangs_orgs_under_an_imported_parent_by_its_code(string provider)
    {
        await using var db = await CreateAsync(provider);
        Assert.True((await ImportAsync(db, Csv(Good), "a.csv")).Accepted);

        var second = await ImportAsync(db, Csv(["BJ-HD-ZX,BJ-HD,Township,School,海淀中学,,110108"]), "b.csv");
        var again = await ImportAsync(db, Csv(["BJ-HD,BJ-CZ,County,FinanceDepartment,海淀区财政局,,110108"]), "c.csv");

        Assert.True(second.Accepted);
        Assert.Equal(("code", "orgs.code-exists"), (again.Errors[0].Column, again.Errors[0].Rule));
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var root = await k.Orgs.SingleAsync(o => o.ExternalCode == "BJ-CZ");
        var school = await k.Orgs.SingleAsync(o => o.ExternalCode == "BJ-HD-ZX");
        Assert.Equal(2, school.Depth);
        Assert.True(await k.OrgClosures.AnyAsync(c => c.AncestorId == root.Id && c.DescendantId == school.Id && c.Distance == 2));
        Assert.Equal(2, await k.AuditEntries.CountAsync(a => a.Action == "import"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Imported_closure_rows_answer_grant_coverage(string provider)
    {
        await using var db = await CreateAsync(provider);
        await ImportAsync(db, Csv(Good), "orgs.csv");
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var haidian = await k.Orgs.SingleAsync(o => o.ExternalCode == "BJ-HD");
        var school = await k.Orgs.SingleAsync(o => o.ExternalCode == "BJ-HD-SY");
        var chaoyang = await k.Orgs.SingleAsync(o => o.ExternalCode == "BJ-CY");
        var scope = CallerScope.ForUser(Guid.NewGuid(), "u", [new Grant { Role = "x", OrgId = haidian.Id, CoversDescendants = true }]);

        Assert.True(await OrgScope.CoversAsync(k.OrgClosures, scope, school.Id, CancellationToken.None));
        Assert.False(await OrgScope.CoversAsync(k.OrgClosures, scope, chaoyang.Id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_caller_who_is_not_the_system_may_not_add_a_root_or_hang_orgs_outside_their_grants(string provider)
    {
        await using var db = await CreateAsync(provider);
        await ImportAsync(db, Csv([.. Good, "SH-CZ,,Province,FinanceDepartment,上海市财政局,,310000"]), "a.csv");
        Guid haidian;
        await using (var s = db.Open(CallerScope.System()))
        {
            haidian = (await s.ServiceProvider.GetRequiredService<KernelDb>().Orgs.SingleAsync(o => o.ExternalCode == "BJ-HD")).Id;
        }

        var caller = CallerScope.ForUser(Guid.NewGuid(), "haidian admin", [new Grant { Role = "administrator", OrgId = haidian, CoversDescendants = true }]);
        string[] lines =
        [
            "NEW-ROOT,,Province,FinanceDepartment,新根,,120000",
            "SH-X,SH-CZ,County,School,上海学校,,310101",
            "HD-OK,BJ-HD,Township,School,海淀学校,,110108",
        ];
        var result = await ImportAsync(db, Csv(lines), "b.csv", caller);

        Assert.Equal(
            [(1, "orgs.root-needs-system"), (2, "scope.outside-grants")],
            result.Errors.Select(e => (e.Row, e.Rule)));
    }

    [Fact]
    public async Task An_xlsx_file_that_is_not_a_workbook_is_refused_as_unreadable()
    {
        await using var db = await CreateAsync("sqlite");
        var result = await ImportAsync(db, Csv(Good), "orgs.xlsx");
        Assert.Equal((0, "import.unreadable"), (result.Errors[0].Row, result.Errors[0].Rule));
        await AssertEmptyAsync(db);
    }

    [Fact]
    public async Task A_file_that_is_neither_csv_nor_xlsx_is_refused()
    {
        await using var db = await CreateAsync("sqlite");
        var e = await Assert.ThrowsAsync<RuleViolation>(() => ImportAsync(db, Csv(Good), "orgs.txt"));
        Assert.Equal(("fileName", "import.file-type"), (e.Field, e.Rule));
    }

    internal static Task<TestDatabase> CreateAsync(string provider) =>
        TestDatabase.CreateAsync(provider, (services, _) => services.AddImports([]));

    internal static async Task<ImportResult> ImportAsync(TestDatabase db, byte[] file, string name, CallerScope? caller = null)
    {
        await using var s = db.Open(caller ?? CallerScope.System());
        var pipeline = s.ServiceProvider.GetRequiredService<ImportPipeline>();
        var definition = s.ServiceProvider.GetRequiredService<ImportCatalog>().Find("kernel.orgs")!;
        using var stream = new MemoryStream(file);
        return await pipeline.RunAsync(definition, stream, name, null, CancellationToken.None);
    }

    internal static byte[] Csv(IEnumerable<string> lines) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Header + "\r\n" + string.Join("\r\n", lines) + "\r\n")];

    private static async Task AssertEmptyAsync(TestDatabase db)
    {
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        Assert.Equal(0, await k.Orgs.CountAsync());
        Assert.Equal(0, await k.OrgClosures.CountAsync());
        Assert.Equal(0, await k.AuditEntries.CountAsync());
    }
}
