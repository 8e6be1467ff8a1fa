using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Concordia.Application.Exports;

/// <summary>A meeting left out of the calendar, and why.</summary>
public sealed record SkippedMeeting(Guid MeetingId, string Reason);

public sealed record CalendarExport(string Text, int Events, IReadOnlyList<SkippedMeeting> Skipped);

/// <summary>
/// Meetings as an RFC 5545 calendar. Every meeting is an all-day event over the period its dates are known to (a
/// meeting known only as "2026-03" spans March); the UID is the meeting's id, so re-exports update the same events;
/// the URL points at the meeting's page. Planned meetings are tentative, cancelled ones cancelled.
/// </summary>
public static class MeetingCalendar
{
    public const string UidDomain = "concordia";

    public static CalendarExport Build(IEnumerable<Meeting> meetings, IReadOnlyDictionary<string, string> mechanismNames, Uri baseUrl, DateTimeOffset stamp)
    {
        var calendar = new Calendar { ProductId = "-//Concordia//Meetings//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Concordia meetings");
        var skipped = new List<SkippedMeeting>();
        foreach (var meeting in meetings.OrderBy(m => m.Start).ThenBy(m => m.Id))
        {
            var (start, end) = Days(meeting);
            if (start is null || end is null)
            {
                skipped.Add(new SkippedMeeting(meeting.Id, meeting.Start is null ? "no date" : "the year is not known"));
                continue;
            }

            calendar.Events.Add(Event(meeting, start.Value, end.Value, mechanismNames, baseUrl, stamp));
        }

        return new CalendarExport(new CalendarSerializer().SerializeToString(calendar) ?? "", calendar.Events.Count, skipped);
    }

    public static string Uid(Guid meetingId) => $"{meetingId}@{UidDomain}";

    private static CalendarEvent Event(Meeting m, DateOnly first, DateOnly last, IReadOnlyDictionary<string, string> names, Uri baseUrl,
        DateTimeOffset stamp)
    {
        var e = new CalendarEvent
        {
            Uid = Uid(m.Id),
            Summary = Title(m, names),
            DtStart = new CalDateTime(first),
            DtEnd = new CalDateTime(last.AddDays(1)),
            DtStamp = new CalDateTime(stamp.UtcDateTime),
            Url = new Uri(RegistryRows.MeetingUrl(baseUrl, m.Id)),
            Location = Location(m),
            Status = m.Status switch
            {
                MeetingStatus.Held => EventStatus.Confirmed,
                MeetingStatus.Cancelled => EventStatus.Cancelled,
                _ => EventStatus.Tentative,
            },
            Description = Describe(m),
        };
        if (m.MechanismId is not null) e.Categories.Add(m.MechanismId);
        return e;
    }

    private static string? Location(Meeting m)
    {
        var text = string.Join(", ", new[] { m.City, m.Country?.Value }.Where(x => x is not null));
        return text.Length == 0 ? null : text;
    }

    private static (DateOnly? First, DateOnly? Last) Days(Meeting m) =>
        m.Start is { HasYear: true } s ? (s.Start, (m.End is { HasYear: true } e ? e : s).End) : (null, null);

    private static string Describe(Meeting m)
    {
        var parts = new List<string> { $"Status: {m.Status.ToString().ToLowerInvariant()}." };
        if (m.Start is { Precision: not DatePrecision.Day } s)
            parts.Add($"Date known only to the {(s.Precision == DatePrecision.Month ? "month" : "year")} ({s}).");
        return string.Join(" ", parts);
    }

    /// <summary>The meeting's title, or one made from its number, mechanism and kind ("23rd Mekong-Korea foreign-ministers meeting").</summary>
    public static string Title(Meeting m, IReadOnlyDictionary<string, string> names)
    {
        if (m.Title is { } t) return t;
        var mechanism = m.MechanismId is { } id ? names.GetValueOrDefault(id, id) : null;
        var words = new[] { m.Ordinal is { } n ? Ordinal(n) : null, mechanism, m.Kind.ToSlug().Replace('-', ' '), "meeting" };
        return string.Join(" ", words.Where(w => w is not null));
    }

    private static string Ordinal(int n) => (n % 100, n % 10) switch
    {
        (11 or 12 or 13, _) => $"{n}th",
        (_, 1) => $"{n}st",
        (_, 2) => $"{n}nd",
        (_, 3) => $"{n}rd",
        _ => $"{n}th",
    };
}
