using System.Numerics;

namespace Concordia.Text.Languages;

/// <summary>
/// The function words the detector counts, found as a set with <see cref="StringComparer.OrdinalIgnoreCase"/> finds
/// them but without hashing strings. A word of ASCII letters is one number (five bits a letter, the same for either
/// case) looked up in a small table. Other words are compared letter by letter with the listed words of their first
/// letter: a character equals a listed letter ignoring case exactly when it is the letter, its upper case or its lower
/// case (<see cref="char.ToUpperInvariant"/>, <see cref="char.ToLowerInvariant"/>; a test checks every character
/// against every listed letter), so no case is computed while looking up.
/// </summary>
internal sealed class FunctionWords
{
    /// <summary>First letters of the listed words, in any case, are all below this.</summary>
    private const int FirstLetters = 0x200;

    /// <summary>Longest listed word: twelve letters of five bits fill a number.</summary>
    private const int MaxListedLength = 12;

    /// <summary>The listed words by their first letter in each of its cases.</summary>
    private readonly Listed[]?[] _byFirst = new Listed[]?[FirstLetters];

    /// <summary>Open addressing by <see cref="Slot"/>; an empty slot has number 0, which no word has.</summary>
    private readonly (ulong Packed, int Flags)[] _ascii;

    /// <summary>Words of each list; a word's flags have bit i set when it is in list i.</summary>
    public FunctionWords(params IReadOnlyCollection<string>[] lists)
    {
        var flags = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lists.Length; i++)
            foreach (var word in lists[i])
                flags[word] = flags.GetValueOrDefault(word) | (1 << i);
        var listed = flags.Select(f => new Listed(f.Key, Map(f.Key, char.ToUpperInvariant), Map(f.Key, char.ToLowerInvariant), f.Value)).ToList();
        foreach (var group in listed.SelectMany(l => new[] { l.Word[0], l.Upper[0], l.Lower[0] }.Distinct(), (l, first) => (l, first)).GroupBy(x => x.first))
        {
            if (group.Key >= FirstLetters) throw new ArgumentException($"listed words start below U+{FirstLetters:X4}", nameof(lists));
            _byFirst[group.Key] = [.. group.Select(x => x.l)];
        }
        MaxLength = flags.Keys.Max(w => w.Length);
        if (MaxLength > MaxListedLength) throw new ArgumentException($"listed words have up to {MaxListedLength} letters", nameof(lists));
        Letters = [.. lists.SelectMany(l => l).SelectMany(w => w).Distinct()];
        var ascii = flags.Where(f => f.Key.All(char.IsAsciiLetter)).ToList();
        // A quarter full at most: a lookup reads one slot or two.
        _ascii = new (ulong, int)[4 * (int)BitOperations.RoundUpToPowerOf2((uint)ascii.Count + 1)];
        foreach (var (word, wordFlags) in ascii)
        {
            var packed = Pack(word);
            var slot = Slot(packed);
            while (_ascii[slot].Packed != 0) slot = (slot + 1) & (_ascii.Length - 1);
            _ascii[slot] = (packed, wordFlags);
        }
    }

    public int MaxLength { get; }

    /// <summary>The letters of the listed words, as given.</summary>
    public IReadOnlyList<char> Letters { get; }

    /// <summary>The flags of the listed word equal to <paramref name="word"/> ignoring case, or 0.</summary>
    public int FlagsOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength) return 0;
        var packed = 0UL;
        foreach (var c in word)
        {
            if (!char.IsAscii(c)) return FlagsOfOther(word);
            // An ASCII character other than a letter equals only itself ignoring case, and no listed word has one.
            if (!char.IsAsciiLetter(c)) return 0;
            packed = (packed << 5) | (uint)(c & 31);
        }
        for (var slot = Slot(packed); ; slot = (slot + 1) & (_ascii.Length - 1))
        {
            var entry = _ascii[slot];
            if (entry.Packed == packed) return entry.Flags;
            if (entry.Packed == 0) return 0;
        }
    }

    /// <summary>A word of ASCII letters as a number: five bits a letter, A–Z and a–z alike.</summary>
    private static ulong Pack(string word) => word.Aggregate(0UL, (packed, c) => (packed << 5) | (uint)(c & 31));

    private static string Map(string word, Func<char, char> letter) => new([.. word.Select(letter)]);

    private int Slot(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15) >> 32) & (_ascii.Length - 1);

    private int FlagsOfOther(ReadOnlySpan<char> word)
    {
        if (word[0] >= FirstLetters || _byFirst[word[0]] is not { } candidates) return 0;
        foreach (var listed in candidates)
            if (listed.Word.Length == word.Length && listed.EqualsIgnoringCase(word)) return listed.Flags;
        return 0;
    }

    /// <summary>A listed word with its upper and lower case, letter by letter.</summary>
    private sealed record Listed(string Word, string Upper, string Lower, int Flags)
    {
        public bool EqualsIgnoringCase(ReadOnlySpan<char> word)
        {
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (c != Word[i] && c != Upper[i] && c != Lower[i]) return false;
            }
            return true;
        }
    }
}
