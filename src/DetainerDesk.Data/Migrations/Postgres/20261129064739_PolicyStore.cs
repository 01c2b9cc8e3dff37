using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DetainerDesk.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PolicyStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PolicyEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DetainerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Occasion = table.Column<int>(type: "integer", nullable: false),
                    EvaluatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EvaluatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    EvaluationDate = table.Column<DateOnly>(type: "date", nullable: false),
                    HoldOnDetainer = table.Column<int>(type: "integer", nullable: false),
                    NotifyReleaseDate = table.Column<int>(type: "integer", nullable: false),
                    TransferToIce = table.Column<int>(type: "integer", nullable: false),
                    ShareInformation = table.Column<int>(type: "integer", nullable: false),
                    IceInterview = table.Column<int>(type: "integer", nullable: false),
                    RuleSetVersions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DecisionJson = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyEvaluations_Detainers_DetainerId",
                        column: x => x.DetainerId,
                        principalTable: "Detainers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RuleSetVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleSetId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Layer = table.Column<int>(type: "integer", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceFile = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangeNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleSetVersions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyEvaluations_DetainerId_EvaluatedAtUtc",
                table: "PolicyEvaluations",
                columns: new[] { "DetainerId", "EvaluatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RuleSetVersions_RuleSetId_Version",
                table: "RuleSetVersions",
                columns: new[] { "RuleSetId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RuleSetVersions_Status",
                table: "RuleSetVersions",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PolicyEvaluations");

            migrationBuilder.DropTable(
                name: "RuleSetVersions");
        }
    }
}
