using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tongban.Migrations.Postgres.Kernel
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kernel_api_tokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_api_tokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_audit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<long>(type: "bigint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubjectId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Diff = table.Column<string>(type: "text", nullable: false),
                    Purpose = table.Column<string>(type: "text", nullable: true),
                    PrevHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    CoversDescendants = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_grants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_matter_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    ToOrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Transition = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    FromState = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ToState = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Inputs = table.Column<string>(type: "text", nullable: false),
                    RoutingRule = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Comment = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_matter_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_matters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Workflow = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubjectId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    StateEnteredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Closed = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Data = table.Column<string>(type: "text", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    OriginOrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_matters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_org_closure",
                columns: table => new
                {
                    AncestorId = table.Column<Guid>(type: "uuid", nullable: false),
                    DescendantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Distance = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_org_closure", x => new { x.AncestorId, x.DescendantId });
                });

            migrationBuilder.CreateTable(
                name: "kernel_orgs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Depth = table.Column<int>(type: "integer", nullable: false),
                    Archived = table.Column<bool>(type: "boolean", nullable: false),
                    ExternalCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_orgs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_record_shares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SharedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_record_shares", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_routing_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionOrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Workflow = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MinFen = table.Column<long>(type: "bigint", nullable: false),
                    MaxFen = table.Column<long>(type: "bigint", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Citation = table.Column<string>(type: "text", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_routing_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HomeOrgId = table.Column<Guid>(type: "uuid", nullable: true),
                    Culture = table.Column<string>(type: "text", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kernel_role_claims_kernel_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "kernel_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kernel_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kernel_user_claims_kernel_users_UserId",
                        column: x => x.UserId,
                        principalTable: "kernel_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kernel_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_kernel_user_logins_kernel_users_UserId",
                        column: x => x.UserId,
                        principalTable: "kernel_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kernel_user_roles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_kernel_user_roles_kernel_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "kernel_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_kernel_user_roles_kernel_users_UserId",
                        column: x => x.UserId,
                        principalTable: "kernel_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kernel_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_kernel_user_tokens_kernel_users_UserId",
                        column: x => x.UserId,
                        principalTable: "kernel_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_kernel_api_tokens_TokenHash",
                table: "kernel_api_tokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kernel_api_tokens_UserId",
                table: "kernel_api_tokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_kernel_audit_ActorId_Seq",
                table: "kernel_audit",
                columns: new[] { "ActorId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_kernel_audit_AtUtc",
                table: "kernel_audit",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_kernel_audit_OrgId_Seq",
                table: "kernel_audit",
                columns: new[] { "OrgId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_kernel_audit_Seq",
                table: "kernel_audit",
                column: "Seq",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kernel_audit_SubjectType_SubjectId",
                table: "kernel_audit",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_kernel_grants_OrgId",
                table: "kernel_grants",
                column: "OrgId");

            migrationBuilder.CreateIndex(
                name: "IX_kernel_grants_UserId_Role_OrgId",
                table: "kernel_grants",
                columns: new[] { "UserId", "Role", "OrgId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kernel_matter_events_MatterId_Seq",
                table: "kernel_matter_events",
                columns: new[] { "MatterId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kernel_matters_OrgId_Closed_DueUtc",
                table: "kernel_matters",
                columns: new[] { "OrgId", "Closed", "DueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_kernel_matters_Reference",
                table: "kernel_matters",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kernel_matters_SubjectType_SubjectId",
                table: "kernel_matters",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_kernel_org_closure_DescendantId_AncestorId",
                table: "kernel_org_closure",
                columns: new[] { "DescendantId", "AncestorId" });

            migrationBuilder.CreateIndex(
                name: "IX_kernel_orgs_DivisionCode",
                table: "kernel_orgs",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_kernel_orgs_ExternalCode",
                table: "kernel_orgs",
                column: "ExternalCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kernel_orgs_ParentId",
                table: "kernel_orgs",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_kernel_record_shares_OrgId_RecordId",
                table: "kernel_record_shares",
                columns: new[] { "OrgId", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_kernel_record_shares_RecordId_OrgId",
                table: "kernel_record_shares",
                columns: new[] { "RecordId", "OrgId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kernel_role_claims_RoleId",
                table: "kernel_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "kernel_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kernel_routing_rules_JurisdictionOrgId_Workflow",
                table: "kernel_routing_rules",
                columns: new[] { "JurisdictionOrgId", "Workflow" });

            migrationBuilder.CreateIndex(
                name: "IX_kernel_user_claims_UserId",
                table: "kernel_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_kernel_user_logins_UserId",
                table: "kernel_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_kernel_user_roles_RoleId",
                table: "kernel_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "kernel_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "kernel_users",
                column: "NormalizedUserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kernel_api_tokens");

            migrationBuilder.DropTable(
                name: "kernel_audit");

            migrationBuilder.DropTable(
                name: "kernel_grants");

            migrationBuilder.DropTable(
                name: "kernel_matter_events");

            migrationBuilder.DropTable(
                name: "kernel_matters");

            migrationBuilder.DropTable(
                name: "kernel_org_closure");

            migrationBuilder.DropTable(
                name: "kernel_orgs");

            migrationBuilder.DropTable(
                name: "kernel_record_shares");

            migrationBuilder.DropTable(
                name: "kernel_role_claims");

            migrationBuilder.DropTable(
                name: "kernel_routing_rules");

            migrationBuilder.DropTable(
                name: "kernel_user_claims");

            migrationBuilder.DropTable(
                name: "kernel_user_logins");

            migrationBuilder.DropTable(
                name: "kernel_user_roles");

            migrationBuilder.DropTable(
                name: "kernel_user_tokens");

            migrationBuilder.DropTable(
                name: "kernel_roles");

            migrationBuilder.DropTable(
                name: "kernel_users");
        }
    }
}
