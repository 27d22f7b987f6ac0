using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Sqlite.Assets
{
    /// <inheritdoc />
    public partial class AssetsStructureAndNominal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AtNominalAmount",
                table: "assets_cards",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Structure",
                table: "assets_cards",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AtNominalAmount",
                table: "assets_cards");

            migrationBuilder.DropColumn(
                name: "Structure",
                table: "assets_cards");
        }
    }
}
