using Concordia.Application.Exports;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;

namespace Concordia.Application.Tests.Exports;

/// <summary>A small registry modelled on the seed texts, built through the domain's own factories.</summary>
internal static class Samples
{
    public static readonly Uri BaseUrl = new("https://concordia.example.org/");
    public static readonly DateTimeOffset Stamp = new(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);

    public static ExportSnapshot Build()
    {
        var mjc = Mechanism.Create("mekong-japan", "Mekong–Japan Cooperation", "MJC").Value;
        foreach (var c in new[] { "JP", "KH", "LA", "MM", "TH", "VN" }) mjc.AddMembership(CountryCode.Of(c), PartialDate.OfYear(2008), null);
        var mkc = Mechanism.Create("mekong-korea", "Mekong–Republic of Korea Cooperation", "MKC").Value;
        foreach (var c in new[] { "KR", "KH", "LA", "MM", "TH", "VN" }) mkc.AddMembership(CountryCode.Of(c), PartialDate.OfYear(2011), null);
        var fmm16 = Meeting.Create(new MeetingDetails("mekong-japan", MeetingKind.ForeignMinisters, 16, PartialDate.OfDay(2025, 7, 10),
            City: "Kuala Lumpur", Country: CountryCode.Of("MY"))).Value;
        var summit = Meeting.Create(new MeetingDetails("mekong-japan", MeetingKind.Summit, null, PartialDate.OfYear(2026),
            Status: MeetingStatus.Planned, Title: "Mekong–Japan Summit, \"resumed\"")).Value;
        var undated = Meeting.Create(new MeetingDetails("mekong-korea", MeetingKind.BusinessForum, null, PartialDate.OfDayMonth(7, 26))).Value;
        var mkcFmm = Meeting.Create(new MeetingDetails("mekong-korea", MeetingKind.ForeignMinisters, 14, PartialDate.OfMonth(2024, 7))).Value;
        var resume = Commitment.Create(new CommitmentDetails("resume the Mekong–Japan Summit by end-2025, \"as soon as possible\"",
            CommitmentKind.Agreed, "mekong-japan", fmm16.Id, [], "connectivity", PartialDate.OfYear(2025)), new DateOnly(2025, 7, 10)).Value;
        resume.ChangeStatus(CommitmentStatus.InProgress, new DateOnly(2025, 9, 1), note: "dates under discussion,\nnot fixed");
        var mkcf = Commitment.Create(new CommitmentDetails("tăng dần đóng góp cho Quỹ MKCF lên 10 triệu USD mỗi năm", CommitmentKind.Pledged,
            "mekong-korea", mkcFmm.Id, [CountryCode.Of("KR")], "msmes", PartialDate.OfYear(2027), new Money(10_000_000m, Currency.Usd)),
            new DateOnly(2024, 7, 28)).Value;
        var fund = Fund.Create("Mekong–Korea Cooperation Fund", "MKCF", "mekong-korea").Value;
        var loans = FinancialFlow.Create(new FlowDetails("Japanese ODA loans to Viet Nam, FY2023", CountryCode.Of("JP"), CountryCode.Of("VN"),
            new Money(100_000_000_000m, Currency.Jpy), FlowType.Loan, 2023, "JICA", "transport")).Value;
        return new ExportSnapshot
        {
            Countries = [Country.Create("VN", "Viet Nam", "Việt Nam").Value, Country.Create("JP", "Japan", "Nhật Bản").Value],
            Mechanisms = [mjc, mkc],
            Meetings = [fmm16, summit, undated, mkcFmm],
            Commitments = [resume, mkcf],
            Funds = [fund],
            FundTargets = FundTarget.Rising(fund.Id, 2024, new Money(6_000_000m, Currency.Usd), 2027, new Money(10_000_000m, Currency.Usd)).Value,
            Contributions =
            [
                Contribution.Create(fund.Id, CountryCode.Of("KR"), 2024, new Money(6_000_000m, Currency.Usd)).Value,
                Contribution.Create(fund.Id, CountryCode.Of("KR"), 2025, new Money(8_000_000_000m, Currency.Krw), isPledge: true).Value,
            ],
            Flows =
            [
                loans,
                FinancialFlow.Create(new FlowDetails("Metro line tranche", CountryCode.Of("JP"), CountryCode.Of("VN"),
                    new Money(30_000_000_000m, Currency.Jpy), FlowType.Loan, 2023, "JICA", "transport", loans.Id)).Value,
                FinancialFlow.Create(new FlowDetails("Training for customs officers", CountryCode.Of("KR"), CountryCode.Of("LA"),
                    new Money(1_500_000m, Currency.Usd), FlowType.TechnicalCooperation, 2024, "KOICA", "governance")).Value,
                FinancialFlow.Create(new FlowDetails("Undated grant", CountryCode.Of("CN"), CountryCode.Of("KH"),
                    new Money(1m, Currency.Cny), FlowType.Grant)).Value,
            ],
        };
    }
}
