using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concordia.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CommitmentProposer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ProposerId",
                table: "Commitments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_ProposerId",
                table: "Commitments",
                column: "ProposerId");

            migrationBuilder.AddForeignKey(
                name: "FK_Commitments_People_ProposerId",
                table: "Commitments",
                column: "ProposerId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Commitments_People_ProposerId",
                table: "Commitments");

            migrationBuilder.DropIndex(
                name: "IX_Commitments_ProposerId",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "ProposerId",
                table: "Commitments");
        }
    }
}
