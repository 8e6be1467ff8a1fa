using Concordia.Domain.Values;
using Concordia.Text.Assembly;
using Concordia.Text.Recognition;

namespace Concordia.Text.Tests;

/// <summary>Recognisers and resolvers on real sentences from English and Vietnamese reports.</summary>
public class RecogniserTests
{
    [Theory]
    [InlineData("en", "Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son on July 10 called for", "XXXX-07-10")]
    [InlineData("en", "co-chaired by Bui Thanh Son (L) and his Japanese counterpart Kamikawa Yoko in Tokyo, Japan, August 8, 2024.", "2024-08-08")]
    [InlineData("en", "agreed to resume the Mekong–Japan Summit by the end of 2025.", "2025")]
    [InlineData("en", "In fiscal year 2023 alone, the total of Japanese ODA loans to Vietnam exceeded 100 billion yen", "2023")]
    [InlineData("en", "Both sides will sign the Exchange of Notes here at the MFAIC on Oct. 11.", "XXXX-10-11")]
    [InlineData("en", "Japan’s new labor law, which was issued in June 2024", "2024-06")]
    [InlineData("en", "SEOUL, Dec. 3 (Yonhap) -- Second Vice Foreign Minister Lee Tae-ho will depart", "XXXX-12-03")]
    [InlineData("vi", "Ngày 10/7/2025, tại Kuala Lumpur, Malaysia, Phó Thủ tướng", "2025-07-10")]
    [InlineData("vi", "Hội nghị diễn ra ngày 15 tháng 3 năm 2024 tại Hà Nội.", "2024-03-15")]
    [InlineData("vi", "Một hội thảo về trí tuệ nhân tạo (AI) dự kiến sẽ được tổ chức tại Bangkok vào tháng 8/2025", "2025-08")]
    [InlineData("vi", "Hội nghị Cấp cao sông Lan Thương-Mê-công lần thứ 3 ngày 24/8 sẽ diễn ra theo hình thức trực tuyến.", "XXXX-08-24")]
    [InlineData("vi", "Hội nghị cũng thống nhất sẽ nối lại Hội nghị Cấp cao Mekong - Nhật Bản vào cuối năm 2025", "2025")]
    [InlineData("vi", "tại Vientiane, Lào vào ngày 5/4/2023.", "2023-04-05")]
    public void DateRecogniser_RealSentence_ResolvesFirstDate(string language, string sentence, string expected)
    {
        var d = DateRecogniser.Find(sentence, language).First();
        Assert.Equal(expected, DateResolver.Resolve(d, DateContext.None, future: false).ToString());
    }

    [Theory]
    [InlineData("as they co-chaired the 12th meeting on Wednesday", "2024-08-08", false, "2024-08-07")]
    [InlineData("In his speech at the signing ceremony on Tuesday", "2018-01-03", false, "2018-01-02")]
    [InlineData("Lee Tae-ho will depart for Vietnam on Thursday", "2020-12-01", true, "2020-12-03")]
    public void DateResolver_Weekday_CountsFromTheAnchor(string sentence, string anchor, bool future, string expected)
    {
        var d = DateRecogniser.Find(sentence, "en").Single(m => m.Weekday is not null);
        var context = new DateContext(null, null, DateOnly.Parse(anchor, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, DateResolver.Resolve(d, context, future).ToString());
    }

    [Theory]
    [InlineData("en", "Japan is the world’s largest provider of ODA loans to Vietnam, with nearly US$30 billion worth of lending.", "30000000000 USD")]
    [InlineData("en", "exceeded 100 billion yen (approximately $685.5 million), marking the first time", "100000000000 JPY|685500000 USD")]
    [InlineData("en", "to reach an annual contribution of 10 million USD by 2027.", "10000000 USD")]
    [InlineData("en", "has agreed to provide Vietnam with 60,983 million yen in low-interest loans", "60983000000 JPY")]
    [InlineData("en", "US$1.8 million for Landmine Action Sector, US$2.27 million for Construction Material Sector", "1800000 USD|2270000 USD")]
    [InlineData("en", "the contributions of the nearly 570,000 Vietnamese in Japan", "")]
    [InlineData("vi", "sẽ ký kết hiệp định các dự án vốn vay ODA cho VN với tổng trị giá 83,201 tỉ yen.", "83201000000 JPY")]
    [InlineData("vi", "Dự án có tổng vốn 5 tỷ đồng.", "5000000000 VND")]
    [InlineData("vi", "Hàn Quốc cam kết đóng góp 200 triệu USD cho quỹ hợp tác.", "200000000 USD")]
    public void MoneyRecogniser_RealSentence_ReadsAmounts(string language, string sentence, string expected)
    {
        var found = MoneyRecogniser.Find(sentence, language).Select(m => m.Value.ToString());
        Assert.Equal(expected, string.Join("|", found));
    }

    [Theory]
    [InlineData("en", "co-chairing the 16th Mekong–Japan Foreign Ministers’ Meeting", 16)]
    [InlineData("en", "The seventh Greater Mekong Sub-region (GMS) Summit held via videoconference", 7)]
    [InlineData("en", "preparing for the 6 th LMI Foreign Ministers’ Meeting in Brunei in June.", 6)]
    [InlineData("vi", "Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 16", 16)]
    [InlineData("vi", "Hợp tác Mekong – Lan Thương (MLC) lần thứ năm tại Viêng Chăn", 5)]
    public void OrdinalRecogniser_RealSentence_ReadsNumber(string language, string sentence, int expected)
    {
        var found = OrdinalRecogniser.Find(sentence, language, TokenStream.Create(sentence));
        Assert.Equal(expected, found.First().Value);
    }

    [Theory]
    [InlineData("Vietnam pushes for new approaches in the Mekong–Japan partnership. The ministers agreed to resume the summit.", "en")]
    [InlineData("Các nước Mekong - Nhật Bản thúc đẩy hợp tác kinh tế số, hạ tầng và phát triển bền vững", "vi")]
    [InlineData("メコン・日本外相会議が開かれた", "ja")]
    [InlineData("", "und")]
    [InlineData("“The” ... ... ... ... ... ... ... ... ... ... ... ... ... ... -- ((()))", "en")]
    [InlineData("(và) “của”, các: Mekong Japan Mekong Japan Mekong Japan Mekong Japan Mekong Japan", "vi")]
    [InlineData("THE Mekong Japan Mekong Japan Mekong Japan Mekong Japan Mekong Japan", "en")]
    [InlineData("The, Mekong Japan Mekong Japan Mekong Japan Mekong Japan Mekong Japan", "en")]
    public void LanguageDetector_RealText_TellsLanguage(string text, string expected)
    {
        Assert.Equal(expected, Languages.LanguageDetector.Detect(text));
    }
}
