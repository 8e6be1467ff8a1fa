using Concordia.Application.Registry;
using Concordia.Domain.Registry;

namespace Concordia.Web.Api.Registry;

/// <summary>A mechanism with its members and chairs. Dates are ISO prefixes ("2008", "2025-07", "2025-07-10").</summary>
public sealed record MechanismResponse(
    string Id, string Name, string ShortName, string? Notes, IReadOnlyList<MembershipResponse> Members,
    IReadOnlyList<ChairTermResponse> Chairs, long Version)
{
    public static MechanismResponse Of(Mechanism m) => new(m.Id, m.Name, m.ShortName, m.Notes,
        m.Memberships.OrderBy(x => x.Country.Value).ThenBy(x => x.From).Select(MembershipResponse.Of).ToList(),
        m.ChairTerms.OrderBy(c => c.From).Select(ChairTermResponse.Of).ToList(), m.Version);

    public static MechanismInput ToInput(Mechanism m) => new(m.Id, m.Name, m.ShortName, m.Notes);
}

/// <summary>Kind is "member", "dialogue-partner" or "observer"; an open <c>to</c> means still a member.</summary>
public sealed record MembershipResponse(Guid Id, string MechanismId, string Country, string? From, string? To, string Kind, long Version)
{
    public static MembershipResponse Of(Membership m) =>
        new(m.Id, m.MechanismId, m.Country.Value, m.From?.ToString(), m.To?.ToString(), EnumSlug.Of(m.Kind), m.Version);

    public static MembershipInput ToInput(Membership m) =>
        new(m.MechanismId, m.Country.Value, m.From?.ToString(), m.To?.ToString(), EnumSlug.Of(m.Kind));
}

public sealed record ChairTermResponse(Guid Id, string Country, string? From, string? To, string? Basis)
{
    public static ChairTermResponse Of(ChairTerm c) => new(c.Id, c.Country.Value, c.From?.ToString(), c.To?.ToString(), c.Basis);
}

/// <summary>A meeting. Kind and status are slugs ("foreign-ministers", "held"); co-chairs are person ids in order.</summary>
public sealed record MeetingResponse(
    Guid Id, string? MechanismId, string Kind, int? Ordinal, string? Start, string? End, string? City, string? Country,
    Guid? WithinMeetingId, string Status, string? Title, IReadOnlyList<Guid> CoChairIds, long Version)
{
    public static MeetingResponse Of(Meeting m) => new(m.Id, m.MechanismId, m.Kind.ToSlug(), m.Ordinal, m.Start?.ToString(),
        m.End?.ToString(), m.City, m.Country?.Value, m.WithinMeetingId, EnumSlug.Of(m.Status), m.Title, m.CoChairIds, m.Version);

    public static MeetingInput ToInput(Meeting m) => new(m.MechanismId, m.Kind.ToSlug(), m.Ordinal, m.Start?.ToString(), m.End?.ToString(),
        m.City, m.Country?.Value, m.WithinMeetingId, EnumSlug.Of(m.Status), m.Title, m.CoChairIds);
}

public sealed record RoleResponse(string Title, string? Organisation, string? From, string? To);

public sealed record PersonResponse(Guid Id, string Name, string? Country, IReadOnlyList<RoleResponse> Roles, long Version)
{
    public static PersonResponse Of(Person p) => new(p.Id, p.Name, p.Country?.Value,
        p.Roles.Select(r => new RoleResponse(r.Title, r.Organisation, r.From?.ToString(), r.To?.ToString())).ToList(), p.Version);

    public static PersonInput ToInput(Person p) => new(p.Name, p.Country?.Value);
}

public sealed record PillarResponse(int Number, string Title, IReadOnlyList<string> PriorityAreas);

public sealed record StrategyResponse(
    Guid Id, string MechanismId, string Name, string? Adopted, string? PeriodFrom, string? PeriodTo, Guid? AdoptedAtMeetingId,
    IReadOnlyList<PillarResponse> Pillars, long Version)
{
    public static StrategyResponse Of(Strategy s) => new(s.Id, s.MechanismId, s.Name, s.Adopted?.ToString(), s.PeriodFrom?.ToString(),
        s.PeriodTo?.ToString(), s.AdoptedAtMeetingId, s.Pillars.Select(p => new PillarResponse(p.Number, p.Title, p.PriorityAreas)).ToList(),
        s.Version);

    public static StrategyInput ToInput(Strategy s) =>
        new(s.MechanismId, s.Name, s.PeriodFrom?.ToString(), s.PeriodTo?.ToString(), s.Adopted?.ToString(), s.AdoptedAtMeetingId);
}

/// <summary>A document of a meeting: role "outcome" (a statement the meeting issued) or "report", and its passages cited as sources.</summary>
public sealed record MeetingDocumentResponse(Guid DocumentId, string? Title, string Language, string? Published, string Origin, string Role, int Passages)
{
    public static MeetingDocumentResponse Of(MeetingDocument d) =>
        new(d.DocumentId, d.Title, d.Language, d.Published?.ToString(), d.Origin, EnumSlug.Of(d.Role), d.Passages);
}
