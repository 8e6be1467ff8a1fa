using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;

namespace Concordia.Application.FollowUp;

/// <summary>
/// One member's score on one commitment: +1 fulfilled, 0 partly, −1 not fulfilled or lapsed, null while open.
/// The member is null for a joint commitment whose mechanism's members are unknown.
/// </summary>
public sealed record MemberScore(Guid CommitmentId, CountryCode? Member, int? Score, string? MechanismId, string? PriorityArea, int Year);

/// <summary>Counts and the average score (−1 to +1, over scored entries only) of one group.</summary>
public sealed record ComplianceGroup(string Key, int Fulfilled, int Partly, int NotFulfilled, int Open, double? Average)
{
    public int Scored => Fulfilled + Partly + NotFulfilled;
}

/// <summary>
/// Roll-ups of compliance. Per member, each (commitment, member) pair counts once; per mechanism, priority area and
/// year each commitment counts once, so a commitment of six members does not weigh six times.
/// </summary>
public sealed record ComplianceReport(
    ComplianceGroup Overall,
    IReadOnlyList<ComplianceGroup> ByMechanism,
    IReadOnlyList<ComplianceGroup> ByMember,
    IReadOnlyList<ComplianceGroup> ByPriorityArea,
    IReadOnlyList<ComplianceGroup> ByYear);

public static class Compliance
{
    public const string Unassigned = "(none)";

    /// <summary>
    /// Scores every commitment for each member that undertook it: its parties, or — for a joint commitment — the
    /// members of its mechanism on the day it was made, as given by <paramref name="membersOf"/>.
    /// </summary>
    public static IReadOnlyList<MemberScore> Score(IEnumerable<Commitment> commitments, Func<string, DateOnly, IReadOnlyList<CountryCode>> membersOf) =>
        commitments.SelectMany(c =>
        {
            var made = c.History[0].On;
            IReadOnlyList<CountryCode> members = c.Parties.Count > 0 ? c.Parties
                : c.MechanismId is { } m ? membersOf(m, made) : [];
            IEnumerable<CountryCode?> who = members.Count > 0 ? members.Select(x => (CountryCode?)x) : [null];
            return who.Select(member => new MemberScore(c.Id, member, c.ComplianceScore, c.MechanismId, c.PriorityArea, made.Year));
        }).ToList();

    public static ComplianceReport Roll(IReadOnlyList<MemberScore> scores)
    {
        var perCommitment = scores.DistinctBy(s => s.CommitmentId).ToList();
        return new ComplianceReport(
            Group("all", perCommitment),
            By(perCommitment, s => s.MechanismId ?? Unassigned),
            By(scores.Where(s => s.Member is not null), s => s.Member!.Value.Value),
            By(perCommitment, s => s.PriorityArea ?? Unassigned),
            By(perCommitment, s => s.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static List<ComplianceGroup> By(IEnumerable<MemberScore> scores, Func<MemberScore, string> key) =>
        scores.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Group(g.Key, g)).ToList();

    private static ComplianceGroup Group(string key, IEnumerable<MemberScore> scores)
    {
        var list = scores.ToList();
        var scored = list.Where(s => s.Score is not null).ToList();
        return new ComplianceGroup(key,
            scored.Count(s => s.Score == 1), scored.Count(s => s.Score == 0), scored.Count(s => s.Score == -1),
            list.Count - scored.Count,
            scored.Count == 0 ? null : Math.Round(scored.Average(s => s.Score!.Value), 3));
    }
}
