using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Money;
using Tongban.Kernel.People;
using Tongban.Kernel.Reports;
using Tongban.Patents.Fees;
using Tongban.Patents.Inventors;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Programmes;
using Tongban.Patents.Reports;
using Tongban.Patents.Transformation;
using Tongban.Testing;

namespace Tongban.Patents.Tests.Data;

/// <summary>Issue 21 split grants; the IP office's programmes (seed 03); inventors' personal data; the portfolio file round trip.</summary>
public sealed class ProgrammesAndAccessTests
{
    private static AsyncServiceScope ReaderHereManagerThere(PatentsWorld world) =>
        world.Db.Open(CallerScope.ForUser(Guid.NewGuid(), "split", [
            new Grant { Id = Guid.NewGuid(), OrgId = world.Other, Role = PatentsPermissions.Reader },
            new Grant { Id = Guid.NewGuid(), OrgId = world.Holder, Role = PatentsPermissions.IpManager },
        ]));

    private static AsyncServiceScope Office(PatentsWorld world) => world.As(PatentsPermissions.IpOffice, world.Root, subtree: true);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reader_here_and_a_manager_there_sees_both_and_writes_only_there_patents_not_permitted_issue21(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        Guid hospitals;
        await using (var system = world.AsSystem())
        {
            hospitals = await system.ServiceProvider.GetRequiredService<PortfolioService>().RegisterAsync(world.Invention("201911050262.8") with { OrgId = world.Other });
        }

        await using var scope = ReaderHereManagerThere(world);
        var portfolio = scope.ServiceProvider.GetRequiredService<PortfolioService>();
        var fees = scope.ServiceProvider.GetRequiredService<FeeService>();
        var own = await portfolio.RegisterAsync(world.Invention("202011167667.2", new DateOnly(2020, 10, 1), new DateOnly(2023, 3, 1)));

        // Both orgs' patents are listed (the view permission is held at both).
        Assert.Equal(2, (await portfolio.ListAsync(null, null, null)).Count);

        // The read grant opens no write at its org: registering there, paying there, recording a licence there.
        var register = await Assert.ThrowsAsync<RuleViolation>(() => portfolio.RegisterAsync(world.Invention("202110000001.6") with { OrgId = world.Other }));
        Assert.Equal("patents.not-permitted", register.Rule);
        var pay = await Assert.ThrowsAsync<RuleViolation>(() => fees.PayAsync(hospitals, 3, new DateOnly(2022, 4, 20)));
        Assert.Equal("patents.not-permitted", pay.Rule);
        var licence = await Assert.ThrowsAsync<RuleViolation>(() => scope.ServiceProvider.GetRequiredService<TransformationService>()
            .RecordAsync(new NewTransformation(hospitals, TransformationMode.LicenceOrdinary, "某公司", Cny.FromYuan(10_000), Cny.Zero, new DateOnly(2025, 1, 1), null, "")));
        Assert.Equal("patents.not-permitted", licence.Rule);

        // Nothing was written at the read-only org; the write grant's org takes the payment.
        var db = scope.ServiceProvider.GetRequiredService<PatentsDb>();
        Assert.Equal(0, await db.FeePayments.CountAsync(f => f.PatentId == hospitals));
        Assert.Equal(0, await db.Transformations.CountAsync());
        Assert.Equal(1, await db.Patents.CountAsync(p => p.OrgId == world.Other));
        var paid = await fees.PayAsync(own, 3, new DateOnly(2023, 4, 20));
        Assert.Equal(3, paid.Year);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_subsidy_is_paid_after_grant_not_on_application_and_within_its_cap_seed_03(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        Guid pending, granted;
        await using (var manager = world.Manager())
        {
            var portfolio = manager.ServiceProvider.GetRequiredService<PortfolioService>();
            pending = await portfolio.RegisterAsync(world.Invention("202110000001.6", new DateOnly(2021, 10, 1)) with { GrantedOn = null });
            granted = await portfolio.RegisterAsync(world.Invention("201911050262.8"));
        }

        Guid programme;
        await using (var office = Office(world))
        {
            programme = await office.ServiceProvider.GetRequiredService<ProgrammeService>().CreateAsync(new NewProgramme(world.Root, ProgrammeKind.Subsidy, "2025 年发明专利资助", 2025,
                PatentType.Invention, Cny.FromYuan(3_000), Cny.FromYuan(5_000), 0, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), "上海市专利资助办法（2012 年修订）：授权后资助"));
        }

        Guid application;
        await using (var manager = world.Manager())
        {
            var programmes = manager.ServiceProvider.GetRequiredService<ProgrammeService>();
            var early = await Assert.ThrowsAsync<RuleViolation>(() => programmes.ApplyAsync(programme, pending, Cny.FromYuan(2_500), "", new DateOnly(2025, 9, 1)));
            Assert.Equal("patents.subsidy-before-grant", early.Rule);
            application = await programmes.ApplyAsync(programme, granted, Cny.FromYuan(2_500), "申请费和实审费", new DateOnly(2025, 9, 1));
            var twice = await Assert.ThrowsAsync<RuleViolation>(() => programmes.ApplyAsync(programme, granted, Cny.FromYuan(2_500), "", new DateOnly(2025, 9, 2)));
            Assert.Equal("patents.application-duplicate", twice.Rule);

            // The applicant does not approve its own application.
            var self = await Assert.ThrowsAsync<RuleViolation>(() => programmes.EvaluateAsync(application, true, Cny.FromYuan(2_500), ""));
            Assert.Equal("patents.not-permitted", self.Rule);
        }

        await using (var office = Office(world))
        {
            var programmes = office.ServiceProvider.GetRequiredService<ProgrammeService>();
            var over = await Assert.ThrowsAsync<RuleViolation>(() => programmes.EvaluateAsync(application, true, Cny.FromYuan(2_600), ""));
            Assert.Equal("patents.amount-over-request", over.Rule);
            var notYet = await Assert.ThrowsAsync<RuleViolation>(() => programmes.PayAsync(application, new DateOnly(2025, 9, 26)));
            Assert.Equal("patents.application-not-approved", notYet.Rule);
            await programmes.EvaluateAsync(application, true, Cny.FromYuan(2_000), "部分资助");
            await programmes.PayAsync(application, new DateOnly(2025, 9, 26));
            var again = await Assert.ThrowsAsync<RuleViolation>(() => programmes.PayAsync(application, new DateOnly(2025, 9, 26)));
            Assert.Equal("patents.application-not-approved", again.Rule);

            var view = Assert.Single(await programmes.ListAsync());
            Assert.Equal(200_000, view.PaidFen);
            Assert.Equal(1, view.Approved);
        }

        // Each step is in the audit chain: applied, approved, paid.
        await using var system = world.AsSystem();
        var entries = await system.ServiceProvider.GetRequiredService<PatentsDb>().AuditEntries.AsNoTracking()
            .Where(a => a.SubjectType == nameof(ProgrammeApplication) && a.SubjectId == application.ToString()).CountAsync();
        Assert.Equal(3, entries);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_municipal_award_is_every_three_years_up_to_100000_yuan_for_transformed_patents_seed_03(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        Guid patent;
        await using (var manager = world.Manager())
        {
            patent = await manager.ServiceProvider.GetRequiredService<PortfolioService>().RegisterAsync(world.Invention("201911050262.8"));
        }

        Guid award;
        await using (var office = Office(world))
        {
            var programmes = office.ServiceProvider.GetRequiredService<ProgrammeService>();
            NewProgramme Round(int year, decimal cap) => new(world.Root, ProgrammeKind.Award, $"上海市专利奖 {year}", year, PatentType.Invention, Cny.FromYuan(cap), Cny.FromYuan(4_000_000), 40,
                new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), "市政府奖励项目，三年一评");
            var cap = await Assert.ThrowsAsync<RuleViolation>(() => programmes.CreateAsync(Round(2025, 100_000.01m)));
            Assert.Equal("patents.award-cap", cap.Rule);
            award = await programmes.CreateAsync(Round(2025, 100_000));
            var soon = await Assert.ThrowsAsync<RuleViolation>(() => programmes.CreateAsync(Round(2027, 100_000)));
            Assert.Equal("patents.award-cycle", soon.Rule);
            await programmes.CreateAsync(Round(2028, 100_000));
            Assert.Equal(2, (await programmes.ListAsync()).Count);
        }

        await using var scope = world.Manager();
        var apply = scope.ServiceProvider.GetRequiredService<ProgrammeService>();
        var untransformed = await Assert.ThrowsAsync<RuleViolation>(() => apply.ApplyAsync(award, patent, Cny.Zero, "", new DateOnly(2025, 9, 1)));
        Assert.Equal("patents.award-not-transformed", untransformed.Rule);
        await scope.ServiceProvider.GetRequiredService<TransformationService>().RecordAsync(new NewTransformation(patent, TransformationMode.Implementation, "", Cny.Zero,
            Cny.FromYuan(200_000_000), new DateOnly(2020, 1, 1), null, "换电站设备销售"));
        Assert.NotEqual(Guid.Empty, await apply.ApplyAsync(award, patent, Cny.Zero, "已转化实施", new DateOnly(2025, 9, 1)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Inventors_particulars_are_read_with_a_purpose_each_read_audited_and_their_diffs_hashed_issue21_6(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        await using (var scope = world.Manager())
        {
            var patent = await scope.ServiceProvider.GetRequiredService<PortfolioService>().RegisterAsync(world.Invention("201911050262.8"));
            var inventors = scope.ServiceProvider.GetRequiredService<InventorService>();
            var badId = await Assert.ThrowsAsync<RuleViolation>(() => inventors.AddAsync(patent, new NewInventor("张三", "研发部", null, null, "11010519491231002Y")));
            Assert.Equal("patents.id-number", badId.Rule);
            await inventors.AddAsync(patent, new NewInventor("张三", "研发部", "13800000000", "zhang@example.cn", "11010519491231002X"));

            var none = await Assert.ThrowsAsync<RuleViolation>(() => inventors.ReadAsync(patent, ""));
            Assert.Equal("audit.purpose-required", none.Rule);
            var read = Assert.Single(await inventors.ReadAsync(patent, "发放职务发明奖励"));
            Assert.Equal("11010519491231002X", read.IdNumber);
        }

        await using var system = world.AsSystem();
        var audit = system.ServiceProvider.GetRequiredService<PatentsDb>().AuditEntries.AsNoTracking();
        var reads = await audit.Where(a => a.Action == "read-list" && a.SubjectType == InventorService.Subject).ToListAsync();
        Assert.Equal("发放职务发明奖励", Assert.Single(reads).Purpose);
        var insert = await audit.SingleAsync(a => a.SubjectType == nameof(Inventor));
        Assert.DoesNotContain("11010519491231002X", insert.Diff, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000000", insert.Diff, StringComparison.Ordinal);
    }

    /// <summary>Gives the holder an org code, as an org import would, so a file names it the same in two databases.</summary>
    private static async Task CodeHolderAsync(PatentsWorld world)
    {
        await using var system = world.AsSystem();
        var kernel = system.ServiceProvider.GetRequiredService<Kernel.Data.KernelDb>();
        var holder = await kernel.Orgs.SingleAsync(o => o.Id == world.Holder);
        holder.ExternalCode = "DIANBA";
        await kernel.SaveChangesAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_portfolio_file_reads_back_into_the_same_patents_in_csv_and_xlsx_item_1(string provider)
    {
        await using var source = await PatentsWorld.CreateAsync(provider);
        await CodeHolderAsync(source);
        var report = new PortfolioFileReport();
        ReportTable exported;
        await using (var scope = source.Manager())
        {
            var portfolio = scope.ServiceProvider.GetRequiredService<PortfolioService>();
            await portfolio.RegisterAsync(source.Invention("201911050262.8") with { PriorityOn = new DateOnly(2019, 1, 5), PublishedOn = new DateOnly(2020, 5, 8) });
            await portfolio.RegisterAsync(new NewPatent(source.Holder, PatentType.Design, "201630402585.X", "换电站（外观）, \"A\"型", new DateOnly(2016, 8, 20), null, null, new DateOnly(2017, 2, 10),
                [new OwnerInput("电巴", 60), new OwnerInput("交大", 40)], "李四", "", "FAM-1", Reduction.Joint70, OpenLicence: true));
            exported = await report.RunAsync(scope.ServiceProvider, new ReportParameters(null, null, null, new Dictionary<string, string>()), default);
        }

        Assert.Equal(new PatentImport().Columns.Select(c => c.Name), exported.Columns.Select(c => c.Key));
        foreach (var xlsx in new[] { false, true })
        {
            await using var target = await PatentsWorld.CreateAsync(provider);
            await CodeHolderAsync(target);
            using var file = new MemoryStream();
            if (xlsx)
            {
                ReportExport.WriteXlsx(exported, file, chinese: true);
            }
            else
            {
                await ReportExport.WriteCsvAsync(exported, file, chinese: false, default);
            }

            // The target tree has other org ids: the org column names the org by its code, the same in both worlds.
            await using var scope = target.Manager();
            file.Position = 0;
            var result = await scope.ServiceProvider.GetRequiredService<ImportPipeline>().RunAsync(new PatentImport(), file, xlsx ? "portfolio.xlsx" : "portfolio.csv", null, default);
            Assert.True(result.Accepted, string.Join("; ", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Rule} {e.Message}")));
            var again = await report.RunAsync(scope.ServiceProvider, new ReportParameters(null, null, null, new Dictionary<string, string>()), default);
            Assert.Equal(exported.Rows.Select(r => string.Join("|", r.Select(v => ReportExport.FormatText(v, ColumnType.Text)))),
                again.Rows.Select(r => string.Join("|", r.Select(v => ReportExport.FormatText(v, ColumnType.Text)))));
        }
    }
}
