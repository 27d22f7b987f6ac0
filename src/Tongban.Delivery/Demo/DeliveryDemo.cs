using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Delivery.Cycles;
using Tongban.Delivery.Orders;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Delivery.Demo;

/// <summary>
/// Demo data (illustrative figures, not the company's): one integrator modelled on seed 02 with its domestic company and
/// subsidiaries in Korea, Hong Kong and Singapore; the customers the text names (SF Express as the related party through
/// the 11.14 % shareholder, JD.COM, Haohua Tire, Tianneng, Juwan, Haisida; Coupang, Shopee, Delhivery, Flipkart,
/// Trendyol overseas) and a few more by sector; 400 projects signed over five years up to the demo's today across the
/// four areas, with cycles around 9-12 months, some late, a backlog, and collections; five sign-ins.
/// </summary>
internal static class DeliveryDemo
{
    public const int Projects = 400;

    public static readonly (string UserName, string Password, string Who, string Role)[] Accounts =
    [
        ("delivery.pm", "Delivery-PM-2025", "项目经理 张伟 (project manager, sees his own projects)", DeliveryPermissions.ProjectManagerRole),
        ("delivery.pmo", "Delivery-PMO-2025", "项目管理办公室 李娜 (PMO, all projects, enters orders)", DeliveryPermissions.PmoRole),
        ("delivery.finance", "Delivery-Finance-2025", "财务 王芳 (finance: collections, margins)", DeliveryPermissions.FinanceRole),
        ("delivery.management", "Delivery-Mgmt-2025", "管理层 陈刚 (management)", DeliveryPermissions.ManagementRole),
        ("delivery.board", "Delivery-Board-2025", "董事会办公室 赵敏 (board office: disclosures)", DeliveryPermissions.BoardOfficeRole),
    ];

    private static readonly string[] OtherManagers = ["pm.liu", "pm.zhou", "pm.sun", "pm.wu"];

    private sealed record DemoCustomer(string Key, string Name, string Sector, string Entity, BusinessArea[] Areas, Relationship Relationship = Relationship.None, string? Party = null, int Bp = 0);

    private static readonly DemoCustomer[] Customers =
    [
        new("sf", "顺丰速运有限公司 SF Express", "express-logistics", "CN", [BusinessArea.Logistics, BusinessArea.Warehousing], Relationship.ShareholderAffiliate, "深圳市顺丰投资有限公司 Shenzhen Shunfeng Investment Co., Ltd.", 1114),
        new("jd", "京东 JD.COM", "e-commerce-retail", "CN", [BusinessArea.Logistics, BusinessArea.Warehousing]),
        new("haohua", "浩华轮胎 Haohua Tire", "tyres", "CN", [BusinessArea.Factory, BusinessArea.Warehousing]),
        new("tyre2", "山东某轮胎股份有限公司", "tyres", "CN", [BusinessArea.Factory]),
        new("autoparts", "某汽车零部件集团", "auto-parts", "CN", [BusinessArea.Factory, BusinessArea.Warehousing]),
        new("coldchain", "某冷链食品有限公司", "food-cold-chain", "CN", [BusinessArea.Warehousing, BusinessArea.Factory]),
        new("household", "某家居用品股份公司", "household-goods", "CN", [BusinessArea.Factory]),
        new("libmat", "某锂电材料科技公司", "lithium-battery-materials", "CN", [BusinessArea.Factory, BusinessArea.NewEnergy]),
        new("fibre", "某化纤集团", "chemical-fibre", "CN", [BusinessArea.Factory]),
        new("tianneng", "天能电池集团股份有限公司 Tianneng Battery", "lithium-batteries", "CN", [BusinessArea.NewEnergy]),
        new("juwan", "广州巨湾技研有限公司 Juwan Technology", "lithium-batteries", "CN", [BusinessArea.NewEnergy]),
        new("haisida", "江苏海四达电源有限公司 Haisida Power", "lithium-batteries", "CN", [BusinessArea.NewEnergy]),
        new("pv", "某光伏科技股份公司", "photovoltaics", "CN", [BusinessArea.NewEnergy]),
        new("coupang", "Coupang", "e-commerce-retail", "KR", [BusinessArea.Logistics, BusinessArea.Warehousing]),
        new("shopee", "Shopee", "e-commerce-retail", "SG", [BusinessArea.Logistics]),
        new("delhivery", "Delhivery", "express-logistics", "HK", [BusinessArea.Logistics]),
        new("flipkart", "Flipkart", "e-commerce-retail", "HK", [BusinessArea.Logistics, BusinessArea.Warehousing]),
        new("trendyol", "Trendyol", "e-commerce-retail", "HK", [BusinessArea.Logistics]),
    ];

    private static readonly (string Country, string Zh, string En, bool Overseas, string Currency, decimal Rate)[] Entities =
    [
        ("CN", "科捷智能（演示）境内本部", "Integrator (demo), domestic company", false, "CNY", 1m),
        ("KR", "韩国子公司（演示）", "Korea subsidiary (demo)", true, "USD", 7.1m),
        ("HK", "香港子公司（演示）", "Hong Kong subsidiary (demo)", true, "USD", 7.1m),
        ("SG", "新加坡子公司（演示）", "Singapore subsidiary (demo)", true, "USD", 7.1m),
    ];

    public static async Task SeedAsync(IServiceProvider services, DemoContext demo, CancellationToken ct, int projects = Projects)
    {
        var db = services.GetRequiredService<DeliveryDb>();
        if (await db.Orders.AnyAsync(ct))
        {
            return;
        }

        var kernel = services.GetRequiredService<KernelDb>();
        var today = ChinaTime.Today(services.GetRequiredService<TimeProvider>());
        var random = new Random(demo.Seed + 17);
        var root = await kernel.Orgs.Where(o => o.ParentId == null).OrderBy(o => o.Depth).Select(o => o.Id).FirstAsync(ct);
        var hq = await OrgAsync(kernel, demo, root, "delivery-hq", Entities[0].Zh, Entities[0].En, ct);
        var entityOrgs = new Dictionary<string, Guid> { ["CN"] = hq };
        foreach (var e in Entities.Skip(1))
        {
            entityOrgs[e.Country] = await OrgAsync(kernel, demo, hq, "delivery-" + e.Country, e.Zh, e.En, ct);
        }

        foreach (var e in Entities)
        {
            db.Entities.Add(new ServingEntity { OrgId = entityOrgs[e.Country], Overseas = e.Overseas, Country = e.Country });
        }

        var customers = Customers.Select(c => new Customer
        {
            Id = demo.IdFor("delivery-customer:" + c.Key),
            OrgId = hq,
            Name = c.Name,
            SectorCode = c.Sector,
            Overseas = c.Entity != "CN",
            Relationship = c.Relationship,
            RelatedParty = c.Party,
            ShareholdingBasisPoints = c.Bp,
        }).ToList();
        db.Customers.AddRange(customers);

        var sectors = SectorCatalog.Shipped.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var first = today.AddYears(-5);
        var span = today.DayNumber - first.DayNumber - 20;
        for (var i = 0; i < projects; i++)
        {
            // SF and JD are the large domestic customers "all the year round"; the rest share the remainder.
            var c = random.Next(10) switch
            {
                0 or 1 => Customers[0],
                2 => Customers[1],
                _ => Customers[random.Next(Customers.Length)],
            };
            var customer = customers.Single(x => x.Name == c.Name);
            var area = c.Areas[random.Next(c.Areas.Length)];
            var entity = Entities.Single(e => e.Country == c.Entity);
            var signed = first.AddDays(random.Next(span));

            // Seed 02: basically 9-12 months, varying with complexity and scale: the plan within the band, the actual
            // around it (most close to plan, some well late, a few early).
            var plannedDays = 274 + random.Next(92) + (area == BusinessArea.Factory ? 20 : 0);
            var roll = random.Next(100);
            var slip = roll < 60 ? random.Next(-15, 1) : roll < 85 ? 5 + random.Next(85) : roll < 95 ? 90 + random.Next(110) : -30 - random.Next(40);
            var actualDays = Math.Max(180, plannedDays + slip);
            var plannedAcceptance = signed.AddDays(plannedDays);
            var exTaxYuan = area switch
            {
                BusinessArea.Logistics => 20_000_000 + random.Next(180_000_000),
                BusinessArea.Warehousing => 10_000_000 + random.Next(90_000_000),
                BusinessArea.Factory => 15_000_000 + random.Next(120_000_000),
                _ => 8_000_000 + random.Next(70_000_000),
            };
            var exTaxFen = exTaxYuan * 100L;
            var rateMicros = (long)(entity.Rate * OrderRules.Micros);
            var exTaxMinor = (long)decimal.Round(exTaxFen / entity.Rate, 0);
            var withTaxMinor = entity.Overseas ? exTaxMinor : exTaxMinor * 113 / 100; // domestic VAT 13 %, exports zero-rated
            var marginPercent = (entity.Overseas ? 24 : 20) + random.Next(-8, 9) - (slip > 60 ? 4 : 0);
            var costFen = OrderRules.ToFen(exTaxMinor, rateMicros) * (100 - marginPercent) / 100;
            var manager = i % 4 == 0 ? Accounts[0].UserName : OtherManagers[random.Next(OtherManagers.Length)];
            var input = new NewOrder(
                $"KJ{signed.Year}-{i + 1:D4}",
                $"{c.Name.Split(' ')[0]} {DeliveryTexts.Name($"delivery.area.{area}").Zh}项目",
                entityOrgs[entity.Country],
                customer.Id,
                area,
                null,
                entity.Overseas,
                manager,
                entity.Currency,
                entity.Rate,
                withTaxMinor,
                exTaxMinor,
                costFen,
                c.Key == "sf" ? 90 : 60 + (random.Next(4) * 30),
                signed,
                OrderBuilder.TypicalPlan(signed, plannedAcceptance));
            var servingEntity = new ServingEntity { OrgId = entityOrgs[entity.Country], Overseas = entity.Overseas, Country = entity.Country };
            var (order, milestones) = OrderBuilder.Build(input, demo.IdFor($"delivery-order:{i}"), servingEntity, customer.SectorCode, sectors.Contains);

            // Milestones keep to plan until the one where the project slips (or gains); from there on they move by the slip.
            var slipsAt = (MilestoneKind)(2 + random.Next(5));
            var actuals = new Dictionary<MilestoneKind, DateOnly?>();
            foreach (var m in milestones)
            {
                var date = m.Kind >= slipsAt ? m.Planned.AddDays(actualDays - plannedDays) : m.Planned;
                if (actuals.Values.LastOrDefault() is { } previous && date < previous)
                {
                    date = previous;
                }

                if (date > today)
                {
                    break;
                }

                OrderRules.Actual(signed, today, m.Kind, date, actuals);
                actuals[m.Kind] = date;
                m.Actual = date;
            }

            if (actuals.GetValueOrDefault(MilestoneKind.FinalAcceptance) is { } accepted)
            {
                order.AcceptedOn = accepted;
                order.AcceptedYear = accepted.Year;
                order.CycleDays = CycleRules.CycleDays(signed, accepted);
            }

            db.Orders.Add(order);
            db.Milestones.AddRange(milestones);

            // 30 % advance at signing, 30 % on delivery to site, 30 % within the terms after acceptance, 10 % a year on.
            void Collect(DateOnly on, int percent)
            {
                if (on <= today)
                {
                    var fen = order.ContractWithTaxFen * percent / 100;
                    order.CollectedFen += fen;
                    db.Collections.Add(new Collection { Id = demo.IdFor($"delivery-collection:{i}:{percent}:{on}"), OrgId = order.OrgId, OrderId = order.Id, On = on, AmountFen = fen, Note = $"{percent}%" });
                }
            }

            Collect(signed.AddDays(10), 30);
            if (actuals.GetValueOrDefault(MilestoneKind.DeliveryToSite) is { } delivered)
            {
                Collect(delivered.AddDays(15), 30);
            }

            if (order.AcceptedOn is { } acc)
            {
                Collect(acc.AddDays(order.PaymentTermsDays + random.Next(-10, 40)), 30);
                Collect(acc.AddDays(365 + random.Next(60)), 10);
            }
        }

        await db.SaveChangesAsync(ct);
        await SeedPeopleAsync(services, hq, ct);
    }

    private static async Task SeedPeopleAsync(IServiceProvider services, Guid hq, CancellationToken ct)
    {
        var roles = services.GetRequiredService<RoleCatalog>();
        var people = services.GetService<PeopleDirectory>();
        if (people is null || !roles.Exists(DeliveryPermissions.PmoRole))
        {
            return;
        }

        var kernel = services.GetRequiredService<KernelDb>();
        foreach (var (userName, password, who, role) in Accounts)
        {
            if (await kernel.Users.AnyAsync(u => u.UserName == userName, ct))
            {
                continue;
            }

            var user = await people.CreateUserAsync(new NewUser(userName, who.Split(" (")[0], password, hq, $"{userName}@demo.tongban.cn"), ct);
            await people.GrantAsync(user.Id, role, hq, coversDescendants: true, ct);
        }
    }

    private static async Task<Guid> OrgAsync(KernelDb kernel, DemoContext demo, Guid parentId, string key, string zh, string en, CancellationToken ct)
    {
        if (demo.Orgs.TryGetValue(key, out var known))
        {
            return known;
        }

        var id = demo.IdFor("delivery-org:" + key);
        if (await kernel.Orgs.AnyAsync(o => o.Id == id, ct))
        {
            return id;
        }

        var parent = await kernel.Orgs.SingleAsync(o => o.Id == parentId, ct);
        var node = new OrgNode
        {
            Id = id,
            ParentId = parentId,
            Level = parent.Level == OrgLevel.Central ? OrgLevel.Province : OrgLevel.Prefecture,
            Kind = OrgKind.Enterprise,
            NameZh = zh,
            NameEn = en,
            DivisionCode = "370200",
            Depth = parent.Depth + 1,
        };
        kernel.Orgs.Add(node);
        foreach (var a in await kernel.OrgClosures.Where(c => c.DescendantId == parentId).ToListAsync(ct))
        {
            kernel.OrgClosures.Add(new OrgClosure { AncestorId = a.AncestorId, DescendantId = node.Id, Distance = a.Distance + 1 });
        }

        kernel.OrgClosures.Add(new OrgClosure { AncestorId = node.Id, DescendantId = node.Id, Distance = 0 });
        await kernel.SaveChangesAsync(ct);
        return node.Id;
    }
}
