using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Sqlite.Assets
{
    /// <inheritdoc />
    public partial class AssetsVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "assets_stocktakes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "assets_cards",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "assets_allocation_requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "assets_stocktakes");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "assets_cards");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "assets_allocation_requests");
        }
    }
}
