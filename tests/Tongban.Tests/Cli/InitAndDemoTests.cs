using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Cli;
using Tongban.Demo;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;

namespace Tongban.Tests.Cli;

public sealed class InitAndDemoTests
{
    [Theory]
    [MemberData(nameof(Testing.TestDatabase.Providers), MemberType = typeof(Testing.TestDatabase))]
    public async Task Init_creates_root_and_first_administrator_with_the_given_password(string provider)
    {
        var db = CliRunner.NewDatabase(provider);

        var run = await CliRunner.RunAsync("init", "--db", db, "--admin-user", "root.admin", "--admin-password", "Start-Pass-2025", "--root-name", "测试财政部");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"database ready: {DatabaseTarget.Parse(db)}", run.Lines[0]);
        Assert.StartsWith("audit key: ", run.Lines[1], StringComparison.Ordinal);
        Assert.Equal(["created root organisation: 测试财政部", "created administrator: root.admin"], run.Lines.Skip(2));
    }

    [Fact]
    public async Task Init_without_a_password_is_refused_since_there_is_no_default_password()
    {
        Environment.SetEnvironmentVariable(InitCommand.PasswordVariable, null);
        var db = CliRunner.NewDatabase("sqlite");

        var run = await CliRunner.RunAsync("init", "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "error: admin-password: The database has no administrator yet: give --admin-password or $TONGBAN_ADMIN_PASSWORD (there is no default password). [init.admin-password-required]",
            run.Err.Trim());
    }

    [Fact]
    public async Task Init_with_a_weak_password_is_refused_naming_the_password_rule()
    {
        var db = CliRunner.NewDatabase("sqlite");

        var run = await CliRunner.RunAsync("init", "--db", db, "--admin-password", "short1A");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: admin-password: ", run.Err, StringComparison.Ordinal);
        Assert.Contains("[people.password-too-short]", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_a_second_time_only_migrates()
    {
        var db = CliRunner.NewDatabase("sqlite");
        await CliRunner.RunAsync("init", "--db", db, "--admin-password", "Start-Pass-2025");

        var again = await CliRunner.RunAsync("init", "--db", db);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal($"database ready: {DatabaseTarget.Parse(db)}", again.Lines[0]);
        Assert.All(again.Lines.Skip(1), l => Assert.StartsWith("audit key: ", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_prints_every_demo_account_with_a_password_meeting_the_rules()
    {
        var db = CliRunner.NewDatabase("sqlite");

        var run = await CliRunner.RunAsync("demo", "--today", CliRunner.Today, "--db", db, "--seed", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"demo data ready: {DatabaseTarget.Parse(db)}", run.Lines[0]);
        Assert.Equal(DemoWorld.AllAccounts.Select(a => $"{a.UserName}\t{a.Password}\t{a.Description}"), run.Lines.Skip(1));
        Assert.All(DemoWorld.AllAccounts, a => Assert.True(
            a.Password.Length >= 10 && a.Password.Any(char.IsDigit) && a.Password.Any(char.IsUpper) && a.Password.Any(char.IsLower),
            a.UserName));
    }

    [Theory]
    [MemberData(nameof(Testing.TestDatabase.Providers), MemberType = typeof(Testing.TestDatabase))]
    public async Task Demo_with_the_same_seed_builds_the_same_world(string provider)
    {
        var first = CliRunner.NewDatabase(provider);
        var second = CliRunner.NewDatabase(provider);
        var other = CliRunner.NewDatabase("sqlite");

        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--today", CliRunner.Today, "--db", first, "--seed", "7")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--today", CliRunner.Today, "--db", second, "--seed", "7")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--today", CliRunner.Today, "--db", other, "--seed", "8")).ExitCode);

        var a = await SnapshotAsync(first);
        var b = await SnapshotAsync(second);
        var c = await SnapshotAsync(other);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Contains(a, line => line.Contains("浙江省财政厅|330000", StringComparison.Ordinal));
        Assert.Contains(a, line => line.Contains("|910000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_a_second_time_changes_nothing()
    {
        var db = CliRunner.NewDatabase("sqlite");
        await CliRunner.RunAsync("demo", "--today", CliRunner.Today, "--db", db);
        var before = await SnapshotAsync(db);
        var auditBefore = await CountAuditAsync(db);

        var again = await CliRunner.RunAsync("demo", "--today", CliRunner.Today, "--db", db);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(before, await SnapshotAsync(db));
        Assert.Equal(auditBefore, await CountAuditAsync(db));
    }

    [Fact]
    public async Task Demo_today_builds_the_world_around_that_day_issue13()
    {
        var db = CliRunner.NewDatabase("sqlite");

        var run = await CliRunner.RunAsync("demo", "--today", "2030-06-30", "--db", db);

        Assert.Equal(0, run.ExitCode);
        await using var sp = CliOptions.Open(DatabaseTarget.Parse(db));
        await using var scope = sp.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("test");
        var created = await scope.ServiceProvider.GetRequiredService<KernelDb>().Matters.Where(m => m.Workflow == DemoWorkflow.Name).Select(m => m.CreatedUtc).ToListAsync();
        Assert.NotEmpty(created);
        Assert.All(created, c => Assert.InRange(c, new DateTime(2030, 1, 1), new DateTime(2030, 7, 1)));
    }

    [Fact]
    public async Task Serve_today_without_demo_is_refused_since_it_would_set_a_real_office_clock_issue13()
    {
        var run = await CliRunner.RunAsync("serve", "--today", "2030-06-30", "--db", CliRunner.NewDatabase("sqlite"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[serve.today-demo-only]", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_today_that_is_not_an_iso_date_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("demo", "--today", "30/06/2030", "--db", CliRunner.NewDatabase("sqlite"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not an ISO date", run.Err, StringComparison.Ordinal);
    }

    private static async Task<List<string>> SnapshotAsync(string dbValue)
    {
        await using var sp = CliOptions.Open(DatabaseTarget.Parse(dbValue));
        await using var scope = sp.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("test");
        var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
        var orgs = await db.Orgs.Select(o => $"org|{o.Id}|{o.NameZh}|{o.DivisionCode}|{o.ParentId}").ToListAsync();
        var users = await db.Users.Select(u => $"user|{u.UserName}|{u.DisplayName}|{u.HomeOrgId}").ToListAsync();
        var grants = await (from g in db.Grants join u in db.Users on g.UserId equals u.Id select $"grant|{u.UserName}|{g.Role}|{g.OrgId}|{g.CoversDescendants}").ToListAsync();
        var matters = await db.Matters.Select(m => $"matter|{m.Reference}|{m.OrgId}|{m.Title}|{m.State}|{m.AmountFen}").ToListAsync();
        return [.. orgs.Concat(users).Concat(grants).Concat(matters).Order(StringComparer.Ordinal)];
    }

    private static async Task<int> CountAuditAsync(string dbValue)
    {
        await using var sp = CliOptions.Open(DatabaseTarget.Parse(dbValue));
        await using var scope = sp.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("test");
        return await scope.ServiceProvider.GetRequiredService<KernelDb>().AuditEntries.CountAsync();
    }
}
