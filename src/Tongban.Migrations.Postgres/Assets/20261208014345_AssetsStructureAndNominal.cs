using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Postgres.Assets
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Structure",
                table: "assets_cards",
                type: "integer",
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
