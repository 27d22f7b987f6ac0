using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tongban.Migrations.Sqlite.Kernel
{
    /// <inheritdoc />
    public partial class AuditLogIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_kernel_audit_ActorId_Seq",
                table: "kernel_audit",
                columns: new[] { "ActorId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_kernel_audit_AtUtc",
                table: "kernel_audit",
                column: "AtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_kernel_audit_ActorId_Seq",
                table: "kernel_audit");

            migrationBuilder.DropIndex(
                name: "IX_kernel_audit_AtUtc",
                table: "kernel_audit");
        }
    }
}
