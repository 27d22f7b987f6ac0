using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Sqlite.Juvenile
{
    /// <inheritdoc />
    public partial class JuvenileMeasureGrounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Ground",
                table: "juvenile_placements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Ground",
                table: "juvenile_measures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Ground",
                table: "juvenile_placements");

            migrationBuilder.DropColumn(
                name: "Ground",
                table: "juvenile_measures");
        }
    }
}
