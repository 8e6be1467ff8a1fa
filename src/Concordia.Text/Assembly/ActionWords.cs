using System.Buffers;
using System.Numerics;
using System.Text;

namespace Concordia.Text.Assembly;

/// <summary>
/// The words of undertakings as sets of ids, for telling the same undertaking reported twice: lower case, split at
/// spaces and , . ; -, only words longer than three letters; figures are the words with a digit. Ids are given per
/// document (one instance per <see cref="CommitmentAssembler"/> run) and a set is a bit per id, so comparing two
/// undertakings counts bits in a few words instead of hashing strings.
/// </summary>
internal sealed class ActionWords
{
    private readonly WordNumbers _ids;

    // Reused between calls: one instance serves one document.
    private readonly List<int> _words = [];
    private readonly List<int> _figures = [];

    /// <summary>For undertakings of <paramref name="chars"/> characters in all.</summary>
    public ActionWords(int chars = 256) => _ids = new WordNumbers(chars);

    public (ulong[] Words, ulong[] Figures) Of(string action)
    {
        var lower = action.Length <= 512 ? stackalloc char[action.Length] : new char[action.Length];
        _words.Clear();
        _figures.Clear();
        if (Ascii.IsValid(action))
        {
            // Most undertakings are ASCII: lower-cased at once and cut in one pass, as the general loop below would.
            Ascii.ToLower(action, lower, out _);
            AsciiWords(lower);
            return (SetOf(_words), SetOf(_figures));
        }
        for (var start = 0; start < action.Length;)
        {
            var end = action.AsSpan(start).IndexOfAny(Separators) is var e and >= 0 ? start + e : action.Length;
            if (end - start > 3)
            {
                var word = LowerCase(action.AsSpan(start, end - start), lower.Slice(start, end - start));
                var id = _ids.NumberOf(word);
                _words.Add(id);
                if (HasDigit(word)) _figures.Add(id);
            }
            start = end + 1;
        }
        return (SetOf(_words), SetOf(_figures));
    }

    private static readonly SearchValues<char> Separators = SearchValues.Create(" ,.;-");

    private void AsciiWords(ReadOnlySpan<char> lower)
    {
        var start = 0;
        for (var i = 0; i <= lower.Length; i++)
        {
            if (i < lower.Length && lower[i] is not (' ' or ',' or '.' or ';' or '-')) continue;
            if (i - start > 3)
            {
                var word = lower[start..i];
                var id = _ids.NumberOf(word);
                _words.Add(id);
                if (word.ContainsAnyInRange('0', '9')) _figures.Add(id);
            }
            start = i + 1;
        }
    }

    /// <summary>
    /// The word in lower case as the whole text's ToLowerInvariant has it: that maps each character (or surrogate pair)
    /// on its own and the separators are ASCII, so word by word is the same, and only words with other letters go to ICU.
    /// </summary>
    private static Span<char> LowerCase(ReadOnlySpan<char> word, Span<char> into)
    {
        if (Ascii.IsValid(word)) Ascii.ToLower(word, into, out _);
        else word.ToLowerInvariant(into);
        return into;
    }

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        if (word.ContainsAnyInRange('0', '9')) return true;
        if (Ascii.IsValid(word)) return false;
        foreach (var c in word)
            if (char.IsDigit(c)) return true;
        return false;
    }

    private ulong[] SetOf(List<int> ids)
    {
        if (ids.Count == 0) return [];
        var set = new ulong[(_ids.Count + 63) >> 6];
        foreach (var id in ids) set[id >> 6] |= 1UL << id;
        return set;
    }

    /// <summary>The number of distinct words in a set.</summary>
    public static int Count(ulong[] set)
    {
        var n = 0;
        foreach (var bits in set) n += BitOperations.PopCount(bits);
        return n;
    }

    /// <summary>Shared words over all distinct words (Jaccard), 0 when either has none.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        int common = 0, all = 0;
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var (x, y) = (i < a.Length ? a[i] : 0, i < b.Length ? b[i] : 0);
            common += BitOperations.PopCount(x & y);
            all += BitOperations.PopCount(x | y);
        }
        return common == 0 ? 0 : (double)common / all;
    }

    /// <summary>Whether two sets hold the same words (sets made later may be longer, with zeros).</summary>
    public static bool SameSet(ulong[] a, ulong[] b)
    {
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
            if ((i < a.Length ? a[i] : 0) != (i < b.Length ? b[i] : 0)) return false;
        return true;
    }
}
