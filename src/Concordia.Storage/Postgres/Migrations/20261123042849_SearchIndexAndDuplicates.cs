using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Concordia.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexAndDuplicates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DuplicateOfId",
                table: "Documents",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    FoldedTitle = table.Column<string>(type: "text", nullable: false),
                    FoldedBody = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.Sql(Search.SearchSql.PostgresUp);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_DuplicateOfId",
                table: "Documents",
                column: "DuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Kind_RecordKey",
                table: "SearchEntries",
                columns: new[] { "Kind", "RecordKey" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Documents_Documents_DuplicateOfId",
                table: "Documents",
                column: "DuplicateOfId",
                principalTable: "Documents",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Documents_Documents_DuplicateOfId",
                table: "Documents");

            migrationBuilder.Sql(Search.SearchSql.PostgresDown);

            migrationBuilder.DropTable(
                name: "SearchEntries");

            migrationBuilder.DropIndex(
                name: "IX_Documents_DuplicateOfId",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "DuplicateOfId",
                table: "Documents");
        }
    }
}
