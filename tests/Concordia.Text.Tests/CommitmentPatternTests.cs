using System.Text;

namespace Concordia.Text.Tests;

/// <summary>Undertakings in loan and aid reports, enumerations and coordinated clauses, from real sentences.</summary>
public class CommitmentPatternTests
{
    private static Model.ExtractedDocument Extract(string text) => ExtractionPipeline.Extract(Encoding.UTF8.GetBytes(text), "t.txt").Value;

    private static string Actions(string text) => string.Join("|", Extract(text).Commitments.Select(c => c.Action));

    [Theory]
    [InlineData("According to the press release, of the total amount, US$58.2 million is a loan for the implementation of Siem Reap Water Supply Expansion Project (II), and the rest is grant aid for the implementation of Economic and Social Development Programmes.",
        "loan for the implementation of Siem Reap Water Supply Expansion Project (II)|grant aid for the implementation of Economic and Social Development Programmes")]
    [InlineData("The loans also include 6,244 million yen to improve public transport infrastructure in the southern province of Binh Duong and 4,739 million yen to enhance agricultural development infrastructure in the central highland province of Lam Dong.",
        "6,244 million yen to improve public transport infrastructure in the southern province of Binh Duong|4,739 million yen to enhance agricultural development infrastructure in the central highland province of Lam Dong")]
    [InlineData("Tokyo plans to provide 25 million USD for rural roads in the province.", "provide 25 million USD for rural roads in the province")]
    [InlineData("The minister said Japan would lend the country 40 billion yen for a new metro line.", "lend the country 40 billion yen for a new metro line")]
    public void Commitments_LoanAndAidBreakdown_OnePledgePerAmount(string sentence, string actions)
    {
        Assert.All(Extract(sentence).Commitments, c => Assert.Equal("pledged", c.Kind));
        Assert.Equal(actions, Actions(sentence));
    }

    [Theory]
    [InlineData("The Japan International Cooperation Agency has agreed to provide Vietnam with 60,983 million yen in low-interest loans.", "pledged")]
    [InlineData("The two sides agreed to provide mutual support at international forums.", "agreed")]
    public void Commitments_AgreedToProvide_OnePartyPledges(string sentence, string kind)
    {
        Assert.Equal(kind, Assert.Single(Extract(sentence).Commitments).Kind);
    }

    [Theory]
    [InlineData("He proposed that they develop human resources for digital and green transformation, projects to retrain and improve skills for the sub-region's workforce.",
        "they develop human resources for digital and green transformation, projects to retrain and improve skills for the sub-region's workforce")]
    [InlineData("Besides, he asked the two sides to boost economic, trade, and investment connectivity and consider this as the focus and impetus for the development of the ASEAN - Japan comprehensive strategic partnership.",
        "the two sides to boost economic, trade, and investment connectivity and consider this as the focus and impetus for the development of the ASEAN - Japan comprehensive strategic partnership")]
    public void Commitments_CoordinatedVerbSharingObjectOrPronoun_OneUndertaking(string sentence, string actions)
    {
        Assert.Equal(actions, Actions(sentence));
    }

    [Theory]
    [InlineData("He called on Japan to continue its active support for the countries in the Mekong sub-region to effectively cope with non-traditional security challenges, soon reactivate the Mekong cooperation mechanism, and prioritise the programmes and projects that assist with sustainable development in the spirit of leaving no one behind.", 3)]
    [InlineData("He proposed that Japan continue support for ASEAN's solidarity and centrality, and intensify its cooperation with the grouping and the Mekong sub region.", 1)]
    [InlineData("He called for efforts to accelerate digital transformation and innovation, develop digital hubs, and apply green technologies across all sectors.", 1)]
    public void Commitments_ListOfClauses_SplitOnlyWhenLong(string sentence, int count)
    {
        Assert.Equal(count, Extract(sentence).Commitments.Count);
    }

    [Fact]
    public void Commitments_NamedPartnershipLaterInSentence_BeatsSpeakersNationality()
    {
        var c = Assert.Single(Extract("Besides, the Vietnamese leader asked the two sides to boost economic, trade, and investment connectivity and consider this as the focus of the ASEAN - Japan comprehensive strategic partnership.").Commitments);
        Assert.Equal("asean-japan", c.Mechanism);
    }

    [Fact]
    public void Commitments_SentenceNamingNoParty_ContinuesThePreviousUndertakingsMechanism()
    {
        var doc = Extract("The Japan International Cooperation Agency has agreed to provide Vietnam with 60,983 million yen in low-interest loans. The loans were announced on Tuesday. The loans also include 6,244 million yen to improve public transport infrastructure in the southern province of Binh Duong.");
        Assert.Equal(["vietnam-japan", "vietnam-japan"], doc.Commitments.Select(c => c.Mechanism));
    }

    [Fact]
    public void Commitments_MachineTranslatedOrdinalAsWeekday_IsAnEnumeratedProposal()
    {
        var doc = Extract("Deputy Minister Do Hung Viet proposed a number of cooperation priorities in the coming time to promote the potential of MKC cooperation. "
            + "First, strengthen cooperation between the Mekong River Commission and the Mekong-South Korea Water Center. "
            + "Monday, Promote the digital transformation process of the Mekong subregion, strengthen cooperation on e-commerce, and deploy the Mekong-South Korea Digital Forum.");
        Assert.Contains(doc.Commitments, c => c.Action.StartsWith("Promote the digital transformation", StringComparison.Ordinal) && c.Kind == "proposed");
    }

    [Theory]
    [InlineData("Hàn Quốc sẽ cung cấp 20 triệu USD cho các dự án phát triển nông thôn ở tiểu vùng.", "pledged", "provide 20 million USD for projects develop rural subregion")]
    [InlineData("Ngân hàng Phát triển châu Á cho Lào vay 30 triệu USD để nâng cấp đường bộ.", "pledged", "for Laos loans 30 million USD to upgrade roads")]
    [InlineData("Hai bên đã ký kết bản ghi nhớ về hợp tác nông nghiệp.", "agreed", "sign memorandum of understanding on cooperation agriculture")]
    [InlineData("Trung Quốc đã phê duyệt 13 dự án của Lào trong năm nay.", "approved", "13 projects of Laos in this year")]
    [InlineData("Các bên đạt được đồng thuận về việc mở rộng hợp tác quản lý nguồn nước.", "agreed", "expand cooperation management water resources")]
    [InlineData("Bộ trưởng mong muốn hai nước tăng cường trao đổi đoàn cấp cao.", "proposed", "both countries strengthen delegation exchanges high-level")]
    [InlineData("Thủ tướng nhấn mạnh sự cần thiết phải tăng cường hợp tác về an ninh nguồn nước.", "proposed", "strengthen cooperation on water security")]
    public void Commitments_VietnameseForm_KindAndEnglishAction(string sentence, string kind, string action)
    {
        var c = Assert.Single(Extract(sentence).Commitments);
        Assert.Equal((kind, action), (c.Kind, c.Action));
    }

    [Theory]
    [InlineData("Các dự án phải đáp ứng yêu cầu của nhà tài trợ.")]
    [InlineData("Hội nghị sẽ mở ra trang mới cho hợp tác sông Mekong.")]
    [InlineData("Ngân hàng dành ưu đãi cho các khoản vay của doanh nghiệp nhỏ.")]
    public void Commitments_VietnameseNounOrOutcome_IsNoUndertaking(string sentence)
    {
        Assert.Empty(Extract(sentence).Commitments);
    }

    [Fact]
    public void Commitments_VietnameseCommaDongThoi_StartsASecondUndertaking()
    {
        const string sentence = "Phó Thủ tướng Bùi Thanh Sơn kêu gọi hợp tác Mekong - Nhật Bản áp dụng “tư duy mới, phương pháp mới, cách tiếp cận mới”, đồng thời đề xuất ba trọng tâm hợp tác: kết nối hạ tầng, đổi mới sáng tạo - chuyển đổi số, và phát triển bền vững.";
        Assert.Equal("cooperation Mekong-Japan apply new thinking new methods new approaches|three focuses cooperation infrastructure connectivity innovation digital transformation and sustainable development", Actions(sentence));
    }

    [Theory]
    [InlineData("The Korean side announced it would raise its annual contribution to the fund to 12 million USD.", "raise its annual contribution to the fund to 12 million USD", null)]
    [InlineData("The two countries strive to bring two-way trade to 30 billion USD by 2030.", "bring two-way trade to 30 billion USD by 2030", "2030")]
    [InlineData("Both sides set a target of 15 billion USD in two-way trade by 2028.", "15 billion USD in two-way trade by 2028", "2028")]
    [InlineData("The leaders affirmed their determination to lift the partnership to a new height.", "lift the partnership to a new height", null)]
    [InlineData("Hai nước phấn đấu đưa kim ngạch thương mại song phương lên 30 tỷ USD vào năm 2030.", "bring trade bilateral to 30 billion USD by 2030", "2030")]
    [InlineData("Hai bên đặt mục tiêu nâng kim ngạch thương mại lên 15 tỷ USD.", "raise trade to 15 billion USD", null)]
    [InlineData("Lãnh đạo hai nước khẳng định quyết tâm đưa quan hệ đối tác lên tầm cao mới.", "bring relations partnership to a new height", null)]
    public void Commitments_TargetOrDetermination_IsAPledge(string sentence, string action, string? deadline)
    {
        var c = Assert.Single(Extract(sentence).Commitments);
        Assert.Equal(("pledged", action, deadline), (c.Kind, c.Action, c.Deadline?.ToString()));
    }

    [Fact]
    public void Commitments_SimilarUndertakingsWithDifferentFigures_AreBothKept()
    {
        var doc = Extract("The two countries strive to bring two-way trade to 30 billion USD by 2030. Both sides set a target of 15 billion USD in two-way trade by 2028.");
        Assert.Equal(2, doc.Commitments.Count);
    }

    [Theory]
    [InlineData("Hai bên thể hiện quyết tâm chính trị cao.")]
    [InlineData("The ministers noted the importance of the river and said the meeting was useful.")]
    [InlineData("He said the projects will strengthen bilateral ties and expand trade.")]
    [InlineData("The new agreement would strengthen trade ties, the minister said.")]
    [InlineData("He said the fund would contribute to regional development.")]
    [InlineData("The delegations include 30 officials to attend the training.")]
    public void Commitments_NounUseOrReport_IsNoUndertaking(string sentence)
    {
        Assert.Empty(Extract(sentence).Commitments);
    }

    [Theory]
    [InlineData("The Government of Japan will provide up to nearly US$73 million in loan and grant aid to Cambodia to support various development projects, pointed out a press release of the Ministry of Foreign Affairs and International Cooperation (MFAIC) made public this morning.",
        "provide up to nearly US$73 million in loan and grant aid to Cambodia to support various development projects")]
    [InlineData("Japan will support the Mekong countries in flood forecasting, said Minister Tanaka.", "support the Mekong countries in flood forecasting")]
    [InlineData("Vietnam pledged to strengthen cooperation on emission reduction, according to Deputy Minister Le.", "strengthen cooperation on emission reduction")]
    public void Commitments_TrailingReportingClause_IsCut(string sentence, string action)
    {
        Assert.Equal(action, Actions(sentence));
    }

    [Theory]
    [InlineData("Seoul announced a 5 million USD grant for health projects in the sub-region.", "a 5 million USD grant for health projects in the sub-region")]
    [InlineData("Nhân dịp này, Nhật Bản đã công bố khoản viện trợ không hoàn lại 2 tỷ yên cho dự án cấp nước tại tỉnh Long An.", "aid non-refundable 2 billion yen for projects water supply in province Long An")]
    public void Commitments_AnnouncedGrant_IsAPledgeKeepingPlaceNames(string sentence, string action)
    {
        var c = Assert.Single(Extract(sentence).Commitments);
        Assert.Equal(("pledged", action), (c.Kind, c.Action));
    }

    [Theory]
    [InlineData("He said that the MRC needs to strengthen its role as a knowledge hub and should promote data sharing among member countries.", "strengthen its role as a knowledge hub|promote data sharing among member countries")]
    [InlineData("Các bộ trưởng nhất trí tăng cường hợp tác quản lý nguồn nước và sẽ tiếp tục hỗ trợ các dự án y tế.", "strengthen cooperation management water resources|support projects health care")]
    public void Commitments_CoordinatedModalVerb_StartsASecondUndertaking(string sentence, string actions)
    {
        Assert.Equal(actions, Actions(sentence));
    }

    [Theory]
    [InlineData("The ministers agreed to hold the 11th Mekong-Japan Summit in Bangkok in November 2019.", "2019-11")]
    [InlineData("Thailand offered to host the next meeting in Bangkok in 2026.", "2026")]
    public void Commitments_YearOrMonthInsideTheUndertaking_IsItsDeadline(string sentence, string deadline)
    {
        Assert.Equal(deadline, Assert.Single(Extract(sentence).Commitments).Deadline?.ToString());
    }

    [Theory]
    [InlineData("The two sides signed 12 cooperation documents in trade, energy and education.", "12 cooperation documents in trade, energy and education")]
    [InlineData("The ministers exchanged the notes on a grant for flood control.", "the notes on a grant for flood control")]
    public void Commitments_SignedCountedDocuments_IsAnAgreement(string sentence, string action)
    {
        var c = Assert.Single(Extract(sentence).Commitments);
        Assert.Equal(("agreed", action), (c.Kind, c.Action));
    }

    [Theory]
    [InlineData("China is willing to work with Mekong countries to build a closer community of shared future, the minister said.", "work with Mekong countries to build a closer community of shared future")]
    [InlineData("Japan remains ready to assist the region in disaster prevention.", "assist the region in disaster prevention")]
    public void Commitments_WillingOrReady_IsAPledge(string sentence, string action)
    {
        var c = Assert.Single(Extract(sentence).Commitments);
        Assert.Equal(("pledged", action), (c.Kind, c.Action));
    }

    [Theory]
    [InlineData("He proposed stepping up the connectivity of infrastructure, especially strategic facilities.", "step up the connectivity of infrastructure, especially strategic facilities")]
    [InlineData("The ministers reaffirmed their commitment to injecting fresh momentum into the partnership.", "inject fresh momentum into the partnership")]
    [InlineData("He proposed promoting green growth, reducing carbon emissions and responding to climate change.", "promote green growth, reducing carbon emissions and responding to climate change")]
    public void Commitments_GerundHead_TakesItsBaseForm(string sentence, string action)
    {
        Assert.Equal(action, Actions(sentence));
    }
}
