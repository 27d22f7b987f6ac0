using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Postgres.Kernel
{
    /// <inheritdoc />
    public partial class OrgExternalCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExternalCode",
                table: "kernel_orgs",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_kernel_orgs_ExternalCode",
                table: "kernel_orgs",
                column: "ExternalCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_kernel_orgs_ExternalCode",
                table: "kernel_orgs");

            migrationBuilder.DropColumn(
                name: "ExternalCode",
                table: "kernel_orgs");
        }
    }
}
