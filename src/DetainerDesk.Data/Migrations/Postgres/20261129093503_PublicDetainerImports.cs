using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DetainerDesk.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublicDetainerImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImportSources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FirstStartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CommittedThroughLine = table.Column<long>(type: "bigint", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ImportedCount = table.Column<long>(type: "bigint", nullable: false),
                    RejectedCount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportSources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicDetainerRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Line = table.Column<long>(type: "bigint", nullable: false),
                    PreparedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: true),
                    FormEdition = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    LiftReason = table.Column<int>(type: "integer", nullable: true),
                    Criminality = table.Column<int>(type: "integer", nullable: true),
                    FacilityName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    City = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StateCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    AorCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    AorBasis = table.Column<int>(type: "integer", nullable: false),
                    RawPrepareDate = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawDetainerType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawFacility = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawCity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawState = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawLiftReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawAor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawCriminality = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicDetainerRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicDetainerRecords_ImportSources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "ImportSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImportSources_Kind_Sha256",
                table: "ImportSources",
                columns: new[] { "Kind", "Sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicDetainerRecords_FiscalYear_AorCode",
                table: "PublicDetainerRecords",
                columns: new[] { "FiscalYear", "AorCode" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicDetainerRecords_SourceId_Line",
                table: "PublicDetainerRecords",
                columns: new[] { "SourceId", "Line" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublicDetainerRecords");

            migrationBuilder.DropTable(
                name: "ImportSources");
        }
    }
}
