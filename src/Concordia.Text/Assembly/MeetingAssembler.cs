using Concordia.Domain.Values;
using Concordia.Text.Recognition;

namespace Concordia.Text.Assembly;

/// <summary>
/// Builds meetings from meeting-kind phrases: the mechanism named before or after ("23rd Mekong–Korea Foreign
/// Ministers' Meeting", "Hội nghị Cấp cao Mekong - Hàn Quốc"), the ordinal, and from the same sentence the date,
/// city, co-chairs and the larger meeting it was held within; mentions of one meeting are merged.
/// </summary>
internal sealed partial class MeetingAssembler(Analysis a, List<PersonMention> people, List<PersonDraft> persons)
{
    private readonly TokenStream _ts = a.Tokens;

    public List<MeetingDraft> Assemble()
    {
        var meetings = new List<MeetingDraft>();
        var bySentence = new Dictionary<int, List<(MeetingDraft Meeting, PhraseMention Kind)>>();
        foreach (var k in a.Kinds)
        {
            if (people.Exists(p => p.Span.Contains(k.Span)) || Read(k) is not { } m) continue;
            var s = a.SentenceOf(k.Span.Start);
            var existing = meetings.Find(x => x.SameAs(m)) ?? SessionOf(bySentence, s, m);
            if (existing is null) meetings.Add(m);
            else existing.Absorb(m);
            if (!bySentence.TryGetValue(s, out var list)) bySentence[s] = list = [];
            list.Add((existing ?? m, k));
        }
        DropHeadlineNames(meetings);
        var main = meetings.Find(m => m.Mechanism is not null && !a.IsCaption(m.Mentions[0].Start)) ?? meetings.FirstOrDefault();
        LinkWithin(bySentence, main);
        FillFromContext(meetings, main);
        MergeIntoWithin(meetings);
        return meetings;
    }

    /// <summary>"Kỳ họp lần thứ 4 Ủy ban Hỗn hợp", "the 4th session of the Joint Committee": two kind words, one unnamed meeting.</summary>
    private static MeetingDraft? SessionOf(Dictionary<int, List<(MeetingDraft Meeting, PhraseMention Kind)>> bySentence, int sentence, MeetingDraft m)
    {
        if (m.Mechanism is not null || !bySentence.TryGetValue(sentence, out var list)) return null;
        return list.Select(x => x.Meeting).FirstOrDefault(x => x.Mechanism is null && MeetingDraft.KindsMatch(x.Kind, m.Kind)
            && (x.Ordinal is null || m.Ordinal is null || x.Ordinal == m.Ordinal));
    }

    private MeetingDraft? Read(PhraseMention k)
    {
        var sentence = a.Sentences[a.SentenceOf(k.Span.Start)];
        var vi = IsVietnamese(k.Phrase);
        var mechanism = MechanismBefore(k.FirstToken) ?? MechanismAfter(k.EndToken, sentence, vi);
        var nameStart = vi ? k.FirstToken : NameStart(k.FirstToken, sentence);
        var ordinal = OrdinalFor(mechanism is { } mb && mb.EndToken <= k.FirstToken ? Math.Min(mb.FirstToken, nameStart) : nameStart, k, sentence);
        var capitalised = char.IsUpper(a.Text[k.Span.Start]) && !IsSentenceStart(k, sentence);
        var named = nameStart < k.FirstToken && mechanism is null;
        var generic = !capitalised && !named && mechanism is null;
        if (generic && ordinal is null && !(vi && a.HasCue(sentence, "future")) && !HeldAlongside(k, sentence))
            return null;
        if (IsSkipped(nameStart, k)) return null;
        var m = new MeetingDraft
        {
            Kind = k.Value,
            Mechanism = mechanism?.Value ?? (generic ? PairMechanism(sentence) : null),
            Ordinal = ordinal?.Value,
            Name = named ? a.Slice(Span.FromBounds(_ts.Array[nameStart].Start, k.Span.End)) : null,
            Generic = generic,
        };
        m.RuleIds.Add(k.RuleId);
        if (mechanism is not null) m.RuleIds.Add(mechanism.RuleId);
        if (ordinal is not null) m.RuleIds.Add(ordinal.RuleId);
        m.Mentions.Add(Span.FromBounds(_ts.Array[Math.Min(nameStart, mechanism?.FirstToken ?? nameStart)].Start, k.Span.End));
        Attributes(m, k, sentence);
        return m;
    }

    private void Attributes(MeetingDraft m, PhraseMention k, Span sentence)
    {
        var future = a.HasCue(sentence, "future");
        DateMention? date = null;
        foreach (var d in a.In(a.Dates, sentence, d => d.Span))
            if (date is null || Math.Abs(d.Span.Start - k.Span.Start) < Math.Abs(date.Span.Start - k.Span.Start)) date = d;
        if (date is not null)
        {
            m.Date = a.Resolve(date, future);
            m.DateFromCaption = a.IsCaption(date.Span.Start);
            if (m.Date is not null) m.RuleIds.Add(date.RuleId);
        }
        if (City(k, sentence) is { } city)
        {
            m.City = city.Value;
            m.RuleIds.Add(city.RuleId);
        }
        if (a.HasCue(sentence, "chair")) CoChairs(m, sentence);
    }

    /// <summary>The first city after the kind in its sentence, else the last one in a country named after the kind (or the last one).</summary>
    private PhraseMention? City(PhraseMention k, Span sentence)
    {
        PhraseMention? last = null;
        HashSet<string>? after = null;
        foreach (var c in a.In(a.Cities, sentence))
        {
            if (c.Span.Start >= k.Span.End) return c;
            after ??= [.. a.In(a.Countries, Span.FromBounds(k.Span.End, sentence.End)).Select(x => x.Value)];
            if (after.Count == 0 || after.Contains(c.Extra ?? "")) last = c;
        }
        return last;
    }

    private void CoChairs(MeetingDraft m, Span sentence)
    {
        foreach (var p in people.Where(p => sentence.Contains(p.Span)))
            if (Person(p.Name, p.Span.Start) is { } d && !m.CoChairs.Contains(d.Name)) m.CoChairs.Add(d.Name);
        if (m.CoChairs.Count == 0 && a.In(a.Cues, sentence).Any(c => c.Value == "pronoun" && c.FirstToken == _ts.IndexAt(sentence.Start)))
        {
            var last = people.Where(p => !p.IsReference && p.Span.End <= sentence.Start).LastOrDefault();
            if (last is not null && Person(last.Name, last.Span.Start) is { } d) m.CoChairs.Add(d.Name);
        }
        if (m.CoChairs.Count > 0) m.RuleIds.Add("xx.meeting.co-chairs");
    }

    private PersonDraft? Person(string name, int at)
    {
        var key = PeopleAssembler.Key(name);
        return persons.Find(p => p.Key.SetEquals(key)) ?? (key.Count == 1 ? PeopleAssembler.FindByPart(persons, name, at) : null);
    }

    /// <summary>"a fisheries workshop took place on the sidelines of the summit": an unnamed meeting held within a named one.</summary>
    private bool HeldAlongside(PhraseMention k, Span sentence) =>
        a.HasCue(sentence, "held") && a.In(a.Cues, Span.FromBounds(k.Span.End, sentence.End)).Any(c => c.Value == "within");

    private static bool IsSentenceStart(PhraseMention k, Span sentence) => k.Span.Start == sentence.Start;
}
