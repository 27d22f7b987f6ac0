using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tongban.Migrations.Sqlite.Renewal
{
    /// <inheritdoc />
    public partial class InitialRenewal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "renewal_alarm_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AlarmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_alarm_notes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "renewal_alarm_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Op = table.Column<int>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<double>(type: "REAL", nullable: false),
                    ForSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    AckMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Standard = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_alarm_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "renewal_alarms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SensorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictOrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RaisedValue = table.Column<double>(type: "REAL", nullable: false),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClearedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClearedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EscalatedToOrgId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Escalations = table.Column<int>(type: "INTEGER", nullable: false),
                    EscalatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_alarms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "renewal_answer_limits",
                columns: table => new
                {
                    Topic = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkingDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_answer_limits", x => x.Topic);
                });

            migrationBuilder.CreateTable(
                name: "renewal_communities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    YearBuilt = table.Column<int>(type: "INTEGER", nullable: false),
                    Buildings = table.Column<int>(type: "INTEGER", nullable: false),
                    Households = table.Column<int>(type: "INTEGER", nullable: false),
                    FloorAreaM2 = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    PlanYear = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    FacilitiesAdded = table.Column<int>(type: "INTEGER", nullable: false),
                    FundingFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_communities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "renewal_concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topic = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssignedTo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Satisfaction = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_concerns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "renewal_content_items",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Facility = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_content_items", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "renewal_funding",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_funding", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "renewal_plans",
                columns: table => new
                {
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Communities = table.Column<int>(type: "INTEGER", nullable: false),
                    Households = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_plans", x => new { x.OrgId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "renewal_project_items",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_project_items", x => new { x.ProjectId, x.ItemCode });
                });

            migrationBuilder.CreateTable(
                name: "renewal_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanYear = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HouseholdsBenefited = table.Column<int>(type: "INTEGER", nullable: false),
                    FacilitiesAdded = table.Column<int>(type: "INTEGER", nullable: false),
                    FundingFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "renewal_readings",
                columns: table => new
                {
                    SensorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_readings", x => new { x.SensorId, x.Metric, x.AtUtc });
                });

            migrationBuilder.CreateTable(
                name: "renewal_rule_states",
                columns: table => new
                {
                    SensorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RunStartUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastValue = table.Column<double>(type: "REAL", nullable: true),
                    AlarmId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_rule_states", x => new { x.SensorId, x.RuleId });
                });

            migrationBuilder.CreateTable(
                name: "renewal_sensors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictOrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Asset = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastReadingUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_sensors", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "renewal_answer_limits",
                columns: new[] { "Topic", "WorkingDays" },
                values: new object[,]
                {
                    { 1, 10 },
                    { 2, 10 },
                    { 3, 5 },
                    { 4, 5 },
                    { 5, 5 },
                    { 6, 10 },
                    { 7, 5 }
                });

            migrationBuilder.InsertData(
                table: "renewal_content_items",
                columns: new[] { "Code", "Category", "Facility", "NameEn", "NameZh" },
                values: new object[,]
                {
                    { "ageing-friendly", 2, false, "Elderly-friendly facilities", "适老设施" },
                    { "barrier-free", 2, false, "Barrier-free access", "无障碍设施" },
                    { "charging", 2, false, "Charging for e-bikes and cars", "电动自行车及汽车充电设施" },
                    { "childcare", 3, true, "Childcare", "托育" },
                    { "convenience-market", 3, true, "Convenience market", "便民市场" },
                    { "convenience-store", 3, true, "Convenience store", "便利店" },
                    { "culture-sports", 2, false, "Culture, leisure and sports facilities", "文化休闲与体育健身设施" },
                    { "drainage", 1, false, "Drainage", "排水" },
                    { "elderly-care", 3, true, "Elderly care", "养老" },
                    { "energy-efficiency", 2, false, "Building energy-efficiency retrofit", "建筑节能改造" },
                    { "fibre", 1, false, "Fibre to the home", "光纤入户" },
                    { "fire-protection", 1, false, "Fire protection", "消防" },
                    { "gas", 1, false, "Gas supply", "供气" },
                    { "greening-lighting", 2, false, "Greening and lighting", "绿化与照明" },
                    { "health-station", 3, true, "Health service station", "卫生服务站" },
                    { "heating", 1, false, "Heating", "供热" },
                    { "housekeeping", 3, true, "Housekeeping and cleaning", "家政保洁" },
                    { "illegal-structures", 2, false, "Demolishing illegal structures", "拆除违法建设" },
                    { "kindergarten", 3, true, "Kindergarten", "幼儿园" },
                    { "last-mile-station", 3, true, "Postal and express last-mile station", "邮政快件末端综合服务站" },
                    { "lifts", 2, false, "Adding lifts", "加装电梯" },
                    { "low-voltage", 1, false, "Low-voltage and telecom lines", "弱电" },
                    { "mail-boxes", 2, false, "Smart mail boxes", "智能信包箱" },
                    { "meal-assistance", 3, true, "Meal assistance", "助餐" },
                    { "mobile-network", 1, false, "Mobile networks", "移动通信" },
                    { "overhead-lines", 1, false, "Tidying or burying overhead lines", "架空线规整（入地）" },
                    { "parcel-lockers", 2, false, "Smart parcel lockers", "智能快件箱" },
                    { "parking", 2, false, "Parking", "停车库（场）" },
                    { "perimeter-sensing", 3, false, "Smart perimeter sensing", "周界防护等智能感知设施" },
                    { "power", 1, false, "Power supply", "供电" },
                    { "property-rooms", 2, false, "Property-management rooms", "物业用房" },
                    { "refuse-sorting", 1, false, "Refuse sorting", "生活垃圾分类" },
                    { "roads", 1, false, "Roads", "道路" },
                    { "roofs-walls-stairs", 1, false, "Repair of roofs, external walls and stairs", "屋面、外墙、楼梯等公共部位维修" },
                    { "security", 1, false, "Security", "安防" },
                    { "service-centre", 3, true, "Community service centre", "社区综合服务设施" },
                    { "water-supply", 1, false, "Water supply", "供水" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_renewal_alarm_notes_AlarmId",
                table: "renewal_alarm_notes",
                column: "AlarmId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_alarm_rules_OrgId_Kind_Metric",
                table: "renewal_alarm_rules",
                columns: new[] { "OrgId", "Kind", "Metric" });

            migrationBuilder.CreateIndex(
                name: "IX_renewal_alarms_OrgId_Status",
                table: "renewal_alarms",
                columns: new[] { "OrgId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_renewal_alarms_SensorId",
                table: "renewal_alarms",
                column: "SensorId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_communities_Code",
                table: "renewal_communities",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_renewal_communities_OrgId_CompletedYear",
                table: "renewal_communities",
                columns: new[] { "OrgId", "CompletedYear" });

            migrationBuilder.CreateIndex(
                name: "IX_renewal_communities_OrgId_StartedYear",
                table: "renewal_communities",
                columns: new[] { "OrgId", "StartedYear" });

            migrationBuilder.CreateIndex(
                name: "IX_renewal_concerns_CommunityId",
                table: "renewal_concerns",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_concerns_OrgId_ReceivedOn",
                table: "renewal_concerns",
                columns: new[] { "OrgId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_renewal_funding_OrgId_Channel",
                table: "renewal_funding",
                columns: new[] { "OrgId", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_renewal_funding_ProjectId",
                table: "renewal_funding",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_projects_Code",
                table: "renewal_projects",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_renewal_projects_CommunityId",
                table: "renewal_projects",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_projects_OrgId_PlanYear",
                table: "renewal_projects",
                columns: new[] { "OrgId", "PlanYear" });

            migrationBuilder.CreateIndex(
                name: "IX_renewal_sensors_Code",
                table: "renewal_sensors",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_renewal_sensors_OrgId_DistrictOrgId",
                table: "renewal_sensors",
                columns: new[] { "OrgId", "DistrictOrgId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "renewal_alarm_notes");

            migrationBuilder.DropTable(
                name: "renewal_alarm_rules");

            migrationBuilder.DropTable(
                name: "renewal_alarms");

            migrationBuilder.DropTable(
                name: "renewal_answer_limits");

            migrationBuilder.DropTable(
                name: "renewal_communities");

            migrationBuilder.DropTable(
                name: "renewal_concerns");

            migrationBuilder.DropTable(
                name: "renewal_content_items");

            migrationBuilder.DropTable(
                name: "renewal_funding");

            migrationBuilder.DropTable(
                name: "renewal_plans");

            migrationBuilder.DropTable(
                name: "renewal_project_items");

            migrationBuilder.DropTable(
                name: "renewal_projects");

            migrationBuilder.DropTable(
                name: "renewal_readings");

            migrationBuilder.DropTable(
                name: "renewal_rule_states");

            migrationBuilder.DropTable(
                name: "renewal_sensors");
        }
    }
}
