using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Management;
using Tongban.Epidemic.People;
using Tongban.Epidemic.Policy;
using Tongban.Epidemic.Symptoms;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;

namespace Tongban.Epidemic.Demo;

/// <summary>
/// The module's demo data: the city of seed 04 and its districts, the seed 04 policy, the
/// bulletin's cases on 2022-10-30 exactly as listed, a synthetic two-month outbreak before it
/// (a few thousand cases with contacts in centralised isolation), and people under management
/// around today so the due and overdue lists have something to show. Deterministic for a seed.
/// </summary>
internal static class EpidemicDemo
{
    public static readonly DateOnly OutbreakStart = new(2022, 9, 1);
    public static readonly DateOnly OutbreakEnd = new(2022, 10, 29);

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"];

    // Relative weights of the districts in the synthetic outbreak (more in the populous inner districts).
    private static readonly int[] DistrictWeights = [4, 5, 12, 9, 3, 10, 1, 3, 6, 5, 7, 6, 2, 4, 4, 1];

    public static async Task SeedAsync(IServiceProvider services, DemoContext demo, CancellationToken ct)
    {
        var db = services.GetRequiredService<EpidemicDb>();
        if (await db.Cases.AnyAsync(ct))
        {
            return;
        }

        var parent = demo.Orgs.TryGetValue("central-finance", out var root) ? root : (Guid?)null;
        var orgs = await CityOrgs.EnsureAsync(services.GetRequiredService<KernelDb>(), parent, ct);
        if (!await db.Policies.AnyAsync(ct))
        {
            await services.GetRequiredService<PolicyStore>().AddAsync(EpidemicPolicy.Seed04, ct);
        }

        var random = new Random(demo.Seed * 31 + 4);
        var registry = services.GetRequiredService<CaseRegistry>();
        var cases = await SeedOutbreakAsync(db, registry, random, ct);
        await Seed04Demo.SeedAsync(registry, ct);
        await MatchSeed04OutcomesAsync(db, ct);
        await SeedContactsAsync(db, services.GetRequiredService<FollowUp>(), cases, orgs, random, ct);
        await SeedCurrentAsync(db, services.GetRequiredService<FollowUp>(), services.GetRequiredService<TimeProvider>(), orgs, random, ct);
        await SeedAccountsAsync(services.GetRequiredService<PeopleDirectory>(), orgs, ct);
    }

    /// <summary>The module's demo sign-ins (user, password, who), listed in README.md.</summary>
    public static IReadOnlyList<(string User, string Password, string Role, string DivisionCode, string Who)> Accounts { get; } =
    [
        ("chaoyang.community", "Community-Chaoyang-2025", "epidemic.community", "110105", "社区工作者 朝阳区 (community worker, Chaoyang District): due and overdue tests, symptom alerts"),
        ("bulletin.desk", "Bulletin-Desk-2025", "epidemic.bulletin-desk", "110000", "通报发布 北京市 (the city's bulletin desk): daily bulletin, line list, curve"),
        ("chaoyang.cdc", "Cdc-Chaoyang-2025", "epidemic.cdc", "110105", "朝阳区疾控 (district CDC, Chaoyang): cases, imports, follow-up"),
    ];

    private static async Task SeedAccountsAsync(PeopleDirectory people, IReadOnlyDictionary<string, Guid> orgs, CancellationToken ct)
    {
        foreach (var (user, password, role, code, who) in Accounts)
        {
            var created = await people.CreateUserAsync(new NewUser(user, who.Split(' ')[0] + " " + user, password, orgs[code], $"{user}@demo.tongban.cn"), ct);
            await people.GrantAsync(created.Id, role, orgs[code], coversDescendants: true, ct);
        }
    }

    private static async Task<List<EpidemicCase>> SeedOutbreakAsync(EpidemicDb db, CaseRegistry registry, Random random, CancellationToken ct)
    {
        var all = new List<EpidemicCase>();
        var days = OutbreakEnd.DayNumber - OutbreakStart.DayNumber + 1;
        var totalWeight = DistrictWeights.Sum();
        for (var d = 0; d < days; d++)
        {
            // One wave peaking in early October, about 3,000 cases in all.
            var x = (d - 35.0) / 11.0;
            var expected = 95 * Math.Exp(-x * x / 2) + 2;
            var count = Math.Max(0, (int)Math.Round(expected * (0.8 + random.NextDouble() * 0.4)));
            var date = OutbreakStart.AddDays(d);
            var reported = ChinaTime.StartOfDayUtc(date).AddHours(8);
            var batch = new List<EpidemicCase>();
            for (var i = 0; i < count; i++)
            {
                var pick = random.Next(totalWeight);
                var index = 0;
                while (pick >= DistrictWeights[index])
                {
                    pick -= DistrictWeights[index++];
                }

                var district = BeijingDistricts.All[index];
                var imported = random.NextDouble() < 0.04;
                var confirmed = random.NextDouble() < 0.62;
                var found = imported
                    ? FoundBy.ClosedLoopArrival
                    : random.NextDouble() switch { < 0.62 => FoundBy.IsolatedObserver, < 0.92 => FoundBy.SocialScreening, _ => FoundBy.NotStated };
                var arrival = imported ? date.AddDays(-random.Next(0, 6)) : (DateOnly?)null;
                var (originZh, originEn) = imported ? Origins[random.Next(Origins.Length)] : (null, null);
                var closed = confirmed ? 10 + random.Next(5) : 7;
                var discharged = date.AddDays(closed) <= OutbreakEnd.AddDays(1) ? date.AddDays(closed) : (DateOnly?)null;
                var building = random.Next(1, 40);
                var point = found == FoundBy.IsolatedObserver && random.NextDouble() < 0.3 ? $"{district.NameZh}集中隔离点{random.Next(1, 6)}" : null;
                var input = new CaseInput(
                    confirmed ? CaseClass.Confirmed : CaseClass.Asymptomatic,
                    imported ? CaseOrigin.Imported : CaseOrigin.Local,
                    found,
                    district.Code,
                    date,
                    reported.AddMinutes(i * 3),
                    PersonName: $"{Surnames[random.Next(Surnames.Length)]}某{random.Next(1, 999)}",
                    AddressZh: imported ? null : $"示例社区{building}号楼",
                    AddressEn: imported ? null : $"Building {building}, Sample Community",
                    IsolationPoint: point,
                    NationalityZh: imported ? "中国" : null,
                    NationalityEn: imported ? "Chinese" : null,
                    OriginZh: originZh,
                    OriginEn: originEn,
                    PortZh: imported ? "北京首都国际机场" : null,
                    PortEn: imported ? "Beijing Capital Airport" : null,
                    ArrivalDate: arrival,
                    TransferredOn: date,
                    InvestigatedOn: date,
                    ControlMeasuresOn: date.AddDays(random.Next(0, 2)),
                    DischargedOn: discharged);
                batch.Add(await registry.BuildAsync(input, ct));
            }

            foreach (var c in batch)
            {
                registry.Add(c);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            all.AddRange(batch);
        }

        return all;
    }

    /// <summary>
    /// Seed 04: "26 cases were cured and discharged, and 11 asymptomatic infected persons [released from medical
    /// observation]" on 2022-10-30. The synthetic outbreak's random stays are trimmed so that day has exactly
    /// those outcomes: extra ones stay in hospital, missing ones are taken from cases diagnosed long enough before.
    /// </summary>
    private static async Task MatchSeed04OutcomesAsync(EpidemicDb db, CancellationToken ct)
    {
        var day = Seed04Cases.Date;
        foreach (var (cls, target, minStay) in new[] { (CaseClass.Confirmed, Seed04Demo.CuredDischarged, 10), (CaseClass.Asymptomatic, Seed04Demo.ReleasedFromObservation, 7) })
        {
            var that = await db.Cases.Where(c => c.Class == cls && c.DischargedOn == day).OrderBy(c => c.ReportedAtUtc).ThenBy(c => c.Id).ToListAsync(ct);
            foreach (var c in that.Skip(target))
            {
                c.DischargedOn = null;
            }

            if (that.Count < target)
            {
                // Cases still in hospital after their minimum stay, else those discharged in the last three days (a longer stay).
                var latest = day.AddDays(-minStay);
                var recent = day.AddDays(-3);
                var more = await db.Cases
                    .Where(c => c.Class == cls && c.DiagnosisDate <= latest && (c.DischargedOn == null || (c.DischargedOn >= recent && c.DischargedOn < day)))
                    .OrderBy(c => c.DischargedOn == null ? 0 : 1).ThenByDescending(c => c.DischargedOn).ThenBy(c => c.ReportedAtUtc).ThenBy(c => c.Id)
                    .Take(target - that.Count)
                    .ToListAsync(ct);
                foreach (var c in more)
                {
                    c.DischargedOn = day;
                }
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static readonly (string? Zh, string? En)[] Origins =
    [
        ("法国", "France"), ("日本", "Japan"), ("新加坡", "Singapore"), ("阿联酋", "the United Arab Emirates"), ("德国", "Germany"), ("中国香港", "Hong Kong, China"),
    ];

    /// <summary>Contacts of a sample of cases, each in centralised isolation and released after seven days.</summary>
    private static async Task SeedContactsAsync(
        EpidemicDb db, FollowUp followUp, List<EpidemicCase> cases, IReadOnlyDictionary<string, Guid> orgs, Random random, CancellationToken ct)
    {
        var sample = cases.Where(c => c.Origin == CaseOrigin.Local && c.DistrictCode is not null && random.NextDouble() < 0.1).ToList();
        var people = new List<ManagedPerson>();
        foreach (var c in sample)
        {
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var start = ChinaTime.StartOfDayUtc(c.DiagnosisDate).AddHours(random.Next(10, 22));
                var p = await followUp.BuildAsync(
                    new PersonInput(
                        ManagementKind.CentralisedIsolation,
                        $"{Surnames[random.Next(Surnames.Length)]}某{random.Next(1, 999)}",
                        start,
                        OrgId: orgs[c.DistrictCode!],
                        IsolationPoint: $"{BeijingDistricts.ByCode(c.DistrictCode!).NameZh}集中隔离点{random.Next(1, 6)}",
                        ContactOfCaseId: c.Id),
                    ct);
                p.ReleasedUtc = start.AddDays(7);
                await followUp.RecomputeAsync(p, [], ct);
                people.Add(p);
            }
        }

        foreach (var chunk in people.Chunk(1000))
        {
            db.People.AddRange(chunk);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Arrivals and home isolation around today, some with tests, a few overdue, one symptom alert.</summary>
    private static async Task SeedCurrentAsync(
        EpidemicDb db, FollowUp followUp, TimeProvider clock, IReadOnlyDictionary<string, Guid> orgs, Random random, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var districts = new[] { "110105", "110108", "110102", "110112", "110117" };
        var people = new List<(ManagedPerson Person, List<TestRecord> Tests)>();
        for (var i = 0; i < 60; i++)
        {
            var code = districts[i % districts.Length];
            var arrived = now.AddHours(-random.Next(1, 80));
            var p = await followUp.BuildAsync(
                new PersonInput(ManagementKind.Arrival, $"{Surnames[random.Next(Surnames.Length)]}某{100 + i}", arrived, OrgId: orgs[code], Phone: $"1380000{i:D4}"),
                ct);
            var tests = new List<TestRecord>();
            if (random.NextDouble() < 0.5 && arrived.AddHours(6) < now)
            {
                var sampled = arrived.AddHours(random.Next(2, 6));
                var result = sampled.AddHours(8) < now ? sampled.AddHours(8) : (DateTime?)null;
                tests.Add(new TestRecord
                {
                    Id = Guid.CreateVersion7(),
                    OrgId = p.OrgId,
                    PersonId = p.Id,
                    SampledAtUtc = sampled,
                    Outcome = result is null ? TestOutcome.Pending : TestOutcome.Negative,
                    ResultAtUtc = result,
                });
            }

            await followUp.RecomputeAsync(p, tests.Select(t => t.ToSample()).ToList(), ct);
            people.Add((p, tests));
        }

        for (var i = 0; i < 20; i++)
        {
            var code = districts[i % districts.Length];
            var kind = i % 2 == 0 ? ManagementKind.HomeIsolation : ManagementKind.HomeMonitoring;
            var start = now.AddHours(-random.Next(2, 150));
            var p = await followUp.BuildAsync(
                new PersonInput(kind, $"{Surnames[random.Next(Surnames.Length)]}某{200 + i}", start, OrgId: orgs[code], Phone: $"1390000{i:D4}", AddressZh: $"示例社区{i + 1}号楼"),
                ct);
            await followUp.RecomputeAsync(p, [], ct);
            people.Add((p, []));
            var mate = new ManagedPerson
            {
                Id = Guid.CreateVersion7(),
                OrgId = p.OrgId,
                Kind = kind,
                Name = $"{Surnames[random.Next(Surnames.Length)]}某{300 + i}",
                AddressZh = p.AddressZh,
                CertificateCode = $"DEMO{i:D6}",
                StartUtc = p.StartUtc,
                RoommateOfId = p.Id,
            };
            await followUp.RecomputeAsync(mate, [], ct);
            people.Add((mate, []));
        }

        db.People.AddRange(people.Select(x => x.Person));
        db.Tests.AddRange(people.SelectMany(x => x.Tests));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await followUp.ReportSymptomsAsync(people[^2].Person.Id, Symptom.Fever | Symptom.DryCough, 38.1m, ct);
    }
}
