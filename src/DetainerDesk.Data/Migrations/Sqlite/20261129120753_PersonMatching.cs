using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DetainerDesk.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Probability = table.Column<double>(type: "REAL", nullable: false),
                    TotalBits = table.Column<double>(type: "REAL", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MergeId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonMerges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurvivorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AbsorbedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Automatic = table.Column<bool>(type: "INTEGER", nullable: false),
                    MergedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MergedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AbsorbedJson = table.Column<string>(type: "TEXT", nullable: false),
                    SurvivorBeforeJson = table.Column<string>(type: "TEXT", nullable: false),
                    SurvivorAfterJson = table.Column<string>(type: "TEXT", nullable: false),
                    MovedBookingIdsJson = table.Column<string>(type: "TEXT", nullable: false),
                    MovedDetainerIdsJson = table.Column<string>(type: "TEXT", nullable: false),
                    UnmergedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UnmergedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnmergeReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
