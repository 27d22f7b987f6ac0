using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Imports;

/// <summary>A module's typed import through its own context: rows and the audit entry commit together.</summary>
public sealed class ModuleImportTests
{
    private static readonly Guid Org = Guid.CreateVersion7();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_module_import_writes_its_table_and_audits_on_its_org(string provider)
    {
        await using var db = await CreateAsync(provider);
        var result = await ImportAsync(db, "name,amount,on\n课桌,\"1,234.56\",2025-10-08\n投影仪,8800,2025/9/30\n");

        Assert.True(result.Accepted, string.Join("; ", result.Errors));
        await using var s = db.Open(CallerScope.System());
        var items = s.ServiceProvider.GetRequiredService<ItemsDb>();
        var desk = await items.Items.AsNoTracking().SingleAsync(i => i.Name == "课桌");
        Assert.Equal((Org, 123456L, new DateOnly(2025, 10, 8)), (desk.OrgId, desk.AmountFen, desk.On));
        var audit = await items.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "import");
        Assert.Equal(("test.items", Org), (audit.SubjectId, audit.OrgId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_module_file_with_an_amount_below_the_fen_is_refused(string provider)
    {
        await using var db = await CreateAsync(provider);
        var result = await ImportAsync(db, "name,amount,on\n课桌,12.345,2025-10-08\n");

        Assert.Equal((1, "amount", "12.345", "money.too-many-decimals"), (result.Errors[0].Row, result.Errors[0].Column, result.Errors[0].Value, result.Errors[0].Rule));
        await using var s = db.Open(CallerScope.System());
        var items = s.ServiceProvider.GetRequiredService<ItemsDb>();
        Assert.Equal(0, await items.Items.CountAsync());
        Assert.Equal(0, await items.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task A_file_cut_inside_a_character_is_refused_naming_the_row_column_and_byte_issue23()
    {
        await using var db = await CreateAsync("sqlite");
        var head = Encoding.UTF8.GetBytes("name,amount,on\n课桌,100,2025-10-08\n投影仪,8800,2025-09-30\n");
        // 仪 is E4 BB AA in UTF-8: the file ends after its first two bytes.
        var file = Encoding.UTF8.GetBytes("name,amount,on\n课桌,100,2025-10-08\n投影").Concat(new byte[] { 0xE4, 0xBB }).ToArray();

        var result = await ImportBytesAsync(db, file);

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "name", $"0x{file.Length - 2:X}", "import.encoding"), (error.Row, error.Column, error.Value, error.Rule));
        Assert.True((await ImportBytesAsync(db, head)).Accepted);
    }

    [Fact]
    public async Task One_bad_byte_in_a_UTF8_file_is_refused_at_its_row_not_read_as_GB18030_issue23()
    {
        await using var db = await CreateAsync("sqlite");
        var rows = new StringBuilder("name,amount,on\n");
        for (var i = 0; i < 50; i++)
        {
            rows.Append("课桌,100,2025-10-08\n");
        }

        var before = Encoding.UTF8.GetBytes(rows.ToString() + "投影仪,88");
        var file = before.Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("00,2025-09-30\n")).ToArray();

        var result = await ImportBytesAsync(db, file);

        var error = Assert.Single(result.Errors);
        Assert.Equal((51, "amount", $"0x{before.Length:X}", "import.encoding"), (error.Row, error.Column, error.Value, error.Rule));
        await using var s = db.Open(CallerScope.System());
        Assert.Equal(0, await s.ServiceProvider.GetRequiredService<ItemsDb>().Items.CountAsync());
    }

    [Fact]
    public async Task A_whole_GB18030_file_is_still_read_as_GB18030_issue23()
    {
        await using var db = await CreateAsync("sqlite");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Encoding.GetEncoding("GB18030").GetBytes("name,amount,on\n课桌,100,2025-10-08\n");

        var result = await ImportBytesAsync(db, file);

        Assert.True(result.Accepted, string.Join("; ", result.Errors));
        await using var s = db.Open(CallerScope.System());
        Assert.Equal("课桌", (await s.ServiceProvider.GetRequiredService<ItemsDb>().Items.SingleAsync()).Name);
    }

    [Fact]
    public async Task A_file_that_ends_inside_a_quoted_field_is_refused_issue23()
    {
        await using var db = await CreateAsync("sqlite");

        var result = await ImportAsync(db, "name,amount,on\n课桌,100,2025-10-08\n\"投影仪,8800");

        Assert.Equal("import.truncated", Assert.Single(result.Errors).Rule);
    }

    private static async Task<ImportResult> ImportBytesAsync(TestDatabase db, byte[] file)
    {
        await using var s = db.Open(CallerScope.System());
        using var stream = new MemoryStream(file);
        return await s.ServiceProvider.GetRequiredService<ImportPipeline>().RunAsync(new ItemImport(), stream, "items.csv", null, CancellationToken.None);
    }

    private static async Task<TestDatabase> CreateAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(provider, (services, target) => services.AddImports([]).AddModuleDb<ItemsDb>(target));
        await using var s = db.Open(CallerScope.System());
        var items = s.ServiceProvider.GetRequiredService<ItemsDb>();
        await items.Database.ExecuteSqlRawAsync(items.Database.GenerateCreateScript());
        return db;
    }

    private static async Task<ImportResult> ImportAsync(TestDatabase db, string csv)
    {
        await using var s = db.Open(CallerScope.System());
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await s.ServiceProvider.GetRequiredService<ImportPipeline>().RunAsync(new ItemImport(), stream, "items.csv", null, CancellationToken.None);
    }

    private sealed record ItemRow(string? Name, long Fen, DateOnly On);

    private sealed class ItemImport : ImportDefinition<ItemRow>
    {
        private static readonly ImportColumn<string> Name = new("name", "名称", "Name", true, ImportParsers.Text(100));
        private static readonly ImportColumn<long> Amount = new("amount", "金额", "Amount", true, ImportParsers.MoneyFen());
        private static readonly ImportColumn<DateOnly> On = new("on", "日期", "Date", true, ImportParsers.Date());

        public override string Key => "test.items";

        public override string TitleZh => "物品导入";

        public override string TitleEn => "Items";

        public override string Permission => "test.items.import";

        public override IReadOnlyList<ImportColumn> Columns { get; } = [Name, Amount, On];

        protected override ItemRow Read(ImportRow row) => new(row.Get(Name), row.Get(Amount), row.Get(On));

        protected override Task<ImportSession<ItemRow>> BeginAsync(IServiceProvider services, CancellationToken ct) =>
            Task.FromResult<ImportSession<ItemRow>>(new Session(services.GetRequiredService<ItemsDb>()));

        private sealed class Session(ItemsDb db) : ImportSession<ItemRow>
        {
            public override DbContext Context => db;

            public override IReadOnlyList<ImportTarget> Targets { get; } = [new("test_items", ["Id", "OrgId", "Name", "AmountFen", "On"])];

            public override Guid? AuditOrgId => Org;

            public override IEnumerable<object?[]> RowsFor(int target, ItemRow row) => [[Guid.CreateVersion7(), Org, row.Name, row.Fen, row.On]];
        }
    }
}

internal sealed class Item : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public string Name { get; set; } = "";

    public long AmountFen { get; set; }

    public DateOnly On { get; set; }
}

internal sealed class ItemsDb(DbContextOptions<ItemsDb> options, KernelServices kernel) : TongbanDbContext(options, kernel)
{
    public override string ViewPermission => "test.view";

    public DbSet<Item> Items => Set<Item>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Item>(e =>
        {
            e.ToTable("test_items");
            e.HasKey(x => x.Id);
        });
}
