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
