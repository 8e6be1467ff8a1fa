using Concordia.Application.ReferenceData;

namespace Concordia.Storage.Tests;

public class ReferenceDataSetTests
{
    private static readonly Dictionary<string, string> Valid = new()
    {
        [ReferenceDataSet.CountriesFile] = "code\tname_en\tname_vi\nVN\tVietnam\tViệt Nam\nJP\tJapan\tNhật Bản\n",
        [ReferenceDataSet.MechanismsFile] = "id\tname\tshort\tmembers\tnotes\nvietnam-japan\tVietnam–Japan bilateral relations\tVN-JP\tVN JP\n",
        [ReferenceDataSet.MeetingKindsFile] = "slug\tname_en\tname_vi\nsummit\tSummit\tHội nghị Cấp cao\n",
        [ReferenceDataSet.PriorityAreasFile] = "code\tname_en\tname_vi\tsdgs\nwater-resources\tWater resources\tTài nguyên nước\t6 13\n",
        [ReferenceDataSet.MembershipDatesFile] = "mechanism\tcountry\tsince\nvietnam-japan\tJP\t1973-09-21\n",
    };

    [Fact]
    public void Embedded_ShippedFiles_ParseCompletely()
    {
        var data = ReferenceDataSet.Embedded().Value;

        Assert.Equal((249, 14, 9, 16), (data.Countries.Count, data.Mechanisms.Count, data.MeetingKinds.Count, data.PriorityAreas.Count));
        Assert.Equal(["KH", "LA", "MM", "TH", "VN", "JP"], data.Mechanisms.Single(m => m.Id == "mekong-japan").Members.Select(c => c.Value));
        Assert.Equal(249, data.Countries.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void Embedded_EveryMemberCountry_IsInTheCountryList()
    {
        var data = ReferenceDataSet.Embedded().Value;
        var codes = data.Countries.Select(c => c.Code).ToHashSet();

        Assert.All(data.Mechanisms.SelectMany(m => m.Members), c => Assert.Contains(c.Value, codes));
    }

    [Fact]
    public void Embedded_EveryMembershipDate_BelongsToAListedMember()
    {
        var data = ReferenceDataSet.Embedded().Value;

        Assert.All(data.MembershipDates, d => Assert.Contains(d.Country, data.Mechanisms.Single(m => m.Id == d.MechanismId).Members));
        Assert.Equal("2008", data.SinceOf("mekong-japan", Concordia.Domain.Values.CountryCode.Of("JP")).ToString());
    }

    [Fact]
    public void Parse_BadMembershipDate_NamesMechanismAndCountry()
    {
        var files = new Dictionary<string, string>(Valid) { [ReferenceDataSet.MembershipDatesFile] = "m\tc\ts\nasean\tTL\t26 October 2025\n" };

        Assert.Equal("membership-dates.tsv:asean/TL", ReferenceDataSet.Parse(name => files[name]).Error!.Field);
    }

    [Fact]
    public void Parse_MissingFile_NamesTheFile()
    {
        var result = ReferenceDataSet.Parse(name => name == ReferenceDataSet.MeetingKindsFile ? null : Valid[name]);

        Assert.Equal((ReferenceDataSet.MeetingKindsFile, "reference.missing"), (result.Error!.Field!, result.Error.Code));
    }

    [Fact]
    public void Parse_ShortLineAndBadCodes_ReportsEach()
    {
        var files = new Dictionary<string, string>(Valid)
        {
            [ReferenceDataSet.CountriesFile] = "code\tname_en\tname_vi\nVN\tVietnam\n",
            [ReferenceDataSet.MechanismsFile] = "id\tname\tshort\tmembers\nmekong-x\tX\tX\tVN J1P\n",
            [ReferenceDataSet.PriorityAreasFile] = "code\tname_en\tname_vi\tsdgs\nwater\tWater\tNước\tsix\n",
        };

        var fields = ReferenceDataSet.Parse(name => files[name]).Errors.Select(e => e.Field);

        Assert.Equal(["countries.tsv:2", "mechanisms.tsv:mekong-x", "priority-areas.tsv:water"], fields);
    }

    [Fact]
    public void Parse_WindowsLineEndingsAndBlankLines_AreAccepted()
    {
        var files = Valid.ToDictionary(kv => kv.Key, kv => kv.Value.Replace("\n", "\r\n\r\n", StringComparison.Ordinal));

        var data = ReferenceDataSet.Parse(name => files[name]).Value;

        Assert.Equal(["VN", "JP"], data.Countries.Select(c => c.Code));
        Assert.Equal([6, 13], data.PriorityAreas[0].Sdgs);
    }
}
