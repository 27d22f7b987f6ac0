using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Sqlite.Patents
{
    /// <inheritdoc />
    public partial class InitialPatents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "patents_alliance_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AllianceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_alliance_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patents_alliances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsPool = table.Column<bool>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_alliances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patents_fee_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FullFeeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    FeeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    SurchargeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ReductionPercent = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_fee_payments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patents_national_phases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Office = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EnteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Granted = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_national_phases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patents_office_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RespondBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_office_actions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patents_owners",
                columns: table => new
                {
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SharePercent = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_owners", x => new { x.PatentId, x.Seq });
                });

            migrationBuilder.CreateTable(
                name: "patents_patents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PriorityOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GrantedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Inventors = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IpcClasses = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FamilyCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reduction = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenLicence = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaidThroughYear = table.Column<int>(type: "INTEGER", nullable: false),
                    StabilityRating = table.Column<int>(type: "INTEGER", nullable: false),
                    AdvancementRating = table.Column<int>(type: "INTEGER", nullable: false),
                    IndependentClaims = table.Column<int>(type: "INTEGER", nullable: false),
                    ForwardCitations = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_patents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patents_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WeightSetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScoredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StabilityRating = table.Column<int>(type: "INTEGER", nullable: false),
                    IndependentClaims = table.Column<int>(type: "INTEGER", nullable: false),
                    RemainingYears = table.Column<int>(type: "INTEGER", nullable: false),
                    TermYears = table.Column<int>(type: "INTEGER", nullable: false),
                    FamilyCountries = table.Column<int>(type: "INTEGER", nullable: false),
                    AdvancementRating = table.Column<int>(type: "INTEGER", nullable: false),
                    ForwardCitations = table.Column<int>(type: "INTEGER", nullable: false),
                    IpcSubclasses = table.Column<int>(type: "INTEGER", nullable: false),
                    Implemented = table.Column<bool>(type: "INTEGER", nullable: false),
                    Licences = table.Column<int>(type: "INTEGER", nullable: false),
                    IncomeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ScoreHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_scores", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patents_status_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_status_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patents_transformations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Counterparty = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    IncomeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Terms = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_transformations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patents_weight_sets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Stability = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimBreadth = table.Column<int>(type: "INTEGER", nullable: false),
                    RemainingTerm = table.Column<int>(type: "INTEGER", nullable: false),
                    FamilyCountries = table.Column<int>(type: "INTEGER", nullable: false),
                    Advancement = table.Column<int>(type: "INTEGER", nullable: false),
                    Citations = table.Column<int>(type: "INTEGER", nullable: false),
                    IpcBreadth = table.Column<int>(type: "INTEGER", nullable: false),
                    Implementation = table.Column<int>(type: "INTEGER", nullable: false),
                    Licensing = table.Column<int>(type: "INTEGER", nullable: false),
                    Market = table.Column<int>(type: "INTEGER", nullable: false),
                    GradeA = table.Column<int>(type: "INTEGER", nullable: false),
                    GradeB = table.Column<int>(type: "INTEGER", nullable: false),
                    GradeC = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patents_weight_sets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_patents_alliance_members_OrgId_AllianceId",
                table: "patents_alliance_members",
                columns: new[] { "OrgId", "AllianceId" });

            migrationBuilder.CreateIndex(
                name: "IX_patents_fee_payments_OrgId_PatentId_Year",
                table: "patents_fee_payments",
                columns: new[] { "OrgId", "PatentId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patents_national_phases_OrgId_PatentId",
                table: "patents_national_phases",
                columns: new[] { "OrgId", "PatentId" });

            migrationBuilder.CreateIndex(
                name: "IX_patents_office_actions_OrgId_RespondBy",
                table: "patents_office_actions",
                columns: new[] { "OrgId", "RespondBy" });

            migrationBuilder.CreateIndex(
                name: "IX_patents_owners_OrgId",
                table: "patents_owners",
                column: "OrgId");

            migrationBuilder.CreateIndex(
                name: "IX_patents_patents_ApplicationNumber",
                table: "patents_patents",
                column: "ApplicationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_patents_patents_OrgId_FamilyCode",
                table: "patents_patents",
                columns: new[] { "OrgId", "FamilyCode" });

            migrationBuilder.CreateIndex(
                name: "IX_patents_patents_OrgId_Status_Type",
                table: "patents_patents",
                columns: new[] { "OrgId", "Status", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_patents_scores_OrgId_WeightSetId_ScoreHundredths",
                table: "patents_scores",
                columns: new[] { "OrgId", "WeightSetId", "ScoreHundredths" });

            migrationBuilder.CreateIndex(
                name: "IX_patents_scores_PatentId_WeightSetId",
                table: "patents_scores",
                columns: new[] { "PatentId", "WeightSetId" });

            migrationBuilder.CreateIndex(
                name: "IX_patents_status_events_OrgId_PatentId_On",
                table: "patents_status_events",
                columns: new[] { "OrgId", "PatentId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_patents_transformations_OrgId_PatentId",
                table: "patents_transformations",
                columns: new[] { "OrgId", "PatentId" });

            migrationBuilder.CreateIndex(
                name: "IX_patents_weight_sets_Purpose_Version",
                table: "patents_weight_sets",
                columns: new[] { "Purpose", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patents_alliance_members");

            migrationBuilder.DropTable(
                name: "patents_alliances");

            migrationBuilder.DropTable(
                name: "patents_fee_payments");

            migrationBuilder.DropTable(
                name: "patents_national_phases");

            migrationBuilder.DropTable(
                name: "patents_office_actions");

            migrationBuilder.DropTable(
                name: "patents_owners");

            migrationBuilder.DropTable(
                name: "patents_patents");

            migrationBuilder.DropTable(
                name: "patents_scores");

            migrationBuilder.DropTable(
                name: "patents_status_events");

            migrationBuilder.DropTable(
                name: "patents_transformations");

            migrationBuilder.DropTable(
                name: "patents_weight_sets");
        }
    }
}
