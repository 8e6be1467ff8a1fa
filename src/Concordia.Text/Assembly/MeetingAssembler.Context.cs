using Concordia.Domain.Values;
using Concordia.Text.Recognition;

namespace Concordia.Text.Assembly;

internal sealed partial class MeetingAssembler
{
    /// <summary>"held within the framework of the 31st AEM": the meeting after the cue contains the others in the sentence.</summary>
    private void LinkWithin(Dictionary<int, List<(MeetingDraft Meeting, PhraseMention Kind)>> bySentence, MeetingDraft? main)
    {
        foreach (var (s, list) in bySentence)
        {
            var cue = a.In(a.Cues, a.Sentences[s]).FirstOrDefault(c => c.Value == "within");
            if (cue is null) continue;
            // "Bên lề hội nghị, …", "on the margins of the summit, …": the larger meeting is the report's own.
            var parent = ThisMeetingAt(cue.EndToken) ? null : list.Where(x => x.Kind.FirstToken >= cue.EndToken).Select(x => x.Meeting).FirstOrDefault();
            parent ??= list.Exists(x => x.Meeting == main) ? null : main;
            if (parent is null) continue;
            var children = list.Where(x => x.Kind.FirstToken < cue.FirstToken).Select(x => x.Meeting).ToList();
            // "The talks took place within the framework of the 31st AEM": "the talks" are the report's own.
            if (children.Count == 0 && main is not null && main != parent && ThisMeetingBefore(a.Sentences[s], cue)) children.Add(main);
            foreach (var m in children.Concat(list.Select(x => x.Meeting)))
                if (m != parent && m.Within is null && parent.Within != m)
                {
                    m.Within = parent;
                    m.RuleIds.Add("xx.meeting.within");
                }
        }
    }

    /// <summary>
    /// "Minister opens Upper Delta Fisheries Forum" over a report of "a Fisheries Forum on the margins of the 9th
    /// Syldavia–Borduria Summit": a meeting named only in the headline, of a kind the body reports, is the body's meeting loosely named.
    /// </summary>
    private void DropHeadlineNames(List<MeetingDraft> meetings)
    {
        meetings.RemoveAll(m => m.Ordinal is null && m.Mentions.TrueForAll(InHeadline)
            && meetings.Exists(o => o != m && !o.Mentions.TrueForAll(InHeadline) && Family(o.Kind) == Family(m.Kind)));
    }

    private static string Family(string kind) => kind switch
    {
        "business-forum" => "forum",
        "foreign-ministers" => "ministers",
        _ => kind,
    };

    /// <summary>A short first line without closing punctuation: a headline.</summary>
    private bool InHeadline(Span mention)
    {
        var s = a.SentenceOf(mention.Start);
        if (s > 3) return false;
        var text = a.Text.AsSpan(a.Sentences[s].Start, a.Sentences[s].Length).TrimEnd();
        return text.Length > 0 && text[^1] is not ('.' or '!' or '?' or ':' or ';') && text.Count(' ') < 15;
    }

    private bool ThisMeetingAt(int token) =>
        token < _ts.Array.Length && a.In(a.Cues, Span.FromBounds(_ts.Array[token].Start, a.Text.Length)).FirstOrDefault() is { Value: "this-meeting" } c && c.FirstToken == token;

    private bool ThisMeetingBefore(Span sentence, PhraseMention cue) =>
        a.In(a.Cues, Span.FromBounds(sentence.Start, cue.Span.Start)).Any(c => c.Value == "this-meeting");

    /// <summary>"the 27th ASEAN Economic Ministers' Meeting (AEM-27)": a meeting held within one it is the same as is that one.</summary>
    private static void MergeIntoWithin(List<MeetingDraft> meetings)
    {
        foreach (var m in meetings.ToList())
            if (m.Within is { } w && w != m && w.SameAs(m) && m.Name is null)
            {
                meetings.Remove(m);
                foreach (var x in meetings.Where(x => x.Within == m)) x.Within = w;
                w.Mentions.AddRange(m.Mentions);
            }
    }

    /// <summary>Mechanism, date and city that the context supplies: the larger meeting, the same kind, the lead.</summary>
    private void FillFromContext(List<MeetingDraft> meetings, MeetingDraft? main)
    {
        foreach (var m in meetings)
        {
            if (m.Mechanism is null && m.Within?.Mechanism is { } wm) m.Mechanism = wm;
            if (m.Mechanism is null && m.Name is null)
                m.Mechanism = meetings.Find(x => x != m && x.Mechanism is not null && MeetingDraft.KindsMatch(x.Kind, m.Kind))?.Mechanism
                    ?? (m.Generic ? main?.Mechanism : null);
            if (m.Within is { } w)
            {
                m.Date ??= w.Date;
                m.City ??= w.City;
            }
        }
        if (main is not null && main.Date is null && LeadDate() is { } lead) main.Date = lead;
    }

    /// <summary>"Vientiane, March 4 (VNA) -": the dateline dates the report, not the event.</summary>
    private bool IsDateline(DateMention d)
    {
        var rest = a.Text.AsSpan(d.Span.End, Math.Min(4, a.Text.Length - d.Span.End)).TrimStart();
        return d.Span.Start < 80 && rest.Length > 0 && rest[0] is '(' or '-' or '–' or '—';
    }

    /// <summary>The first dated day in the first two sentences: the day the reported event happened.</summary>
    private PartialDate? LeadDate()
    {
        var lead = a.Sentences.Take(2).ToList();
        var d = a.Dates.FirstOrDefault(d => d.Day is not null && lead.Exists(s => s.Contains(d.Span)) && !IsDateline(d));
        return d is null ? null : a.Resolve(d, future: false);
    }
}
