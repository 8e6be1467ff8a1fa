namespace Concordia.Text.Languages;

/// <summary>
/// The function words the detector counts, found as a set with <see cref="StringComparer.OrdinalIgnoreCase"/> finds
/// them but without hashing: the words are grouped by their first letter upper-cased with
/// <see cref="char.ToUpperInvariant"/> (two letters equal ignoring case have the same upper case; a test checks every
/// character against every listed letter), then compared letter by letter ignoring case.
/// </summary>
internal sealed class FunctionWords
{
    /// <summary>First letters (upper case) of the listed words are all below this.</summary>
    private const int FirstLetters = 0x200;

    private readonly (string Word, int Flags)[]?[] _byFirst = new (string, int)[]?[FirstLetters];

    /// <summary>Words of each list; a word's flags have bit i set when it is in list i.</summary>
    public FunctionWords(params IReadOnlyCollection<string>[] lists)
    {
        var flags = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lists.Length; i++)
            foreach (var word in lists[i])
                flags[word] = flags.GetValueOrDefault(word) | (1 << i);
        foreach (var group in flags.GroupBy(f => char.ToUpperInvariant(f.Key[0])))
        {
            if (group.Key >= FirstLetters) throw new ArgumentException($"listed words start below U+{FirstLetters:X4}", nameof(lists));
            _byFirst[group.Key] = [.. group.Select(f => (f.Key, f.Value))];
        }
        MaxLength = flags.Keys.Max(w => w.Length);
        Letters = [.. lists.SelectMany(l => l).SelectMany(w => w).Distinct()];
    }

    public int MaxLength { get; }

    /// <summary>The letters of the listed words, as given.</summary>
    public IReadOnlyList<char> Letters { get; }

    /// <summary>The flags of the listed word equal to <paramref name="word"/> ignoring case, or 0.</summary>
    public int FlagsOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength) return 0;
        var first = char.ToUpperInvariant(word[0]);
        if (first >= FirstLetters || _byFirst[first] is not { } candidates) return 0;
        foreach (var (listed, flags) in candidates)
            if (listed.Length == word.Length && EqualIgnoringCase(listed, word)) return flags;
        return 0;
    }

    /// <summary>Letter by letter, as OrdinalIgnoreCase compares words without surrogate pairs (the listed ones have none).</summary>
    private static bool EqualIgnoringCase(string listed, ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
            if (listed[i] != word[i] && !MemoryExtensions.Equals([listed[i]], word.Slice(i, 1), StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
