using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Postgres.Kernel
{
    /// <inheritdoc />
    public partial class MatterVersionAndTimeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_kernel_matter_events_MatterId_AtUtc",
                table: "kernel_matter_events");

            migrationBuilder.AddColumn<Guid>(
                name: "OriginOrgId",
                table: "kernel_matters",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "kernel_matters",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Seq",
                table: "kernel_matter_events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "ToOrgId",
                table: "kernel_matter_events",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_kernel_matter_events_MatterId_Seq",
                table: "kernel_matter_events",
                columns: new[] { "MatterId", "Seq" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_kernel_matter_events_MatterId_Seq",
                table: "kernel_matter_events");

            migrationBuilder.DropColumn(
                name: "OriginOrgId",
                table: "kernel_matters");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "kernel_matters");

            migrationBuilder.DropColumn(
                name: "Seq",
                table: "kernel_matter_events");

            migrationBuilder.DropColumn(
                name: "ToOrgId",
                table: "kernel_matter_events");

            migrationBuilder.CreateIndex(
                name: "IX_kernel_matter_events_MatterId_AtUtc",
                table: "kernel_matter_events",
                columns: new[] { "MatterId", "AtUtc" });
        }
    }
}
