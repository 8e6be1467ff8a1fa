using Concordia.Text.Normalisation;

namespace Concordia.Text.Lexicons;

/// <summary>Every rule file, loaded once from the embedded Rules/ folder and shared (immutable, thread-safe).</summary>
internal sealed class RuleSet
{
    private static readonly Lazy<RuleSet> Lazy = new(() => new RuleSet());

    private RuleSet()
    {
        Lines = RuleFile.LoadRules("Rules/lines.rules");
        Dates = RuleFile.LoadRules("Rules/dates.rules");
        Money = RuleFile.LoadRules("Rules/money.rules");
        Ordinals = RuleFile.LoadRules("Rules/ordinals.rules");
        Commitments = [.. RuleFile.LoadRules("Rules/en/commitments.rules"), .. RuleFile.LoadRules("Rules/vi/commitments.rules")];
        Countries = RuleFile.LoadPhrases("Rules/countries.tsv");
        Cities = RuleFile.LoadPhrases("Rules/cities.tsv");
        Mechanisms = RuleFile.LoadPhrases("Rules/mechanisms.tsv");
        MeetingKinds = RuleFile.LoadPhrases("Rules/meeting-kinds.tsv");
        MoneyUnits = RuleFile.LoadPhrases("Rules/money-units.tsv");
        OrdinalWords = RuleFile.LoadPhrases("Rules/ordinal-words.tsv");
        TitlesEn = RuleFile.LoadPhrases("Rules/en/titles.tsv");
        TitlesVi = RuleFile.LoadPhrases("Rules/vi/titles.tsv");
        Cues = RuleFile.LoadPhrases("Rules/cues.tsv");
        Glossary = RuleFile.LoadPhrases("Rules/vi/glossary.tsv");
        Surnames = RuleFile.LoadPhrases("Rules/vi/surnames.tsv");
        Pairs = RuleFile.LoadPhrases("Rules/mechanism-pairs.tsv");
        Splitter = new GluedWordSplitter(RuleFile.ReadLines("Rules/en/lexicon.txt.gz"));
    }

    public static RuleSet Instance => Lazy.Value;

    public IReadOnlyList<PatternRule> Lines { get; }
    public IReadOnlyList<PatternRule> Dates { get; }
    public IReadOnlyList<PatternRule> Money { get; }
    public IReadOnlyList<PatternRule> Ordinals { get; }
    public IReadOnlyList<PatternRule> Commitments { get; }
    public PhraseList Countries { get; }
    public PhraseList Cities { get; }
    public PhraseList Mechanisms { get; }
    public PhraseList MeetingKinds { get; }
    public PhraseList MoneyUnits { get; }
    public PhraseList OrdinalWords { get; }
    public PhraseList TitlesEn { get; }
    public PhraseList TitlesVi { get; }
    public PhraseList Cues { get; }
    public PhraseList Glossary { get; }
    public PhraseList Surnames { get; }
    public PhraseList Pairs { get; }
    public GluedWordSplitter Splitter { get; }

    public IEnumerable<PatternRule> ForLanguage(IEnumerable<PatternRule> rules, string language) =>
        rules.Where(r => r.Id.StartsWith("xx.", StringComparison.Ordinal) || r.Id.StartsWith(language + ".", StringComparison.Ordinal));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Family, string Language), RuleGroup> _groups = new();

    /// <summary>The rules of one family ("dates", "money", ...) for a language, compiled together once.</summary>
    public RuleGroup Group(string family, string language) => _groups.GetOrAdd((family, language), k => new RuleGroup(ForLanguage(k.Family switch
    {
        "dates" => Dates,
        "money" => Money,
        "ordinals" => Ordinals,
        "commitments" => Commitments,
        "lines" => Lines.Where(r => !r.Id.StartsWith("xx.credit", StringComparison.Ordinal)),
        "credits" => Lines.Where(r => r.Id.StartsWith("xx.credit", StringComparison.Ordinal)),
        _ => throw new ArgumentException($"no rule family {k.Family}", nameof(family)),
    }, k.Language)));

    public IEnumerable<PhraseList> AllLists() =>
        [Countries, Cities, Mechanisms, MeetingKinds, MoneyUnits, OrdinalWords, TitlesEn, TitlesVi, Cues, Glossary, Surnames, Pairs];
}
