using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DetainerDesk.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DetainerLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecisionCitation",
                table: "Detainers",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecisionResponse",
                table: "Detainers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionRuleId",
                table: "Detainers",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EligibilityTrigger",
                table: "Detainers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EligibleAtUtc",
                table: "Detainers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HoldEndedAtUtc",
                table: "Detainers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HoldEndsAtUtc",
                table: "Detainers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HoldStartedAtUtc",
                table: "Detainers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastChangedAtUtc",
                table: "Detainers",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "NotifiedAtUtc",
                table: "Detainers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OpenClaim",
                table: "Detainers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReleaseDateUtc",
                table: "Detainers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ServedAtUtc",
                table: "Detainers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DetainerEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DetainerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<int>(type: "integer", nullable: false),
                    To = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    EvidenceSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EvidenceReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EvidenceNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DetainerEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DetainerEvents_Detainers_DetainerId",
                        column: x => x.DetainerId,
                        principalTable: "Detainers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Detainers_Status_HoldEndsAtUtc",
                table: "Detainers",
                columns: new[] { "Status", "HoldEndsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DetainerEvents_DetainerId_Version",
                table: "DetainerEvents",
                columns: new[] { "DetainerId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DetainerEvents");

            migrationBuilder.DropIndex(
                name: "IX_Detainers_Status_HoldEndsAtUtc",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "DecisionCitation",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "DecisionResponse",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "DecisionRuleId",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "EligibilityTrigger",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "EligibleAtUtc",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "HoldEndedAtUtc",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "HoldEndsAtUtc",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "HoldStartedAtUtc",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "LastChangedAtUtc",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "NotifiedAtUtc",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "OpenClaim",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "ReleaseDateUtc",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "ServedAtUtc",
                table: "Detainers");
        }
    }
}
