using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.People;

public sealed class PeopleDirectoryTests
{
    private const string GoodPassword = "Correct-horse-9";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_account_is_stored_hashed_and_audited_without_its_secrets(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using var s = db.Open(CallerScope.System());
        var user = await s.ServiceProvider.GetRequiredService<PeopleDirectory>().CreateUserAsync(new NewUser(" li.na ", "李娜", GoodPassword, t.CountyA, "li.na@example.cn"));

        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var stored = await k.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
        Assert.Equal(("li.na", "李娜", t.CountyA, true), (stored.UserName, stored.DisplayName, stored.HomeOrgId, stored.LockoutEnabled));
        Assert.DoesNotContain(GoodPassword, stored.PasswordHash, StringComparison.Ordinal);
        var entry = await k.AuditEntries.SingleAsync(a => a.SubjectType == nameof(TongbanUser));
        Assert.Contains("\"PasswordHash\":[\"***\",\"***\"]", entry.Diff, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.PasswordHash!, entry.Diff, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_weak_password_or_taken_name_is_refused_by_field_and_writes_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var s = db.Open(CallerScope.System());
        var people = s.ServiceProvider.GetRequiredService<PeopleDirectory>();
        await people.CreateUserAsync(new NewUser("li.na", "李娜", GoodPassword, null, null));
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var before = (await k.Users.CountAsync(), await k.AuditEntries.CountAsync());

        var cases = new (NewUser Input, string Field, string Rule)[]
        {
            (new NewUser("wang.fang", "王芳", "Short-9", null, null), "password", "people.password-too-short"),
            (new NewUser("wang.fang", "王芳", "no-digits-in-here", null, null), "password", "people.password-requires-digit"),
            (new NewUser("wang.fang", "王芳", "lowercase-only-9", null, null), "password", "people.password-requires-upper"),
            (new NewUser("li.na", "李娜", GoodPassword, null, null), "userName", "people.duplicate-user-name"),
            (new NewUser("", "王芳", GoodPassword, null, null), "userName", "people.invalid-user-name"),
            (new NewUser("wang.fang", " ", GoodPassword, null, null), "displayName", "people.display-name-required"),
            (new NewUser("wang.fang", "王芳", GoodPassword, Guid.NewGuid(), null), "homeOrgId", "orgs.not-found"),
        };
        foreach (var (input, field, rule) in cases)
        {
            var error = await Assert.ThrowsAsync<RuleViolation>(() => people.CreateUserAsync(input));
            Assert.Equal((field, rule), (error.Field, error.Rule));
        }

        k.ChangeTracker.Clear();
        Assert.Equal(before, (await k.Users.CountAsync(), await k.AuditEntries.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Grants_make_the_scope_and_an_unknown_role_is_refused(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using var s = db.Open(CallerScope.System());
        var people = s.ServiceProvider.GetRequiredService<PeopleDirectory>();
        var user = await people.CreateUserAsync(new NewUser("li.na", "李娜", GoodPassword, t.CountyA, null));

        var unknown = await Assert.ThrowsAsync<RuleViolation>(() => people.GrantAsync(user.Id, "emperor", t.CountyA, true));
        Assert.Equal(("role", "people.unknown-role"), (unknown.Field, unknown.Rule));
        var nowhere = await Assert.ThrowsAsync<RuleViolation>(() => people.GrantAsync(user.Id, KernelPermissions.AuditorRole, Guid.NewGuid(), true));
        Assert.Equal(("orgId", "orgs.not-found"), (nowhere.Field, nowhere.Rule));

        var auditor = await people.GrantAsync(user.Id, KernelPermissions.AuditorRole, t.CountyA, true);
        var admin = await people.GrantAsync(user.Id, KernelPermissions.AdministratorRole, t.CountyB, false);
        var scope = await people.LoadScopeAsync(user.Id);
        Assert.Equal((user.Id, "li.na", false, true), (scope.UserId!.Value, scope.ActorName, scope.Unrestricted, scope.Administers));
        Assert.Equal([t.CountyA], scope.SubtreeRootIds);
        Assert.Equal([t.CountyB], scope.ExactOrgIds);

        await people.RevokeGrantAsync(admin.Id);
        scope = await people.LoadScopeAsync(user.Id);
        Assert.Equal([auditor.Id], scope.Grants.Select(g => g.Id));
        Assert.False(scope.Administers);
        Assert.Equal([auditor.Id], (await people.GrantsOfAsync(user.Id)).Select(g => g.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_county_user_manager_cannot_grant_in_another_county(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        Guid target;
        await using (var s = db.Open(CallerScope.System()))
        {
            target = (await s.ServiceProvider.GetRequiredService<PeopleDirectory>().CreateUserAsync(new NewUser("li.na", "李娜", GoodPassword, t.CountyA, null))).Id;
        }

        var grant = new Grant { Id = Guid.NewGuid(), Role = KernelPermissions.AdministratorRole, OrgId = t.CountyA, CoversDescendants = true };
        await using (var s = db.Open(CallerScope.ForUser(Guid.NewGuid(), "county-admin", [grant], db.Services.GetRequiredService<RoleCatalog>())))
        {
            var people = s.ServiceProvider.GetRequiredService<PeopleDirectory>();
            await people.GrantAsync(target, KernelPermissions.AuditorRole, t.TownshipA, false);
            var error = await Assert.ThrowsAsync<RuleViolation>(() => people.GrantAsync(target, KernelPermissions.AuditorRole, t.CountyB, false));
            Assert.Equal(("orgId", "people.not-permitted"), (error.Field, error.Rule));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Five_failed_password_checks_lock_the_account_for_15_minutes(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var s = db.Open(CallerScope.Nobody);
        var user = await CreateAsSystemAsync(db, new NewUser("li.na", "李娜", GoodPassword, null, null));
        var signIn = s.ServiceProvider.GetRequiredService<SignInManager<TongbanUser>>();
        var users = s.ServiceProvider.GetRequiredService<UserManager<TongbanUser>>();
        var account = (await users.FindByIdAsync(user.Id.ToString()))!;

        for (var i = 1; i <= 4; i++)
        {
            var failed = await signIn.CheckPasswordSignInAsync(account, "Wrong-password-" + i, lockoutOnFailure: true);
            Assert.False(failed.Succeeded || failed.IsLockedOut);
        }

        Assert.True((await signIn.CheckPasswordSignInAsync(account, "Wrong-password-5", lockoutOnFailure: true)).IsLockedOut);
        Assert.True((await signIn.CheckPasswordSignInAsync(account, GoodPassword, lockoutOnFailure: true)).IsLockedOut);
        var end = (await users.GetLockoutEndDateAsync(account))!.Value;
        // Identity reads the clock it is given (or the system's); the lock lasts 15 minutes from then.
        Assert.Contains(new[] { db.Clock.GetUtcNow(), DateTimeOffset.UtcNow }, now => end - now > TimeSpan.FromMinutes(14) && end - now <= TimeSpan.FromMinutes(15));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_api_token_is_shown_once_stored_as_its_hash_and_stops_working_when_revoked(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var user = await CreateAsSystemAsync(db, new NewUser("li.na", "李娜", GoodPassword, null, null));
        var self = CallerScope.ForUser(user.Id, "li.na", []);
        ApiToken token;
        string secret;
        await using (var s = db.Open(self))
        {
            (token, secret) = await s.ServiceProvider.GetRequiredService<PeopleDirectory>().CreateApiTokenAsync(user.Id, "reporting script");
        }

        Assert.StartsWith("tb_", secret, StringComparison.Ordinal);
        Assert.Equal(3 + 43, secret.Length);
        Assert.Equal(PeopleDirectory.HashToken(secret), token.TokenHash);
        Assert.Equal(secret[..10], token.Prefix);
        await using (var s = db.Open(CallerScope.Nobody))
        {
            var people = s.ServiceProvider.GetRequiredService<PeopleDirectory>();
            var k = s.ServiceProvider.GetRequiredService<KernelDb>();
            Assert.DoesNotContain(await k.ApiTokens.Select(x => x.TokenHash).ToListAsync(), h => h.Contains(secret[3..], StringComparison.Ordinal));
            Assert.Equal(user.Id, (await people.FindByApiTokenAsync(secret))!.Id);
            Assert.NotNull((await k.ApiTokens.AsNoTracking().SingleAsync()).LastUsedAt);
            Assert.Null(await people.FindByApiTokenAsync(secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A')));
            Assert.Null(await people.FindByApiTokenAsync("not-a-token"));
        }

        await using (var s = db.Open(self))
        {
            var people = s.ServiceProvider.GetRequiredService<PeopleDirectory>();
            var wrongOwner = await Assert.ThrowsAsync<RuleViolation>(() => people.RevokeApiTokenAsync(token.Id, Guid.NewGuid()));
            Assert.Equal(("tokenId", "people.token-not-found"), (wrongOwner.Field, wrongOwner.Rule));
            await people.RevokeApiTokenAsync(token.Id, user.Id);
            Assert.Null(await people.FindByApiTokenAsync(secret));
            var listed = Assert.Single(await people.ApiTokensOfAsync(user.Id));
            Assert.Equal((token.Id, "reporting script", true), (listed.Id, listed.Name, listed.RevokedAt is not null));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_users_tokens_cannot_be_made_or_listed_without_user_management(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var user = await CreateAsSystemAsync(db, new NewUser("li.na", "李娜", GoodPassword, null, null));
        await using var s = db.Open(CallerScope.ForUser(Guid.NewGuid(), "someone", []));
        var error = await Assert.ThrowsAsync<RuleViolation>(() => s.ServiceProvider.GetRequiredService<PeopleDirectory>().CreateApiTokenAsync(user.Id, "x"));
        Assert.Equal(("userId", "people.not-permitted"), (error.Field, error.Rule));
        var blank = await Assert.ThrowsAsync<RuleViolation>(() => s.ServiceProvider.GetRequiredService<PeopleDirectory>().CreateApiTokenAsync(user.Id, " "));
        Assert.Equal(("name", "people.token-name-required"), (blank.Field, blank.Rule));
        var listing = await Assert.ThrowsAsync<RuleViolation>(() => s.ServiceProvider.GetRequiredService<PeopleDirectory>().ApiTokensOfAsync(user.Id));
        Assert.Equal("people.not-permitted", listing.Rule);
    }

    private static async Task<TongbanUser> CreateAsSystemAsync(TestDatabase db, NewUser input)
    {
        await using var s = db.Open(CallerScope.System());
        return await s.ServiceProvider.GetRequiredService<PeopleDirectory>().CreateUserAsync(input);
    }
}
