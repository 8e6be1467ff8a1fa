namespace Concordia.Domain.Registry;

/// <summary>The meeting-kind vocabulary of the extraction format.</summary>
public enum MeetingKind
{
    Summit,
    ForeignMinisters,
    /// <summary>A ministerial meeting other than of foreign ministers.</summary>
    Ministers,
    SeniorOfficials,
    Committee,
    BusinessForum,
    Forum,
    Workshop,
    Other,
}

public enum MeetingStatus
{
    Planned,
    Held,
    Postponed,
    Cancelled,
}

/// <summary>Slugs of the vocabulary ("foreign-ministers") to and from the enum.</summary>
public static class MeetingKinds
{
    private static readonly (MeetingKind Kind, string Slug)[] Table =
    [
        (MeetingKind.Summit, "summit"),
        (MeetingKind.ForeignMinisters, "foreign-ministers"),
        (MeetingKind.Ministers, "ministers"),
        (MeetingKind.SeniorOfficials, "senior-officials"),
        (MeetingKind.Committee, "committee"),
        (MeetingKind.BusinessForum, "business-forum"),
        (MeetingKind.Forum, "forum"),
        (MeetingKind.Workshop, "workshop"),
        (MeetingKind.Other, "other"),
    ];

    public static IReadOnlyList<string> Slugs { get; } = Table.Select(t => t.Slug).ToArray();

    public static string ToSlug(this MeetingKind kind) => Table.First(t => t.Kind == kind).Slug;

    public static Result<MeetingKind> Parse(string? slug)
    {
        foreach (var (kind, s) in Table)
            if (string.Equals(s, slug?.Trim(), StringComparison.OrdinalIgnoreCase)) return kind;
        return Result<MeetingKind>.Fail("meeting.kind.unknown", $"'{slug}' is not one of {string.Join(", ", Slugs)}", "kind");
    }
}
