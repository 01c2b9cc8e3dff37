using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DetainerDesk.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AtLargeCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FugitiveTeams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FieldOfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FugitiveTeams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FugitiveTeams_Organisations_FieldOfficeId",
                        column: x => x.FieldOfficeId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AtLargeCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FieldOfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Origin = table.Column<int>(type: "INTEGER", nullable: false),
                    DetainerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TipReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LocatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CloseReason = table.Column<int>(type: "INTEGER", nullable: true),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LastChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RebookingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RebookedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AtLargeCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AtLargeCases_Bookings_RebookingId",
                        column: x => x.RebookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AtLargeCases_Detainers_DetainerId",
                        column: x => x.DetainerId,
                        principalTable: "Detainers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AtLargeCases_FugitiveTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "FugitiveTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AtLargeCases_Organisations_FieldOfficeId",
                        column: x => x.FieldOfficeId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AtLargeCases_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AtLargeArrests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FieldOfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ArrestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Place = table.Column<int>(type: "INTEGER", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Criminality = table.Column<int>(type: "INTEGER", nullable: false),
                    ConvictionCategories = table.Column<int>(type: "INTEGER", nullable: false),
                    ReleasedDespiteDetainer = table.Column<bool>(type: "INTEGER", nullable: false),
                    DetainerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProbableCause = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AtLargeArrests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AtLargeArrests_AtLargeCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AtLargeCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AtLargeArrests_Detainers_DetainerId",
                        column: x => x.DetainerId,
                        principalTable: "Detainers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AtLargeArrests_FugitiveTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "FugitiveTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AtLargeArrests_Organisations_FieldOfficeId",
                        column: x => x.FieldOfficeId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AtLargeArrests_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AtLargeCaseEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EvidenceSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EvidenceReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AtLargeCaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AtLargeCaseEvents_AtLargeCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AtLargeCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AtLargeClassifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameworkId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FrameworkVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PriorityLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PriorityRank = table.Column<int>(type: "INTEGER", nullable: false),
                    FactsJson = table.Column<string>(type: "TEXT", nullable: false),
                    FiredRulesJson = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OverridesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClassifiedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ClassifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AtLargeClassifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AtLargeClassifications_AtLargeCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AtLargeCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AtLargeArrests_ArrestedAtUtc",
                table: "AtLargeArrests",
                column: "ArrestedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AtLargeArrests_CaseId",
                table: "AtLargeArrests",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AtLargeArrests_DetainerId",
                table: "AtLargeArrests",
                column: "DetainerId");

            migrationBuilder.CreateIndex(
                name: "IX_AtLargeArrests_FieldOfficeId_ArrestedAtUtc",
                table: "AtLargeArrests",
                columns: new[] { "FieldOfficeId", "ArrestedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AtLargeArrests_PersonId",
                table: "AtLargeArrests",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AtLargeArrests_TeamId",
                table: "AtLargeArrests",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_AtLargeCaseEvents_CaseId_Version",
                table: "AtLargeCaseEvents",
                columns: new[] { "CaseId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AtLargeCases_DetainerId",
                table: "AtLargeCases",
                column: "DetainerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AtLargeCases_FieldOfficeId_Status",
                table: "AtLargeCases",
                columns: new[] { "FieldOfficeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AtLargeCases_PersonId",
                table: "AtLargeCases",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AtLargeCases_RebookingId",
                table: "AtLargeCases",
                column: "RebookingId");

            migrationBuilder.CreateIndex(
                name: "IX_AtLargeCases_TeamId_Status",
                table: "AtLargeCases",
                columns: new[] { "TeamId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AtLargeClassifications_CaseId_Sequence",
                table: "AtLargeClassifications",
                columns: new[] { "CaseId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FugitiveTeams_Code",
                table: "FugitiveTeams",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FugitiveTeams_FieldOfficeId",
                table: "FugitiveTeams",
                column: "FieldOfficeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AtLargeArrests");

            migrationBuilder.DropTable(
                name: "AtLargeCaseEvents");

            migrationBuilder.DropTable(
                name: "AtLargeClassifications");

            migrationBuilder.DropTable(
                name: "AtLargeCases");

            migrationBuilder.DropTable(
                name: "FugitiveTeams");
        }
    }
}
