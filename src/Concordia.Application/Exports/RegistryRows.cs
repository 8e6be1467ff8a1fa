using System.Globalization;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;

namespace Concordia.Application.Exports;

public sealed record CountryRow(string Code, string NameEn, string NameVi);

public sealed record MechanismRow(string Id, string Name, string ShortName, string? Members, string? Notes);

public sealed record MembershipRow(Guid Id, string MechanismId, string Country, string Kind, string? From, string? To);

public sealed record ChairRow(Guid Id, string MechanismId, string Country, string? From, string? To, string? Basis);

public sealed record MeetingRow(
    Guid Id, string? MechanismId, string Kind, int? Ordinal, string? Title, string? Start, string? End, string? City, string? Country,
    string Status, Guid? WithinMeetingId, string? CoChairIds, string Url);

public sealed record PersonRow(Guid Id, string Name, string? Country, string? Roles);

public sealed record DelegationRow(Guid Id, Guid MeetingId, string Country, Guid HeadPersonId, Guid? OnBehalfOfPersonId);

public sealed record StrategyRow(Guid Id, string MechanismId, string Name, string? Adopted, string? PeriodFrom, string? PeriodTo,
    Guid? AdoptedAtMeetingId, string? Pillars);

public sealed record PriorityAreaRow(string Code, string NameEn, string NameVi, string? Sdgs);

/// <summary>Flat rows of the registry lists: text, numbers and ids only, lists joined with "; ".</summary>
public static class RegistryRows
{
    public const string ListSeparator = "; ";

    public static CountryRow From(Country c) => new(c.Code.Value, c.NameEn, c.NameVi);

    public static MechanismRow From(Mechanism m) =>
        new(m.Id, m.Name, m.ShortName, Join(m.Memberships.Select(x => x.Country.Value).Distinct().Order()), m.Notes);

    public static MembershipRow From(Membership m) =>
        new(m.Id, m.MechanismId, m.Country.Value, TableFormat.Slug(m.Kind), Text(m.From), Text(m.To));

    public static ChairRow From(ChairTerm c) => new(c.Id, c.MechanismId, c.Country.Value, Text(c.From), Text(c.To), c.Basis);

    public static MeetingRow From(Meeting m, Uri baseUrl) =>
        new(m.Id, m.MechanismId, m.Kind.ToSlug(), m.Ordinal, m.Title, Text(m.Start), Text(m.End), m.City, m.Country?.Value,
            TableFormat.Slug(m.Status), m.WithinMeetingId, Join(m.CoChairIds.Select(Id)), MeetingUrl(baseUrl, m.Id));

    public static PersonRow From(Person p) =>
        new(p.Id, p.Name, p.Country?.Value, Join(p.Roles.Select(r => r.Organisation is null ? r.Title : $"{r.Title}, {r.Organisation}")));

    public static DelegationRow From(Delegation d) => new(d.Id, d.MeetingId, d.Country.Value, d.HeadPersonId, d.OnBehalfOfPersonId);

    public static StrategyRow From(Strategy s) =>
        new(s.Id, s.MechanismId, s.Name, Text(s.Adopted), Text(s.PeriodFrom), Text(s.PeriodTo), s.AdoptedAtMeetingId,
            Join(s.Pillars.OrderBy(p => p.Number).Select(p => $"{p.Number}. {p.Title}")));

    public static PriorityAreaRow From(PriorityArea a) =>
        new(a.Code, a.NameEn, a.NameVi, Join(a.Sdgs.Select(n => n.ToString(CultureInfo.InvariantCulture))));

    /// <summary>The portal page of a meeting: {base}/meetings/{id}.</summary>
    public static string MeetingUrl(Uri baseUrl, Guid meetingId) => new Uri(baseUrl, $"meetings/{meetingId}").ToString();

    internal static string? Text(PartialDate? date) => date?.ToString();

    internal static string? Join(IEnumerable<string> items)
    {
        var text = string.Join(ListSeparator, items);
        return text.Length == 0 ? null : text;
    }

    internal static IReadOnlyList<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Id(Guid id) => id.ToString();
}
