using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Postgres.Assets
{
    /// <inheritdoc />
    public partial class InitialAssets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assets_allocation_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ClassCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    UnitPriceFen = table.Column<long>(type: "bigint", nullable: false),
                    BudgetLine = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GovernmentProcurement = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SpareSeen = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_allocation_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_card_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_card_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_cards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClassCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Composition = table.Column<int>(type: "integer", nullable: false),
                    AcquisitionWay = table.Column<int>(type: "integer", nullable: false),
                    AcquiredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FundingSource = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    OriginalValueFen = table.Column<long>(type: "bigint", nullable: false),
                    AccumulatedFen = table.Column<long>(type: "bigint", nullable: false),
                    LifeMonths = table.Column<int>(type: "integer", nullable: false),
                    Depreciable = table.Column<bool>(type: "boolean", nullable: false),
                    StartPeriod = table.Column<int>(type: "integer", nullable: false),
                    LeftPeriod = table.Column<int>(type: "integer", nullable: true),
                    DepreciatedThrough = table.Column<int>(type: "integer", nullable: true),
                    UserDepartment = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Custodian = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PropertyRight = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EvaluatedValueFen = table.Column<long>(type: "bigint", nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_cards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_depreciation",
                columns: table => new
                {
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_depreciation", x => new { x.CardId, x.Period });
                });

            migrationBuilder.CreateTable(
                name: "assets_depreciation_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Cards = table.Column<long>(type: "bigint", nullable: false),
                    TotalFen = table.Column<long>(type: "bigint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_depreciation_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_disposal_items",
                columns: table => new
                {
                    DisposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_disposal_items", x => new { x.DisposalId, x.CardId });
                });

            migrationBuilder.CreateTable(
                name: "assets_disposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Documents = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    BookValueFen = table.Column<long>(type: "bigint", nullable: false),
                    OriginalValueFen = table.Column<long>(type: "bigint", nullable: false),
                    ProceedsFen = table.Column<long>(type: "bigint", nullable: true),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DisposedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_disposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_income",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: true),
                    UseId = table.Column<Guid>(type: "uuid", nullable: true),
                    DisposalId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Handling = table.Column<int>(type: "integer", nullable: true),
                    HandledOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_income", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_liabilities",
                columns: table => new
                {
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_liabilities", x => new { x.OrgId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "assets_software_installations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    LicenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Device = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InstalledOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_software_installations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_software_licences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Product = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Vendor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Seats = table.Column<int>(type: "integer", nullable: false),
                    Expires = table.Column<DateOnly>(type: "date", nullable: true),
                    PriceFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_software_licences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_stocktake_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: true),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BookLocation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BookCustodian = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SeenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SeenLocation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SeenCustodian = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Result = table.Column<int>(type: "integer", nullable: true),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_stocktake_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_stocktakes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_stocktakes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_useful_lives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClassCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Years = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_useful_lives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_uses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Counterparty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Contract = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_uses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_vehicle_costs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    VehicleId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_vehicle_costs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_vehicle_quotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Quota = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_vehicle_quotas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_vehicles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: true),
                    Plate = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    DisplacementMl = table.Column<int>(type: "integer", nullable: false),
                    PriceFen = table.Column<long>(type: "bigint", nullable: false),
                    AcquiredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_vehicles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assets_year_ends",
                columns: table => new
                {
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Composition = table.Column<int>(type: "integer", nullable: false),
                    TotalFen = table.Column<long>(type: "bigint", nullable: false),
                    NetFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_year_ends", x => new { x.OrgId, x.Year, x.Composition });
                });

            migrationBuilder.CreateIndex(
                name: "IX_assets_allocation_requests_MatterId",
                table: "assets_allocation_requests",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_assets_allocation_requests_OrgId_Status_CreatedUtc",
                table: "assets_allocation_requests",
                columns: new[] { "OrgId", "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_card_events_CardId_AtUtc",
                table: "assets_card_events",
                columns: new[] { "CardId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_card_events_OrgId_AtUtc",
                table: "assets_card_events",
                columns: new[] { "OrgId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_cards_Code",
                table: "assets_cards",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assets_cards_OrgId_ClassCode_Status",
                table: "assets_cards",
                columns: new[] { "OrgId", "ClassCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_cards_OrgId_Composition_OriginalValueFen_Accumulated~",
                table: "assets_cards",
                columns: new[] { "OrgId", "Composition", "OriginalValueFen", "AccumulatedFen" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_depreciation_OrgId_Period",
                table: "assets_depreciation",
                columns: new[] { "OrgId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_depreciation_runs_OrgId_Period",
                table: "assets_depreciation_runs",
                columns: new[] { "OrgId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_disposal_items_CardId",
                table: "assets_disposal_items",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_assets_disposals_MatterId",
                table: "assets_disposals",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_assets_disposals_OrgId_Status_Kind",
                table: "assets_disposals",
                columns: new[] { "OrgId", "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_income_OrgId_HandledOn_DueOn",
                table: "assets_income",
                columns: new[] { "OrgId", "HandledOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_income_UseId",
                table: "assets_income",
                column: "UseId");

            migrationBuilder.CreateIndex(
                name: "IX_assets_software_installations_LicenceId",
                table: "assets_software_installations",
                column: "LicenceId");

            migrationBuilder.CreateIndex(
                name: "IX_assets_software_installations_OrgId_LicenceId",
                table: "assets_software_installations",
                columns: new[] { "OrgId", "LicenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_software_licences_OrgId_Expires",
                table: "assets_software_licences",
                columns: new[] { "OrgId", "Expires" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_stocktake_lines_OrgId_PlanId_Result",
                table: "assets_stocktake_lines",
                columns: new[] { "OrgId", "PlanId", "Result" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_stocktake_lines_PlanId_Code",
                table: "assets_stocktake_lines",
                columns: new[] { "PlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assets_stocktakes_OrgId_Status",
                table: "assets_stocktakes",
                columns: new[] { "OrgId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_useful_lives_OrgId_ClassCode",
                table: "assets_useful_lives",
                columns: new[] { "OrgId", "ClassCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assets_uses_CardId",
                table: "assets_uses",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_assets_uses_OrgId_Kind_EndedOn",
                table: "assets_uses",
                columns: new[] { "OrgId", "Kind", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_vehicle_costs_OrgId_On",
                table: "assets_vehicle_costs",
                columns: new[] { "OrgId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_vehicle_costs_VehicleId",
                table: "assets_vehicle_costs",
                column: "VehicleId");

            migrationBuilder.CreateIndex(
                name: "IX_assets_vehicle_quotas_OrgId_Category",
                table: "assets_vehicle_quotas",
                columns: new[] { "OrgId", "Category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assets_vehicles_OrgId_Category_Retired",
                table: "assets_vehicles",
                columns: new[] { "OrgId", "Category", "Retired" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_vehicles_Plate",
                table: "assets_vehicles",
                column: "Plate",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assets_allocation_requests");

            migrationBuilder.DropTable(
                name: "assets_card_events");

            migrationBuilder.DropTable(
                name: "assets_cards");

            migrationBuilder.DropTable(
                name: "assets_depreciation");

            migrationBuilder.DropTable(
                name: "assets_depreciation_runs");

            migrationBuilder.DropTable(
                name: "assets_disposal_items");

            migrationBuilder.DropTable(
                name: "assets_disposals");

            migrationBuilder.DropTable(
                name: "assets_income");

            migrationBuilder.DropTable(
                name: "assets_liabilities");

            migrationBuilder.DropTable(
                name: "assets_software_installations");

            migrationBuilder.DropTable(
                name: "assets_software_licences");

            migrationBuilder.DropTable(
                name: "assets_stocktake_lines");

            migrationBuilder.DropTable(
                name: "assets_stocktakes");

            migrationBuilder.DropTable(
                name: "assets_useful_lives");

            migrationBuilder.DropTable(
                name: "assets_uses");

            migrationBuilder.DropTable(
                name: "assets_vehicle_costs");

            migrationBuilder.DropTable(
                name: "assets_vehicle_quotas");

            migrationBuilder.DropTable(
                name: "assets_vehicles");

            migrationBuilder.DropTable(
                name: "assets_year_ends");
        }
    }
}
