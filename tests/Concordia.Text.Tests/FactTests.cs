using System.Text;

namespace Concordia.Text.Tests;

/// <summary>People, meetings and commitments assembled from real sentences.</summary>
public class FactTests
{
    private static Model.ExtractedDocument Extract(string text) => ExtractionPipeline.Extract(Encoding.UTF8.GetBytes(text), "t.txt").Value;

    [Theory]
    [InlineData("Japanese Foreign Minister Yoshimasa Hayashi and Vietnamese Finance Minister Ho Duc Phoc signed the document.", "Yoshimasa Hayashi", "JP", "Foreign Minister")]
    [InlineData("In his speech, Chinese Ambassador to Laos Wang Wentian congratulated the Lao side.", "Wang Wentian", "CN", "Ambassador to Laos")]
    [InlineData("The event saw the presence of Chairman of the State Administration Council of Myanmar Min Ang Hlaing and others.", "Min Ang Hlaing", "MM", "Chairman of the State Administration Council of Myanmar")]
    [InlineData("World leaders, including Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in, have applauded.", "Moon Jae-in", "KR", "President")]
    [InlineData("FM Kamikawa expressed her deep condolences for the passing of Party General Secretary Nguyen Phu Trong, who died on July 19.", "Nguyen Phu Trong", "VN", "Party General Secretary")]
    [InlineData("H.E. Prak Sokhonn, Deputy Prime Minister, Minister of MFAIC, and H.E. Mikami Masahiro, Japanese Ambassador of Japan to Cambodia, will be the signatories.", "Mikami Masahiro", "JP", "Ambassador of Japan to Cambodia")]
    [InlineData("The agreement was signed by Khamphao Ernthavanh, Deputy Minister of Foreign Affairs of Laos, in Vientiane.", "Khamphao Ernthavanh", "LA", "Deputy Minister of Foreign Affairs")]
    [InlineData("Phó Thủ tướng, Bộ trưởng Ngoại giao Việt Nam Bùi Thanh Sơn và Bộ trưởng Ngoại giao Nhật Bản Iwaya Takeshi đã đồng chủ trì hội nghị.", "Iwaya Takeshi", "JP", "Minister of Foreign Affairs")]
    [InlineData("Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Phạm Bình Minh đã phát biểu tại hội nghị.", "Phạm Bình Minh", "VN", "Minister of Foreign Affairs")]
    [InlineData("Deputy Prime Minister Nguyen Van An said on July 10, 2025 in Hanoi.", "Nguyen Van An", "VN", "Deputy Prime Minister")]
    [InlineData("Đại sứ Trung Quốc tại Cam-pu-chia Vương Thiên Văn cho biết hội nghị sẽ mở ra trang mới.", "Vương Thiên Văn", "CN", "Ambassador to Cambodia")]
    [InlineData("Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào Sonexay Siphandone mời Thủ tướng.", "Sonexay Siphandone", "LA", "Prime Minister")]
    public void People_TitledName_NameCountryRole(string sentence, string name, string country, string role)
    {
        var p = Assert.Single(Extract(sentence).People, x => x.Name == name);
        Assert.Equal(country, p.Country?.Value);
        Assert.Contains(role, p.Roles);
    }

    [Fact]
    public void People_Counterpart_TakesTheRolesOfThePersonNamedBefore()
    {
        var doc = Extract("This was reached by Vietnamese Minister of Foreign Affairs Bui Thanh Son and his Japanese counterpart Kamikawa Yoko as they co-chaired the 12th meeting of the Vietnam-Japan Cooperation Committee on Wednesday.");
        var k = Assert.Single(doc.People, p => p.Name == "Kamikawa Yoko");
        Assert.Equal(("JP", "Minister of Foreign Affairs"), (k.Country?.Value, k.Roles.Single()));
        var m = Assert.Single(doc.Meetings);
        Assert.Equal(("vietnam-japan", "committee", 12, 2), (m.Mechanism, m.Kind, m.Ordinal, m.CoChairs.Count));
    }

    [Theory]
    [InlineData("The seventh Greater Mekong Sub-region (GMS) Summit held via videoconference on September 9 ended.", "gms", "summit", 7)]
    [InlineData("PM Chinh also attended the first summit of the Asia Zero Emission Community (AZEC), where he spoke.", "azec", "summit", 1)]
    [InlineData("The ministry hosted the fourth Regional Working Group Meeting of the Lower Mekong Initiative (LMI) in Ho Chi Minh City on April 25.", "mekong-us", "committee", 4)]
    [InlineData("Tại Hội nghị Bộ trưởng Ngoại giao Hợp tác Mekong – Lan Thương (MLC) lần thứ năm tại Viêng Chăn, Lào hôm 20/2, ông phát biểu.", "mekong-lancang", "foreign-ministers", 5)]
    [InlineData("Thủ tướng sẽ tham dự Hội nghị cấp cao Ủy hội sông Mekong (MRC) quốc tế lần thứ 4 tại Vientiane, Lào vào ngày 5/4/2023.", "mrc", "summit", 4)]
    public void Meetings_RealSentence_MechanismKindOrdinal(string sentence, string mechanism, string kind, int ordinal)
    {
        var m = Assert.Single(Extract(sentence).Meetings);
        Assert.Equal((mechanism, kind, ordinal), (m.Mechanism, m.Kind, m.Ordinal));
    }

    [Theory]
    [InlineData("Member countries welcomed his initiative to establish a periodic Mekong–Japan Business Forum.")]
    [InlineData("The MKC Business Forum is held annually and has contributed to building a network.")]
    public void Meetings_PlannedOrRecurringForum_IsNotAMeeting(string sentence)
    {
        Assert.Empty(Extract(sentence).Meetings);
    }

    [Theory]
    [InlineData("They agreed to beef up cooperation in human resource training and kick off negotiations on a bilateral social insurance agreement.", "agreed", "beef up cooperation in human resource training|kick off negotiations on a bilateral social insurance agreement")]
    [InlineData("He called on Japanese universities to establish departments for Vietnamese language and culture studies.", "proposed", "Japanese universities to establish departments for Vietnamese language and culture studies")]
    [InlineData("The two sides agreed to expand trade in farm produce, and Japan pledged to open its market to Vietnamese fruit.", "agreed|pledged", "expand trade in farm produce|open its market to Vietnamese fruit")]
    [InlineData("At the conclusion of the meeting, Vietnam and Japan issued a Co-Chairs' Statement.", "approved", "Co-Chairs' Statement")]
    [InlineData("\"It is necessary to accelerate digital transformation and innovation, develop digital hubs, and apply green technologies,\" he noted.", "proposed", "accelerate digital transformation and innovation, develop digital hubs, and apply green technologies")]
    [InlineData("Các bộ trưởng nhất trí thúc đẩy chuyển đổi số, phát triển cơ sở hạ tầng cứng và mềm, và khuyến khích đầu tư vào năng lượng tái tạo.", "agreed", "promote digital transformation develop infrastructure hard and soft and encourage investment in renewable energy")]
    public void Commitments_RealSentence_KindAndActions(string sentence, string kind, string actions)
    {
        var found = Extract(sentence).Commitments;
        var kinds = kind.Split('|');
        Assert.All(found, c => Assert.Contains(c.Kind, kinds));
        Assert.Equal(actions, string.Join("|", found.Select(c => c.Action)));
    }
}
