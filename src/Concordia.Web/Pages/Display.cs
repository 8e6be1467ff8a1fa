using System.Globalization;
using Microsoft.AspNetCore.Html;
using Concordia.Application.Portal;
using Concordia.Domain.Documents;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;

namespace Concordia.Web.Pages;

/// <summary>How the portal writes dates, amounts and names in the request's culture (English or Vietnamese).</summary>
public static class Display
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public static bool IsVietnamese => Culture.TwoLetterISOLanguageName == "vi";

    public static string Name(Label? label) => label?.For(Culture) ?? "";

    /// <summary>"14 March 2027" / "14/03/2027", "March 2027" / "03/2027", "2027"; "5 May" when the year is unknown.</summary>
    public static string Date(PartialDate? date)
    {
        if (date is not { } d) return "";
        return d.Precision switch
        {
            DatePrecision.Year => d.Year!.Value.ToString(Culture),
            DatePrecision.Month => new DateOnly(d.Year!.Value, d.Month!.Value, 1).ToString(IsVietnamese ? "MM/yyyy" : "MMMM yyyy", Culture),
            DatePrecision.Day => new DateOnly(d.Year!.Value, d.Month!.Value, d.Day!.Value).ToString(IsVietnamese ? "dd/MM/yyyy" : "d MMMM yyyy", Culture),
            _ => new DateOnly(2000, d.Month!.Value, d.Day!.Value).ToString(IsVietnamese ? "dd/MM" : "d MMMM", Culture),
        };
    }

    public static string Period(PartialDate? from, PartialDate? to) =>
        (from, to) switch
        {
            (null, null) => "",
            (_, null) => $"{Date(from)} –",
            (null, _) => $"– {Date(to)}",
            _ when from == to => Date(from),
            _ => $"{Date(from)} – {Date(to)}",
        };

    public static string Number(decimal value) => value.ToString(value == decimal.Truncate(value) ? "N0" : "N2", Culture);

    public static string Number(int value) => value.ToString("N0", Culture);

    public static string Number(double value, int decimals = 2) => value.ToString("N" + decimals, Culture);

    public static string Money(Money? money) => money is { } m ? $"{Number(m.Amount)} {m.Currency.Code}" : "";

    /// <summary>"23rd" in English; "thứ 23" in Vietnamese.</summary>
    public static string Ordinal(int n)
    {
        if (IsVietnamese) return n == 1 ? "thứ nhất" : $"thứ {n.ToString(Culture)}";
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(Culture) + suffix;
    }

    /// <summary>"12th MKC Foreign Ministers' Meeting" / "Hội nghị Bộ trưởng Ngoại giao MKC lần thứ 12".</summary>
    public static string MeetingName(MeetingRef m)
    {
        var kind = Name(m.KindName);
        var mechanism = m.Mechanism?.ShortName;
        if (m.Ordinal is null && mechanism is null) return m.Title ?? kind;
        if (IsVietnamese)
            return string.Join(' ', new[] { kind, mechanism, m.Ordinal is { } o ? "lần " + Ordinal(o) : null }.Where(p => p is not null));
        return string.Join(' ', new[] { m.Ordinal is { } n ? Ordinal(n) : null, mechanism, kind }.Where(p => p is not null));
    }

    public static string Venue(MeetingRef m) =>
        string.Join(", ", new[] { m.City, m.Country is { } c ? Name(c.Name) : null }.Where(p => !string.IsNullOrEmpty(p)));

    public static string Status(CommitmentStatus s) => s switch
    {
        CommitmentStatus.InProgress => "In progress",
        CommitmentStatus.PartlyFulfilled => "Partly fulfilled",
        CommitmentStatus.NotFulfilled => "Not fulfilled",
        _ => s.ToString(),
    };

    public static string Kind(CommitmentKind k) => k.ToString();

    public static string Kind(FlowType t) => t == FlowType.TechnicalCooperation ? "Technical cooperation" : t.ToString();

    public static string Kind(FactKind k) => k.ToString();

    public static string State(ReviewState s) => s.ToString();

    public static string Kind(MembershipKind k) => k == MembershipKind.DialoguePartner ? "Dialogue partner" : k.ToString();

    public static string Score(int? score) => score switch { 1 => "+1", 0 => "0", -1 => "−1", _ => "" };

    public static string Language(string code) => code switch { "en" => "English", "vi" => "Vietnamese", _ => code };

    /// <summary>Links to people separated by commas, built without a partial view (the timeline has one per meeting).</summary>
    public static IHtmlContent PeopleLinks(IReadOnlyList<PersonRef> people)
    {
        var html = new HtmlContentBuilder(people.Count * 4);
        for (var i = 0; i < people.Count; i++)
        {
            if (i > 0) html.Append(", ");
            html.AppendHtml("<a href=\"/people/").Append(people[i].Id.ToString()).AppendHtml("\">").Append(people[i].Name).AppendHtml("</a>");
        }

        return html;
    }
}
