using Concordia.Domain.Registry;
using Concordia.Domain.Values;

namespace Concordia.Domain.Tests.Registry;

public class PersonTests
{
    [Theory]
    [InlineData("Bùi Thanh Sơn", "Bui Thanh Son")]
    [InlineData("Đỗ Hùng Việt", "Do Hung Viet")]
    [InlineData("Kamikawa Yoko", "Yoko Kamikawa")]
    [InlineData("IWAYA Takeshi", "Takeshi Iwaya")]
    public void Key_SameNameWrittenDifferently_IsEqual(string a, string b) => Assert.Equal(PersonName.Key(a), PersonName.Key(b));

    [Fact]
    public void Key_DifferentPeople_Differ() => Assert.NotEqual(PersonName.Key("Bui Thanh Son"), PersonName.Key("Bui Thanh Sang"));

    [Fact]
    public void AddRole_DatedTitles_AnswersRolesOnADay()
    {
        var son = Person.Create("Bùi Thanh Sơn", CountryCode.Of("VN")).Value;
        son.AddRole("Minister of Foreign Affairs", PartialDate.OfMonth(2021, 4));
        son.AddRole("Deputy Prime Minister", PartialDate.OfMonth(2023, 1));

        var titles = son.RolesOn(new DateOnly(2025, 7, 10)).Select(r => r.Title);
        var earlier = son.RolesOn(new DateOnly(2022, 1, 1)).Select(r => r.Title);

        Assert.Equal(["Minister of Foreign Affairs", "Deputy Prime Minister"], titles);
        Assert.Equal(["Minister of Foreign Affairs"], earlier);
        Assert.Equal("bui son thanh", son.NameKey);
    }

    [Fact]
    public void AddRole_SameTitleOverlappingPeriod_FailsAsDuplicate()
    {
        var son = Person.Create("Bui Thanh Son", CountryCode.Of("VN")).Value;
        son.AddRole("Minister of Foreign Affairs", PartialDate.OfYear(2021));

        Assert.Equal("role.duplicate", son.AddRole("minister of foreign affairs", PartialDate.OfYear(2023)).Error!.Code);
    }

    [Fact]
    public void Create_BlankName_FailsNamingName() => Assert.Equal("name", Person.Create("  ", null).Error!.Field);

    [Fact]
    public void DelegationCreate_HeadOnOwnBehalf_Fails()
    {
        var viet = Guid.CreateVersion7();

        var result = Delegation.Create(Guid.CreateVersion7(), CountryCode.Of("VN"), viet, viet);

        Assert.Equal("onBehalfOfPersonId", result.Error!.Field);
    }

    [Fact]
    public void DelegationCreate_StandingInForMinister_KeepsBoth()
    {
        Guid viet = Guid.CreateVersion7(), son = Guid.CreateVersion7();

        var delegation = Delegation.Create(Guid.CreateVersion7(), CountryCode.Of("VN"), viet, son).Value;

        Assert.Equal((viet, son), (delegation.HeadPersonId, delegation.OnBehalfOfPersonId!.Value));
    }

    [Fact]
    public void StrategyCreate_PeriodEndsBeforeStart_FailsNamingPeriodTo() =>
        Assert.Equal("periodTo", Strategy.Create("mekong-korea", "Action Plan", PartialDate.OfYear(2025), PartialDate.OfYear(2021)).Error!.Field);

    [Fact]
    public void StrategyAddPillar_ThreePillars_NumbersThemInOrder()
    {
        var strategy = Strategy.Create("mekong-japan", "Mekong–Japan Cooperation Strategy 2024", PartialDate.OfYear(2024), PartialDate.OfYear(2028)).Value;
        strategy.AddPillar("Connectivity", ["connectivity"]);
        strategy.AddPillar("People", ["human-resources"]);
        strategy.AddPillar("Sustainability", ["climate-change", "water-resources"]);

        Assert.Equal([1, 2, 3], strategy.Pillars.Select(p => p.Number));
        Assert.Equal(["climate-change", "water-resources"], strategy.Pillars[2].PriorityAreas);
    }

    [Fact]
    public void PriorityAreaCreate_SdgOutOfRange_FailsNamingSdgs() =>
        Assert.Equal("sdgs", PriorityArea.Create("water-resources", "Water resources", "Tài nguyên nước", [6, 18]).Error!.Field);
}
