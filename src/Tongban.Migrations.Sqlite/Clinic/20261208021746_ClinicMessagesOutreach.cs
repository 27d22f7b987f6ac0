using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Sqlite.Clinic
{
    /// <inheritdoc />
    public partial class ClinicMessagesOutreach : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clinic_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Doctor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RepliedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RepliedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReplyMinutes = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_outreach",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeopleReached = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffTrained = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_outreach", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_messages_OrgId_Doctor_RepliedUtc_ReceivedUtc",
                table: "clinic_messages",
                columns: new[] { "OrgId", "Doctor", "RepliedUtc", "ReceivedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_messages_PatientId",
                table: "clinic_messages",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_clinic_outreach_OrgId_On",
                table: "clinic_outreach",
                columns: new[] { "OrgId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clinic_messages");

            migrationBuilder.DropTable(
                name: "clinic_outreach");
        }
    }
}
