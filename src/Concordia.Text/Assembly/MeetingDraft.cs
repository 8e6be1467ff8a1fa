using Concordia.Domain.Values;
using Concordia.Text.Model;

namespace Concordia.Text.Assembly;

/// <summary>A meeting being assembled from one or more mentions.</summary>
internal sealed class MeetingDraft
{
    public string? Mechanism { get; set; }
    public required string Kind { get; set; }
    public int? Ordinal { get; set; }
    public PartialDate? Date { get; set; }
    public bool DateFromCaption { get; set; }
    public string? City { get; set; }
    public List<string> CoChairs { get; } = [];
    public MeetingDraft? Within { get; set; }
    public List<string> RuleIds { get; } = [];
    public List<Span> Mentions { get; } = [];
    public string? Name { get; init; }
    public bool Generic { get; init; }

    public static bool KindsMatch(string a, string b) =>
        a == b || (a is "ministers" or "foreign-ministers" && b is "ministers" or "foreign-ministers");

    public bool SameAs(MeetingDraft m)
    {
        if (!KindsMatch(Kind, m.Kind)) return false;
        if (Ordinal is not null && m.Ordinal is not null && Ordinal != m.Ordinal) return false;
        if (Mechanism is null || m.Mechanism is null)
            return Mechanism is null && m.Mechanism is null && Name is not null && string.Equals(Name, m.Name, StringComparison.OrdinalIgnoreCase);
        return Mechanism == m.Mechanism;
    }

    public void Absorb(MeetingDraft m)
    {
        if (Kind == "ministers" && m.Kind == "foreign-ministers") Kind = m.Kind;
        Ordinal ??= m.Ordinal;
        if (Date is null || (DateFromCaption && !m.DateFromCaption && m.Date is not null))
        {
            Date = m.Date ?? Date;
            DateFromCaption = m.Date is not null ? m.DateFromCaption : DateFromCaption;
        }
        City ??= m.City;
        foreach (var c in m.CoChairs)
            if (!CoChairs.Contains(c)) CoChairs.Add(c);
        Within ??= m.Within;
        RuleIds.AddRange(m.RuleIds);
        Mentions.AddRange(m.Mentions);
    }

    public MeetingRef Ref() => new(Mechanism, Kind, Ordinal);

    public MeetingFact ToFact(Analysis a)
    {
        var confidence = 0.5 + (Mechanism is null ? 0 : 0.2) + (Ordinal is null ? 0 : 0.1) + (Mentions.Count > 1 ? 0.1 : 0);
        return new MeetingFact(Mechanism, Kind, Ordinal, Date, City, [.. CoChairs], Within?.Ref(),
            new FactSource([.. RuleIds.Distinct()], a.ToOriginal(Mentions[0]), Math.Min(confidence, 0.95)));
    }
}
