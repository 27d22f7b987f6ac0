using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Postgres.Epidemic
{
    /// <inheritdoc />
    public partial class EpidemicBulletinLinesUpTo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Policies recorded before the bulletin had a limit list up to 50 cases of a section one by one.
            migrationBuilder.AddColumn<int>(
                name: "BulletinCaseLinesUpTo",
                table: "epidemic_policies",
                type: "integer",
                nullable: false,
                defaultValue: 50);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BulletinCaseLinesUpTo",
                table: "epidemic_policies");
        }
    }
}
