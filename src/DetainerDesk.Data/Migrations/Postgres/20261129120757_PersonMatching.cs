using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DetainerDesk.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PersonMatching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatchReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Probability = table.Column<double>(type: "double precision", nullable: false),
                    TotalBits = table.Column<double>(type: "double precision", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MergeId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonMerges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SurvivorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AbsorbedId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: true),
                    Automatic = table.Column<bool>(type: "boolean", nullable: false),
                    MergedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MergedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AbsorbedJson = table.Column<string>(type: "text", nullable: false),
                    SurvivorBeforeJson = table.Column<string>(type: "text", nullable: false),
                    SurvivorAfterJson = table.Column<string>(type: "text", nullable: false),
                    MovedBookingIdsJson = table.Column<string>(type: "text", nullable: false),
                    MovedDetainerIdsJson = table.Column<string>(type: "text", nullable: false),
                    UnmergedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UnmergedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UnmergeReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonMerges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchReviews_CandidateId",
                table: "MatchReviews",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchReviews_PersonId_CandidateId",
                table: "MatchReviews",
                columns: new[] { "PersonId", "CandidateId" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchReviews_Status_CreatedAtUtc",
                table: "MatchReviews",
                columns: new[] { "Status", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonMerges_AbsorbedId",
                table: "PersonMerges",
                column: "AbsorbedId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonMerges_SurvivorId",
                table: "PersonMerges",
                column: "SurvivorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchReviews");

            migrationBuilder.DropTable(
                name: "PersonMerges");
        }
    }
}
