using Concordia.Domain.Values;

namespace Concordia.Domain.Registry;

/// <summary>A country's delegation to a meeting: who headed it, and on whose behalf when standing in.</summary>
public sealed class Delegation : IdentifiedEntity
{
    private Delegation() { }

    public Guid MeetingId { get; private set; }
    public CountryCode Country { get; private set; }
    public Guid HeadPersonId { get; private set; }
    public Guid? OnBehalfOfPersonId { get; private set; }

    public static Result<Delegation> Create(Guid meetingId, CountryCode country, Guid headPersonId, Guid? onBehalfOfPersonId = null)
    {
        var v = new Validator()
            .Require(meetingId != Guid.Empty, "meetingId", "value.required", "meetingId is required")
            .Require(headPersonId != Guid.Empty, "headPersonId", "value.required", "headPersonId is required")
            .Require(onBehalfOfPersonId != headPersonId, "onBehalfOfPersonId", "delegation.behalf.self",
                "a head of delegation does not stand in for themselves");
        return v.Then(() => new Delegation
        {
            MeetingId = meetingId, Country = country, HeadPersonId = headPersonId, OnBehalfOfPersonId = onBehalfOfPersonId,
        });
    }
}
