using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concordia.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DocumentSignatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Signature",
                table: "Documents",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Signature",
                table: "Documents");
        }
    }
}
