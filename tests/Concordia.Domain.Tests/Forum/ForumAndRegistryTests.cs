using Concordia.Domain.Forum;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;

namespace Concordia.Domain.Tests.Forum;

public class ForumAndRegistryTests
{
    [Fact]
    public void FirmCreate_NeitherOffersNorNeeds_FailsNamingOffers() =>
        Assert.Equal("offers", Firm.Create(Guid.CreateVersion7(), "Mekong Agro Co.", CountryCode.Of("VN"), "agriculture", true, " ", null).Error!.Field);

    [Fact]
    public void FirmCreate_SmeWithNeeds_KeepsFields()
    {
        var firm = Firm.Create(Guid.CreateVersion7(), " Mekong Agro Co. ", CountryCode.Of("VN"), "agriculture", true, null, "cold-chain logistics partner").Value;

        Assert.Equal(("Mekong Agro Co.", true, "cold-chain logistics partner"), (firm.Name, firm.IsSme, firm.Needs!));
    }

    [Fact]
    public void BusinessForumCreate_Periodic_KeepsMechanismAndDate()
    {
        var forum = BusinessForum.Create("Mekong–Japan Business Forum", "mekong-japan", PartialDate.OfYear(2026), "Hanoi").Value;

        Assert.Equal(("mekong-japan", "2026", "Hanoi"), (forum.MechanismId!, forum.Date.ToString()!, forum.City!));
    }

    [Theory]
    [InlineData("vn", "Vietnam", "Việt Nam", null)]
    [InlineData("V1", "Vietnam", "Việt Nam", "code")]
    [InlineData("VN", "", "Việt Nam", "nameEn")]
    [InlineData("VN", "Vietnam", null, "nameVi")]
    public void CountryCreate_Inputs_ValidatesEachField(string code, string nameEn, string? nameVi, string? badField)
    {
        var result = Country.Create(code, nameEn, nameVi);

        Assert.Equal(badField, result.Error?.Field);
        if (badField is null) Assert.Equal("VN", result.Value.Code.Value);
    }

    [Fact]
    public void MeetingKindTermCreate_UnknownSlug_FailsNamingKind() =>
        Assert.Equal("kind", MeetingKindTerm.Create("banquet", "Banquet", "Tiệc").Error!.Field);

    [Fact]
    public void ChairTermCreate_CoChairFrom2025_KeepsBasis()
    {
        var term = ChairTerm.Create("mekong-japan", CountryCode.Of("VN"), PartialDate.OfYear(2025), null, "first Mekong co-chair with Japan").Value;

        Assert.Equal(("VN", "2025", "first Mekong co-chair with Japan"), (term.Country.Value, term.From.ToString()!, term.Basis!));
    }

    [Fact]
    public void MechanismAddChairTerm_EndBeforeStart_FailsNamingTo()
    {
        var mjc = Mechanism.Create("mekong-japan", "Mekong–Japan Cooperation", "MJC").Value;

        Assert.Equal("to", mjc.AddChairTerm(CountryCode.Of("VN"), PartialDate.OfYear(2025), PartialDate.OfYear(2024)).Error!.Field);
        Assert.Empty(mjc.ChairTerms);
    }
}
