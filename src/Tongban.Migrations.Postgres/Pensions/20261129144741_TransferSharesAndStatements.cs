using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Postgres.Pensions
{
    /// <inheritdoc />
    public partial class TransferSharesAndStatements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SentStatement",
                table: "pensions_transfers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoucherStatement",
                table: "pensions_transfers",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SentStatement",
                table: "pensions_transfers");

            migrationBuilder.DropColumn(
                name: "VoucherStatement",
                table: "pensions_transfers");
        }
    }
}
