using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tongban.Migrations.Postgres.Clinic
{
    /// <inheritdoc />
    public partial class InitialClinic : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clinic_due_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Programme = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<int>(type: "integer", nullable: false),
                    Doctor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IntervalMonths = table.Column<int>(type: "integer", nullable: false),
                    LastDoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextDueOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_due_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_enrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Programme = table.Column<int>(type: "integer", nullable: false),
                    Doctor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnrolledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_enrolments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_intervals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Programme = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<int>(type: "integer", nullable: false),
                    IntervalMonths = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_intervals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_patients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Phone = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Doctor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastContactOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_patients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_teams",
                columns: table => new
                {
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_teams", x => x.OrgId);
                });

            migrationBuilder.InsertData(
                table: "clinic_intervals",
                columns: new[] { "Id", "IntervalMonths", "Item", "Programme", "Source", "ValidFrom" },
                values: new object[,]
                {
                    { new Guid("0c110001-0000-0000-0000-000000000001"), 6, 1, 1, "reference 1a [M]: on NA, liver biochemistry every 3-6 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110002-0000-0000-0000-000000000001"), 6, 2, 1, "reference 1a [M]: on NA, HBV DNA every 3-6 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110003-0000-0000-0000-000000000001"), 6, 3, 1, "reference 1a [M]: on NA, HBsAg/HBeAg every 6 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110004-0000-0000-0000-000000000001"), 6, 4, 1, "reference 1a [M]: on NA, blood count every 6 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110005-0000-0000-0000-000000000001"), 6, 5, 1, "reference 1a [M]: on NA, AFP + ultrasound every 6 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110006-0000-0000-0000-000000000001"), 12, 6, 1, "reference 1a [M]: on NA, liver stiffness every 6-12 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110007-0000-0000-0000-000000000001"), 6, 7, 1, "reference 1a [M]: on TDF, creatinine/eGFR and phosphate every 6 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110008-0000-0000-0000-000000000001"), 6, 1, 2, "reference 1a [M]: untreated, every 6-12 months; 3-6 if ALT rising, age > 30 or family history", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110009-0000-0000-0000-000000000001"), 6, 2, 2, "reference 1a [M]: untreated, every 6-12 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c11000a-0000-0000-0000-000000000001"), 12, 3, 2, "reference 1a [M]: untreated, every 6-12 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c11000b-0000-0000-0000-000000000001"), 6, 5, 2, "reference 1a [M]: untreated, every 6-12 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c11000c-0000-0000-0000-000000000001"), 12, 6, 2, "reference 1a [M]: untreated, non-invasive fibrosis test every 6-12 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c11000d-0000-0000-0000-000000000001"), 6, 5, 3, "reference 1b [M]: cirrhosis, ultrasound + AFP every 6 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c11000e-0000-0000-0000-000000000001"), 6, 1, 3, "reference 1b: Child-Pugh / MELD recomputed with new labs every 3-6 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c11000f-0000-0000-0000-000000000001"), 12, 8, 3, "reference 1b [M]: contrast CT/MRI every 6-12 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110010-0000-0000-0000-000000000001"), 24, 9, 3, "reference 1b [M]: compensated, no varices: gastroscopy every 2 years", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110011-0000-0000-0000-000000000001"), 12, 11, 4, "reference 1c [M]: BMI, waist, BP, glucose, lipids every 6-12 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110012-0000-0000-0000-000000000001"), 12, 1, 4, "reference 1c [M]: liver enzymes every 6-12 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110013-0000-0000-0000-000000000001"), 24, 6, 4, "reference 1c [M]: FIB-4 / LSM every 1-2 years", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110014-0000-0000-0000-000000000001"), 3, 1, 5, "reference 1d [M]: maintenance, ALT/AST every 3 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110015-0000-0000-0000-000000000001"), 3, 10, 5, "reference 1d [M]: maintenance, IgG every 3 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110016-0000-0000-0000-000000000001"), 3, 4, 5, "reference 1d [M]: azathioprine, blood count every 3 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110017-0000-0000-0000-000000000001"), 3, 8, 6, "reference 1e [M]: between TACE sessions, imaging + AFP every 1-3 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110018-0000-0000-0000-000000000001"), 3, 5, 6, "reference 1e [M]: AFP (± PIVKA-II) every 1-3 months", new DateOnly(2022, 12, 30) },
                    { new Guid("0c110019-0000-0000-0000-000000000001"), 3, 1, 6, "reference 1e [M]: liver and kidney function, blood count", new DateOnly(2022, 12, 30) }
                });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_due_items_EnrolmentId_Item",
                table: "clinic_due_items",
                columns: new[] { "EnrolmentId", "Item" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clinic_due_items_OrgId_Doctor_NextDueOn",
                table: "clinic_due_items",
                columns: new[] { "OrgId", "Doctor", "NextDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_due_items_OrgId_NextDueOn",
                table: "clinic_due_items",
                columns: new[] { "OrgId", "NextDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_due_items_PatientId",
                table: "clinic_due_items",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_clinic_enrolments_OrgId_PatientId",
                table: "clinic_enrolments",
                columns: new[] { "OrgId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_intervals_Programme_Item_ValidFrom",
                table: "clinic_intervals",
                columns: new[] { "Programme", "Item", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clinic_patients_IdNumber",
                table: "clinic_patients",
                column: "IdNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clinic_patients_OrgId_Doctor",
                table: "clinic_patients",
                columns: new[] { "OrgId", "Doctor" });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_patients_OrgId_Name",
                table: "clinic_patients",
                columns: new[] { "OrgId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_reminders_OrgId_PatientId_On",
                table: "clinic_reminders",
                columns: new[] { "OrgId", "PatientId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clinic_due_items");

            migrationBuilder.DropTable(
                name: "clinic_enrolments");

            migrationBuilder.DropTable(
                name: "clinic_intervals");

            migrationBuilder.DropTable(
                name: "clinic_patients");

            migrationBuilder.DropTable(
                name: "clinic_reminders");

            migrationBuilder.DropTable(
                name: "clinic_teams");
        }
    }
}
