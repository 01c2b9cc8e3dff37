using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DetainerDesk.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DetainerLegalBasisOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NotificationLegalBasis",
                table: "Detainers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferLegalBasis",
                table: "Detainers",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NotificationLegalBasis",
                table: "Detainers");

            migrationBuilder.DropColumn(
                name: "TransferLegalBasis",
                table: "Detainers");
        }
    }
}
