using System.Text;

namespace Concordia.Text.Tests;

/// <summary>Meetings named only by their kind, held alongside a named meeting, from real sentences.</summary>
public class MeetingPatternTests
{
    private static Model.ExtractedDocument Extract(string text) => ExtractionPipeline.Extract(Encoding.UTF8.GetBytes(text), "t.txt").Value;

    [Fact]
    public void Meetings_UnnamedWorkshopHeldOnTheSidelines_TakesTheLargerMeetingsMechanismDateAndCity()
    {
        var doc = Extract("The Ministry of Foreign Affairs and the US Department of State jointly hosted the fourth Regional Working Group Meeting of the Lower Mekong Initiative (LMI) in Ho Chi Minh City on April 25. "
            + "The same day, a workshop on the public-private partnership (PPP) model was held on the sidelines of the meeting.");
        var w = Assert.Single(doc.Meetings, m => m.Kind == "workshop");
        Assert.Equal(("mekong-us", "Ho Chi Minh City", "committee", 4), (w.Mechanism, w.City, w.Within?.Kind, w.Within?.Ordinal));
        Assert.Equal("XXXX-04-25", w.Date?.ToString());
    }

    [Theory]
    [InlineData("He said the workshop was held to equip the delegates with essential skills.")]
    [InlineData("A workshop on water governance will be useful for the sub-region, he said on the sidelines of the meeting.")]
    public void Meetings_UnnamedWorkshopNotHeldAlongside_IsNotAMeeting(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Meetings, m => m.Kind == "workshop");
    }

    [Theory]
    [InlineData("The second Mekong-Lancang Cooperation Leaders' Meeting was held in Phnom Penh on January 10, 2018, under the co-chairmanship of Cambodian Prime Minister Hun Sen and Chinese Premier Li Keqiang.", "Hun Sen|Li Keqiang")]
    [InlineData("The 9th Mekong-Japan Foreign Ministers' Meeting, co-chaired by Thai Foreign Minister Don Pramudwinai and Japanese Foreign Minister Taro Kono, took place in Manila.", "Don Pramudwinai|Taro Kono")]
    public void Meetings_CoChairmanshipPhrase_NamesTheCoChairs(string sentence, string chairs)
    {
        var m = Assert.Single(Extract(sentence).Meetings);
        Assert.Equal(chairs, string.Join("|", m.CoChairs));
    }

    private const string Report = "Bangkok, August 3 (VNA) - Deputy Prime Minister and Foreign Minister Pham Binh Minh attended the 12th Mekong-Japan Foreign Ministers' Meeting in Bangkok on August 2, 2019. "
        + "The meeting was held within the framework of the 52nd ASEAN Foreign Ministers' Meeting (AMM-52) and related meetings. "
        + "Also on August 2, the 9th Mekong-Korea Foreign Ministers' Meeting took place in the Thai capital.";

    [Fact]
    public void Meetings_TheMeetingWasHeldWithin_LinksTheReportsMeetingAndKeepsTheAbbreviationAsOne()
    {
        var doc = Extract(Report);
        Assert.Equal(["mekong-japan:12", "asean:52", "mekong-korea:9"], doc.Meetings.Select(m => $"{m.Mechanism}:{m.Ordinal}"));
        Assert.Equal(("asean", 52), (doc.Meetings[0].Within?.Mechanism, doc.Meetings[0].Within?.Ordinal));
    }

    [Fact]
    public void Meetings_DatelineWithoutYear_TakesTheYearOfTheLeadsFullDate()
    {
        var doc = Extract(Report);
        Assert.Equal("2019-08-03", doc.Published?.ToString());
        Assert.Equal("2019-08-02", doc.Meetings[2].Date?.ToString());
    }

    [Fact]
    public void Meetings_VietnameseSessionOfACommittee_IsOneMeeting()
    {
        var m = Assert.Single(Extract("Chiều 15/8, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Thái Lan Maris Sangiampongsa đã đồng chủ trì Kỳ họp lần thứ 4 Ủy ban Hỗn hợp về hợp tác song phương Việt Nam - Thái Lan.").Meetings);
        Assert.Equal(("committee", 4, "Hanoi", 2), (m.Kind, m.Ordinal, m.City, m.CoChairs.Count));
    }

    [Fact]
    public void Meetings_SidelinesOfTheMeetingFirst_LinksToTheReportsMeeting()
    {
        var doc = Extract("Ngày 10/7/2024, tại Viêng Chăn, Lào, Thứ trưởng Ngoại giao Đỗ Hùng Việt đã dự Hội nghị Quan chức cao cấp Mekong - Nhật Bản (SOM) lần thứ 17. "
            + "Bên lề hội nghị, Việt Nam và Nhật Bản đã tổ chức Tọa đàm về chuyển đổi xanh.");
        var w = Assert.Single(doc.Meetings, m => m.Kind == "workshop");
        Assert.Equal(("senior-officials", 17, "2024-07-10"), (w.Within?.Kind, w.Within?.Ordinal, w.Date?.ToString()));
    }

    [Fact]
    public void Meetings_NamedOnlyInTheHeadline_IsTheBodysMeetingOfThatKind()
    {
        var doc = Extract("PM attends Greater Mekong Sub-region Forum\n\nVGP – Leaders from five nations in the Greater Mekong Sub-region and 200 Japanese businesses on July 3 joined an Economic Forum on the sidelines of the 7th Mekong-Japan Summit Meeting.\n");
        Assert.DoesNotContain(doc.Meetings, m => m.Mechanism == "gms");
        Assert.Contains(doc.Meetings, m => m.Kind == "business-forum");
    }

    [Fact]
    public void Meetings_HeadlineMeetingTheBodyAlsoNames_IsKept()
    {
        var doc = Extract("Seventh GMS Summit Leaders' Meeting concludes\nThe seventh Greater Mekong Sub-region (GMS) Summit held via videoconference on September 9 ended with the adoption of a new framework.\n");
        Assert.Contains(doc.Meetings, m => m.Mechanism == "gms" && m.Ordinal == 7);
    }
}
