using Concordia.Domain.Values;
using Concordia.Text.Normalisation;
using Concordia.Text.Recognition;

namespace Concordia.Text.Assembly;

/// <summary>Everything the recognisers found in one normalised text, indexed by sentence for the assemblers.</summary>
internal sealed class Analysis
{
    private Analysis(NormalisedText norm, string language, TokenStream tokens, List<Span> sentences, List<DateMention> dates,
        List<MoneyMention> money, List<OrdinalMention> ordinals, PhraseFinds phrases)
    {
        Norm = norm;
        Language = language;
        Text = norm.Text;
        Tokens = tokens;
        Sentences = sentences;
        Dates = dates;
        Money = money;
        Ordinals = ordinals;
        (Countries, Cities, Mechanisms, Kinds, Titles, Cues) = phrases;
    }

    /// <summary>The analysis of one text (see <see cref="Many"/>).</summary>
    public static Analysis Of(NormalisedText norm, string language) => Many([norm], [language])[0];

    /// <summary>
    /// The analyses of several texts, each recogniser run over all of them before the next: a recogniser's rules,
    /// tables and compiled patterns are then brought into the processor's caches once per batch rather than once per
    /// text, which is most of what a recogniser costs on a text of a few thousand characters.
    /// </summary>
    public static Analysis[] Many(IReadOnlyList<NormalisedText> norms, IReadOnlyList<string> languages)
    {
        var n = norms.Count;
        var tokens = new TokenStream[n];
        var sentences = new List<Span>[n];
        var dates = new List<DateMention>[n];
        var money = new List<MoneyMention>[n];
        var ordinals = new List<OrdinalMention>[n];
        var phrases = new PhraseFinds[n];
        // Each token's vocabulary id is looked up as it is cut (the recognisers all use them).
        for (var i = 0; i < n; i++) tokens[i] = TokenStream.CreateWithIds(norms[i].Text);
        for (var i = 0; i < n; i++) sentences[i] = Recognition.Sentences.Split(norms[i].Text);
        for (var i = 0; i < n; i++) dates[i] = DateRecogniser.Find(norms[i].Text, languages[i], tokens[i]);
        for (var i = 0; i < n; i++) money[i] = MoneyRecogniser.Find(norms[i].Text, languages[i], tokens[i]);
        for (var i = 0; i < n; i++) ordinals[i] = OrdinalRecogniser.Find(norms[i].Text, languages[i], tokens[i]);
        for (var i = 0; i < n; i++) phrases[i] = Phrases.FindAll(tokens[i], languages[i]);
        var analyses = new Analysis[n];
        for (var i = 0; i < n; i++)
            analyses[i] = new Analysis(norms[i], languages[i], tokens[i], sentences[i], dates[i], money[i], ordinals[i], phrases[i]);
        return analyses;
    }

    public NormalisedText Norm { get; }
    public string Language { get; }
    public string Text { get; }
    public TokenStream Tokens { get; }
    public List<Span> Sentences { get; }
    public List<DateMention> Dates { get; }
    public List<MoneyMention> Money { get; }
    public List<OrdinalMention> Ordinals { get; }
    public List<PhraseMention> Countries { get; }
    public List<PhraseMention> Cities { get; }
    public List<PhraseMention> Mechanisms { get; }
    public List<PhraseMention> Kinds { get; }
    public List<PhraseMention> Titles { get; }
    public List<PhraseMention> Cues { get; }
    public DateContext DateContext { get; set; } = DateContext.None;

    public int SentenceOf(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (Sentences[mid].Start <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>The items inside a range; every mention list is in text order, so this is a binary search and a short walk.</summary>
    public IEnumerable<T> In<T>(List<T> items, Span range, Func<T, Span> span)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (span(items[mid]).Start < range.Start) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < items.Count && span(items[i]).Start < range.End; i++)
            if (range.Contains(span(items[i]))) yield return items[i];
    }

    public IEnumerable<PhraseMention> In(List<PhraseMention> items, Span range) => In(items, range, p => p.Span);

    public bool HasCue(Span range, string cue)
    {
        for (var i = FirstStartingAtOrAfter(Cues, range.Start); i < Cues.Count && Cues[i].Span.Start < range.End; i++)
            if (range.Contains(Cues[i].Span) && Cues[i].Value == cue) return true;
        return false;
    }

    /// <summary>The index of the first mention starting at or after <paramref name="offset"/> (mentions are in text order).</summary>
    private static int FirstStartingAtOrAfter(List<PhraseMention> items, int offset)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (items[mid].Span.Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public string Slice(Span s) => Text.Substring(s.Start, s.Length);

    public bool IsCaption(int offset) => Norm.IsCaption(offset);

    public Span ToOriginal(Span s) => Norm.ToOriginal(s);

    public PartialDate? Resolve(DateMention d, bool future) => DateResolver.Resolve(d, DateContext, future);
}
