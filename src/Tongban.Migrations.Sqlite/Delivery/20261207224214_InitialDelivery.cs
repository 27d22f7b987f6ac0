using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tongban.Migrations.Sqlite.Delivery
{
    /// <inheritdoc />
    public partial class InitialDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "delivery_collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delivery_collections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "delivery_customers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SectorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Overseas = table.Column<bool>(type: "INTEGER", nullable: false),
                    Relationship = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedParty = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ShareholdingBasisPoints = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delivery_customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "delivery_entities",
                columns: table => new
                {
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Overseas = table.Column<bool>(type: "INTEGER", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delivery_entities", x => x.OrgId);
                });

            migrationBuilder.CreateTable(
                name: "delivery_milestones",
                columns: table => new
                {
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Planned = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Actual = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delivery_milestones", x => new { x.OrgId, x.OrderId, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "delivery_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Area = table.Column<int>(type: "INTEGER", nullable: false),
                    SectorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Overseas = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProjectManager = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ExchangeRateMicros = table.Column<long>(type: "INTEGER", nullable: false),
                    ContractWithTaxMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    ContractExTaxMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    ContractWithTaxFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ContractExTaxFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CostFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentTermsDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Signed = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedAcceptance = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    CycleDays = table.Column<int>(type: "INTEGER", nullable: true),
                    CollectedFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delivery_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "delivery_sectors",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delivery_sectors", x => x.Code);
                });

            migrationBuilder.InsertData(
                table: "delivery_sectors",
                columns: new[] { "Code", "NameEn", "NameZh" },
                values: new object[,]
                {
                    { "auto-parts", "Auto parts", "汽车零部件" },
                    { "chemical-fibre", "Chemical fibre", "化纤" },
                    { "e-commerce-retail", "E-commerce new retail", "电商新零售" },
                    { "express-logistics", "Express logistics", "快递物流" },
                    { "food-cold-chain", "Food cold chain", "食品冷链" },
                    { "household-goods", "Household goods", "家居" },
                    { "lithium-batteries", "Lithium-ion batteries", "锂电新能源" },
                    { "lithium-battery-materials", "Lithium battery materials", "锂电材料" },
                    { "photovoltaics", "Photovoltaics", "光伏" },
                    { "tyres", "Tyres", "轮胎" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_delivery_collections_OrgId_OrderId",
                table: "delivery_collections",
                columns: new[] { "OrgId", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_delivery_customers_OrgId_Name",
                table: "delivery_customers",
                columns: new[] { "OrgId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_delivery_orders_Code",
                table: "delivery_orders",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_delivery_orders_CustomerId",
                table: "delivery_orders",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_delivery_orders_OrgId_AcceptedOn_PlannedAcceptance",
                table: "delivery_orders",
                columns: new[] { "OrgId", "AcceptedOn", "PlannedAcceptance" });

            migrationBuilder.CreateIndex(
                name: "IX_delivery_orders_OrgId_AcceptedYear",
                table: "delivery_orders",
                columns: new[] { "OrgId", "AcceptedYear" });

            migrationBuilder.CreateIndex(
                name: "IX_delivery_orders_OrgId_ProjectManager",
                table: "delivery_orders",
                columns: new[] { "OrgId", "ProjectManager" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "delivery_collections");

            migrationBuilder.DropTable(
                name: "delivery_customers");

            migrationBuilder.DropTable(
                name: "delivery_entities");

            migrationBuilder.DropTable(
                name: "delivery_milestones");

            migrationBuilder.DropTable(
                name: "delivery_orders");

            migrationBuilder.DropTable(
                name: "delivery_sectors");
        }
    }
}
