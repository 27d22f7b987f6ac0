using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Postgres.Patents
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatentId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_inventors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patents_programme_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatentId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedFen = table.Column<long>(type: "bigint", nullable: false),
                    Statement = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ScoreHundredths = table.Column<int>(type: "integer", nullable: true),
                    Grade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    AwardedFen = table.Column<long>(type: "bigint", nullable: false),
                    EvaluationNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_programme_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patents_programmes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeOrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: true),
                    CapFen = table.Column<long>(type: "bigint", nullable: false),
                    BudgetFen = table.Column<long>(type: "bigint", nullable: false),
                    MaxAwards = table.Column<int>(type: "integer", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
