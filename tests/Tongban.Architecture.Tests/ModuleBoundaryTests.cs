namespace Tongban.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void The_built_assemblies_keep_modules_apart_from_each_other_and_from_the_host()
    {
        var assemblies = ModuleBoundaries.ReadAll(AppContext.BaseDirectory);
        var names = assemblies.Select(a => a.Name).ToList();
        Assert.Contains(ModuleBoundaries.Kernel, names);
        Assert.Contains(ModuleBoundaries.Host, names);
        Assert.Contains("Tongban.Migrations.Sqlite", names);
        Assert.Contains("Tongban.Migrations.Postgres", names);

        var violations = ModuleBoundaries.Violations(assemblies);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Reading_an_assembly_lists_its_references_from_metadata()
    {
        var kernel = ModuleBoundaries.Read(Path.Combine(AppContext.BaseDirectory, "Tongban.Kernel.dll"));
        Assert.Equal(ModuleBoundaries.Kernel, kernel.Name);
        Assert.Contains("Microsoft.EntityFrameworkCore", kernel.References);
        var host = ModuleBoundaries.Read(Path.Combine(AppContext.BaseDirectory, "tongban.dll"));
        Assert.Contains(ModuleBoundaries.Kernel, host.References);
    }

    /// <summary>
    /// Bypasses a reviewer has read and accepted, each with its reason. Pensions has none since issue 5: the transfer,
    /// which two offices hold, is a kernel shared record (ISharedRecord + RecordShare).
    /// </summary>
    private static readonly HashSet<string> ReviewedBypasses = new(StringComparer.Ordinal)
    {
        "Tongban.Epidemic calls EntityFrameworkQueryableExtensions.IgnoreQueryFilters", // People/FollowUp.RequireFreeCodeAsync only: a certificate code is unique city-wide, so a taken code is refused by rule; the check answers yes/no and reads no record
        "Tongban.Juvenile calls EntityFrameworkQueryableExtensions.IgnoreQueryFilters", // art. 59 inquiry (Access/SealedRecords.cs only): sealed records are outside every scope; each read is audited with purpose and basis
        "Tongban.Assets calls EntityFrameworkQueryableExtensions.IgnoreQueryFilters", // Imports/CardImport only: a card code is unique across the books, so a taken code is refused by row and column; the check answers yes/no and reads no card
        "Tongban.Clinic calls EntityFrameworkQueryableExtensions.IgnoreQueryFilters", // Patients/PatientService.RegisterAsync only: one record per ID number in the department, so a second registration is refused (the patient is enrolled with another team instead); yes/no, no record read
        "Tongban.Renewal calls EntityFrameworkQueryableExtensions.IgnoreQueryFilters", // Lifeline/LifelineService.RulesForAsync only: the alarm rules of the orgs above sensors the caller sees (policy from above, read, never returned)
    };

    [Fact]
    public void No_module_bypasses_the_scope_filter_or_the_audit_chain()
    {
        var bypasses = Directory.EnumerateFiles(AppContext.BaseDirectory, "Tongban.*.dll")
            .Where(f => ModuleBoundaries.RoleOf(Path.GetFileNameWithoutExtension(f)) == AssemblyRole.Module)
            .SelectMany(f => ModuleBoundaries.BypassCalls(f).Select(call => $"{Path.GetFileNameWithoutExtension(f)} calls {call}"))
            .Where(b => !ReviewedBypasses.Contains(b))
            .ToList();
        Assert.True(bypasses.Count == 0, string.Join(Environment.NewLine, bypasses));
    }

    [Fact]
    public void The_bypass_scan_finds_the_calls_the_kernel_makes_on_purpose()
    {
        var calls = ModuleBoundaries.BypassCalls(Path.Combine(AppContext.BaseDirectory, "Tongban.Kernel.dll"));
        Assert.Contains(calls, c => c.EndsWith(".IgnoreQueryFilters", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.EndsWith(".ExecuteUpdateAsync", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.EndsWith(".ExecuteDeleteAsync", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tongban.Kernel", AssemblyRole.Kernel)]
    [InlineData("tongban", AssemblyRole.Host)]
    [InlineData("Tongban.Assets", AssemblyRole.Module)]
    [InlineData("Tongban.Migrations.Postgres", AssemblyRole.Migrations)]
    [InlineData("Tongban.Assets.Tests", AssemblyRole.Test)]
    [InlineData("Tongban.Testing", AssemblyRole.Test)]
    [InlineData("Microsoft.EntityFrameworkCore", AssemblyRole.Foreign)]
    public void Assemblies_are_classified_by_name(string name, AssemblyRole role) =>
        Assert.Equal(role, ModuleBoundaries.RoleOf(name));

    [Fact]
    public void A_module_that_references_only_the_kernel_and_libraries_passes() =>
        Assert.Empty(ModuleBoundaries.Violations([new AssemblyRefs("Tongban.Assets", ["Tongban.Kernel", "System.Runtime", "MudBlazor"])]));

    [Fact]
    public void A_module_that_references_another_module_fails()
    {
        var violation = Assert.Single(ModuleBoundaries.Violations(
        [
            new AssemblyRefs("Tongban.Assets", ["Tongban.Kernel"]),
            new AssemblyRefs("Tongban.Pensions", ["Tongban.Kernel", "Tongban.Assets"]),
        ]));
        Assert.Equal("Tongban.Pensions (Module) references Tongban.Assets (Module).", violation);
    }

    [Fact]
    public void A_module_that_references_the_host_or_the_migrations_fails() =>
        Assert.Equal(
            2,
            ModuleBoundaries.Violations([new AssemblyRefs("Tongban.Assets", ["Tongban.Kernel", "tongban", "Tongban.Migrations.Sqlite"])]).Count);

    [Fact]
    public void The_kernel_that_references_a_module_fails() =>
        Assert.Single(ModuleBoundaries.Violations([new AssemblyRefs("Tongban.Kernel", ["Tongban.Assets"])]));

    [Fact]
    public void Migrations_may_know_module_contexts_but_not_the_host()
    {
        Assert.Empty(ModuleBoundaries.Violations([new AssemblyRefs("Tongban.Migrations.Sqlite", ["Tongban.Kernel", "Tongban.Assets"])]));
        Assert.Single(ModuleBoundaries.Violations([new AssemblyRefs("Tongban.Migrations.Sqlite", ["Tongban.Kernel", "tongban"])]));
    }

    [Fact]
    public void Production_code_that_references_a_test_assembly_fails() =>
        Assert.Single(ModuleBoundaries.Violations([new AssemblyRefs("tongban", ["Tongban.Testing"])]));
}
