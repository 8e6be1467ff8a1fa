using System.Text.Json;
using Concordia.Application.Exports;
using Concordia.Application.Finance;

namespace Concordia.Application.Tests.Exports;

public class TablesTests
{
    private static ITable Table(ExportKind kind) => RegistryTables.Build(Samples.Build(), kind, Samples.BaseUrl, FlowValuation.Default);

    private static string Csv(ITable table)
    {
        var writer = new StringWriter();
        table.WriteCsv(writer);
        return writer.ToString();
    }

    [Fact]
    public void WriteCsv_Commitments_Rfc4180HeaderQuotingAndCrlf()
    {
        var text = Csv(Table(ExportKind.Commitments));

        var lines = text.Split("\r\n");
        Assert.Equal("id,action,kind,mechanism_id,meeting_id,parties,priority_area,deadline,target_amount,target_currency,made_on,status,compliance_score", lines[0]);
        Assert.Contains("\"resume the Mekong–Japan Summit by end-2025, \"\"as soon as possible\"\"\"", text, StringComparison.Ordinal);
        Assert.Contains(",tăng dần đóng góp cho Quỹ MKCF lên 10 triệu USD mỗi năm,pledged,mekong-korea,", text, StringComparison.Ordinal);
        Assert.Contains(",KR,msmes,2027,10000000,USD,2024-07-28,agreed,", text, StringComparison.Ordinal);
        Assert.Equal("", lines[^1]);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ExportKind.Commitments)]
    [InlineData(ExportKind.StatusHistory)]
    [InlineData(ExportKind.Meetings)]
    [InlineData(ExportKind.Flows)]
    [InlineData(ExportKind.Contributions)]
    [InlineData(ExportKind.Mechanisms)]
    [InlineData(ExportKind.Countries)]
    public void WriteCsv_ThenRead_SameRows(ExportKind kind)
    {
        var table = Table(kind);
        var text = Csv(table);

        var back = ReadBack(table, text);

        Assert.True(table.Count > 0);
        Assert.Equal(((System.Collections.IEnumerable)table.Rows).Cast<object>(), back);
    }

    [Fact]
    public async Task WriteJson_AllKinds_OneObjectKeyedBySlug_RoundTripsFlows()
    {
        var tables = Enum.GetValues<ExportKind>().Select(Table).ToList();
        using var stream = new MemoryStream();

        await TableFormat.WriteJsonAsync(tables, stream, single: false, CancellationToken.None);

        using var doc = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(ExportKinds.Slugs, doc.RootElement.EnumerateObject().Select(p => p.Name));
        var flows = doc.RootElement.GetProperty("flows").Deserialize<List<FlowRow>>(TableFormat.Json)!;
        Assert.Equal(((Table<FlowRow>)tables.Single(t => t.Kind == ExportKind.Flows)).Typed, flows);
        var japanese = doc.RootElement.GetProperty("flows").EnumerateArray().First(f => f.GetProperty("provider").GetString() == "JP");
        Assert.Equal(("2023-04-01", "JICA"), (japanese.GetProperty("fiscal_year_start").GetString(), japanese.GetProperty("channel").GetString()));
        Assert.Contains(flows, f => f.Type == "technical-cooperation");
    }

    [Fact]
    public void Meetings_Url_PointsAtMeetingPageOnBaseUrl()
    {
        var row = ((Table<MeetingRow>)Table(ExportKind.Meetings)).Typed.First(m => m.Ordinal == 16);

        Assert.Equal($"https://concordia.example.org/meetings/{row.Id}", row.Url);
    }

    private static List<object> ReadBack(ITable table, string text)
    {
        var method = table.GetType().GetMethod(nameof(Table<CountryRow>.ReadCsv))!;
        var rows = (System.Collections.IEnumerable)method.Invoke(null, [new StringReader(text)])!;
        return rows.Cast<object>().ToList();
    }
}
