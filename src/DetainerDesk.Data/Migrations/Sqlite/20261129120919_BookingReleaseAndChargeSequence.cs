using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DetainerDesk.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BookingReleaseAndChargeSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Charges_BookingId",
                table: "Charges");

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "Charges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReleaseReason",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReleasedAtUtc",
                table: "Bookings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Charges_BookingId_Sequence",
                table: "Charges",
                columns: new[] { "BookingId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Charges_BookingId_Sequence",
                table: "Charges");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "Charges");

            migrationBuilder.DropColumn(
                name: "ReleaseReason",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "ReleasedAtUtc",
                table: "Bookings");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_BookingId",
                table: "Charges",
                column: "BookingId");
        }
    }
}
