using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tongban.Migrations.Sqlite.Clinic
{
    /// <inheritdoc />
    public partial class ClinicVisitsFormularyFund : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clinic_drug_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DrugCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Province = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CatalogueYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    SelfPayPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_drug_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_drug_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Doctor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    AskedCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GivenCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CheapestCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    AskedDailyCost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 4, nullable: false),
                    CheapestDailyCost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 4, nullable: false),
                    SavingFen = table.Column<long>(type: "INTEGER", nullable: false),
                    OfferedSavingFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Switched = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeptReason = table.Column<int>(type: "INTEGER", nullable: true),
                    CostFen = table.Column<long>(type: "INTEGER", nullable: false),
                    OutOfPocketFen = table.Column<long>(type: "INTEGER", nullable: false),
                    OffFormularyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_drug_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_drugs",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 14, scale: 4, nullable: false),
                    UnitsPerDay = table.Column<decimal>(type: "TEXT", precision: 10, scale: 3, nullable: false),
                    Procured = table.Column<bool>(type: "INTEGER", nullable: false),
                    BlockedBy = table.Column<int>(type: "INTEGER", nullable: false),
                    PriceFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PriceSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_drugs", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "clinic_examination_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Doctor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExaminationCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PriceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_examination_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_examinations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PriceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Optional = table.Column<bool>(type: "INTEGER", nullable: false),
                    SkipWhenZh = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SkipWhenEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_examinations", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "clinic_fund_accounts",
                columns: table => new
                {
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    SecondApproverAboveFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_fund_accounts", x => x.OrgId);
                });

            migrationBuilder.CreateTable(
                name: "clinic_fund_movements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SecondApprover = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BalanceAfterFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_fund_movements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_lab_limits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Analyte = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HardLow = table.Column<decimal>(type: "TEXT", nullable: false),
                    HardHigh = table.Column<decimal>(type: "TEXT", nullable: false),
                    SoftLow = table.Column<decimal>(type: "TEXT", nullable: true),
                    SoftHigh = table.Column<decimal>(type: "TEXT", nullable: true),
                    RangeLow = table.Column<decimal>(type: "TEXT", nullable: true),
                    RangeHigh = table.Column<decimal>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_lab_limits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_visit_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Item = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_visit_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Doctor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Alt = table.Column<decimal>(type: "TEXT", nullable: true),
                    Ast = table.Column<decimal>(type: "TEXT", nullable: true),
                    Ggt = table.Column<decimal>(type: "TEXT", nullable: true),
                    Alp = table.Column<decimal>(type: "TEXT", nullable: true),
                    TotalBilirubin = table.Column<decimal>(type: "TEXT", nullable: true),
                    DirectBilirubin = table.Column<decimal>(type: "TEXT", nullable: true),
                    Albumin = table.Column<decimal>(type: "TEXT", nullable: true),
                    ProthrombinTime = table.Column<decimal>(type: "TEXT", nullable: true),
                    Inr = table.Column<decimal>(type: "TEXT", nullable: true),
                    Platelets = table.Column<decimal>(type: "TEXT", nullable: true),
                    Creatinine = table.Column<decimal>(type: "TEXT", nullable: true),
                    Sodium = table.Column<decimal>(type: "TEXT", nullable: true),
                    Afp = table.Column<decimal>(type: "TEXT", nullable: true),
                    HbvDna = table.Column<decimal>(type: "TEXT", nullable: true),
                    HbvDnaBelowLimit = table.Column<bool>(type: "INTEGER", nullable: false),
                    HbvDnaLowerLimit = table.Column<decimal>(type: "TEXT", nullable: true),
                    Imaging = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Ascites = table.Column<int>(type: "INTEGER", nullable: true),
                    Encephalopathy = table.Column<int>(type: "INTEGER", nullable: true),
                    Dialysis = table.Column<bool>(type: "INTEGER", nullable: false),
                    Confirmed = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChildPughPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    ChildPughClass = table.Column<int>(type: "INTEGER", nullable: true),
                    Meld = table.Column<int>(type: "INTEGER", nullable: true),
                    MeldNa = table.Column<int>(type: "INTEGER", nullable: true),
                    ScoreVersions = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_visits", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "clinic_lab_limits",
                columns: new[] { "Id", "Analyte", "HardHigh", "HardLow", "RangeHigh", "RangeLow", "Sex", "SoftHigh", "SoftLow", "Source", "ValidFrom" },
                values: new object[,]
                {
                    { new Guid("0c120001-0000-0000-0000-000000000001"), 1, 20000m, 0m, null, null, null, 1000m, null, "reference 3: hard < 0 or > 20,000, confirm > 1,000 [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120002-0000-0000-0000-000000000001"), 1, 20000m, 0m, 50m, 9m, 1, 1000m, null, "reference 3: WS/T 404 male 9-50 U/L [S]; limits [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120003-0000-0000-0000-000000000001"), 1, 20000m, 0m, 40m, 7m, 2, 1000m, null, "reference 3: WS/T 404 female 7-40 U/L [S]; limits [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120004-0000-0000-0000-000000000001"), 2, 30000m, 0m, 40m, 15m, 1, 1000m, null, "reference 3: male 15-40 U/L [S]; hard > 30,000 [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120005-0000-0000-0000-000000000001"), 2, 30000m, 0m, 35m, 13m, 2, 1000m, null, "reference 3: female 13-35 U/L [S]; hard > 30,000 [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120006-0000-0000-0000-000000000001"), 3, 20000m, 0m, 60m, 10m, 1, 2000m, null, "reference 3: GGT male 10-60 U/L [S]; limits [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120007-0000-0000-0000-000000000001"), 3, 20000m, 0m, 45m, 7m, 2, 2000m, null, "reference 3: GGT female 7-45 U/L [S]; limits [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120008-0000-0000-0000-000000000001"), 4, 10000m, 0m, 125m, 45m, 1, 1500m, null, "reference 3: ALP male 45-125 U/L [S]; limits [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120009-0000-0000-0000-000000000001"), 4, 10000m, 0m, 100m, 35m, 2, 1500m, null, "reference 3: ALP female 35-100 U/L [S]; limits [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c12000a-0000-0000-0000-000000000001"), 5, 1000m, 0m, 26.0m, null, 1, 500m, null, "reference 3: WS/T 404.4-2018 male ≤ 26.0 µmol/L [S]; hard > 1,000, confirm > 500 [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c12000b-0000-0000-0000-000000000001"), 5, 1000m, 0m, 21.0m, null, 2, 500m, null, "reference 3: WS/T 404.4-2018 female ≤ 21.0 µmol/L [S]; limits [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c12000c-0000-0000-0000-000000000001"), 5, 1000m, 0m, 23.0m, null, null, 500m, null, "reference 3: WS/T 404.4-2018 ≤ 23.0 µmol/L [S]; limits [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c12000d-0000-0000-0000-000000000001"), 6, 800m, 0m, 8.0m, null, null, 400m, null, "reference 3: ≤ 8.0 µmol/L (method-dependent) [S]; limits [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c12000e-0000-0000-0000-000000000001"), 7, 70m, 5m, 55m, 40m, null, 55m, 15m, "reference 3: 40-55 g/L [S]; hard < 5 or > 70, confirm < 15 or > 55 [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c12000f-0000-0000-0000-000000000001"), 8, 200m, 5m, 14m, 11m, null, 60m, null, "reference 3: PT ≈ 11-14 s [S/M]; hard < 5 or > 200, confirm > 60 [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120010-0000-0000-0000-000000000001"), 9, 20m, 0.5m, 1.2m, 0.8m, null, 6m, null, "reference 3: INR 0.8-1.2 [S/M]; hard < 0.5 or > 20, confirm > 6 [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120011-0000-0000-0000-000000000001"), 10, 2000m, 0m, 350m, 125m, null, 1000m, 10m, "reference 3: WS/T 405 125-350 ×10⁹/L [S]; limits [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120012-0000-0000-0000-000000000001"), 11, 3000m, 10m, 97m, 57m, 1, 700m, null, "reference 3: WS/T 404.5-2015 male 57-97 µmol/L [S]; hard < 10 or > 3,000 [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120013-0000-0000-0000-000000000001"), 11, 3000m, 10m, 73m, 41m, 2, 700m, null, "reference 3: WS/T 404.5-2015 female 41-73 µmol/L [S]; limits [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120014-0000-0000-0000-000000000001"), 11, 3000m, 10m, null, null, null, 700m, null, "reference 3: hard < 10 or > 3,000, confirm > 700 [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120015-0000-0000-0000-000000000001"), 12, 200m, 90m, 147m, 137m, null, 160m, 120m, "reference 3: 137-147 mmol/L [S]; hard < 90 or > 200, confirm < 120 or > 160 [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120016-0000-0000-0000-000000000001"), 13, 1000000m, 0m, 20m, null, null, 10000m, null, "reference 3: upper limit ≤ 7-20 ng/mL by kit [S]; hard > 1,000,000, confirm > 10,000 [M]", new DateOnly(2018, 12, 1) },
                    { new Guid("0c120017-0000-0000-0000-000000000001"), 14, 10000000000m, 0m, 20m, null, null, 1000000000m, null, "reference 3: high-sensitivity PCR LLOD 10-20 IU/mL [M]; hard > 1e10 (lg > 10), confirm lg > 9 [M]", new DateOnly(2018, 12, 1) }
                });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_drug_categories_DrugCode_Province_CatalogueYear",
                table: "clinic_drug_categories",
                columns: new[] { "DrugCode", "Province", "CatalogueYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clinic_drug_orders_OrgId_Month_Doctor",
                table: "clinic_drug_orders",
                columns: new[] { "OrgId", "Month", "Doctor" });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_drug_orders_OrgId_PatientId",
                table: "clinic_drug_orders",
                columns: new[] { "OrgId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_drugs_Group",
                table: "clinic_drugs",
                column: "Group");

            migrationBuilder.CreateIndex(
                name: "IX_clinic_examination_orders_OrgId_PatientId",
                table: "clinic_examination_orders",
                columns: new[] { "OrgId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_fund_movements_OrgId_On",
                table: "clinic_fund_movements",
                columns: new[] { "OrgId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_lab_limits_Analyte_Sex_ValidFrom",
                table: "clinic_lab_limits",
                columns: new[] { "Analyte", "Sex", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clinic_visit_items_OrgId_PatientId_Item_On",
                table: "clinic_visit_items",
                columns: new[] { "OrgId", "PatientId", "Item", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_visits_OrgId_PatientId_On",
                table: "clinic_visits",
                columns: new[] { "OrgId", "PatientId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clinic_drug_categories");

            migrationBuilder.DropTable(
                name: "clinic_drug_orders");

            migrationBuilder.DropTable(
                name: "clinic_drugs");

            migrationBuilder.DropTable(
                name: "clinic_examination_orders");

            migrationBuilder.DropTable(
                name: "clinic_examinations");

            migrationBuilder.DropTable(
                name: "clinic_fund_accounts");

            migrationBuilder.DropTable(
                name: "clinic_fund_movements");

            migrationBuilder.DropTable(
                name: "clinic_lab_limits");

            migrationBuilder.DropTable(
                name: "clinic_visit_items");

            migrationBuilder.DropTable(
                name: "clinic_visits");
        }
    }
}
