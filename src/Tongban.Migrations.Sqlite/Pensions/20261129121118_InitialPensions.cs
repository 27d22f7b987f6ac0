using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Sqlite.Pensions
{
    /// <inheritdoc />
    public partial class InitialPensions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pensions_contributions",
                columns: table => new
                {
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseFen = table.Column<long>(type: "INTEGER", nullable: false),
                    IndividualFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CreditedFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pensions_contributions", x => new { x.OrgId, x.PersonId, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "pensions_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    End = table.Column<int>(type: "INTEGER", nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AccountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Sealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pensions_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pensions_persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Gender = table.Column<int>(type: "INTEGER", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HouseholdDivisionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    MilitaryStart = table.Column<int>(type: "INTEGER", nullable: false),
                    MilitaryEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pensions_persons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pensions_rates",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Hundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pensions_rates", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "pensions_transfer_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TransferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    TakenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pensions_transfer_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pensions_transfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MilitaryOrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyOrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Case = table.Column<int>(type: "INTEGER", nullable: false),
                    Destination = table.Column<int>(type: "INTEGER", nullable: false),
                    VoucherCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    StepTakenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PersonalAccountFen = table.Column<long>(type: "INTEGER", nullable: true),
                    MilitarySubsidyFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Months = table.Column<int>(type: "INTEGER", nullable: true),
                    AsOfMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pensions_transfers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pensions_periods_OrgId_PersonId",
                table: "pensions_periods",
                columns: new[] { "OrgId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_pensions_persons_IdNumber",
                table: "pensions_persons",
                column: "IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_pensions_persons_OrgId_IdNumber",
                table: "pensions_persons",
                columns: new[] { "OrgId", "IdNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pensions_transfer_events_TransferId_Step",
                table: "pensions_transfer_events",
                columns: new[] { "TransferId", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pensions_transfers_AgencyOrgId_Step_DueOn",
                table: "pensions_transfers",
                columns: new[] { "AgencyOrgId", "Step", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_pensions_transfers_MilitaryOrgId_Step_DueOn",
                table: "pensions_transfers",
                columns: new[] { "MilitaryOrgId", "Step", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_pensions_transfers_PersonId",
                table: "pensions_transfers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_pensions_transfers_VoucherCode",
                table: "pensions_transfers",
                column: "VoucherCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pensions_contributions");

            migrationBuilder.DropTable(
                name: "pensions_periods");

            migrationBuilder.DropTable(
                name: "pensions_persons");

            migrationBuilder.DropTable(
                name: "pensions_rates");

            migrationBuilder.DropTable(
                name: "pensions_transfer_events");

            migrationBuilder.DropTable(
                name: "pensions_transfers");
        }
    }
}
