using System.Globalization;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;

namespace Concordia.Application.Portal;

/// <summary>A name in the portal's two interface languages; Vietnamese falls back to English when missing.</summary>
public sealed record Label(string En, string Vi)
{
    public static Label Same(string text) => new(text, text);

    public string For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "vi" && !string.IsNullOrWhiteSpace(Vi) ? Vi : En;

    public override string ToString() => En;
}

public sealed record CountryRef(string Code, Label Name);

public sealed record PersonRef(Guid Id, string Name);

public sealed record MechanismRef(string Id, string Name, string ShortName);

/// <summary>A meeting as lists show it: enough to name it in either language and link to it.</summary>
public sealed record MeetingRef(
    Guid Id,
    MechanismRef? Mechanism,
    MeetingKind Kind,
    Label KindName,
    int? Ordinal,
    PartialDate? Start,
    PartialDate? End,
    string? City,
    CountryRef? Country,
    string? Title,
    MeetingStatus Status);

public sealed record CommitmentRow(
    Guid Id,
    string Action,
    CommitmentKind Kind,
    CommitmentStatus Status,
    MechanismRef? Mechanism,
    MeetingRef? Meeting,
    IReadOnlyList<CountryRef> Parties,
    string? AreaCode,
    Label? AreaName,
    PartialDate? Deadline,
    Money? Target,
    bool IsOverdue,
    int? Score);

public sealed record DocumentRef(Guid Id, string? Title, string Language, PartialDate? Published, string Origin);

/// <summary>Compliance of a set of commitments: the mean of −1 / 0 / +1 scores over those already judged.</summary>
public sealed record ComplianceSummary(int Total, int Open, int Overdue, int Judged, double? Average)
{
    public static ComplianceSummary Of(IReadOnlyCollection<CommitmentRow> rows)
    {
        var scores = rows.Where(r => r.Score is not null).Select(r => r.Score!.Value).ToList();
        return new ComplianceSummary(
            rows.Count,
            rows.Count(r => CommitmentStatuses.IsOpen(r.Status)),
            rows.Count(r => r.IsOverdue),
            scores.Count,
            scores.Count == 0 ? null : scores.Average());
    }
}
