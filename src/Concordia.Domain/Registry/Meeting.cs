using Concordia.Domain.Values;

namespace Concordia.Domain.Registry;

/// <summary>What a meeting is, as given by a caller; validated by <see cref="Meeting.Create"/> and <see cref="Meeting.Update"/>.</summary>
public sealed record MeetingDetails(
    string? MechanismId,
    MeetingKind Kind,
    int? Ordinal,
    PartialDate? Start,
    PartialDate? End = null,
    string? City = null,
    CountryCode? Country = null,
    Guid? WithinMeetingId = null,
    MeetingStatus Status = MeetingStatus.Held,
    string? Title = null);

/// <summary>A held or planned session of a mechanism: the 23rd Mekong–Korea Foreign Ministers' Meeting.</summary>
public sealed class Meeting : IdentifiedEntity
{
    private readonly List<MeetingCoChair> _coChairs = [];

    private Meeting() { }

    public string? MechanismId { get; private set; }
    public MeetingKind Kind { get; private set; }
    public int? Ordinal { get; private set; }
    public PartialDate? Start { get; private set; }
    public PartialDate? End { get; private set; }
    public string? City { get; private set; }
    public CountryCode? Country { get; private set; }
    public Guid? WithinMeetingId { get; private set; }
    public MeetingStatus Status { get; private set; }
    public string? Title { get; private set; }

    /// <summary>The people who chaired or co-chaired it.</summary>
    public IReadOnlyCollection<MeetingCoChair> CoChairs => _coChairs;

    /// <summary>The co-chairs' person ids in the order given.</summary>
    public IReadOnlyList<Guid> CoChairIds => _coChairs.OrderBy(c => c.Position).Select(c => c.PersonId).ToList();

    public static Result<Meeting> Create(MeetingDetails details)
    {
        var meeting = new Meeting();
        var v = Validate(details, meeting.Id);
        return v.Then(() => meeting.Apply(details));
    }

    public Result<Meeting> Update(MeetingDetails details)
    {
        var v = Validate(details, Id);
        return v.IsValid ? Apply(details) : v.Then(this);
    }

    /// <summary>Sets the co-chairs; each must be a known person (co-chairs are people, not countries or names).</summary>
    public Result<Meeting> SetCoChairs(IReadOnlyList<Guid> personIds, Func<Guid, bool> isKnownPerson)
    {
        var v = new Validator();
        for (var i = 0; i < personIds.Count; i++)
        {
            v.Require(isKnownPerson(personIds[i]), $"coChairs[{i}]", "meeting.co-chair.not-a-person", $"{personIds[i]} is not a known person");
            v.Require(personIds.Take(i).All(p => p != personIds[i]), $"coChairs[{i}]", "meeting.co-chair.duplicate", "the same person is listed twice");
        }

        if (!v.IsValid) return v.Then(this);
        _coChairs.Clear();
        _coChairs.AddRange(personIds.Select((id, i) => new MeetingCoChair(id, i)));
        return this;
    }

    public Result<Meeting> SetCoChairs(IReadOnlyList<Person> people) => SetCoChairs(people.Select(p => p.Id).ToList(), _ => true);

    private static Validator Validate(MeetingDetails d, Guid selfId)
    {
        var v = new Validator();
        if (d.MechanismId is not null && !Slug.IsValid(d.MechanismId)) v.Add(Slug.Invalid("mechanismId", d.MechanismId));
        v.Require(Enum.IsDefined(d.Kind), "kind", "meeting.kind.unknown", $"'{d.Kind}' is not a meeting kind")
            .Require(Enum.IsDefined(d.Status), "status", "meeting.status.unknown", $"'{d.Status}' is not a meeting status")
            .Require(d.Ordinal is null or > 0 and < 1000, "ordinal", "meeting.ordinal.range", "an ordinal is a number from 1 to 999")
            .Require(d.End is null || d.Start is not null, "start", "meeting.start.required", "a meeting with an end needs a start")
            .Period(d.Start, d.End, "end")
            .Require(d.WithinMeetingId != selfId, "withinMeetingId", "meeting.within.self", "a meeting cannot be held within itself")
            .OptionalText(d.City, "city", 120)
            .OptionalText(d.Title, "title", 400);
        return v;
    }

    private Meeting Apply(MeetingDetails d)
    {
        MechanismId = d.MechanismId;
        Kind = d.Kind;
        Ordinal = d.Ordinal;
        Start = d.Start;
        End = d.End;
        City = string.IsNullOrWhiteSpace(d.City) ? null : d.City.Trim();
        Country = d.Country;
        WithinMeetingId = d.WithinMeetingId;
        Status = d.Status;
        Title = string.IsNullOrWhiteSpace(d.Title) ? null : d.Title.Trim();
        return this;
    }
}

/// <summary>A reference from a meeting to a person who co-chaired it.</summary>
public sealed class MeetingCoChair
{
    private MeetingCoChair() { }

    internal MeetingCoChair(Guid personId, int position)
    {
        PersonId = personId;
        Position = position;
    }

    public Guid PersonId { get; private set; }
    public int Position { get; private set; }
}
