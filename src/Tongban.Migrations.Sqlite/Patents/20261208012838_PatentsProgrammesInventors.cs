using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Sqlite.Patents
{
    /// <inheritdoc />
    public partial class PatentsProgrammesInventors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "patents_inventors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_inventors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patents_programme_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequestedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ScoreHundredths = table.Column<int>(type: "INTEGER", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    AwardedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    EvaluationNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_programme_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patents_programmes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeOrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: true),
                    CapFen = table.Column<long>(type: "INTEGER", nullable: false),
                    BudgetFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MaxAwards = table.Column<int>(type: "INTEGER", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_programmes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_patents_inventors_OrgId_PatentId_Seq",
                table: "patents_inventors",
                columns: new[] { "OrgId", "PatentId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patents_programme_applications_OrgId_Status",
                table: "patents_programme_applications",
                columns: new[] { "OrgId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_patents_programme_applications_ProgrammeId_PatentId",
                table: "patents_programme_applications",
                columns: new[] { "ProgrammeId", "PatentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patents_programmes_Kind_Year",
                table: "patents_programmes",
                columns: new[] { "Kind", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patents_inventors");

            migrationBuilder.DropTable(
                name: "patents_programme_applications");

            migrationBuilder.DropTable(
                name: "patents_programmes");
        }
    }
}
