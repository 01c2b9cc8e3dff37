using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DetainerDesk.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublicRecordsWithoutSourceForeignKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PublicArrestRecords_ImportSources_SourceId",
                table: "PublicArrestRecords");

            migrationBuilder.DropForeignKey(
                name: "FK_PublicDetainerRecords_ImportSources_SourceId",
                table: "PublicDetainerRecords");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_PublicArrestRecords_ImportSources_SourceId",
                table: "PublicArrestRecords",
                column: "SourceId",
                principalTable: "ImportSources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_PublicDetainerRecords_ImportSources_SourceId",
                table: "PublicDetainerRecords",
                column: "SourceId",
                principalTable: "ImportSources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
