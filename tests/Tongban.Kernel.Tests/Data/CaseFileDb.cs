using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Data;

/// <summary>A record of a stand-in module, to test what every module context inherits from the kernel.</summary>
public sealed class CaseFile : ISharedRecord
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public string Title { get; set; } = "";
}

/// <summary>A record keyed by its id alone, so its owner can change.</summary>
public sealed class CaseNote : ISharedRecord
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public string Text { get; set; } = "";
}

/// <summary>A stand-in module context built on <see cref="TongbanDbContext"/>, tables prefixed test_.</summary>
public sealed class CaseFileDb(DbContextOptions<CaseFileDb> options, KernelServices kernel) : TongbanDbContext(options, kernel)
{
    public override string ViewPermission => "test.view";

    public DbSet<CaseFile> CaseFiles => Set<CaseFile>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CaseFile>(e =>
        {
            e.ToTable("test_case_files");
            e.HasKey(x => new { x.OrgId, x.Id });
            e.HasAlternateKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(200);
        });
        modelBuilder.Entity<CaseNote>(e =>
        {
            e.ToTable("test_case_notes");
            e.HasKey(x => x.Id);
            e.Property(x => x.Text).HasMaxLength(200);
        });
    }

    /// <summary>A database with the kernel migrated and this module's table created.</summary>
    public static async Task<TestDatabase> CreateDatabaseAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(provider, (services, target) => services.AddModuleDb<CaseFileDb>(target));
        await using var scope = db.Open(CallerScope.System());
        var files = scope.ServiceProvider.GetRequiredService<CaseFileDb>();
        await files.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        return db;
    }
}
