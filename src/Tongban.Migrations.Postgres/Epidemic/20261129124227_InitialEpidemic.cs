using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Postgres.Epidemic
{
    /// <inheritdoc />
    public partial class InitialEpidemic : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "epidemic_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Symptoms = table.Column<int>(type: "integer", nullable: false),
                    TemperatureTenths = table.Column<int>(type: "integer", nullable: true),
                    MessageZh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MessageEn = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_epidemic_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "epidemic_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Class = table.Column<int>(type: "integer", nullable: false),
                    Origin = table.Column<int>(type: "integer", nullable: false),
                    FoundBy = table.Column<int>(type: "integer", nullable: false),
                    DiagnosisDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConvertedFromAsymptomatic = table.Column<bool>(type: "boolean", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AddressZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AddressEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsolationPoint = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NationalityZh = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    NationalityEn = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    OriginZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OriginEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PortZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PortEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ArrivalDate = table.Column<DateOnly>(type: "date", nullable: true),
                    TransferredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InvestigatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ControlMeasuresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DischargedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_epidemic_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "epidemic_people",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AddressZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CertificateCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReleasedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IsolationPoint = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContactOfCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    RoommateOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    PolicyFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    NextDueKind = table.Column<int>(type: "integer", nullable: true),
                    NextDueFromUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NextDueByUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AwaitingNegative = table.Column<bool>(type: "boolean", nullable: false),
                    StayHomeUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RestrictionsUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_epidemic_people", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "epidemic_point_positives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IsolationPoint = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DiagnosisDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_epidemic_point_positives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "epidemic_policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ArrivalFirstTestWithinHours = table.Column<int>(type: "integer", nullable: false),
                    ArrivalSecondTestGapHours = table.Column<int>(type: "integer", nullable: false),
                    ArrivalSecondTestWithinHours = table.Column<int>(type: "integer", nullable: false),
                    ArrivalRestrictionDays = table.Column<int>(type: "integer", nullable: false),
                    PostIsolationRestrictionDays = table.Column<int>(type: "integer", nullable: false),
                    CertificateValidityHours = table.Column<int>(type: "integer", nullable: false),
                    HomeIsolationDays = table.Column<int>(type: "integer", nullable: false),
                    HomeIsolationTestDays = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HomeMonitoringDays = table.Column<int>(type: "integer", nullable: false),
                    HomeMonitoringTestDays = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HealthChecksPerDay = table.Column<int>(type: "integer", nullable: false),
                    FeverFromTenths = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_epidemic_policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "epidemic_tests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    SampledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    ResultAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_epidemic_tests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_alerts_OrgId_AcknowledgedAtUtc_RaisedAtUtc",
                table: "epidemic_alerts",
                columns: new[] { "OrgId", "AcknowledgedAtUtc", "RaisedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_cases_OrgId_Class_DiagnosisDate_ReportedAtUtc",
                table: "epidemic_cases",
                columns: new[] { "OrgId", "Class", "DiagnosisDate", "ReportedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_cases_OrgId_DiagnosisDate_ReportedAtUtc",
                table: "epidemic_cases",
                columns: new[] { "OrgId", "DiagnosisDate", "ReportedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_cases_OrgId_DischargedOn",
                table: "epidemic_cases",
                columns: new[] { "OrgId", "DischargedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_people_CertificateCode",
                table: "epidemic_people",
                column: "CertificateCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_people_ContactOfCaseId",
                table: "epidemic_people",
                column: "ContactOfCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_people_OrgId_Kind_StartUtc",
                table: "epidemic_people",
                columns: new[] { "OrgId", "Kind", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_people_OrgId_NextDueByUtc",
                table: "epidemic_people",
                columns: new[] { "OrgId", "NextDueByUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_people_RoommateOfId",
                table: "epidemic_people",
                column: "RoommateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_point_positives_CaseId",
                table: "epidemic_point_positives",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_point_positives_IsolationPoint_DiagnosisDate",
                table: "epidemic_point_positives",
                columns: new[] { "IsolationPoint", "DiagnosisDate" });

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_policies_EffectiveFrom",
                table: "epidemic_policies",
                column: "EffectiveFrom",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_tests_OrgId_PersonId_SampledAtUtc",
                table: "epidemic_tests",
                columns: new[] { "OrgId", "PersonId", "SampledAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_tests_PersonId_SampledAtUtc",
                table: "epidemic_tests",
                columns: new[] { "PersonId", "SampledAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "epidemic_alerts");

            migrationBuilder.DropTable(
                name: "epidemic_cases");

            migrationBuilder.DropTable(
                name: "epidemic_people");

            migrationBuilder.DropTable(
                name: "epidemic_point_positives");

            migrationBuilder.DropTable(
                name: "epidemic_policies");

            migrationBuilder.DropTable(
                name: "epidemic_tests");
        }
    }
}
