using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Sqlite.Pensions
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoucherStatement",
                table: "pensions_transfers",
                type: "TEXT",
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
