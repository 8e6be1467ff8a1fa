using Concordia.Domain.Registry;
using Concordia.Domain.Values;

namespace Concordia.Domain.Tests.Registry;

public class MembershipTests
{
    private static PartialDate? D(string? iso) => iso is null ? null : PartialDate.Parse(iso).Value;

    private static Mechanism Mjc() => Mechanism.Create("mekong-japan", "Mekong–Japan Cooperation", "MJC").Value;

    [Theory]
    [InlineData("2008", null, "2010", null)]
    [InlineData("2008", "2015-06-30", "2015-06-30", null)]
    [InlineData(null, null, "2020", "2021")]
    [InlineData("2008-01", "2012-12", "2012-03-01", "2014")]
    public void AddMembership_OverlappingPeriodSameCountry_FailsNamingFrom(string? from1, string? to1, string? from2, string? to2)
    {
        var mjc = Mjc();
        mjc.AddMembership(CountryCode.Of("JP"), D(from1), D(to1));

        var result = mjc.AddMembership(CountryCode.Of("JP"), D(from2), D(to2));

        Assert.Equal("membership.overlap", result.Error!.Code);
        Assert.Equal("from", result.Error.Field);
        Assert.Single(mjc.Memberships);
    }

    [Theory]
    [InlineData("2008", "2015-06-30", "2015-07-01", null)]
    [InlineData("2008", "2020", "2020", null)]
    [InlineData("2015", null, "2008", "2014")]
    public void AddMembership_SeparatePeriods_Succeeds(string? from1, string? to1, string? from2, string? to2)
    {
        var mjc = Mjc();
        mjc.AddMembership(CountryCode.Of("JP"), D(from1), D(to1));

        Assert.True(mjc.AddMembership(CountryCode.Of("JP"), D(from2), D(to2)).IsSuccess);
        Assert.Equal(2, mjc.Memberships.Count);
    }

    [Fact]
    public void AddMembership_OtherCountrySamePeriod_Succeeds()
    {
        var mjc = Mjc();
        foreach (var code in new[] { "KH", "LA", "MM", "TH", "VN", "JP" })
            Assert.True(mjc.AddMembership(CountryCode.Of(code), D("2008"), null).IsSuccess);

        Assert.Equal(6, mjc.MembersOn(new DateOnly(2025, 7, 10)).Count);
    }

    [Fact]
    public void AddMembership_EndBeforeStart_FailsNamingTo() =>
        Assert.Equal("to", Mjc().AddMembership(CountryCode.Of("TL"), D("2025"), D("2024-12")).Error!.Field);

    [Fact]
    public void ChangePeriod_IntoAnotherMembership_FailsAndKeepsPeriod()
    {
        var mjc = Mjc();
        var first = mjc.AddMembership(CountryCode.Of("JP"), D("2008"), D("2010")).Value;
        mjc.AddMembership(CountryCode.Of("JP"), D("2012"), null);

        var result = first.ChangePeriod(D("2008"), D("2013"), mjc.Memberships);

        Assert.Equal("membership.overlap", result.Error!.Code);
        Assert.Equal("2010", first.To.ToString());
    }

    [Fact]
    public void MembersOn_BeforeAdmission_LeavesCountryOut()
    {
        var asean = Mechanism.Create("asean", "Association of Southeast Asian Nations", "ASEAN").Value;
        asean.AddMembership(CountryCode.Of("VN"), D("1995-07-28"), null);
        asean.AddMembership(CountryCode.Of("TL"), D("2025-10-26"), null);

        Assert.Equal([CountryCode.Of("VN")], asean.MembersOn(new DateOnly(2025, 7, 10)));
    }

    [Theory]
    [InlineData("Mekong-Japan")]
    [InlineData("mekong japan")]
    [InlineData("-mekong")]
    [InlineData("mekong--japan")]
    [InlineData("")]
    public void MechanismCreate_BadSlug_FailsNamingId(string id) =>
        Assert.Equal("id", Mechanism.Create(id, "Name", "N").Error!.Field);

    [Fact]
    public void MechanismCreate_MissingNames_ReportsBothFields() =>
        Assert.Equal(["name", "shortName"], Mechanism.Create("mekong-japan", " ", null).Errors.Select(e => e.Field));
}
