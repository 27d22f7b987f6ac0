using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Assets.Disposal;
using Tongban.Assets.Software;
using Tongban.Assets.Stocktake;
using Tongban.Assets.Vehicles;
using Tongban.Kernel.Money;

namespace Tongban.Assets.Tests.Rules;

public sealed class StandardsAndDisposalTests
{
    private static readonly EquipmentStandardItem Desktop = EquipmentStandards.Find(EquipmentStandards.Defaults, "desktop")!;

    [Fact]
    public void A_disposal_before_the_standards_minimum_service_life_needs_a_reason_seed09_allocation()
    {
        // A desktop computer (class 201): six years under the office-equipment standard.
        var bought = new DateOnly(2020, 5, 1);
        var early = DisposalRules.CheckServiceLife("ZC1", "201", bought, new DateOnly(2026, 4, 30), null);
        Assert.Equal("assets.disposal.before-service-life", early.Rule);
        Assert.True(DisposalRules.CheckServiceLife("ZC1", "201", bought, new DateOnly(2026, 4, 30), "雷击损坏，无法修复").IsAllowed);
        Assert.True(DisposalRules.CheckServiceLife("ZC1", "201", bought, new DateOnly(2026, 5, 1), null).IsAllowed);
        // A class no standard covers has no minimum.
        Assert.True(DisposalRules.CheckServiceLife("ZC2", "320", new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), null).IsAllowed);
    }

    [Fact]
    public void A_unit_price_above_the_equipment_standard_ceiling_is_refused_seed09_allocation()
    {
        Assert.True(EquipmentStandards.CheckPrice(Desktop, new Cny(Desktop.PriceCeilingFen)).IsAllowed);
        Assert.Equal("assets.allocation.above-standard", EquipmentStandards.CheckPrice(Desktop, new Cny(Desktop.PriceCeilingFen + 1)).Rule);
    }

    [Fact]
    public void A_replacement_before_the_minimum_service_life_is_refused_seed09_allocation()
    {
        var bought = new DateOnly(2020, 5, 1);
        Assert.Equal("assets.allocation.service-life", EquipmentStandards.CheckReplacement(Desktop, bought, new DateOnly(2026, 4, 30)).Rule);
        Assert.True(EquipmentStandards.CheckReplacement(Desktop, bought, new DateOnly(2026, 5, 1)).IsAllowed);
    }

    [Fact]
    public void Catalogue_items_go_through_government_procurement_seed09_allocation() =>
        Assert.True(EquipmentStandards.NeedsGovernmentProcurement(Desktop));

    [Fact]
    public void A_vehicle_above_the_quota_is_refused_seed09_vehicles()
    {
        Assert.True(VehicleRules.CheckQuota(2, 1).IsAllowed);
        Assert.Equal("assets.vehicles.quota", VehicleRules.CheckQuota(2, 2).Rule);
    }

    [Fact]
    public void A_vehicle_above_the_price_or_displacement_ceiling_is_refused_seed09_vehicles()
    {
        var general = VehicleRules.Defaults.Single(s => s.Category == VehicleCategory.GeneralOfficial);
        Assert.True(VehicleRules.CheckStandard(general, Cny.FromYuan(180_000m), 1800).IsAllowed);
        Assert.Equal("assets.vehicles.price-ceiling", VehicleRules.CheckStandard(general, Cny.FromYuan(180_000.01m), 1600).Rule);
        Assert.Equal("assets.vehicles.displacement-ceiling", VehicleRules.CheckStandard(general, Cny.FromYuan(150_000m), 2000).Rule);
    }

    [Fact]
    public void A_disposed_asset_cannot_be_disposed_again_seed09_disposal()
    {
        Assert.Equal("assets.disposal.already-disposed", DisposalRules.MayDispose(AssetStatus.Disposed).Rule);
        Assert.Equal("assets.disposal.pending", DisposalRules.MayDispose(AssetStatus.PendingDisposal).Rule);
        Assert.True(DisposalRules.MayDispose(AssetStatus.Idle).IsAllowed);
    }

    [Fact]
    public void A_sale_needs_an_evaluation_report_seed09_asset_evaluation()
    {
        Assert.Contains(DisposalDocument.EvaluationReport, DisposalRules.RequiredDocuments(DisposalKind.Sale));
        var r = DisposalRules.CheckDocuments(DisposalKind.Sale, [DisposalDocument.Application, DisposalDocument.AssetList, DisposalDocument.OwnershipProof]);
        Assert.Equal("assets.disposal.documents", r.Rule);
        Assert.Contains("EvaluationReport", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scrapping_needs_a_technical_appraisal_and_each_of_the_seven_ways_has_its_documents_seed09_disposal()
    {
        Assert.Contains(DisposalDocument.TechnicalAppraisal, DisposalRules.RequiredDocuments(DisposalKind.LossAndScrapping));
        Assert.Equal(7, Enum.GetValues<DisposalKind>().Length);
        Assert.All(Enum.GetValues<DisposalKind>(), k => Assert.Contains(DisposalDocument.Application, DisposalRules.RequiredDocuments(k)));
    }

    [Fact]
    public void Monetary_loss_verification_is_for_current_assets_only_seed09_disposal()
    {
        Assert.True(DisposalRules.FitsComposition(DisposalKind.MonetaryLossVerification, Composition.Current).IsAllowed);
        Assert.Equal("assets.disposal.kind-composition", DisposalRules.FitsComposition(DisposalKind.MonetaryLossVerification, Composition.Fixed).Rule);
        Assert.Equal("assets.disposal.kind-composition", DisposalRules.FitsComposition(DisposalKind.Sale, Composition.Current).Rule);
    }

    [Fact]
    public void A_count_finds_missing_surplus_and_misplaced_assets_seed09_inventory()
    {
        var book = new[] { new BookEntry("A1", "101", "王伟"), new BookEntry("A2", "102", "李娜"), new BookEntry("A3", "103", "张敏"), new BookEntry("A4", "104", "刘洋") };
        var seen = new[] { new Sighting("A1", "101", "王伟"), new Sighting("a2", "205", "李娜"), new Sighting("A3", "103", "陈静"), new Sighting("X9", "库房", "") };
        var r = StocktakeRules.Compare(book, seen).ToDictionary(x => x.Code, x => x.Result);
        Assert.Equal(CountResult.Found, r["A1"]);
        Assert.Equal(CountResult.WrongPlace, r["A2"]);
        Assert.Equal(CountResult.WrongCustodian, r["A3"]);
        Assert.Equal(CountResult.Missing, r["A4"]);
        Assert.Equal(CountResult.Surplus, r["X9"]);
        Assert.True(StocktakeRules.OpensVerification(CountResult.Missing));
        Assert.False(StocktakeRules.OpensVerification(CountResult.WrongPlace));
    }

    [Fact]
    public void Installed_above_licensed_and_expiring_in_90_days_show_in_compliance_seed09_software()
    {
        var today = new DateOnly(2025, 9, 26);
        var c = SoftwareRules.Check(10, 12, today.AddDays(90), today);
        Assert.True(c.OverInstalled);
        Assert.True(c.ExpiringSoon);
        Assert.False(c.Expired);
        Assert.False(SoftwareRules.Check(10, 10, today.AddDays(91), today).ExpiringSoon);
        Assert.True(SoftwareRules.Check(10, 1, today.AddDays(-1), today).Expired);
    }

    [Fact]
    public void The_classification_ships_the_top_two_levels_of_gbt_14885()
    {
        Assert.Equal(6, AssetClasses.All.Count(c => c.IsTop));
        Assert.All(AssetClasses.Leaves, c => Assert.NotNull(AssetClasses.Find(c.TopCode)));
        Assert.Equal("计算机设备及软件", AssetClasses.Find("201")!.NameZh);
        Assert.Equal(5, Enum.GetValues<Composition>().Length);
    }
}
