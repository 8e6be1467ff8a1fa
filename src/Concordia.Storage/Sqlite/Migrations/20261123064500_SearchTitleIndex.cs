using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Concordia.Storage.Sqlite.Migrations;

/// <summary>
/// Adds the titles-only FTS5 table (<see cref="Search.SearchSql.SqliteTitleUp"/>). Written by hand: the EF model does
/// not change, so there is no target model and the snapshot stays as it is.
/// </summary>
[DbContext(typeof(SqliteConcordiaDbContext))]
[Migration("20261123064500_SearchTitleIndex")]
public sealed class SearchTitleIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Search.SearchSql.SqliteTitleUp);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Search.SearchSql.SqliteTitleDown);
}
