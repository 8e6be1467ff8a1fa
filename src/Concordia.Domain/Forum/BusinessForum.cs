using Concordia.Domain.Values;

namespace Concordia.Domain.Forum;

/// <summary>A business forum where registered firms meet in scheduled B2B slots.</summary>
public sealed class BusinessForum : IdentifiedEntity
{
    private BusinessForum() => Name = "";

    public string Name { get; private set; }
    public string? MechanismId { get; private set; }
    public Guid? MeetingId { get; private set; }
    public PartialDate? Date { get; private set; }
    public string? City { get; private set; }

    public static Result<BusinessForum> Create(string? name, string? mechanismId, PartialDate? date, string? city = null, Guid? meetingId = null)
    {
        var v = new Validator().RequireText(name, "name", 300).OptionalText(city, "city", 120);
        if (mechanismId is not null && !Slug.IsValid(mechanismId)) v.Add(Slug.Invalid("mechanismId", mechanismId));
        return v.Then(() => new BusinessForum
        {
            Name = name!.Trim(), MechanismId = mechanismId, Date = date, MeetingId = meetingId,
            City = string.IsNullOrWhiteSpace(city) ? null : city.Trim(),
        });
    }
}

/// <summary>A firm registered for a forum, with what it offers and what it needs (free text, matched by the forum feature).</summary>
public sealed class Firm : IdentifiedEntity
{
    private Firm()
    {
        Name = "";
        Sector = "";
    }

    public Guid ForumId { get; private set; }
    public string Name { get; private set; }
    public CountryCode Country { get; private set; }
    public string Sector { get; private set; }
    public bool IsSme { get; private set; }
    public string? Offers { get; private set; }
    public string? Needs { get; private set; }

    public static Result<Firm> Create(Guid forumId, string? name, CountryCode country, string? sector, bool isSme, string? offers, string? needs)
    {
        var v = new Validator()
            .Require(forumId != Guid.Empty, "forumId", "value.required", "forumId is required")
            .RequireText(name, "name", 300).RequireText(sector, "sector", 120)
            .OptionalText(offers, "offers", 2000).OptionalText(needs, "needs", 2000)
            .Require(!string.IsNullOrWhiteSpace(offers) || !string.IsNullOrWhiteSpace(needs), "offers", "firm.offers-or-needs",
                "a firm states what it offers or what it needs");
        return v.Then(() => new Firm
        {
            ForumId = forumId, Name = name!.Trim(), Country = country, Sector = sector!.Trim(), IsSme = isSme,
            Offers = offers?.Trim(), Needs = needs?.Trim(),
        });
    }
}
