using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Postgres.Juvenile
{
    /// <inheritdoc />
    public partial class InitialJuvenile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "juvenile_behaviours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Age = table.Column<int>(type: "integer", nullable: false),
                    OffenceTier = table.Column<int>(type: "integer", nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedByOrgId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Instigated = table.Column<bool>(type: "boolean", nullable: false),
                    InstigationNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PoliceReportDueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PoliceReportedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_juvenile_behaviours", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "juvenile_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Guardians = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    GuardianPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    SchoolOrgId = table.Column<Guid>(type: "uuid", nullable: true),
                    Residence = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CommunityOrgId = table.Column<Guid>(type: "uuid", nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    CaseworkerId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseworkerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Risk = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Sealed = table.Column<bool>(type: "boolean", nullable: false),
                    SealBasis = table.Column<int>(type: "integer", nullable: true),
                    SealedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_juvenile_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "juvenile_measures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Article = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<int>(type: "integer", nullable: false),
                    DecidedByOrgId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GuardiansNotifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_juvenile_measures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "juvenile_placement_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_juvenile_placement_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "juvenile_placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Route = table.Column<int>(type: "integer", nullable: false),
                    Circumstance = table.Column<int>(type: "integer", nullable: false),
                    Applicant = table.Column<int>(type: "integer", nullable: false),
                    ApplicantOrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    EducationOrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeOrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    PublicSecurityOrgId = table.Column<Guid>(type: "uuid", nullable: true),
                    OriginalSchoolOrgId = table.Column<Guid>(type: "uuid", nullable: true),
                    SpecialSchoolOrgId = table.Column<Guid>(type: "uuid", nullable: true),
                    AppliedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CommitteeConsentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CommitteeConsented = table.Column<bool>(type: "boolean", nullable: true),
                    CommitteeEvaluation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PlacedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastEvaluationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextEvaluationDue = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnRecommendedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnDecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_juvenile_placements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "juvenile_recidivism_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<int>(type: "integer", nullable: false),
                    ByOrgId = table.Column<Guid>(type: "uuid", nullable: true),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    MinorConsented = table.Column<bool>(type: "boolean", nullable: false),
                    RepresentativeConsented = table.Column<bool>(type: "boolean", nullable: false),
                    GuarantorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_juvenile_recidivism_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "juvenile_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    FromOrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToOrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_juvenile_referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "juvenile_sealed_accesses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InquirerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Inquirer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InquirerOrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Basis = table.Column<int>(type: "integer", nullable: false),
                    LegalReference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_juvenile_sealed_accesses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_behaviours_CaseId_OccurredOn",
                table: "juvenile_behaviours",
                columns: new[] { "CaseId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_behaviours_PoliceReportDueUtc_PoliceReportedUtc",
                table: "juvenile_behaviours",
                columns: new[] { "PoliceReportDueUtc", "PoliceReportedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_cases_FullName_BirthDate",
                table: "juvenile_cases",
                columns: new[] { "FullName", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_cases_OrgId_CaseworkerId",
                table: "juvenile_cases",
                columns: new[] { "OrgId", "CaseworkerId" });

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_cases_OrgId_Sealed_FullName",
                table: "juvenile_cases",
                columns: new[] { "OrgId", "Sealed", "FullName" });

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_cases_OrgId_Sealed_Stage_Risk",
                table: "juvenile_cases",
                columns: new[] { "OrgId", "Sealed", "Stage", "Risk" });

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_cases_Reference",
                table: "juvenile_cases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_measures_CaseId_DecidedUtc",
                table: "juvenile_measures",
                columns: new[] { "CaseId", "DecidedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_placement_events_PlacementId_On",
                table: "juvenile_placement_events",
                columns: new[] { "PlacementId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_placements_CaseId",
                table: "juvenile_placements",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_placements_MatterId",
                table: "juvenile_placements",
                column: "MatterId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_recidivism_records_CaseId_On",
                table: "juvenile_recidivism_records",
                columns: new[] { "CaseId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_referrals_CaseId_CreatedUtc",
                table: "juvenile_referrals",
                columns: new[] { "CaseId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_referrals_ToOrgId_Status_CreatedUtc",
                table: "juvenile_referrals",
                columns: new[] { "ToOrgId", "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_sealed_accesses_CaseId_AtUtc",
                table: "juvenile_sealed_accesses",
                columns: new[] { "CaseId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_juvenile_sealed_accesses_OrgId_AtUtc",
                table: "juvenile_sealed_accesses",
                columns: new[] { "OrgId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "juvenile_behaviours");

            migrationBuilder.DropTable(
                name: "juvenile_cases");

            migrationBuilder.DropTable(
                name: "juvenile_measures");

            migrationBuilder.DropTable(
                name: "juvenile_placement_events");

            migrationBuilder.DropTable(
                name: "juvenile_placements");

            migrationBuilder.DropTable(
                name: "juvenile_recidivism_records");

            migrationBuilder.DropTable(
                name: "juvenile_referrals");

            migrationBuilder.DropTable(
                name: "juvenile_sealed_accesses");
        }
    }
}
