using Tongban.Assets.Cards;
using Tongban.Assets.Depreciation;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Assets.Tests.Rules;

public sealed class DepreciationRulesTests
{
    private static readonly Period March2025 = Period.Of(2025, 3);

    [Fact]
    public void Straight_line_without_residual_spreads_6000_over_72_months_the_last_taking_the_remainder_gov_accounting_3()
    {
        var schedule = DepreciationRules.Schedule(Cny.FromYuan(6000m), 6, March2025);
        Assert.Equal(72, schedule.Count);
        Assert.All(schedule.Take(71), s => Assert.Equal(8333, s.Amount.Fen));
        Assert.Equal(8357, schedule[^1].Amount.Fen);
        Assert.Equal(600000, schedule.Sum(s => s.Amount.Fen));
        Assert.Equal("2025-03", schedule[0].Month.ToString());
        Assert.Equal("2031-02", schedule[^1].Month.ToString());
    }

    [Fact]
    public void An_asset_added_in_a_month_is_depreciated_from_that_month_gov_accounting_3()
    {
        Assert.Equal(0, DepreciationRules.ChargeFen(600000, 72, March2025, null, Period.Of(2025, 2)));
        Assert.Equal(8333, DepreciationRules.ChargeFen(600000, 72, March2025, null, March2025));
        Assert.Equal(8333, DepreciationRules.AccumulatedFen(600000, 72, March2025, null, March2025));
    }

    [Fact]
    public void An_asset_that_leaves_in_a_month_is_not_depreciated_in_that_month_gov_accounting_3()
    {
        var left = Period.Of(2025, 6);
        Assert.Equal(8333, DepreciationRules.ChargeFen(600000, 72, March2025, left, Period.Of(2025, 5)));
        Assert.Equal(0, DepreciationRules.ChargeFen(600000, 72, March2025, left, left));
        Assert.Equal(3 * 8333, DepreciationRules.AccumulatedFen(600000, 72, March2025, left, Period.Of(2026, 1)));
    }

    [Fact]
    public void A_fully_depreciated_asset_stays_at_zero_net_value_gov_accounting_3()
    {
        var later = Period.Of(2040, 1);
        Assert.Equal(0, DepreciationRules.ChargeFen(600000, 72, March2025, null, later));
        Assert.Equal(600000, DepreciationRules.AccumulatedFen(600000, 72, March2025, null, later));
        Assert.Equal(8357, DepreciationRules.ChargeFen(600000, 72, March2025, null, Period.Of(2031, 2)));
    }

    [Fact]
    public void The_monthly_charges_add_up_to_the_closed_form_accumulated_amount_every_month()
    {
        var sum = 0L;
        for (var m = March2025; m <= Period.Of(2032, 1); m = m.Plus(1))
        {
            sum += DepreciationRules.ChargeFen(123457, 37, March2025, null, m);
            Assert.Equal(sum, DepreciationRules.AccumulatedFen(123457, 37, March2025, null, m));
        }

        Assert.Equal(123457, sum);
    }

    [Theory]
    [InlineData("101")]
    [InlineData("401")]
    [InlineData("402")]
    [InlineData("501")]
    [InlineData("502")]
    [InlineData("603")]
    [InlineData("604")]
    public void Land_relics_exhibits_books_archives_and_special_animals_and_plants_are_not_depreciated_gov_accounting_3(string classCode)
    {
        Assert.True(DepreciationRules.IsExcluded(classCode));
        Assert.False(DepreciationRules.Depreciates(Composition.Fixed, classCode, 10));
        Assert.Null(UsefulLives.YearsFor(classCode, new Dictionary<string, int> { [classCode] = 10 }));
    }

    [Theory]
    [InlineData("201", 6)]
    [InlineData("202", 6)]
    [InlineData("203", 8)]
    [InlineData("601", 15)]
    [InlineData("103", 8)]
    public void Default_lives_follow_the_government_depreciation_period_table_caikuai_2017_4(string classCode, int years) =>
        Assert.Equal(years, UsefulLives.DefaultYears(classCode));

    [Theory]
    [InlineData(BuildingStructure.Steel, 50)] // 财会〔2017〕4号 表1: 钢结构 不低于50年
    [InlineData(BuildingStructure.ReinforcedConcrete, 50)] // 钢筋混凝土结构 不低于50年
    [InlineData(BuildingStructure.BrickConcrete, 30)] // 砖混结构 不低于30年
    [InlineData(BuildingStructure.BrickWood, 30)] // 砖木结构 不低于30年
    [InlineData(BuildingStructure.Simple, 8)] // 简易房 8年
    [InlineData(BuildingStructure.Attachment, 8)] // 房屋附属设施 8年
    public void Caikuai_2017_4_table1_a_buildings_life_follows_its_structure(BuildingStructure structure, int years)
    {
        Assert.Equal(years, UsefulLives.YearsFor("102", structure, new DateOnly(2024, 5, 1), new Dictionary<string, int>()));
        Assert.Equal("assets.life.below-table", UsefulLives.CheckEdit(LifeTables.KeyFor("102", structure), years - 1).Rule);
        Assert.True(UsefulLives.CheckEdit(LifeTables.KeyFor("102", structure), years + 10).IsAllowed); // "不低于": no upper bound
    }

    [Theory]
    [InlineData("324", 10, 20)] // 环境污染防治设备 10～20年 (not 10-15)
    [InlineData("331", 5, 10)] // 殡葬设备及用品 5～10年
    [InlineData("332", 10, 20)] // 铁路运输设备 10～20年
    [InlineData("333", 10, 20)] // 水上交通运输设备 10～20年
    [InlineData("334", 10, 20)] // 航空器及其配套设备 10～20年
    [InlineData("305", 20, 30)] // 电力工业专用设备 20～30年
    public void Caikuai_2017_4_table1_special_equipment_ranges(string classCode, int min, int max)
    {
        var row = LifeTables.On(new DateOnly(2026, 11, 30)).Find(classCode)!;
        Assert.Equal((min, max), (row.MinYears, row.MaxYears));
        Assert.True(UsefulLives.CheckEdit(classCode, max).IsAllowed);
        Assert.Equal("assets.life.above-table", UsefulLives.CheckEdit(classCode, max + 1).Rule);
        Assert.Equal("assets.life.below-table", UsefulLives.CheckEdit(classCode, min - 1).Rule);
    }

    [Fact]
    public void Caikuai_2017_4_table1_is_dated_data_with_its_source()
    {
        var edition = LifeTables.On(new DateOnly(2026, 11, 30));
        Assert.Equal(new DateOnly(2017, 1, 1), edition.EffectiveFrom);
        Assert.StartsWith("财会〔2017〕4号", edition.Source, StringComparison.Ordinal);
        Assert.Equal(8, edition.Find("203")!.MinYears); // 车辆 不低于8年 (a general-equipment row)
        Assert.Equal(15, edition.Find("601")!.MinYears); // 家具 不低于15年
        Assert.Null(edition.Find("101")); // land is not depreciated
    }

    [Fact]
    public void A_building_names_its_structure_and_nothing_else_does()
    {
        Assert.Equal("assets.structure.required", Assert.Throws<Kernel.Errors.RuleViolation>(() => CardRules.CheckStructure("102", BuildingStructure.None)).Rule);
        Assert.Equal("assets.structure.not-building", Assert.Throws<Kernel.Errors.RuleViolation>(() => CardRules.CheckStructure("201", BuildingStructure.Steel)).Rule);
        CardRules.CheckStructure("102", BuildingStructure.BrickWood);
    }

    [Fact]
    public void Government_accounting_standard_3_an_asset_at_nominal_amount_is_booked_at_one_yuan()
    {
        CardRules.CheckNominal(true, 100);
        Assert.Equal("assets.nominal.one-yuan", Assert.Throws<Kernel.Errors.RuleViolation>(() => CardRules.CheckNominal(true, 5_000)).Rule);
    }

    [Fact]
    public void A_life_may_be_lengthened_but_not_shortened_below_the_table_caikuai_2017_4()
    {
        Assert.True(UsefulLives.CheckEdit("201", 8).IsAllowed);
        Assert.Equal("assets.life.below-table", UsefulLives.CheckEdit("201", 5).Rule);
        Assert.Equal("assets.life.not-depreciated", UsefulLives.CheckEdit("101", 20).Rule);
        Assert.Equal(8, UsefulLives.YearsFor("201", new Dictionary<string, int> { ["201"] = 8 }));
    }

    [Fact]
    public void A_special_equipment_life_stays_within_the_table_range_caikuai_2017_4()
    {
        Assert.True(UsefulLives.CheckEdit("301", 10).IsAllowed);
        Assert.True(UsefulLives.CheckEdit("301", 15).IsAllowed);
        Assert.Equal("assets.life.below-table", UsefulLives.CheckEdit("301", 9).Rule);
        Assert.Equal("assets.life.above-table", UsefulLives.CheckEdit("305", 31).Rule);
        Assert.True(UsefulLives.CheckEdit("102.2", 70).IsAllowed);
    }

    [Fact]
    public void Only_fixed_assets_are_depreciated()
    {
        Assert.False(DepreciationRules.Depreciates(Composition.Current, "201", 6));
        Assert.True(DepreciationRules.Depreciates(Composition.Fixed, "201", 6));
    }

    [Fact]
    public void A_schedule_refuses_a_zero_cost_and_a_zero_life()
    {
        Assert.Equal("assets.cost.positive", Assert.Throws<RuleViolation>(() => DepreciationRules.Schedule(Cny.Zero, 6, March2025)).Rule);
        Assert.Equal("assets.life.range", Assert.Throws<RuleViolation>(() => DepreciationRules.Schedule(Cny.FromYuan(1m), 0, March2025)).Rule);
        Assert.Equal("assets.period.unreadable", Assert.Throws<RuleViolation>(() => Period.Parse("2025-13")).Rule);
    }
}
