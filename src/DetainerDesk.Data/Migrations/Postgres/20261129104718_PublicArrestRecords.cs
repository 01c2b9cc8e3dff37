using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DetainerDesk.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublicArrestRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublicArrestRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Line = table.Column<long>(type: "bigint", nullable: false),
                    ApprehendedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    DocumentCompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprehensionMethod = table.Column<int>(type: "integer", nullable: true),
                    ArrestSetting = table.Column<int>(type: "integer", nullable: false),
                    Criminality = table.Column<int>(type: "integer", nullable: true),
                    ConvictionCategories = table.Column<int>(type: "integer", nullable: false),
                    PendingCategories = table.Column<int>(type: "integer", nullable: false),
                    ConvictedChargeCount = table.Column<int>(type: "integer", nullable: false),
                    PendingChargeCount = table.Column<int>(type: "integer", nullable: false),
                    AorCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    StateCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    RedactedColumns = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    RawSourceRow = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawSiteCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawSiteName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawAor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawDocCompletionDate = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawApprehensionDate = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawApprehensionMethod = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawApprehensionLandmark = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawProcessingDisposition = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawCitizenshipCountry = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawGender = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawAgeGroup = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawEntryAdmissionClass = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawAdminCharges = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    RawCriminalCharges = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    RawFiscalYear = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawFiscalQuarter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawCalendarYear = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawCalendarQuarter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawAnyConvicted = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawAnyPending = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawCriminalChargeStatus = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawLocality = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawCounty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RawState = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicArrestRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicArrestRecords_ImportSources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "ImportSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublicArrestRecords_FiscalYear_AorCode",
                table: "PublicArrestRecords",
                columns: new[] { "FiscalYear", "AorCode" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicArrestRecords_SourceId_Line",
                table: "PublicArrestRecords",
                columns: new[] { "SourceId", "Line" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublicArrestRecords");
        }
    }
}
