using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.People;
using Tongban.Testing;
using static Tongban.Kernel.Tests.Data.ScopeTests;

namespace Tongban.Kernel.Tests.Data;

/// <summary>A record one office shares with another (a transfer between two offices, a referred case).</summary>
public sealed class SharedRecordTests
{
    private static readonly DateTime At = new(2025, 9, 26, 1, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shared_record_is_seen_by_the_office_it_is_shared_with_and_no_one_else(string provider)
    {
        await using var db = await CaseFileDb.CreateDatabaseAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var file = await AddAsync(db, t.CountyA, "referred");
        await AddAsync(db, t.CountyA, "kept");

        await using (var s = db.Open(CountyUser(db, t.CountyA, coversDescendants: false)))
        {
            var files = s.ServiceProvider.GetRequiredService<CaseFileDb>();
            files.RecordShares.Add(RecordShare.For(file, t.CountyB, "referral", At));
            await files.SaveChangesAsync();
        }

        await using (var s = db.Open(CallerScope.System()))
        {
            var audit = s.ServiceProvider.GetRequiredService<CaseFileDb>().AuditEntries;
            Assert.Equal(1, await audit.CountAsync(a => a.SubjectType == nameof(RecordShare) && a.Action == "create"));
        }

        Assert.Equal(["referred"], await TitlesSeenByAsync(db, t.CountyB, coversDescendants: false));
        // A grant on the prefecture covers county B below it, so the share reaches it too.
        Assert.Equal(["kept", "referred"], await TitlesSeenByAsync(db, t.Prefecture, coversDescendants: true));
        Assert.Empty(await TitlesSeenByAsync(db, t.OtherPrefecture, coversDescendants: true));

        await using (var s = db.Open(CountyUser(db, t.CountyA, coversDescendants: false)))
        {
            var files = s.ServiceProvider.GetRequiredService<CaseFileDb>();
            files.RecordShares.RemoveRange(await files.RecordShares.Where(x => x.RecordId == file.Id).ToListAsync());
            await files.SaveChangesAsync();
        }

        Assert.Empty(await TitlesSeenByAsync(db, t.CountyB, coversDescendants: false));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_office_shared_with_may_update_the_record_but_not_take_it_over(string provider)
    {
        await using var db = await CaseFileDb.CreateDatabaseAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var note = new CaseNote { Id = Guid.NewGuid(), OrgId = t.CountyA, Text = "transfer" };
        await using (var s = db.Open(CallerScope.System()))
        {
            var files = s.ServiceProvider.GetRequiredService<CaseFileDb>();
            files.CaseNotes.Add(note);
            files.RecordShares.Add(RecordShare.For(note, t.CountyB, "test", At));
            await files.SaveChangesAsync();
        }

        await using (var s = db.Open(CountyUser(db, t.CountyB, coversDescendants: false)))
        {
            var files = s.ServiceProvider.GetRequiredService<CaseFileDb>();
            var seen = await files.CaseNotes.SingleAsync();
            seen.Text = "transfer, letter sent";
            await files.SaveChangesAsync();

            seen.OrgId = t.CountyB;
            var error = await Assert.ThrowsAsync<RuleViolation>(() => files.SaveChangesAsync());
            Assert.Equal(("orgId", "scope.outside-grants"), (error.Field, error.Rule));

            files.CaseNotes.Add(new CaseNote { Id = Guid.NewGuid(), OrgId = t.CountyA, Text = "planted in the owner's office" });
            files.Entry(seen).State = EntityState.Unchanged;
            error = await Assert.ThrowsAsync<RuleViolation>(() => files.SaveChangesAsync());
            Assert.Equal(("orgId", "scope.outside-grants"), (error.Field, error.Rule));
        }

        await using (var s = db.Open(CallerScope.System()))
        {
            var notes = await s.ServiceProvider.GetRequiredService<CaseFileDb>().CaseNotes.ToListAsync();
            Assert.Equal((t.CountyA, "transfer, letter sent"), (notes.Single().OrgId, notes.Single().Text));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sharing_a_record_the_caller_cannot_see_is_refused_and_writes_nothing(string provider)
    {
        await using var db = await CaseFileDb.CreateDatabaseAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var theirs = await AddAsync(db, t.CountyB, "theirs");

        await using (var s = db.Open(CountyUser(db, t.CountyA, coversDescendants: true)))
        {
            var files = s.ServiceProvider.GetRequiredService<CaseFileDb>();
            files.RecordShares.Add(RecordShare.For(theirs, t.CountyA, "let me in", At));
            var error = await Assert.ThrowsAsync<RuleViolation>(() => files.SaveChangesAsync());
            Assert.Equal(("recordId", "scope.outside-grants"), (error.Field, error.Rule));
        }

        await using (var s = db.Open(CountyUser(db, t.CountyA, coversDescendants: true)))
        {
            var files = s.ServiceProvider.GetRequiredService<CaseFileDb>();
            files.RecordShares.Add(new RecordShare { RecordType = "NoSuchRecord", RecordId = theirs.Id, OrgId = t.CountyA, Reason = "x", SharedAtUtc = At });
            var error = await Assert.ThrowsAsync<RuleViolation>(() => files.SaveChangesAsync());
            Assert.Equal(("recordType", "scope.share-unknown-record"), (error.Field, error.Rule));
        }

        await using (var s = db.Open(CallerScope.System()))
        {
            Assert.Equal(0, await s.ServiceProvider.GetRequiredService<CaseFileDb>().RecordShares.CountAsync());
        }

        Assert.Empty(await TitlesSeenByAsync(db, t.CountyA, coversDescendants: true));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_record_and_its_share_may_be_saved_together(string provider)
    {
        await using var db = await CaseFileDb.CreateDatabaseAsync(provider);
        var t = await TestTree.CreateAsync(db);
        await using (var s = db.Open(CountyUser(db, t.CountyA, coversDescendants: false)))
        {
            var files = s.ServiceProvider.GetRequiredService<CaseFileDb>();
            var file = new CaseFile { Id = Guid.NewGuid(), OrgId = t.CountyA, Title = "new and referred" };
            files.CaseFiles.Add(file);
            files.RecordShares.Add(RecordShare.For(file, t.CountyB, "referral", At));
            await files.SaveChangesAsync();
        }

        Assert.Equal(["new and referred"], await TitlesSeenByAsync(db, t.CountyB, coversDescendants: false));
    }

    private static async Task<CaseFile> AddAsync(TestDatabase db, Guid orgId, string title)
    {
        await using var s = db.Open(CallerScope.System());
        var files = s.ServiceProvider.GetRequiredService<CaseFileDb>();
        var file = new CaseFile { Id = Guid.NewGuid(), OrgId = orgId, Title = title };
        files.CaseFiles.Add(file);
        await files.SaveChangesAsync();
        return file;
    }

    private static async Task<List<string>> TitlesSeenByAsync(TestDatabase db, Guid orgId, bool coversDescendants)
    {
        await using var s = db.Open(CountyUser(db, orgId, coversDescendants));
        return await s.ServiceProvider.GetRequiredService<CaseFileDb>().CaseFiles.OrderBy(f => f.Title).Select(f => f.Title).ToListAsync();
    }
}
