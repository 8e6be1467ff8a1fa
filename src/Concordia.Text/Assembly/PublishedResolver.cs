using System.Text.RegularExpressions;
using Concordia.Domain.Values;
using Concordia.Text.Model;
using Concordia.Text.Recognition;

namespace Concordia.Text.Assembly;

/// <summary>
/// Works out the document's date context: publication date from a stamp line ("17:05 - 14/03/2024"), a dateline
/// ("Vientiane, March 4 (VNA)") or "tomorrow (18-4)"; the year the text is about; a dated caption for weekdays.
/// </summary>
internal static partial class PublishedResolver
{
    public const string DatelineRule = "en.date.dateline";

    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’ ]{1,40}(?:\([^)]{1,30}\))?,\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(?<day>\d{1,2})(?:,\s+(?<year>\d{4}))?\s*(?:\(|[-–—])")]
    private static partial Regex Dateline();

    public static (DateContext Context, FactSource? Source) Resolve(Analysis a)
    {
        var year = InferYear(a);
        PartialDate? published = null;
        FactSource? source = null;
        foreach (var stamp in a.Norm.Stamps)
        {
            var d = DateRecogniser.Find(stamp.Text, "xx").Concat(DateRecogniser.Find(stamp.Text, "en")).FirstOrDefault(m => m.Year is not null && m.Day is not null);
            if (d is null) continue;
            published = PartialDate.OfDay(d.Year!.Value, d.Month!.Value, d.Day!.Value);
            source = new FactSource([stamp.RuleId, d.RuleId], stamp.Original, 0.9);
            break;
        }
        published ??= FromDateline(a, year, ref source) ?? FromTomorrow(a, ref source);
        year = published?.Year ?? year;
        var anchor = published?.Precision == DatePrecision.Day ? published.Value.Start : CaptionAnchor(a);
        return (new DateContext(published, year, anchor), source);
    }

    private static PartialDate? FromDateline(Analysis a, int? year, ref FactSource? source)
    {
        if (a.Sentences.Count == 0) return null;
        for (var i = 0; i < Math.Min(3, a.Sentences.Count); i++)
        {
            var s = a.Sentences[i];
            var m = Dateline().Match(a.Text, s.Start, Math.Min(120, s.Length));
            if (!m.Success) continue;
            var month = Array.FindIndex(Months, x => m.Groups["month"].Value.StartsWith(x, StringComparison.Ordinal)) + 1;
            var day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
            int? y = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : year;
            var r = PartialDate.Create(y, month, day);
            if (!r.IsSuccess) return null;
            source = new FactSource([DatelineRule], a.ToOriginal(new Span(m.Index, m.Length)), y is null ? 0.6 : 0.8);
            return r.Value;
        }
        return null;
    }

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static PartialDate? FromTomorrow(Analysis a, ref FactSource? source)
    {
        var t = a.Dates.FirstOrDefault(d => d.Cue == DateCue.Tomorrow && d.Span.Start < 400);
        if (t is null) return null;
        var date = PartialDate.Create(t.Year, t.Month, t.Day);
        if (!date.IsSuccess) return null;
        source = new FactSource([t.RuleId], a.ToOriginal(t.Span), 0.6);
        return DateResolver.DayBefore(date.Value);
    }

    /// <summary>
    /// A year stated at least twice on its own ("by the end of 2029", "In 2029") is the year the text is about; else the
    /// year of a full date in the lead ("attended the meeting on August 2, 2019" under a dateline "Bangkok, August 3").
    /// </summary>
    private static int? InferYear(Analysis a)
    {
        var years = a.Dates.Where(d => d.Year is not null && d.Month is null && d.Cue is DateCue.InYear or DateCue.Deadline)
            .GroupBy(d => d.Year!.Value).Select(g => (Year: g.Key, Count: g.Count())).ToList();
        var best = years.OrderByDescending(y => y.Count).ThenByDescending(y => y.Year).FirstOrDefault();
        if (best.Count >= 2) return best.Year;
        var lead = a.Sentences.Count == 0 ? default : Span.FromBounds(a.Sentences[0].Start, a.Sentences[Math.Min(2, a.Sentences.Count - 1)].End);
        return a.In(a.Dates, lead, d => d.Span).FirstOrDefault(d => d.Year is not null && d.Day is not null && !a.IsCaption(d.Span.Start))?.Year;
    }

    private static DateOnly? CaptionAnchor(Analysis a) =>
        a.Dates.Where(d => a.IsCaption(d.Span.Start) && d.Year is not null && d.Day is not null)
            .Select(d => (DateOnly?)new DateOnly(d.Year!.Value, d.Month!.Value, d.Day!.Value)).FirstOrDefault();
}
