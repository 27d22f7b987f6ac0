using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Postgres.Epidemic
{
    /// <inheritdoc />
    public partial class EpidemicDischargedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_epidemic_cases_OrgId_DischargedOn",
                table: "epidemic_cases");

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_cases_DischargedOn_OrgId",
                table: "epidemic_cases",
                columns: new[] { "DischargedOn", "OrgId" },
                filter: "\"DischargedOn\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_epidemic_cases_DischargedOn_OrgId",
                table: "epidemic_cases");

            migrationBuilder.CreateIndex(
                name: "IX_epidemic_cases_OrgId_DischargedOn",
                table: "epidemic_cases",
                columns: new[] { "OrgId", "DischargedOn" });
        }
    }
}
